/**
 * Fields whose value names another item: a glossary term's related terms, a prize winner's good
 * practice, a good practice's prize edition. The editor picks the item by what it shows (a term, a
 * title, an edition's label) and Sveltia's relation widget stores what the build checks: the item's
 * `key` (src/glossary/terms.ts, src/prize/plugin.ts) or the edition's `id`. A key is the item's
 * `canonical_slug`, which Sveltia lets a relation store (sveltia/sveltia-cms#912); its file name
 * (`{{slug}}`) would not do, as some older items' keys differ from their file names.
 */
import type { CmsField } from "./fields.ts";

/** The collection of the site's data files, and the prize's file in it (src/cms/config.ts). */
export const DATA_COLLECTION = "data";
export const PRIZE_FILE_NAME = "dosta-prize";

/** A picker over an entry collection: shows each item's `shown` field, in the pane's language, and stores its key. */
function itemPicker(collection: string, shown: string, key: string): Partial<CmsField> {
  return { widget: "relation", collection, value_field: key, display_fields: [shown], search_fields: [shown], field: undefined };
}

/** Pickers of the content types' fields, by field name, given the front-matter field that holds an item's key. */
export function contentPickers(key: string): Record<string, Partial<CmsField>> {
  return {
    related: { ...itemPicker("term", "term", key), multiple: true },
    // The prize file is one entry: each of its editions is an option, shown by its label ("2008/09").
    prize: {
      widget: "relation",
      collection: DATA_COLLECTION,
      file: PRIZE_FILE_NAME,
      value_field: "editions.*.id",
      display_fields: ["editions.*.label"],
      search_fields: ["editions.*.label"],
    },
  };
}

/** Pickers of the prize file's fields, by dotted path. */
export function prizePickers(key: string): Record<string, Partial<CmsField>> {
  return { "editions.winners.practice": itemPicker("practice", "title", key) };
}
