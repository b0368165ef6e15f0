import { toDateTime } from "../i18n/dates.ts";

/** A source an account rests on: cited by its title, linked when it has a public address. */
export interface NewsSource {
  title: string;
  url?: string;
}

/**
 * A news item written after the fact from the record (front matter `written` and `sources`): its date
 * stays the date of what it reports, and the page, the listing and the feeds say when it was written
 * and from what, instead of claiming it was published on that date.
 */
export interface NewsAccount {
  written: Date;
  sources: NewsSource[];
}

/** The account of an item whose front matter validate.ts has accepted, or undefined for an item published on its date. */
export function accountOf(data: Record<string, unknown>): NewsAccount | undefined {
  if (data.written === undefined) return undefined;
  const written = toDateTime(data.written as Date | string).toJSDate();
  const sources = (data.sources as NewsSource[]).map(({ title, url }) => (url ? { title: title.trim(), url } : { title: title.trim() }));
  return { written, sources };
}
