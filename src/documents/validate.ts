import * as v from "valibot";
import { missingPageFields, pageIdentity } from "../content/page.ts";
import { block, checkFileSlug, contentError, text, type ContentType } from "../content/validate.ts";
import { type Adopted, NOT_GIVEN, readAdopted } from "./adopted.ts";

/** The kinds of text the site lists, each with its labels in _data/strings/<locale>/documents.json. */
export const KINDS = ["declaration", "recommendation", "resolution"] as const;
export type Kind = (typeof KINDS)[number];

/** The bodies that adopt them, labelled the same way. */
export const BODIES = ["committee-of-ministers", "high-level-meeting", "congress", "parliamentary-assembly"] as const;
export type Body = (typeof BODIES)[number];

export interface OfficialText {
  /** ISO 639-1 code of the version's language. */
  language: string;
  /** Its address on a Council of Europe server; absent when the sources give none. */
  url?: string;
}

export interface SignatoryCount {
  /** When the count was published, as precisely as the sources say. */
  date: Adopted & { precision: "day" | "month" | "year" };
  /** The number of signatories, or the range the sources give when they differ. */
  count: number | [number, number];
  /** From how many states, when the sources say. */
  states?: number;
}

/** One adopted text in one locale, as its page and the listings read it. */
export interface DocumentEntry {
  key: string;
  locale: string;
  url: string;
  inputPath: string;
  title: string;
  summary: string;
  kind: Kind;
  issuedBy: Body;
  adopted: Adopted;
  /** Undefined when the sources give none. */
  reference: string | undefined;
  officialTexts: OfficialText[];
  /** How many more language versions exist, in languages the sources do not name. */
  otherLanguages: number;
  signatories: SignatoryCount[];
}

const KIND_PROBLEM = `must be one of ${KINDS.join(", ")}`;
const BODY_PROBLEM = `must be one of ${BODIES.join(", ")}`;
const ADOPTED_PROBLEM = `write the day (2010-10-20), the month (2017-03) or the year (2017) the sources give, or ${NOT_GIVEN} when they give none`;
const TEXTS_MISSING = "missing; list each language the official text exists in, with its address on a Council of Europe server when the sources give one";
/** Addresses on the Council of Europe's own servers (coe.int and its subdomains: rm., search., wcd.). */
const COE_URL = /^https?:\/\/(?:[a-z0-9-]+\.)*coe\.int\/\S*$/;
const isCount = (value: unknown): value is number => Number.isInteger(value) && (value as number) > 0;
const positive = (problem: string) => v.pipe(v.number(problem), v.integer(problem), v.minValue(1, problem));

const officialTextSchema = v.looseObject(
  {
    language: v.pipe(v.string("must be a language code such as en or fr"), v.regex(/^[a-z]{2}$/, "must be a language code such as en or fr")),
    url: v.optional(
      v.pipe(
        v.string("must be the address of the text on a Council of Europe server (https://…coe.int/…)"),
        v.regex(COE_URL, "must be the address of the text on a Council of Europe server (https://…coe.int/…)"),
      ),
    ),
  },
  block("must be a block with a language (and a url)", { language: "missing; write the language code of this version, such as en" }),
);

const signatorySchema = v.looseObject(
  {
    date: v.custom<string | number>(
      (value) => value !== NOT_GIVEN && readAdopted(value) !== undefined,
      (issue) => `"${String(issue.input)}" is not a date; write the day, month or year of the count (2019-06-01, 2019-06 or 2019)`,
    ),
    count: v.custom<number | [number, number]>(
      (value) => isCount(value) || (Array.isArray(value) && value.length === 2 && value.every(isCount) && value[0] < value[1]),
      "must be a number of signatories, or [low, high] when the sources differ",
    ),
    states: v.optional(positive("must be a number of states")),
  },
  block("must be a block with a date and a count (and states)", {
    date: "missing; write when the count was given (2019, 2019-06 or 2019-06-01)",
    count: "missing; write the number of signatories",
  }),
);

