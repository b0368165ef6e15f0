import { localeOfPath } from "../i18n/locales.ts";

/** The part of an Eleventy collection item that news ordering needs. */
export interface Dated {
  inputPath: string;
  date: Date;
}

/** Newest first; items of the same day in file order, so every build lists them the same way. */
export function newestFirst(a: Dated, b: Dated): number {
  return b.date.getTime() - a.date.getTime() || a.inputPath.localeCompare(b.inputPath);
}

/** The news items of one locale, newest first: the `news_<locale>` collections and the news index. */
export function newsOfLocale<T extends Dated & { data: Record<string, unknown> }>(items: T[], locale: string, contentDir: string): T[] {
  return items.filter((item) => item.data.type === "news" && localeOfPath(item.inputPath, contentDir) === locale).sort(newestFirst);
}

export interface Around<T> {
  /** The article published just after this one, if any. */
  newer: T | undefined;
  /** The article published just before this one, if any. */
  older: T | undefined;
}

/** Each item's neighbours in a newest-first list, computed once so that every article page is a lookup. */
export function neighbours<T extends { inputPath: string }>(newestFirstItems: T[]): Map<string, Around<T>> {
  return new Map(newestFirstItems.map((item, i) => [item.inputPath, { newer: newestFirstItems[i - 1], older: newestFirstItems[i + 1] }]));
}

export type PageLink = { kind: "page"; number: number; href: string; current: boolean } | { kind: "gap" };

/**
 * The numbered links of a listing page: the first and last pages, and the pages near the current
 * one, with gaps between. 200 pages of news stay a short list on every page.
 */
export function pageLinks(hrefs: string[], currentIndex: number, around = 2): PageLink[] {
  const links: PageLink[] = [];
  hrefs.forEach((href, index) => {
    const shown = index === 0 || index === hrefs.length - 1 || Math.abs(index - currentIndex) <= around;
    if (shown) links.push({ kind: "page", number: index + 1, href, current: index === currentIndex });
    else if (links.at(-1)?.kind !== "gap") links.push({ kind: "gap" });
  });
  return links;
}
