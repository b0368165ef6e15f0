import * as v from "valibot";
import { ContentError, isValidDate } from "../content/validate.ts";
import { endsAfterStart, isDay, isDayAndTime, isTimeZone, type EventFields } from "./event.ts";

/** What news validation needs to know of one news file. */
export interface NewsFile {
  inputPath: string;
  /** Eleventy's file slug: the file name without extension (or the folder name for x/index.md). */
  fileSlug: string;
  data: Record<string, unknown>;
}

/**
 * The message of a block of fields: valibot reports a missing field on the block itself,
 * so the block says what each of its required fields is for.
 */
const block = (problem: string, missing: Record<string, string>) => (issue: v.BaseIssue<unknown>) => {
  const key = issue.path?.[0]?.key;
  return typeof key === "string" && issue.input === undefined && key in missing ? `missing; ${missing[key]}` : problem;
};

const text = (problem: string) => v.pipe(v.string(problem), v.trim(), v.nonEmpty(problem));

const eventSchema = v.pipe(
  v.looseObject(
    {
      start: v.custom<string>(
        (value) => isDay(value) || isDayAndTime(value),
        (issue) => `"${String(issue.input)}" is not a date; write 2013-12-12, or 2013-12-12T09:30 with a timezone`,
      ),
      end: v.optional(
        v.custom<string>(
          (value) => isDay(value) || isDayAndTime(value),
          (issue) => `"${String(issue.input)}" is not a date; write it like event.start`,
        ),
      ),
      timezone: v.optional(v.custom<string>(isTimeZone, (issue) => `"${String(issue.input)}" is not a time zone; write one such as Europe/Paris`)),
    },
    block("must be a block with start (and end, timezone)", {
      start: "write the day the event starts (2013-12-12) or its start time (2013-12-12T09:30)",
    }),
  ),
  v.forward(
    v.partialCheck(
      [["start"], ["end"]],
      ({ start, end }) => end === undefined || isDay(start) === isDay(end),
      "write it like event.start: both days, or both times",
    ),
    ["end"],
  ),
  v.forward(
    v.partialCheck(
      [["start"], ["timezone"]],
      ({ start, timezone }) => !isDayAndTime(start) || timezone !== undefined,
      "missing; times need the zone they are given in, e.g. Europe/Paris",
    ),
    ["timezone"],
  ),
  v.forward(
    v.partialCheck([["start"], ["end"], ["timezone"]], (event: EventFields) => endsAfterStart(event), "the event ends before it starts"),
    ["end"],
  ),
);

const sourceSchema = v.looseObject(
  {
    title: text("must be the title of the source"),
    url: v.optional(v.pipe(v.string("must be an absolute http(s) URL"), v.regex(/^https?:\/\/[^/\s]+/, "must be an absolute http(s) URL"))),
  },
  block("must be a block with a title (and a url)", { title: "write the title of the source" }),
);

const newsSchema = v.pipe(
  v.looseObject(
    {
      date: v.custom(isValidDate, (issue) => `"${String(issue.input)}" is not a date; write it as YYYY-MM-DD`),
      summary: text("must be one or two sentences of text"),
      place: v.optional(text("must be text, e.g. Strasbourg")),
      tags: v.optional(v.union([text("must be text"), v.array(text("every tag must be text"))], "must be a list of words")),
      image: v.optional(
        v.looseObject(
          {
            src: text("must be the path of an image file"),
            alt: text("must describe the image for readers who cannot see it"),
          },
          block("must be a block with src and alt", {
            src: "write the path of the image file",
            alt: "describe the image for readers who cannot see it",
          }),
        ),
      ),
      event: v.optional(eventSchema),
      draft: v.optional(v.boolean("must be true or false")),
      // An account written later from the record: the day it was written and what it rests on (see account.ts).
      written: v.optional(v.custom(isValidDate, (issue) => `"${String(issue.input)}" is not a date; write the day the account was written, YYYY-MM-DD`)),
      sources: v.optional(v.array(sourceSchema, "must be a list of sources, each with a title and, if it has one, a url")),
    },
    block("must be front matter fields", {
      date: "write the publication date as YYYY-MM-DD",
      summary: "write one or two sentences for the news list and the feeds",
    }),
  ),
  v.forward(
    v.partialCheck(
      [["written"], ["sources"]],
      ({ written, sources }) => written === undefined || (sources ?? []).length > 0,
      "missing; an account written from the record lists its sources",
    ),
    ["sources"],
  ),
  v.forward(
    v.partialCheck([["event"], ["place"]], ({ event, place }) => event === undefined || place !== undefined, "missing; an event needs a place"),
    ["place"],
  ),
);

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * Checks the news items of one locale; throws one ContentError, "<file>: <field>: <problem>",
 * for the first problem found.
 */
export function validateNews(files: NewsFile[], locale: string): void {
  const seenSlugs = new Map<string, string>();
  for (const file of files) {
    const result = v.safeParse(newsSchema, file.data, { abortEarly: true });
    if (!result.success) {
      const [issue] = result.issues;
      throw new ContentError(file.inputPath, v.getDotPath(issue) ?? "front matter", issue.message);
    }
    if (!SLUG.test(file.fileSlug)) {
      throw new ContentError(file.inputPath, "slug", `"${file.fileSlug}" must be lowercase letters, digits and hyphens; rename the file`);
    }
    const other = seenSlugs.get(file.fileSlug);
    if (other) throw new ContentError(file.inputPath, "slug", `"${file.fileSlug}" is already used by ${other} in locale "${locale}"; rename one of the files`);
    seenSlugs.set(file.fileSlug, file.inputPath);
  }
}
