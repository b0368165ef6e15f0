import { readFileSync } from "node:fs";
import { join } from "node:path";
import * as v from "valibot";
import { type Document, isMap, isNode, isScalar, isSeq, LineCounter, parseDocument } from "yaml";
import { ContentError } from "../content/content-error.ts";
import { byLocale, text } from "../content/validate.ts";
import { COE_MEMBER_STATES } from "../form/countries.ts";
import { readLocales } from "../i18n/site-strings.ts";

/** The data file an editor (and `submissions approve`) extends, relative to the site's folder. */
export const PARTICIPANTS_FILE = "_data/participants.yaml";

/** The Alliance was launched on 20 March 2013: nobody joined before. */
export const FIRST_YEAR = 2013;

export const SEASONS = ["spring", "summer", "autumn", "winter"] as const;
export type Season = (typeof SEASONS)[number];

/** A time as the record gives it: a month, or only a season. */
export interface Period {
  year: number;
  month?: number;
  season?: Season;
}

/** A text written in every locale of the site, by locale code. */
export type Localized = Record<string, string>;

export interface Source {
  title: Localized;
  url?: string;
}

/** One published count of participants: when (`date`), or only after when (`after`). */
export interface CountPoint {
  count: number;
  countries?: number;
  date?: Period;
  after?: Period;
  source?: Localized;
}

export interface Participant {
  /** The name as most languages write it. */
  name: string;
  /** Where a language writes the name otherwise, by locale code: { fr: "Héraklion" }. */
  nameIn?: Record<string, string>;
  country: string;
  joined: number;
  founding: boolean;
  /** The id of the approved application it came from. */
  application?: string;
}

/** A participant's name in `locale`: that language's own spelling, else the one most languages write. */
export const participantName = (participant: Participant, locale: string): string => participant.nameIn?.[locale] ?? participant.name;

export interface ParticipantsData {
  sources: Source[];
  history: CountPoint[];
  participants: Participant[];
}

const PERIOD = /^(\d{4})-(0[1-9]|1[0-2]|spring|summer|autumn|winter)$/;
const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

const toPeriod = (text: string): Period => {
  const [, year, part] = PERIOD.exec(text)!;
  return /^\d+$/.test(part) ? { year: Number(year), month: Number(part) } : { year: Number(year), season: part as Season };
};

const periodSchema = v.pipe(
  v.custom<string>((value) => typeof value === "string" && PERIOD.test(value), "write it as YYYY-MM or YYYY-spring (summer, autumn, winter)"),
  v.transform(toPeriod),
);

/** `after` is a month: "after spring 2013" reads badly in French, and the record gives months. */
const monthSchema = v.pipe(
  v.custom<string>((value) => typeof value === "string" && MONTH.test(value), "write it as YYYY-MM"),
  v.transform(toPeriod),
);

/** Comparable position of a period: a season sits at its first month (spring: March). */
const periodOrder = ({ year, month, season }: Period) => year * 12 + (month ?? [3, 6, 9, 12][SEASONS.indexOf(season!)]);

const wholeNumber = (what: string) => v.pipe(v.number(`must be ${what}`), v.integer(`must be ${what}`), v.minValue(1, `must be ${what}`));

/** The site's locales (_data/locales.json), in which the file's texts are written, and its default one. */
export interface TextLocales {
  locales: readonly string[];
  /** The site's default locale (_data/site.json), whose pane the CMS shows first. */
  defaultLocale: string;
}

/** A text written in each of the site's languages (a title, a source), as `fr: …` and `en: …` below the field. */
const inEveryLocale = (locales: readonly string[], what: string) =>
  byLocale(locales, what, true, `must be ${what} in each language of the site, one per line below it: ${locales.map((locale) => `${locale}: …`).join(", ")}`);

/**
 * A mapping of these fields and no other, whose messages name them: not a mapping, a field
 * missing, or a field it does not have (a misspelt one).
 */
function fields<const Entries extends v.ObjectEntries>(entries: Entries) {
  const names = Object.keys(entries).join(", ");
  return v.strictObject(entries, (issue) =>
    issue.expected === "Object"
      ? `must be a mapping of the fields ${names}`
      : issue.input === undefined
        ? `missing; the fields are ${names}`
        : `unknown field; the fields are ${names}`,
  );
}

/**
 * The schema of the file, for the site's locales (exported for the CMS configuration, src/cms/config.ts).
 * Each field holds one value the CMS has a widget for: a title or a source is one text per locale; a
 * participant's name is one text, and a language that writes it otherwise overrides it in `nameIn`.
 */
