import { readFileSync } from "node:fs";
import type MarkdownIt from "markdown-it";
import * as v from "valibot";
import { toDateTime } from "../i18n/dates.ts";
import { ContentError } from "./content-error.ts";
import { fieldLine } from "./field-lines.ts";

export { ContentError };

/** A file a message can point into. */
export interface SourceFile {
  inputPath: string;
  /** The file's text, read only when a message needs a line; absent, messages give none. */
  source?(): string;
}

/** A content file on disk. */
export const fileOnDisk = (inputPath: string): SourceFile => ({ inputPath, source: () => readFileSync(inputPath, "utf8") });

/** One content file as validation reads it: Eleventy's page, its front matter data and its body. */
export interface ContentFile extends SourceFile {
  /** From its first folder under content/. */
  locale: string;
  url: string | false;
  /** The file name without extension (the folder name for x/index.md). */
  fileSlug: string;
  data: Record<string, unknown>;
  /** The text after the front matter. */
  body: string;
}

/** What some content types need beyond the file itself. */
export interface ValidationContext {
  markdown: MarkdownIt;
  /** The Intl locale of a configured locale code (collation, sentence boundaries). */
  intlOf(locale: string): string;
}

/** A file that passed its type's checks, with what its type read from it. */
export interface CheckedFile<Entry = unknown> {
  file: ContentFile;
  type: string;
  entry: Entry;
}

/**
 * A kind of content: which files it covers, the schema of their front matter, what it reads from
 * a file, and the rules that need every file of the kind. Registered in content-types.ts.
 */
export interface ContentType<Fields = unknown, Entry = Fields> {
  name: string;
  /** Whether a file is of this kind, from its data (usually `type`, set by its folder's data file). */
  appliesTo(data: Record<string, unknown>): boolean;
  schema: v.GenericSchema<unknown, Fields>;
  /** Rules on the file itself rather than its front matter (its name, URL, body), and what the site keeps of it. */
  read?(file: ContentFile, fields: Fields, context: ValidationContext): Entry;
  /** Rules across the files of this kind, once every file has been read. */
  acrossFiles?(checked: CheckedFile<Entry>[]): void;
  /** Fields that every translation of an item must give alike (`acrossFiles` checks them); the CMS copies them. */
  sharedFields?: readonly string[];
}

export function isValidDate(value: unknown): boolean {
  if (!(value instanceof Date) && typeof value !== "string") return false;
  try {
    toDateTime(value);
    return true;
  } catch {
    return false;
  }
}

/** The message of every date an editor wrote wrong. */
export const notADate = (value: unknown) => `"${String(value)}" is not a date; write it as YYYY-MM-DD`;

/** A calendar date as front matter gives it (YAML date or "2013-12-12"). */
export const dateSchema = v.custom<Date | string>(isValidDate, (issue) => notADate(issue.input));

/** Text that is not blank, trimmed. */
export const text = (problem: string) => v.pipe(v.string(problem), v.trim(), v.nonEmpty(problem));

/**
 * A mapping keyed by the site's locale codes, one text each: one value a field, which the CMS has a
 * widget for (the data files' notes, titles, sources, names in another language). `what` names the
 * text in the messages: not a mapping, a locale missing (where each is `required`), a code that is no
 * locale of the site.
 */
export function byLocale(locales: readonly string[], what: string, required: boolean, notMapping: string) {
  const entry = text(`must be ${what} in this language${required ? "" : ", or be left out"}`);
  return v.strictObject(Object.fromEntries(locales.map((locale) => [locale, required ? entry : v.optional(entry)])) as Record<string, typeof entry>, (issue) =>
    issue.expected === "Object"
      ? notMapping
      : issue.input === undefined
        ? `missing; write ${what} in "${String(issue.path?.[0]?.key)}" too, as in every language of the site`
        : `is not a language of the site; the languages are ${locales.join(", ")}`,
  );
}

/**
 * The message of a block of fields: valibot reports a missing field on the block itself, so the
 * block gives each required field's message when it is missing (`missing`), else its own problem.
 */
export const block = (problem: string, missing: Record<string, string>) => (issue: v.BaseIssue<unknown>) => {
  const key = issue.path?.[0]?.key;
  return typeof key === "string" && issue.input === undefined && key in missing ? missing[key] : problem;
};

/** A ContentError at the field's line in the file's front matter, when the field is written there. */
export function contentError(file: SourceFile, field: string, problem: string): ContentError {
  return new ContentError(file.inputPath, field, problem, file.source && fieldLine(file.source(), field));
}

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** A file whose name is its URL's last segment (news items, adopted texts) has a name fit for a URL. */
export function checkFileSlug(file: ContentFile): void {
  if (!SLUG.test(file.fileSlug)) {
    throw new ContentError(file.inputPath, "slug", `"${file.fileSlug}" must be lowercase letters, digits and hyphens; rename the file`);
  }
}

/** The one place a schema meets a file: its first problem becomes `<file>:<line>: <field>: <problem>`. */
export function parseFields<T>(schema: v.GenericSchema<unknown, T>, file: SourceFile & { data: unknown }): T {
  const result = v.safeParse(schema, file.data, { abortEarly: true });
  if (result.success) return result.output;
  const [issue] = result.issues;
  throw contentError(file, v.getDotPath(issue) ?? "front matter", issue.message);
}
