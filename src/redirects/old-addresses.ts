import { readFileSync } from "node:fs";
import { join } from "node:path";
import * as v from "valibot";
import { ContentError } from "../content/content-error.ts";

/** The table of the old site's pages, in the data folder: editors add a row when they find another old page. */
export const OLD_ADDRESSES_FILE = "old-addresses.json";

/** The page key of the "this site has moved" page: where every other old address goes. */
export const OLD_SITE_KEY = "old-site";

/** One page of the old roma-alliance.org, /{lang}/page/{id}-{slug}.html, and the page that now holds its content. */
export interface OldAddress {
  id: number;
  key: string;
  /** What the old page was about, as facts.md records it: for the reader of the table and of netlify.toml. */
  subject: string;
}

const EntrySchema = v.strictObject({
  id: v.pipe(v.number("must be the old page's number"), v.integer("must be a whole number"), v.minValue(1, "must be at least 1")),
  key: v.pipe(v.string("must be the key of the page that now holds the old page's content"), v.trim(), v.nonEmpty("must not be empty")),
  subject: v.pipe(v.string("must say what the old page was about"), v.trim(), v.nonEmpty("must not be empty")),
});
const TableSchema = v.strictObject({
  /** The old site's languages (facts.md: English and French only), whatever locales this site adds later. */
  locales: v.pipe(
    v.array(v.pipe(v.string(), v.regex(/^[a-z]{2,3}$/, "must be language codes, as in the old addresses (/en/, /fr/)"))),
    v.minLength(1, "must name the old site's languages"),
  ),
  pages: v.array(EntrySchema, "must be a list of old pages"),
});

/** The old site's languages and its pages. */
export interface OldAddressTable {
  locales: string[];
  pages: OldAddress[];
}

/** The table, or one ContentError naming the file, the row's line and the field. */
export function parseOldAddresses(text: string, file: string): OldAddressTable {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    throw new ContentError(file, "(file)", `is not valid JSON: ${(error as Error).message}`);
  }
  const result = v.safeParse(TableSchema, raw);
  if (!result.success) {
    const [issue] = result.issues;
    const path = issue.path ?? [];
    const row = path[0]?.key === "pages" ? path[1]?.key : undefined;
    const field = path[2] ? String(path[2].key) : typeof row === "number" ? "(row)" : (v.getDotPath(issue) ?? "(file)");
    throw new ContentError(
      file,
      typeof row === "number" ? `pages[${row}].${field}` : field,
      issue.message,
      typeof row === "number" ? rowLine(text, row) : undefined,
    );
  }
  const seen = new Map<number, number>();
  result.output.pages.forEach((entry, index) => {
    const first = seen.get(entry.id);
    if (first !== undefined) {
      throw new ContentError(file, `pages[${index}].id`, `${entry.id} is already the id of pages[${first}]; an old page has one row`, rowLine(text, index));
    }
    seen.set(entry.id, index);
  });
  return result.output;
}

/** The table of the site whose data folder is `dataDir`. */
export function readOldAddresses(dataDir: string): OldAddressTable {
  const file = join(dataDir, OLD_ADDRESSES_FILE);
  return parseOldAddresses(readFileSync(file, "utf8"), file);
}

/** The line where the index-th row of "pages" opens (its "{"), for the message. */
export function rowLine(text: string, index: number): number | undefined {
  const lines = text.split(/\r?\n/);
  const first = lines.findIndex((line) => line.includes('"pages"'));
  if (first === -1) return undefined;
  let opened = -1;
  for (let i = first; i < lines.length; i++) {
    const part = i === first ? lines[i].slice(lines[i].indexOf('"pages"')) : lines[i];
    opened += (part.match(/\{/g) ?? []).length;
    if (opened >= index) return i + 1;
  }
  return undefined;
}
