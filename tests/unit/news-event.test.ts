import ICAL from "ical.js";
import { describe, expect, it } from "vitest";
import { buildCalendar } from "../../src/feeds/calendar.ts";
import { endsAfterStart, formatEventRange, resolveEvent, schemaDate } from "../../src/news/event.ts";
import type { NewsEntry } from "../../src/news/news-index.ts";

const colloquium = { start: "2013-12-12T09:30", end: "2013-12-12T17:30", timezone: "Europe/Paris" };

describe("event times", () => {
  it("reads local times in the event's own zone, winter and summer", () => {
    const winter = resolveEvent(colloquium);
    expect(winter.start.toUTC().toISO()).toBe("2013-12-12T08:30:00.000Z");
    expect(schemaDate(winter, "start")).toBe("2013-12-12T09:30:00+01:00");
    expect(schemaDate(winter, "end")).toBe("2013-12-12T17:30:00+01:00");
    const summer = resolveEvent({ start: "2015-06-12T10:00", timezone: "Europe/Belgrade" });
    expect(summer.start.toUTC().toISO()).toBe("2015-06-12T08:00:00.000Z");
    expect(summer.hasEnd).toBe(false);
    const athens = resolveEvent({ start: "2018-04-12T10:00", timezone: "Europe/Athens" });
    expect(schemaDate(athens, "start")).toBe("2018-04-12T10:00:00+03:00");
  });

  it("keeps days without hours as calendar days", () => {
    const day = resolveEvent({ start: "2012-12-17", end: "2012-12-18" });
    expect(day.allDay).toBe(true);
    expect(schemaDate(day, "start")).toBe("2012-12-17");
    expect(schemaDate(day, "end")).toBe("2012-12-18");
  });

  // Intl puts narrow and thin no-break spaces around the dash: compare with plain spaces.
  const spoken = (text: string) => text.replace(/\s/g, " ");

  it("says the dates in each language, with the zone for times", () => {
    expect(spoken(formatEventRange(resolveEvent(colloquium), "fr-FR"))).toBe("12 décembre 2013, 9 h 30 – 17 h 30 UTC+1");
    expect(spoken(formatEventRange(resolveEvent(colloquium), "en-GB"))).toBe("12 December 2013, 09:30–17:30 CET");
    expect(spoken(formatEventRange(resolveEvent({ start: "2012-12-17", end: "2012-12-18" }), "fr-FR"))).toBe("17–18 décembre 2012");
  });

  it("compares end and start in the event's zone", () => {
    expect(endsAfterStart(colloquium)).toBe(true);
    expect(endsAfterStart({ ...colloquium, end: "2013-12-12T09:00" })).toBe(false);
    expect(endsAfterStart({ start: "2013-12-12", end: "2013-12-11" })).toBe(false);
    expect(endsAfterStart({ start: "2013-12-12", end: "2013-12-12" })).toBe(true);
  });
});

describe("the events calendar", () => {
  const entry = (key: string, event: Record<string, string> | undefined, title = key): NewsEntry => ({
    item: {
      inputPath: `${key}.md`,
      fileSlug: key,
      url: `/en/news/${key}/`,
      date: new Date("2013-12-12T00:00:00Z"),
      data: { key, title, summary: `About ${title}, with a comma; and a semicolon.`, place: "Paris" },
    },
    locale: "en",
    around: { newer: undefined, older: undefined },
    event: event && resolveEvent(event),
    tags: [],
    image: undefined,
  });

  it("is iCalendar that ical.js reads back: UTC instants, whole days with an exclusive end, only items with events", () => {
    const text = buildCalendar({ language: "en", name: "Events", description: "Alliance events", host: "example.org" }, [
      entry("colloquium", colloquium),
      entry("no-event", undefined),
      entry("seminar", { start: "2015-06-12" }),
    ]);
    expect(text.endsWith("END:VCALENDAR\r\n")).toBe(true);
    const calendar = new ICAL.Component(ICAL.parse(text));
    const events = calendar.getAllSubcomponents("vevent").map((v) => new ICAL.Event(v));
    expect(events.map((e) => e.uid)).toEqual(["colloquium.en@example.org", "seminar.en@example.org"]);
    expect(events[0].startDate.toJSDate().toISOString()).toBe("2013-12-12T08:30:00.000Z");
    expect(events[0].endDate.toJSDate().toISOString()).toBe("2013-12-12T16:30:00.000Z");
    expect(events[1].startDate.isDate).toBe(true);
    expect(events[1].startDate.toString()).toBe("2015-06-12");
    expect(events[1].endDate.toString()).toBe("2015-06-13");
    expect(events[0].description).toContain("with a comma; and a semicolon.");
    expect(calendar.getFirstPropertyValue("x-wr-calname")).toBe("Events");
  });
});
