import ICAL from "ical.js";
import type { NewsEntry } from "../news/news-index.ts";
import { absoluteUrl } from "../site/url.ts";

/** A locale's events calendar, described in its own language. */
export interface CalendarMeta {
  language: string;
  name: string;
  description: string;
  /** Host name of the site, which makes event UIDs unique. */
  host: string;
}

/** ical.js writes DATE values for day-only times and UTC DATE-TIME values (…Z) for instants. */
const day = (iso: string) => ICAL.Time.fromDateString(iso);
const instant = (date: Date) => ICAL.Time.fromJSDate(date, true);

function textProperty(component: ICAL.Component, name: string, value: string, language: string): void {
  const property = new ICAL.Property(name, component);
  // X-WR- properties have no type in ical.js's design set: as TEXT, their commas and semicolons are escaped too.
  property.resetType("text");
  property.setValue(value);
  property.setParameter("language", language);
  component.addProperty(property);
}

function vevent(entry: NewsEntry, meta: CalendarMeta): ICAL.Component {
  const { item, event } = entry;
  const url = absoluteUrl(item.url || "/");
  const component = new ICAL.Component("vevent");
  component.updatePropertyWithValue("uid", `${item.data.key}.${meta.language}@${meta.host}`);
  // DTSTAMP is required; the publication date keeps every build of the same content identical.
  component.updatePropertyWithValue("dtstamp", instant(item.date));
  if (event!.allDay) {
    component.updatePropertyWithValue("dtstart", day(event!.start.toISODate()!));
    // DTEND of a day-long event is exclusive: the day after the last day.
    component.updatePropertyWithValue("dtend", day(event!.end.plus({ days: 1 }).toISODate()!));
  } else {
    // Instants in UTC: every calendar shows them in its reader's own time zone, with no VTIMEZONE to carry.
    component.updatePropertyWithValue("dtstart", instant(event!.start.toJSDate()));
    if (event!.hasEnd) component.updatePropertyWithValue("dtend", instant(event!.end.toJSDate()));
  }
  textProperty(component, "summary", item.data.title, meta.language);
  textProperty(component, "description", `${item.data.summary}\n\n${url}`, meta.language);
  if (typeof item.data.place === "string") textProperty(component, "location", item.data.place, meta.language);
  component.updatePropertyWithValue("url", url);
  return component;
}

/**
 * The events of a locale's news as an iCalendar (RFC 5545) file that calendar applications can
 * subscribe to: every item with an `event`, in start order.
 */
export function buildCalendar(meta: CalendarMeta, entries: NewsEntry[]): string {
  const calendar = new ICAL.Component(["vcalendar", [], []]);
  calendar.updatePropertyWithValue("prodid", `-//${meta.host}//News events//${meta.language.toUpperCase()}`);
  calendar.updatePropertyWithValue("version", "2.0");
  calendar.updatePropertyWithValue("calscale", "GREGORIAN");
  calendar.updatePropertyWithValue("method", "PUBLISH");
  // NAME and DESCRIPTION (RFC 7986) with the X-WR- names older applications read.
  for (const [name, value] of [
    ["name", meta.name],
    ["x-wr-calname", meta.name],
    ["description", meta.description],
    ["x-wr-caldesc", meta.description],
  ]) {
    textProperty(calendar, name, value, meta.language);
  }
  const withEvents = entries.filter((entry) => entry.event).sort((a, b) => a.event!.start.toMillis() - b.event!.start.toMillis());
  for (const entry of withEvents) calendar.addSubcomponent(vevent(entry, meta));
  // Content lines end with CRLF, the last one too.
  return `${calendar.toString()}\r\n`;
}
