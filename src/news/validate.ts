import * as v from "valibot";
import { missingPageFields, pageIdentity } from "../content/page.ts";
import { sourcesSchema } from "../content/sources.ts";
import { block, ContentError, checkFileSlug, dateSchema, isValidDate, text, type ContentType } from "../content/validate.ts";
import { endsAfterStart, isDay, isDayAndTime, isTimeZone, type EventFields } from "./event.ts";

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
      start: "missing; write the day the event starts (2013-12-12) or its start time (2013-12-12T09:30)",
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

const newsSchema = v.pipe(
  v.looseObject(
    {
      date: dateSchema,
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
            src: "missing; write the path of the image file",
            alt: "missing; describe the image for readers who cannot see it",
          }),
        ),
      ),
      event: v.optional(eventSchema),
      draft: v.optional(v.boolean("must be true or false")),
      ...pageIdentity,
      // An account written later from the record: the day it was written and what it rests on (see account.ts).
      written: v.optional(v.custom(isValidDate, (issue) => `"${String(issue.input)}" is not a date; write the day the account was written, YYYY-MM-DD`)),
      sources: v.optional(sourcesSchema),
    },
    block("must be front matter fields", {
      date: "missing; write the publication date as YYYY-MM-DD",
      summary: "missing; write one or two sentences for the news list and the feeds",
      ...missingPageFields,
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

/** A news item: its front matter, its file name (its URL's last segment), one slug per locale. */
export const newsType: ContentType = {
  name: "news",
  appliesTo: (data) => data.type === "news",
  schema: newsSchema,
  read(file, fields) {
    checkFileSlug(file);
    return fields;
  },
  acrossFiles(checked) {
    const seen = new Map<string, string>();
    for (const { file } of checked) {
      const id = `${file.locale}:${file.fileSlug}`;
      const other = seen.get(id);
      if (other) {
        throw new ContentError(file.inputPath, "slug", `"${file.fileSlug}" is already used by ${other} in locale "${file.locale}"; rename one of the files`);
      }
      seen.set(id, file.inputPath);
    }
  },
};
