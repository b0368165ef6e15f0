import { Feed, type Item } from "feed";
import { escapeHtml } from "../html/escape.ts";
import type { NewsEntry } from "../news/news-index.ts";
import { absoluteUrl } from "../site/url.ts";
import { absolutizeHtml, htmlFragment } from "./absolute-html.ts";

/** How many of the newest items a feed carries. */
export const FEED_SIZE = 20;

export type FeedFormat = "rss" | "atom" | "json";

/** A locale's feed, described in its own language. All URLs absolute. */
export interface FeedMeta {
  language: string;
  title: string;
  description: string;
  /** The news listing, the page the feed stands for. */
  link: string;
  author: { name: string; link: string };
  icon: string;
  self: Record<FeedFormat, string>;
  /** How an item written after the fact says so, in the feed's language. */
  account: AccountWords;
}

/** The words of an account's note and source list (news.written, news.accountNote, news.sources) and the date format. */
export interface AccountWords {
  written: string;
  note: string;
  sources: string;
  formatDate(date: Date): string;
}

/** An account's note before the body and its sources after it, as the article page shows them. */
function accountHtml(entry: NewsEntry, words: AccountWords): { before: string; after: string } {
  if (!entry.account) return { before: "", after: "" };
  const { written, sources } = entry.account;
  const list = sources.map(({ title, url }) => `<li>${url ? `<a href="${escapeHtml(url)}">${escapeHtml(title)}</a>` : escapeHtml(title)}</li>`).join("");
  return {
    before: `<p><em>${escapeHtml(words.written)} ${escapeHtml(words.formatDate(written))}. ${escapeHtml(words.note)}</em></p>`,
    after: `<h2>${escapeHtml(words.sources)}</h2><ul>${list}</ul>`,
  };
}

/** The item's full content for a reader away from the site: its image first, then the body, every URL absolute. */
export function feedContent(entry: NewsEntry, itemUrl: string, words: AccountWords): string {
  const account = accountHtml(entry, words);
  const body = account.before + (entry.item.content ?? "") + account.after;
  if (!entry.image) return absolutizeHtml(body, itemUrl);
  const document = htmlFragment("");
  const figure = document.createElement("figure");
  const img = document.createElement("img");
  img.setAttribute("src", entry.image.url);
  img.setAttribute("alt", entry.image.alt);
  img.setAttribute("width", String(entry.image.width));
  img.setAttribute("height", String(entry.image.height));
  figure.appendChild(img);
  return absolutizeHtml(figure.outerHTML + body, itemUrl);
}

function feedItem(entry: NewsEntry, words: AccountWords): Item {
  const { item } = entry;
  const url = absoluteUrl(item.url || "/");
  return {
    title: item.data.title,
    id: url,
    link: url,
    date: item.date,
    // An account of past events was published when it was written, not on the date of those events.
    published: entry.account?.written ?? item.date,
    description: item.data.summary,
    content: feedContent(entry, url, words),
    category: entry.tags.map((tag) => ({ name: tag, term: tag })),
    image: entry.image && { url: absoluteUrl(entry.image.url), type: entry.image.sourceType, length: entry.image.size },
  };
}

/** One `feed` object per locale: the three formats are serializations of it. */
export function buildFeed(meta: FeedMeta, newestFirst: NewsEntry[]): Feed {
  const entries = newestFirst.slice(0, FEED_SIZE);
  const feed = new Feed({
    id: meta.link,
    title: meta.title,
    description: meta.description,
    link: meta.link,
    language: meta.language,
    favicon: meta.icon,
    updated: entries[0]?.item.date,
    author: meta.author,
    feedLinks: meta.self,
  });
  for (const entry of entries) feed.addItem(feedItem(entry, meta.account));
  return feed;
}

const ATOM_ROOT = '<feed xmlns="http://www.w3.org/2005/Atom">';

/** Serializes a feed, adding what `feed` 5 leaves out: the Atom xml:lang, and JSON Feed 1.1's language and authors. */
export function serializeFeed(feed: Feed, format: FeedFormat): string {
  const language = feed.options.language!;
  if (format === "rss") return feed.rss2();
  if (format === "atom") {
    const atom = feed.atom1();
    if (!atom.includes(ATOM_ROOT)) throw new Error("feed: the Atom root element changed; update serializeFeed");
    return atom.replace(ATOM_ROOT, `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${language}">`);
  }
  const json = JSON.parse(feed.json1()) as Record<string, unknown> & { author?: unknown; items: Record<string, unknown>[] };
  const { version: _v1, ...rest } = json;
  return JSON.stringify(
    {
      version: "https://jsonfeed.org/version/1.1",
      language,
      ...rest,
      authors: json.author ? [json.author] : undefined,
      // `feed` passes an enclosure object through; JSON Feed's item image is a URL.
      items: json.items.map(({ image, ...item }) => ({ ...item, image: (image as { url?: string } | undefined)?.url ?? image, language })),
    },
    null,
    2,
  );
}
