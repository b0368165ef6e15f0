import { DateTime } from "luxon";

/** Front matter dates arrive as Date (YAML) or string; both are read as calendar dates in UTC. */
export function toDateTime(value: Date | string): DateTime {
  const date = value instanceof Date ? DateTime.fromJSDate(value, { zone: "utc" }) : DateTime.fromISO(value, { zone: "utc" });
  if (!date.isValid) throw new Error(`not a valid date: ${String(value)}`);
  return date;
}

/** "12 décembre 2013" / "12 December 2013"; "1er décembre 2026". */
export function formatDate(value: Date | string, locale: string): string {
  return frenchFirstDay(toDateTime(value).setLocale(locale).toLocaleString(DateTime.DATE_FULL), locale);
}

const FIRST_OF_A_FRENCH_MONTH = /(?<!\d)1(?=[ \u00A0\u202F](?:janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre))/gu;

/** French writes the first day of a month as an ordinal, «1er décembre», where Intl writes «1 décembre». */
export function frenchFirstDay(text: string, intlLocale: string): string {
  return intlLocale.startsWith("fr") ? text.replace(FIRST_OF_A_FRENCH_MONTH, "1er") : text;
}

/** "avril 2018" / "April 2018". */
export function formatMonth(value: Date | string, locale: string): string {
  return toDateTime(value).setLocale(locale).toLocaleString({ month: "long", year: "numeric" });
}

/** "2013-12-12", for <time datetime>. */
export function isoDate(value: Date | string): string {
  return toDateTime(value).toISODate() ?? "";
}
