import type UserConfig from "@11ty/eleventy/UserConfig";
import { formatDate, isoDate } from "./dates.ts";
import { localeOfPath, type Locale } from "./locales.ts";
import type { SiteStrings } from "./site-strings.ts";
import type { TranslationIndex } from "./translations.ts";

export interface I18nOptions {
  contentDir: string;
  index: TranslationIndex;
  strings: SiteStrings;
}

export { readLocales, readStrings } from "./site-strings.ts";

/** Locale of every page, UI strings, localized dates and the links between translations. */
export default function i18nPlugin(eleventyConfig: UserConfig, { contentDir, index, strings }: I18nOptions): void {
  // Re-read on every build so that `npm run dev` picks up edited strings, and fails on a missing one.
  eleventyConfig.on("eleventy.before", () => strings.reload());

  const localeInfo = (code: string): Locale => {
    const locale = strings.locales.find((l) => l.code === code);
    if (!locale) throw new Error(`Unknown locale "${code}"`);
    return locale;
  };

  eleventyConfig.addGlobalData(
    "eleventyComputed.locale",
    () => (data: { page: { inputPath: string }; site: { defaultLocale: string } }) => localeOfPath(data.page.inputPath, contentDir) ?? data.site.defaultLocale,
  );

  eleventyConfig.addFilter("t", (key: string, locale: string, values?: Record<string, string | number>) => strings.translator.t(key, locale, values));
  eleventyConfig.addFilter("localeInfo", localeInfo);
  eleventyConfig.addFilter("localDate", (date: Date | string, locale: string) => formatDate(date, localeInfo(locale).intl));
  eleventyConfig.addFilter("isoDate", isoDate);
  /** URL of the page with this key in this locale: navigation is written with keys, never paths. */
  eleventyConfig.addFilter("urlFor", (key: string, locale: string) => index.url(key, locale));
  eleventyConfig.addFilter("translationOf", (key: string, locale: string) => index.find(key, locale));
  eleventyConfig.addFilter("translations", (key: string) =>
    index.versions(
      key,
      strings.locales.map((l) => l.code),
    ),
  );
}
