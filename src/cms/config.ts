/**
 * The Sveltia CMS configuration (config.yml), written at build from the content model: each content
 * type's schema gives its fields and which are required (src/cms/fields.ts), so the editor and the
 * build never disagree. See CONTRIBUTING.md («Modifier le site dans le navigateur»).
 *
 * One collection per content type holds both languages of an item in one entry, side by side (the
 * locale switcher): Sveltia's `multiple_folders` structure with the locale in the folder,
 * content/{{locale}}/news, which is why every locale names its section folders alike (their URLs
 * stay localized: src/i18n/sections.ts). Each locale gets its own file name from its own title
 * (`{{title | localize}}`); the translations are linked by `key` (`canonical_slug`), which the CMS
 * writes into every version: an item's existing key is kept, a new item's is its file name in the default locale
 * (_data/site.json's `defaultLocale`), whose pane also takes the fields copied into the others.
 * Fields every translation gives alike (a date, a document's reference) are typed there once.
 */
import { CONTENT_TYPES } from "../content/content-types.ts";
import { SECTION_FOLDERS } from "../i18n/sections.ts";
import { participantsSchema, type TextLocales } from "../participants/data.ts";
import { prizeSchema } from "../prize/editions.ts";
import { type CmsField, fieldsOf, type WidgetHints } from "./fields.ts";
import { contentPickers, DATA_COLLECTION, PRIZE_FILE_NAME, prizePickers } from "./pickers.ts";

/** The front-matter field that links the translations of an item; the CMS writes it, editors never type it. */
export const TRANSLATION_KEY = "key";

/** Where each content type's files live under content/{{locale}}/: its section folder, or the locale's own folder for pages. */
export function collectionFolder(type: string): string {
  return SECTION_FOLDERS[type] ? `content/{{locale}}/${SECTION_FOLDERS[type]}` : "content/{{locale}}";
}

/** Collection labels, in the editors' words. */
const LABELS: Record<string, Record<string, string>> = {
  news: { fr: "Actualités", en: "News" },
  term: { fr: "Glossaire", en: "Glossary" },
  document: { fr: "Textes adoptés", en: "Adopted texts" },
  practice: { fr: "Bonnes pratiques", en: "Good practices" },
  page: { fr: "Pages", en: "Pages" },
};

const date = { widget: "datetime", time_format: false, date_format: "YYYY-MM-DD", format: "YYYY-MM-DD" };
const longText = { widget: "text" };
/** Typed in the default locale, copied into the others: what every translation gives alike. */
const copied = { i18n: "duplicate" as const };

const pickers = contentPickers(TRANSLATION_KEY);

/** What valibot cannot say: which text is long, which is a date, an image, a list of words, which is the same in every language. */
const HINTS: WidgetHints = {
  date: { ...date, ...copied },
  summary: longText,
  description: longText,
  written: { ...date, ...copied },
  tags: { widget: "list", field: undefined },
  "image.src": { widget: "image" },
  draft: { default: false, ...copied },
  event: copied,
  "event.start": { hint: "2013-12-12 or/ou 2013-12-12T09:30" },
  "event.end": { hint: "2013-12-12 or/ou 2013-12-12T17:00" },
  // Another item's key, or an edition's id: picked by its name (src/cms/pickers.ts).
  ...pickers,
  related: { ...pickers.related, ...copied },
};

export interface CmsConfigOptions {
  /** The site's locales, the default first. */
  locales: TextLocales;
  /** "owner/name" of the GitHub repository (Netlify's build gives REPOSITORY_URL). */
  repo: string;
  branch?: string;
  /** Field labels per locale, by field name (src/cms/labels.ts). */
  labels?: Record<string, Record<string, string>>;
}

/** Labels "fr / en": one entry shows every language; a field without one shows its name. */
function labelled(fields: CmsField[], labelOf: (name: string) => string | undefined): CmsField[] {
  return fields.map((field) => ({
    ...field,
    label: labelOf(field.name) ?? field.name,
    ...(field.fields ? { fields: labelled(field.fields, labelOf) } : {}),
    ...(field.field ? { field: labelled([field.field], labelOf)[0] } : {}),
  }));
}

/** Each field translated, or copied from the default locale (and so everything inside it). */
function translatable(fields: CmsField[], shared: readonly string[], inherited?: true | "duplicate"): CmsField[] {
  return fields.map((field) => {
    const i18n = inherited ?? (shared.includes(field.name) || field.i18n === "duplicate" ? "duplicate" : true);
    return {
      ...field,
      i18n,
      ...(field.fields ? { fields: translatable(field.fields, shared, i18n) } : {}),
      ...(field.field ? { field: translatable([field.field], shared, i18n)[0] } : {}),
    };
  });
}

