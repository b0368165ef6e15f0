import type { ImageEntry } from "@11ty/eleventy-img";
import type { NewsAccount } from "./account.ts";
import type { Around } from "./collection.ts";
import type { NewsEvent } from "./event.ts";

/** A news item as Eleventy's collections give it. */
export interface NewsItem {
  inputPath: string;
  fileSlug: string;
  url: string | false;
  date: Date;
  data: Record<string, unknown> & { title: string; summary: string; key: string };
  /** The rendered body; only readable once the item has been rendered (feeds declare that they import the collection). */
  content?: string;
}

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
 * The news of every locale, newest first, as the news collections last built them. The article
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