export function participantsSchema({ locales }: TextLocales, thisYear = new Date().getUTCFullYear()) {
  const source = fields({
    title: inEveryLocale(locales, "the title"),
    url: v.optional(v.pipe(v.string("must be an absolute http(s) URL"), v.regex(/^https?:\/\/[^/\s]+/, "must be an absolute http(s) URL"))),
  });
  const point = v.pipe(
    fields({
      count: wholeNumber("a whole number of participants"),
      countries: v.optional(wholeNumber("a whole number of countries")),
      date: v.optional(periodSchema),
      after: v.optional(monthSchema),
      source: v.optional(inEveryLocale(locales, "the source")),
    }),
    v.forward(
      v.check(
        (p) => (p.date === undefined) !== (p.after === undefined),
        "give either date (when it was published) or after (when only a lower bound is known)",
      ),
      ["date"],
    ),
  );
  const participant = v.pipe(
    fields({
      name: text("must be the name as most languages write it, one text; a language that writes it otherwise gives it under nameIn"),
      nameIn: v.optional(
        byLocale(locales, "the name", false, `must be the name in the languages that write it otherwise, one per line below it, e.g. ${locales[0]}: …`),
      ),
      country: v.picklist(COE_MEMBER_STATES, "must be the ISO 3166-1 alpha-2 code of a Council of Europe member state, such as FR"),
      joined: v.pipe(
        v.number(`must be a year from ${FIRST_YEAR} to ${thisYear}`),
        v.integer(`must be a year from ${FIRST_YEAR} to ${thisYear}`),
        v.minValue(FIRST_YEAR, `must be a year from ${FIRST_YEAR} (the Alliance's launch) to ${thisYear}`),
        v.maxValue(thisYear, `must be a year from ${FIRST_YEAR} to ${thisYear}`),
      ),
      founding: v.optional(v.boolean("must be true or false"), false),
      application: v.optional(v.pipe(v.string("must be the id of an application"), v.nonEmpty("must be the id of an application"))),
    }),
    v.forward(
      v.check((p) => !p.founding || p.joined === FIRST_YEAR, `a founding participant joined at the launch, in ${FIRST_YEAR}`),
      ["joined"],
    ),
  );
  return fields({
    sources: v.pipe(v.array(source, "must be a list of sources"), v.minLength(1, "list at least one source")),
    history: v.pipe(
      v.array(point, "must be a list of counts"),
      v.minLength(1, "list at least one count"),
      v.rawCheck(({ dataset, addIssue }) => {
        if (!dataset.typed) return;
        const points = dataset.value;
        points.forEach((p, n) => {
          const previous = points[n - 1];
          const [when, before] = [p.date ?? p.after, previous?.date ?? previous?.after];
          if (when && before && periodOrder(when) < periodOrder(before)) {
            addIssue({
              message: "is earlier than the count before it; list the counts oldest first",
              path: issuePath(dataset.value, n, p.date ? "date" : "after"),
            });
          }
        });
        const last = points.at(-1)!;
        if (last.source === undefined) {
          addIssue({
            message: "missing; the last count is the figure the site shows and needs its source",
            path: issuePath(dataset.value, points.length - 1, "source"),
          });
        }
      }),
    ),
    participants: v.pipe(
      v.array(participant, "must be a list of participants"),
      v.rawCheck(({ dataset, addIssue }) => {
        if (!dataset.typed) return;
        const seen = new Map<string, number>();
        dataset.value.forEach((p, n) => {
          if (p.application === undefined) return;
          const first = seen.get(p.application);
          if (first !== undefined) {
            addIssue({ message: `"${p.application}" is already the application of participants.${first}`, path: issuePath(dataset.value, n, "application") });
          }
          seen.set(p.application, n);
        });
      }),
    ),
  });
}

/** A path below a list's item, in valibot's shape, for a check on the whole list. */
function issuePath(list: unknown[], index: number, key: string): [v.ArrayPathItem, v.ObjectPathItem] {
  const item = list[index] as Record<string, unknown>;
  return [
    { type: "array", origin: "value", input: list, key: index, value: item },
    { type: "object", origin: "value", input: item, key, value: item[key] },
  ];
}

/** The file as YAML: a document that keeps comments and order (what `approve` edits), and where each line begins. */
export function parseParticipantsYaml(text: string): { document: Document; lineCounter: LineCounter } {
  const lineCounter = new LineCounter();
  return { document: parseDocument(text, { lineCounter, prettyErrors: false }), lineCounter };
}

/** The line of the field at `path` (a mapping's field: its key's line), or of the closest one above it that is written. */
function lineOf(document: Document, lineCounter: LineCounter, path: (string | number)[]): number | undefined {
  let node: unknown = document.contents;
  let offset = isNode(node) ? node.range?.[0] : undefined;
  for (const key of path) {
    if (isMap(node)) {
      const pair = node.items.find((item) => isScalar(item.key) && item.key.value === key);
      if (!pair) break;
      if (isScalar(pair.key) && pair.key.range) offset = pair.key.range[0];
      node = pair.value;
    } else if (isSeq(node) && typeof key === "number" && isNode(node.items[key])) {
      node = node.items[key];
      offset = (node as { range?: [number] }).range?.[0] ?? offset;
    } else break;
  }
  return offset === undefined ? undefined : lineCounter.linePos(offset).line;
}

/** The locales of the site in `dataDir`, as the participants file is checked against them. */
export function siteTextLocales(dataDir: string): TextLocales {
  const { defaultLocale } = JSON.parse(readFileSync(join(dataDir, "site.json"), "utf8")) as { defaultLocale: string };
  return { locales: readLocales(dataDir).map((locale) => locale.code), defaultLocale };
}

/**
 * The participants file read and checked: a mistake throws one ContentError,
 * `<file>:<line>: <field>: <problem>`, the field written as its path (`participants.2.country`).
 */
export function readParticipants(text: string, file: string, locales: TextLocales, thisYear?: number): ParticipantsData {
  const { document, lineCounter } = parseParticipantsYaml(text);
  const [yamlError] = document.errors;
  if (yamlError) {
    const line = lineCounter.linePos(yamlError.pos[0]).line;
    throw new ContentError(file, "yaml", yamlError.message.split("\n")[0], line);
  }
  const result = v.safeParse(participantsSchema(locales, thisYear), document.toJS() ?? {});
  if (result.success) return result.output;
  const [issue] = result.issues;
  const path = (issue.path ?? []).map((item) => item.key as string | number);
  const field = path.length ? path.join(".") : "(file)";
  throw new ContentError(file, field, issue.message, lineOf(document, lineCounter, path));
}