/** The whole configuration, as an object that config.yml writes out. */
export function cmsConfig({ locales, repo, branch = "main", labels = {} }: CmsConfigOptions) {
  const codes = [locales.defaultLocale, ...locales.locales.filter((code) => code !== locales.defaultLocale)];
  const inEveryLanguage = (names: Record<string, Record<string, string>>) => (name: string) => {
    const found = codes.map((code) => names[code]?.[name]).filter((label) => label !== undefined);
    return found.length ? [...new Set(found)].join(" / ") : undefined;
  };
  return {
    backend: {
      name: "github",
      repo,
      branch,
      // Netlify's GitHub OAuth provider: the site's Access control > OAuth settings (CONTRIBUTING.md).
      base_url: "https://api.netlify.com",
      auth_endpoint: "auth",
      squash_merges: true,
    },
    // Every save is a branch and a pull request, checked and previewed before it is merged.
    publish_mode: "editorial_workflow",
    media_folder: "content/media",
    public_folder: "/media",
    // File names as the build wants them: lowercase ASCII letters, digits and hyphens.
    slug: { encoding: "ascii", clean_accents: true, sanitize_replacement: "-", trim: true, lowercase: true },
    // An optional field left blank is left out: the build refuses `place: ""`.
    output: { omit_empty_optional_fields: true },
    i18n: {
      structure: "multiple_folders",
      locales: codes,
      default_locale: codes[0],
      // The key an item already has, else the default locale's file name: written into every version.
      canonical_slug: { key: TRANSLATION_KEY, value: `{{fields.${TRANSLATION_KEY} | default('{{slug}}')}}` },
    },
    collections: [
      ...CONTENT_TYPES.map((type) =>
        entryCollection(type.name, [...new Set(codes.map((code) => LABELS[type.name]?.[code] ?? type.name))].join(" / "), inEveryLanguage(labels)),
      ),
      dataFiles(locales, inEveryLanguage(labels)),
    ],
  };
}

function entryCollection(type: string, label: string, labelOf: (name: string) => string | undefined) {
  const contentType = CONTENT_TYPES.find((candidate) => candidate.name === type)!;
  const schemaFields = fieldsOf(contentType.schema, HINTS).filter((field) => field.name !== TRANSLATION_KEY);
  const fields: CmsField[] = [...schemaFields, { name: "body", label: "body", widget: "markdown", required: false }];
  // A section's own pages (its index, a listing by country) set `type: page`: pages, not items. Sveltia
  // filters only on a field of the collection; its items take their type from the folder's data file.
  if (SECTION_FOLDERS[type]) fields.push({ name: "type", label: "type", widget: "hidden" });
  // What names an item and its file: a page's title, a glossary term's term; first, as an editor starts an item.
  const identifier = ["title", "term"].find((name) => fields.some((field) => field.name === name))!;
  fields.sort((a, b) => Number(b.name === identifier) - Number(a.name === identifier));
  return {
    name: type,
    label,
    folder: collectionFolder(type),
    extension: "md",
    format: "yaml-frontmatter",
    create: true,
    i18n: true,
    identifier_field: identifier,
    // Each locale's file name from its own title (or term).
    slug: `{{${identifier} | localize}}`,
    summary: `{{${identifier}}}`,
    // Images beside the item's file: the folder the Markdown links them from.
    media_folder: "",
    public_folder: "",
    filter: SECTION_FOLDERS[type] ? { field: "type", value: null } : undefined,
    sortable_fields: fields.some((field) => field.name === "date") ? ["date", identifier] : [identifier],
    fields: labelled(translatable(fields, contentType.sharedFields ?? []), labelOf),
  };
}

function dataFiles(locales: TextLocales, labelOf: (name: string) => string | undefined) {
  return {
    name: DATA_COLLECTION,
    label: "Data / Données",
    files: [
      {
        name: "participants",
        label: "Participants",
        file: "_data/participants.yaml",
        format: "yaml",
        fields: labelled(fieldsOf(participantsSchema(locales)), labelOf),
      },
      {
        name: PRIZE_FILE_NAME,
        label: "Dosta!-Congress Prize / Prix Dosta!-Congrès",
        file: "_data/dosta-prize.json",
        format: "json",
        fields: labelled(fieldsOf(prizeSchema(locales.locales), prizePickers(TRANSLATION_KEY)), labelOf),
      },
    ],
  };
}

/** "owner/name" from Netlify's REPOSITORY_URL (https://github.com/owner/name), or a local stand-in. */
export function repositoryName(url = process.env.REPOSITORY_URL): string {
  const match = /github\.com[/:]([^/]+\/[^/.]+)/.exec(url ?? "");
  return match?.[1] ?? "local/roma-alliance-site";
}
