import type { ImageEntry } from "@11ty/eleventy-img";
import type { PageData, PageItem } from "../model/eleventy.ts";
import type { NewsAccount } from "./account.ts";
import type { Around } from "./collection.ts";
import type { NewsEvent } from "./event.ts";

/** A news item as Eleventy's collections give it; its body (`content`) is readable once it has rendered (feeds import the collection). */
export type NewsItem = Omit<PageItem<PageData & { title: string; summary: string; key: string }>, "rawInput">;

/** Everything the site derives from one news item, computed once per build. */
export interface NewsEntry {
  item: NewsItem;
  locale: string;
  around: Around<NewsItem>;
  event: NewsEvent | undefined;
  /** When and from what an item written after the fact was written; undefined for an item published on its date. */
  account?: NewsAccount;
  tags: string[];
  /** The largest image in the fallback format, with its alt text. */
  image: (ImageEntry & { alt: string }) | undefined;
}

/**
 * The news of every locale, newest first, as the site model last built them. The article
 * layout, the feeds and the calendar read it, so no page recomputes what another already did.
 */
export class NewsIndex {
  private byLocale = new Map<string, NewsEntry[]>();
  private byPath = new Map<string, NewsEntry>();

  set(locale: string, entries: NewsEntry[]): void {
    for (const old of this.byLocale.get(locale) ?? []) this.byPath.delete(old.item.inputPath);
    this.byLocale.set(locale, entries);
    for (const entry of entries) this.byPath.set(entry.item.inputPath, entry);
  }

  /** The news of a locale, newest first. */
  ofLocale(locale: string): NewsEntry[] {
    return this.byLocale.get(locale) ?? [];
  }

  entry(inputPath: string): NewsEntry | undefined {
    return this.byPath.get(inputPath);
  }
}
