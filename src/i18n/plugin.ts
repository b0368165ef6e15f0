import type { EleventyConfig } from "../model/eleventy.ts";
import type { SiteModel } from "../model/site-model.ts";
import { formatDate, isoDate } from "./dates.ts";
import { HeadMeta, type HeadMetaPage } from "./head-meta.ts";
import { Menus } from "./menus.ts";
import { type PaginatedTitleData, paginatedTitle } from "./paginated-title.ts";
import { type PageSource, sectionPermalink } from "./sections.ts";

/** Locale of every page, UI strings, localized dates and the links between translations. */
export default function i18nPlugin(eleventyConfig: EleventyConfig, { model }: { model: SiteModel }): void {
  // Every page's locale: its folder's (content/fr/… is "fr"), else the default locale (the home page, robots.txt).
  // Set before the page's computed data and pagination, as computed data would, but without a computed key: given
  // as global data, one made Eleventy run its computed-data machinery on every page of the site.
  eleventyConfig.addPreprocessor("locale", "*", function (this: { inputPath: string }, data: { locale?: string; site: { defaultLocale: string } }) {
    data.locale = model.localeOf(this.inputPath) ?? data.site.defaultLocale;
  });

  // For the section folders' data files (content/<locale>/news/news.11tydata.js, …): their items' URLs in the locale's words.
  // A JavaScript function rather than a Nunjucks permalink: Eleventy compiles a template permalink again for every page of a pagination.
  eleventyConfig.addGlobalData(
    "sectionPermalink",
    () => (page: PageSource, pagination?: { pageNumber: number }) => sectionPermalink(page, model.locales, pagination?.pageNumber),
  );

  // For the news listing's data files (content/<locale>/news/index.11tydata.js): its later pages' title, "Actualités – page 2 sur 3".
  // A JavaScript function rather than a Nunjucks string in the listing's front matter, which Eleventy compiled for each of its pages.
  eleventyConfig.addGlobalData("paginatedTitle", () => (data: PaginatedTitleData) => paginatedTitle(data, model.translator));

  eleventyConfig.addFilter("t", (key: string, locale: string, values?: Record<string, string | number>) => model.translator.t(key, locale, values));
  eleventyConfig.addFilter("localeInfo", (code: string) => model.locale(code));
  eleventyConfig.addFilter("localDate", (date: Date | string, locale: string) => formatDate(date, model.locale(locale).intl));
  eleventyConfig.addFilter("isoDate", isoDate);
  /** URL of the page with this key in this locale: navigation is written with keys, never paths. */
  eleventyConfig.addFilter("urlFor", (key: string, locale: string) => model.translations.url(key, locale));
  /** The page to link to from menus: this locale's, or the default locale's until it is translated. */
  eleventyConfig.addFilter("pageOrFallback", (key: string, locale: string, fallbackLocale: string) =>
    model.translations.findOrFallback(key, locale, fallbackLocale),
  );
  const menus = new Menus(model);
  eleventyConfig.on("eleventy.before", () => menus.reset());
  /** The `<li>` links of a menu of page keys (header, footer), labelled by `labels` ("nav.{item}"): see menus.ts. */
  eleventyConfig.addFilter("menuLinks", (items: string[], locale: string, fallbackLocale: string, labels: string, pageUrl: string, section?: string) =>
    menus.items(items, { locale, fallbackLocale, labels, pageUrl, section }),
  );
  /** The language switcher's links from a page (its key) to its versions: see menus.ts. */
  eleventyConfig.addFilter("languageLinks", (key: string | undefined, locale: string) => menus.languages(key, locale));
  const headMeta = new HeadMeta(model);
  eleventyConfig.on("eleventy.before", () => headMeta.reset());
  /** The page head's description, alternates, feeds and cards: see head-meta.ts. */
  eleventyConfig.addNunjucksGlobal("headMeta", (page: HeadMetaPage) => headMeta.tags(page));
  eleventyConfig.addFilter("translationOf", (key: string, locale: string) => model.translations.find(key, locale));
  eleventyConfig.addFilter("translations", (key: string) => model.translations.versions(key, model.localeCodes()));
  /** Every localized page, for the sitemap (with its translations as alternates). */
  eleventyConfig.addNunjucksGlobal("localizedPages", () => model.localizedPages);
}