/** A text's front matter. */
const documentSchema = v.pipe(
  v.looseObject(
    {
      ...pageIdentity,
      summary: text("must be one or two sentences of text, written for this site"),
      kind: v.picklist(KINDS, KIND_PROBLEM),
      issuedBy: v.picklist(BODIES, BODY_PROBLEM),
      adopted: v.custom<string | number>(
        (value) => readAdopted(value) !== undefined,
        (issue) => `"${String(issue.input)}" is not an adoption date; ${ADOPTED_PROBLEM}`,
      ),
      reference: text(`must be the official reference, e.g. CM/Rec(2012)9, or ${NOT_GIVEN} when the sources give none`),
      officialTexts: v.pipe(v.array(officialTextSchema, TEXTS_MISSING), v.minLength(1, TEXTS_MISSING)),
      otherLanguages: v.optional(positive("must be the number of other language versions the sources count without naming them")),
      signatories: v.optional(v.array(signatorySchema, "must be a list of counts, each with a date and a count")),
    },
    block("must be front matter fields", {
      ...missingPageFields,
      summary: "missing; write one or two sentences for the listing and the search results",
      kind: `missing; ${KIND_PROBLEM}`,
      issuedBy: `missing; ${BODY_PROBLEM}`,
      adopted: `missing; ${ADOPTED_PROBLEM}`,
      reference: `missing; write the official reference, e.g. CM/Rec(2012)9, or ${NOT_GIVEN} when the sources give none`,
      officialTexts: TEXTS_MISSING,
    }),
  ),
  v.forward(
    v.partialCheck(
      [["officialTexts"]],
      ({ officialTexts }) => new Set(officialTexts.map((version) => version.language)).size === officialTexts.length,
      "lists a language twice; give each language once",
    ),
    ["officialTexts"],
  ),
);

type DocumentFields = v.InferOutput<typeof documentSchema>;

/** The facts of a text that are the same in every language: its versions must agree on them. */
const SHARED_FIELDS = ["kind", "issuedBy", "adopted", "reference", "officialTexts", "otherLanguages", "signatories"] as const;

/** An adopted text: one file per text and locale, its description of the text the body of the file. */
export const documentType: ContentType<DocumentFields, DocumentEntry> = {
  name: "document",
  appliesTo: (data) => data.type === "document",
  sharedFields: SHARED_FIELDS,
  schema: documentSchema,
  read(file, fields) {
    checkFileSlug(file);
    if (!file.url) throw contentError(file, "permalink", "an adopted text needs a page of its own; remove `permalink: false`");
    return {
      key: fields.key,
      locale: file.locale,
      url: file.url,
      inputPath: file.inputPath,
      title: fields.title,
      summary: fields.summary,
      kind: fields.kind,
      issuedBy: fields.issuedBy,
      adopted: readAdopted(fields.adopted)!,
      reference: fields.reference === NOT_GIVEN ? undefined : fields.reference,
      officialTexts: fields.officialTexts.map(({ language, url }) => (url === undefined ? { language } : { language, url })),
      otherLanguages: fields.otherLanguages ?? 0,
      signatories: (fields.signatories ?? []).map(({ date, count, states }) => ({
        date: readAdopted(date) as SignatoryCount["date"],
        count,
        ...(states === undefined ? {} : { states }),
      })),
    };
  },
  acrossFiles(checked) {
    const first = new Map<string, (typeof checked)[number]>();
    for (const current of checked) {
      const other = first.get(current.entry.key);
      if (!other) {
        first.set(current.entry.key, current);
        continue;
      }
      for (const field of SHARED_FIELDS) {
        if (JSON.stringify(current.entry[field]) !== JSON.stringify(other.entry[field])) {
          throw contentError(
            current.file,
            field,
            `differs from ${other.file.inputPath}, the same text in "${other.entry.locale}"; a text's ${field} is the same in every language`,
          );
        }
      }
    }
  },
};
