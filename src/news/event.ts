import { frenchFirstDay } from "../i18n/dates.ts";
import { DateTime, IANAZone } from "luxon";

/**
 * The `event` of a news item, as editors write it:
 *   event: { start: 2013-12-12T09:30, end: 2013-12-12T17:30, timezone: Europe/Paris }
 * or, for a day whose hours are not known, `event: { start: 2013-03-20 }` (end optional, inclusive).
 */
export interface EventFields {
  start?: unknown;
  end?: unknown;
  timezone?: unknown;
}

/** An event with its times resolved: timed events in their own zone, all-day events as UTC calendar days. */
export interface NewsEvent {
  allDay: boolean;
  start: DateTime;
  /** Timed: the end instant (or the start if none was given). All-day: the last day, inclusive. */
  end: DateTime;
  hasEnd: boolean;
  timeZone: string | undefined;
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const DAY_AND_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?$/;

export const isDay = (value: unknown): value is string => typeof value === "string" && DAY.test(value) && DateTime.fromISO(value).isValid;
export const isDayAndTime = (value: unknown): value is string => typeof value === "string" && DAY_AND_TIME.test(value) && DateTime.fromISO(value).isValid;
/** Luxon checks a zone by building an Intl formatter each time: the answers are kept for the build. */
const knownZones = new Map<string, boolean>();
export const isTimeZone = (value: unknown): value is string => {
  if (typeof value !== "string") return false;
  if (!knownZones.has(value)) knownZones.set(value, IANAZone.isValidZone(value));
  return knownZones.get(value)!;
};

/** Resolves fields that have already passed validation (see validate.ts). */
export function resolveEvent(fields: EventFields): NewsEvent {
  const { start, end, timezone } = fields;
  if (isDay(start)) {
    const first = DateTime.fromISO(start, { zone: "utc" });
    return { allDay: true, start: first, end: isDay(end) ? DateTime.fromISO(end, { zone: "utc" }) : first, hasEnd: isDay(end), timeZone: undefined };
  }
  if (isDayAndTime(start) && isTimeZone(timezone)) {
    const first = DateTime.fromISO(start, { zone: timezone });
    const last = isDayAndTime(end) ? DateTime.fromISO(end, { zone: timezone }) : first;
    return { allDay: false, start: first, end: last, hasEnd: isDayAndTime(end), timeZone: timezone };
  }
  throw new Error(`unresolvable event ${JSON.stringify(fields)}`);
}

/** Whether an event's end is not before its start, once both are read in the event's zone. */
export function endsAfterStart(fields: EventFields): boolean {
  if (fields.end === undefined) return true;
  const sameKind = (isDay(fields.start) && isDay(fields.end)) || (isDayAndTime(fields.start) && isDayAndTime(fields.end));
  if (!sameKind) return true; // reported as a format problem instead
  const zone = isTimeZone(fields.timezone) ? fields.timezone : "utc";
  return DateTime.fromISO(fields.end as string, { zone }) >= DateTime.fromISO(fields.start as string, { zone });
}

/** "12 décembre 2013, 9 h 30 – 17 h 30 UTC+1", "17–18 December 2012": Intl picks the locale's own range style. */
export function formatEventRange(event: NewsEvent, intlLocale: string): string {
  const format = rangeFormat(intlLocale, event.allDay ? undefined : event.timeZone);
  const [start, end] = [event.start.toJSDate(), event.end.toJSDate()];
  if (event.allDay || !intlLocale.startsWith("fr")) return frenchFirstDay(format.formatRange(start, end), intlLocale);
  // French writes times "9 h 30" (with no-break spaces), where Intl writes "09:30".
  const range = format
    .formatRangeToParts(start, end)
    .map((part, i, parts) => {
      if (part.type === "hour") return String(Number(part.value));
      if (part.type === "literal" && part.value === ":" && parts[i - 1]?.type === "hour") return "\u00a0h\u00a0";
      return part.value;
    })
    .join("");
  return frenchFirstDay(range, intlLocale);
}

/** One formatter per locale and zone (building one costs far more than using it); no zone: whole UTC days. */
const rangeFormats = new Map<string, Intl.DateTimeFormat>();
function rangeFormat(intlLocale: string, timeZone: string | undefined): Intl.DateTimeFormat {
  const key = `${intlLocale} ${timeZone ?? ""}`;
  let format = rangeFormats.get(key);
  if (!format) {
    const options: Intl.DateTimeFormatOptions = timeZone
      ? { day: "numeric", month: "long", year: "numeric", hour: "numeric", minute: "2-digit", timeZone, timeZoneName: "short" }
      : { dateStyle: "long", timeZone: "UTC" };
    format = new Intl.DateTimeFormat(intlLocale, options);
    rangeFormats.set(key, format);
  }
  return format;
}

/** ISO 8601 as schema.org wants it: a day, or a local time with its UTC offset. */
export function schemaDate(event: NewsEvent, which: "start" | "end"): string {
  const value = event[which];
  return event.allDay ? value.toISODate()! : value.toISO({ suppressMilliseconds: true })!;
}
