import { readFileSync } from "node:fs";
import { join, relative } from "node:path";
import * as v from "valibot";
import { ContentError } from "../content/content-error.ts";
import { lineOfField } from "../content/field-lines.ts";
import { byLocale, text } from "../content/validate.ts";
import { isCountryCode } from "../form/countries.ts";
import { readLocales } from "../i18n/site-strings.ts";

export interface Winner {
  /** The name as most languages write it. */
  name: string;
  /** Where a language writes the name otherwise, by locale code: { "fr": "Gand" }. */
  nameIn?: Record<string, string>;
  /** ISO 3166-1 alpha-2. */
  country: string;
  /** 1, 2 or 3, where the record gives it; winners who share a rank share that place. */
  rank?: 1 | 2 | 3;
  /** The key of the winner's good-practice page, where the site has one. */
  practice?: string;
}

export interface Edition {
  /** Its anchor on the prize page and what a good practice's `prize` names: "2011", "2008-2009". */
  id: string;
  /** As the record writes it: "2008/09". */
  label: string;
  /** What the record does not say about this edition, in every locale; required when it names no winner. */
  note?: Record<string, string>;
  /** Empty where the record names none (the file leaves `winners` out). */
  winners: Winner[];
}

export interface PrizeData {
  editions: Edition[];
}

/** Where the prize's editions live, relative to the data folder. */
export const PRIZE_FILE = "dosta-prize.json";

/**
 * The message of an object's problem: a missing field's own message, an unknown field named as
 * such (a typo would otherwise drop a rank or a link silently), else the object's.
 */
const fields =
  (problem: string, missing: Record<string, string>, known: string[]) =>
  (issue: v.BaseIssue<unknown>): string => {
    const key = issue.path?.[0]?.key;
    if (typeof key !== "string") return problem;
    if (issue.input === undefined && key in missing) return missing[key];
    if (!known.includes(key)) return `is not a known field; the fields are ${known.join(", ")}`;
    return problem;
  };

/**
 * The prize file's schema for the site's locales (exported for the CMS configuration, src/cms/config.ts).
 * Each field is one value the CMS has a widget for: a winner's name is one text, and a language that
 * writes it otherwise overrides it in `nameIn`; a note is one text per locale; `winners` is left out
 * where the record names none (the CMS drops an empty optional list on save).
 */
export function prizeSchema(locales: readonly string[]) {
  const nameIn = byLocale(
    locales,
    "the municipality's name",
    false,
    `must be an object with the name in the languages that write it otherwise: { "${locales[0]}": … }`,
  );
  const winnerEntries = {
    name: text("must be the municipality's name, as most languages write it"),
    nameIn: v.optional(nameIn),
    country: v.custom<string>(
      isCountryCode,
      (issue) => `"${String(issue.input)}" is not an ISO 3166-1 alpha-2 country code; write two capital letters, e.g. BA`,
    ),
    rank: v.optional(
      v.picklist([1, 2, 3], (issue) => `${JSON.stringify(issue.input)} is not a rank; write 1, 2 or 3, or leave rank out where the record does not give it`),
    ),
    practice: v.optional(text("must be the key of a good practice")),
  };
  const winner = v.strictObject(
    winnerEntries,
    fields(
      "must be an object with name and country (and nameIn, rank, practice)",
      { name: "missing; write the municipality's name", country: "missing; write its ISO 3166-1 alpha-2 code" },
      Object.keys(winnerEntries),
    ),
  );

  const note = byLocale(locales, "the note", true, `must be an object with the note in each language: ${locales.map((locale) => `"${locale}": …`).join(", ")}`);
  const editionEntries = {
    id: v.pipe(
      v.string("must be the edition's year, e.g. 2011, or its years, e.g. 2008-2009"),
      v.regex(/^\d{4}(-\d{4})?$/, "must be the edition's year, e.g. 2011, or its years, e.g. 2008-2009"),
    ),
    label: text("must be the edition as the record writes it, e.g. 2008/09"),
    note: v.optional(note),
    // Absent where the record names no winner: read as none (a function, so the CMS sets no default).
    winners: v.optional(v.array(winner, "must be a list of winners, or be left out if the record names none"), () => []),
  };
  const edition = v.pipe(
    v.strictObject(
      editionEntries,
      fields(
        "must be an object with id and label (and note, winners)",
        { id: "missing; write the edition's year, e.g. 2011", label: "missing; write the edition as the record writes it" },
        Object.keys(editionEntries),
      ),
    ),
    v.forward(
      v.check(({ winners, note }) => winners.length > 0 || note !== undefined, "missing; an edition without winners says in a note what the record lacks"),
      ["note"],
    ),
  );

  return v.looseObject(
    { editions: v.pipe(v.array(edition, "must be a list of editions"), v.minLength(1, "must list at least one edition")) },
    fields("must be an object with editions", { editions: "missing; list the prize's editions" }, ["editions"]),
  );
}

/** A problem in the prize's data file, as every content problem: `<file>:<line>: <field>: <problem>`. */
export function prizeError(path: string, source: string, field: string, problem: string): ContentError {
  return new ContentError(path, field, problem, lineOfField(source, field));
}

/** The prize's data file: its path as messages name it, and its text. */
export function prizeSource(dataDir: string): { path: string; source: string } {
  const file = join(dataDir, PRIZE_FILE);
  return { path: `./${relative(process.cwd(), file)}`, source: readFileSync(file, "utf8") };
}

/** The prize's editions, read from the data folder and checked against the site's locales; the first problem stops the build, naming file, line and field. */
export function readPrize(dataDir: string): PrizeData {
  const { path, source } = prizeSource(dataDir);
  let data: unknown;
  try {
    data = JSON.parse(source);
  } catch (error) {
    throw new ContentError(path, "JSON", (error as Error).message);
  }
  return parsePrize(
    data,
    path,
    source,
    readLocales(dataDir).map((locale) => locale.code),
  );
}

/** Checks the prize's data (already parsed from `source`, the text of `path`) for the site's `locales`. */
export function parsePrize(data: unknown, path: string, source: string, locales: readonly string[]): PrizeData {
  const result = v.safeParse(prizeSchema(locales), data, { abortEarly: true });
  if (!result.success) {
    const [issue] = result.issues;
    throw prizeError(path, source, v.getDotPath(issue) ?? "editions", issue.message);
  }
  const { editions } = result.output as PrizeData;
  editions.forEach(({ id }, index) => {
    const earlier = editions.findIndex((edition) => edition.id === id);
    if (earlier < index) throw prizeError(path, source, `editions.${index}.id`, `"${id}" is already the id of editions.${earlier}`);
  });
  return { editions };
}
