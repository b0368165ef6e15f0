import type UserConfig from "@11ty/eleventy/UserConfig";
import { localeOfPath } from "../i18n/locales.ts";
import { readLocales } from "../i18n/plugin.ts";
import { formatMonth } from "../i18n/dates.ts";
import { absoluteUrl } from "../site/url.ts";
import { accountOf } from "./account.ts";
import { neighbours, newestFirst, pageLinks } from "./collection.ts";
import { showDrafts } from "./drafts.ts";
import { formatEventRange, resolveEvent, schemaDate, type EventFields } from "./event.ts";
import { NewsImages, type ImageField, type ImageRole } from "./images.ts";
import { articleJsonLd } from "./json-ld.ts";
import type { NewsEntry, NewsIndex, NewsItem } from "./news-index.ts";
import { validateNews } from "./validate.ts";

export interface NewsOptions {
  contentDir: string;
  dataDir: string;
  news: NewsIndex;
}

interface CollectionApi {
  getAll(): NewsItem[];
}

/** Front matter allows `tags: word` as well as a list. */
const tagList = (tags: unknown): string[] => (tags === undefined ? [] : ([] as string[]).concat(tags as string | string[]));

/**
 * News: drafts, the checked and sorted `news_<locale>` collections, their images, and what an
 * article page shows beyond its body (neighbours, event dates, JSON-LD).
 */
export default function newsPlugin(eleventyConfig: UserConfig, { contentDir, dataDir, news }: NewsOptions): void {
  const locales = readLocales(dataDir);
  const images = new NewsImages({ contentDir, outputDir: () => (eleventyConfig as unknown as { directories: { output: string } }).directories.output });
  eleventyConfig.on("eleventy.before", () => images.reset());

  // A draft is skipped before it joins any collection: no page, feed, calendar, sitemap or search entry.
  eleventyConfig.addPreprocessor("drafts", "*", (data: { draft?: unknown }) => {
    if (data.draft === true && !showDrafts()) return false;
    return undefined;
  });

  for (const { code } of locales) {
    eleventyConfig.addCollection(`news_${code}`, async (api: CollectionApi) => {
      const items = api.getAll().filter((item) => item.data.type === "news" && localeOfPath(item.inputPath, contentDir) === code);
      validateNews(items, code);
      for (const item of items) {
        if (item.data.image) await images.prepare(item.inputPath, item.data.image as ImageField);
      }
      items.sort(newestFirst);
      const around = neighbours(items);
      const entries: NewsEntry[] = items.map((item) => ({
        item,
        locale: code,
        around: around.get(item.inputPath)!,
        event: item.data.event ? resolveEvent(item.data.event as EventFields) : undefined,
        account: accountOf(item.data),
        tags: tagList(item.data.tags),
        image: images.fallback(item.inputPath),
      }));
      news.set(code, entries);
      return items;
    });
  }

  const entryOf = (inputPath: string): NewsEntry => {
    const entry = news.entry(inputPath);
    if (!entry) throw new Error(`${inputPath} is not a news item of any locale`);
    return entry;
  };
  const intlOf = (code: string) => locales.find((l) => l.code === code)?.intl ?? code;

  eleventyConfig.addFilter("newsAround", (inputPath: string) => entryOf(inputPath).around);
  eleventyConfig.addFilter("newsImage", (inputPath: string, role: ImageRole) => images.html(inputPath, role));
  /** The dates of the event an article announces or reports, as words and as a machine-readable start. */
  eleventyConfig.addFilter("newsEventDates", (inputPath: string) => {
    const { event, locale } = entryOf(inputPath);
    return event ? { text: formatEventRange(event, intlOf(locale)), datetime: schemaDate(event, "start") } : undefined;
  });
  eleventyConfig.addFilter("newsTags", tagList);
  eleventyConfig.addFilter("newsAccount", (inputPath: string) => entryOf(inputPath).account);
  /** The newest item of a locale when it is an account written from the record: where the record stops. */
  eleventyConfig.addFilter("newsRecordEnd", (locale: string) => {
    const newest = news.ofLocale(locale)[0];
    return newest?.account ? formatMonth(newest.item.date, intlOf(locale)) : undefined;
  });
  eleventyConfig.addFilter("newsJsonLd", (inputPath: string, publisher: { name: string; url: string; logo: string }) => {
    const { item, locale, event, image, tags, account } = entryOf(inputPath);
    return articleJsonLd({
      title: item.data.title,
      summary: item.data.summary,
      date: item.date,
      written: account?.written,
      url: absoluteUrl(item.url || "/"),
      language: locale,
      tags,
      place: item.data.place as string | undefined,
      event,
      image: image && absoluteUrl(image.url),
      publisher,
    });
  });
  eleventyConfig.addFilter("pageLinks", (pagination: { hrefs: string[]; pageNumber: number }) => pageLinks(pagination.hrefs, pagination.pageNumber));
}
