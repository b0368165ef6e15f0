import { frenchFirstDay } from "../i18n/dates.ts";
import { DateTime } from "luxon";

/**
 * When a text was adopted, as precisely as the sources give it: a day (2010-10-20), a month
 * (2017-03), a year (2017), or `not-given` when the sources do not say. A page never shows more
 * precision than its source, and never a date the sources lack.
 */
export type Adopted = { precision: "day" | "month" | "year"; iso: string } | { precision: "not-given" };

export const NOT_GIVEN = "not-given";

const PATTERNS = { day: /^\d{4}-\d{2}-\d{2}$/, month: /^\d{4}-\d{2}$/, year: /^\d{4}$/ } as const;

/** The adoption date an editor wrote (YAML reads `2017` as a number), or undefined when it is none of the forms. */
export function readAdopted(value: unknown): Adopted | undefined {
  if (value === NOT_GIVEN) return { precision: "not-given" };
  const text = typeof value === "number" && Number.isInteger(value) ? String(value) : value;
  if (typeof text !== "string") return undefined;
  for (const precision of ["day", "month", "year"] as const) {
    if (PATTERNS[precision].test(text) && DateTime.fromISO(text, { zone: "utc" }).isValid) return { precision, iso: text };
  }
  return undefined;
}

/** "20 October 2010", "March 2017", "2017" in the page's Intl locale; undefined when not given. */
export function formatAdopted(adopted: Adopted, intl: string): string | undefined {
  if (adopted.precision === "not-given") return undefined;
  const date = DateTime.fromISO(adopted.iso, { zone: "utc" }).setLocale(intl);
  if (adopted.precision === "day") return frenchFirstDay(date.toLocaleString(DateTime.DATE_FULL), intl);
  if (adopted.precision === "month") return date.toLocaleString({ month: "long", year: "numeric" });
  return date.toLocaleString({ year: "numeric" });
}

/** Newest first, a vaguer date after the days within it (2017-03-20, then 2017-03, then 2017); texts without a date last. */
export function newestAdoptedFirst(a: Adopted, b: Adopted): number {
  if (a.precision === "not-given" || b.precision === "not-given") return Number(a.precision === "not-given") - Number(b.precision === "not-given");
  return a.iso === b.iso ? 0 : a.iso < b.iso ? 1 : -1;
}
