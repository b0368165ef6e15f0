import type { Source } from "../content/sources.ts";
import { toDateTime } from "../i18n/dates.ts";

/**
 * A news item written after the fact from the record (front matter `written` and `sources`): its date
 * stays the date of what it reports, and the page, the listing and the feeds say when it was written
 * and from what, instead of claiming it was published on that date.
 */
export interface NewsAccount {
  written: Date;
  sources: Source[];
}

/** The account of an item whose front matter validate.ts has accepted, or undefined for an item published on its date. */
export function accountOf(data: Record<string, unknown>): NewsAccount | undefined {
  if (data.written === undefined) return undefined;
  const written = toDateTime(data.written as Date | string).toJSDate();
  const sources = (data.sources as Source[]).map(({ title, url }) => (url ? { title: title.trim(), url } : { title: title.trim() }));
  return { written, sources };
}
