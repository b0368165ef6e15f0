import type { CollectionApi, EleventyConfig } from "../model/eleventy.ts";
import { type SiteModel, tagList } from "../model/site-model.ts";
import { absoluteUrl } from "../site/url.ts";
import { newsOfLocale, pageLinks } from "./collection.ts";
import { formatMonth } from "../i18n/dates.ts";
import { showDrafts } from "./drafts.ts";
import { formatEventRange, schemaDate } from "./event.ts";
import type { ImageRole } from "./images.ts";
import { articleJsonLd } from "./json-ld.ts";
import type { NewsEntry } from "./news-index.ts";

/**
 * News: drafts, the sorted `news_<locale>` collections the listings paginate over, and what an
 * article page shows beyond its body (neighbours, image, event dates, JSON-LD), from the site model.
 */
export default function newsPlugin(eleventyConfig: EleventyConfig, { model }: { model: SiteModel }): void {
  // A draft is skipped before it joins any collection: no page, feed, calendar, sitemap or search entry.
  eleventyConfig.addPreprocessor("drafts", "*", (data: { draft?: unknown }) => {
    if (data.draft === true && !showDrafts()) return false;
    return undefined;
  });

  for (const { code } of model.locales) {
    eleventyConfig.addCollection(`news_${code}`, (api: CollectionApi) => newsOfLocale(api.getAll(), code, model.contentDir));
  }

  const entryOf = (inputPath: string): NewsEntry => {
    const entry = model.news.entry(inputPath);
    if (!entry) throw new Error(`${inputPath} is not a news item of any locale`);
    return entry;
  };

  eleventyConfig.addFilter("newsAround", (inputPath: string) => entryOf(inputPath).around);
  eleventyConfig.addFilter("newsImage", (inputPath: string, role: ImageRole) => model.images.html(inputPath, role));
  /** The dates of the event an article announces or reports, as words and as a machine-readable start. */
  eleventyConfig.addFilter("newsEventDates", (inputPath: string) => {
    const { event, locale } = entryOf(inputPath);
    return event ? { text: formatEventRange(event, model.intlOf(locale)), datetime: schemaDate(event, "start") } : undefined;
  });
  eleventyConfig.addFilter("newsTags", tagList);
  eleventyConfig.addFilter("newsAccount", (inputPath: string) => entryOf(inputPath).account);
  /** The newest item of a locale when it is an account written from the record: where the record stops. */
  eleventyConfig.addFilter("newsRecordEnd", (locale: string) => {
    const newest = model.news.ofLocale(locale)[0];
    return newest?.account ? formatMonth(newest.item.date, model.intlOf(locale)) : undefined;
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
