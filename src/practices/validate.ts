import * as v from "valibot";
import { missingPageFields, pageIdentity } from "../content/page.ts";
import { MISSING_SOURCES, requiredSourcesSchema, type Source } from "../content/sources.ts";
import { block, contentError, text, type ContentType } from "../content/validate.ts";
import { isCountryCode } from "../form/countries.ts";
import { typesetText } from "../typography/typeset.ts";
import { THEMES, type Theme } from "./themes.ts";

/** One good practice in one locale, as the listings and its page use it. */
export interface Practice {
  key: string;
  locale: string;
  title: string;
  /** The city or region, typeset in the page's language. */
  authority: string;
  /** ISO 3166-1 alpha-2. */
  country: string;
  theme: Theme;
  year: number;
  summary: string;
  sources: Source[];
  /** The id of the Dosta!-Congress Prize edition it is linked to (`_data/dosta-prize.json`), checked by the prize plugin. */
  prize?: string;
  url: string;
  inputPath: string;
}

const YEAR = "must be a year, written as a number such as 2012";
const thisYear = new Date().getFullYear();

const practiceSchema = v.looseObject(
  {
    ...pageIdentity,
    authority: text("must be the name of the city or region"),
    country: v.custom<string>(
      isCountryCode,
      (issue) => `"${String(issue.input)}" is not an ISO 3166-1 alpha-2 country code; write two capital letters, e.g. AT for Austria`,
    ),
    theme: v.picklist(THEMES, (issue) => `"${String(issue.input)}" is not a theme; write one of: ${THEMES.join(", ")}`),
    year: v.pipe(v.number(YEAR), v.integer(YEAR), v.minValue(1950, YEAR), v.maxValue(thisYear, `must not be later than ${thisYear}`)),
    summary: text("must be one or two sentences of text"),
    sources: requiredSourcesSchema,
    prize: v.optional(text("must be the id of a Dosta!-Congress Prize edition in _data/dosta-prize.json, e.g. 2011")),
  },
  block("must be front matter fields", {
    ...missingPageFields,
    authority: "missing; write the name of the city or region",
    country: "missing; write the country's ISO 3166-1 alpha-2 code, e.g. AT for Austria",
    theme: `missing; write one of: ${THEMES.join(", ")}`,
    year: "missing; write the year of the practice, e.g. 2012",
    summary: "missing; write one or two sentences for the listings",
    sources: MISSING_SOURCES,
  }),
);

type PracticeFields = v.InferOutput<typeof practiceSchema>;

/** Fields that describe the practice, not its wording: the same in every locale (the authority's name may differ). */
const SHARED_FIELDS = ["country", "theme", "year", "prize"] as const;

/** A good practice: one Markdown file per practice and locale, linked by `key`; its folder's data file sets `type: practice`. */
export const practiceType: ContentType<PracticeFields, Practice> = {
  name: "practice",
  appliesTo: (data) => data.type === "practice",
  sharedFields: SHARED_FIELDS,
  schema: practiceSchema,
  read(file, fields) {
    if (!file.url) throw contentError(file, "permalink", "a good practice needs a page of its own; remove `permalink: false`");
    return {
      key: fields.key,
      locale: file.locale,
      title: fields.title,
      authority: typesetText(fields.authority, file.locale),
      country: fields.country,
      theme: fields.theme,
      year: fields.year,
      summary: fields.summary,
      sources: fields.sources,
      prize: fields.prize,
      url: file.url,
      inputPath: file.inputPath,
    };
  },
  acrossFiles(checked) {
    // Translations of one practice describe the same thing: only their wording differs.
    const first = new Map<string, Practice>();
    for (const { file, entry } of checked) {
      const other = first.get(entry.key);
      if (!other) {
        first.set(entry.key, entry);
        continue;
      }
      for (const field of SHARED_FIELDS) {
        if (entry[field] !== other[field]) {
          throw contentError(
            file,
            field,
            `"${String(entry[field] ?? "")}" differs from "${String(other[field] ?? "")}" in ${other.inputPath}; a practice has the same ${field} in every locale`,
          );
        }
      }
    }
  },
};
