import type { CheckedContent } from "../content/content-types.ts";
import { countryName } from "../form/countries.ts";
import type { EleventyConfig } from "../model/eleventy.ts";
import type { SiteModel } from "../model/site-model.ts";
import { byCountry, byTheme } from "./listing.ts";
import { type Practice, practiceType } from "./validate.ts";

/**
 * Good practices, read and checked by the site model (practiceType): each locale's practices grouped
 * by theme and by country for the listings, and one practice's facts for its page.
 */
export default function practicesPlugin(eleventyConfig: EleventyConfig, { model }: { model: SiteModel }): void {
  // Each build's practices by locale, sorted out once: every practice page asks for its own.
  const indexes = new WeakMap<CheckedContent, Map<string, Practice[]>>();
  const practicesOf = (locale: string): Practice[] => {
    let index = indexes.get(model.checked);
    if (!index) {
      index = new Map();
      for (const { entry } of model.checked.of<Practice>(practiceType)) {
        const ofLocale = index.get(entry.locale) ?? [];
        ofLocale.push(entry);
        index.set(entry.locale, ofLocale);
      }
      indexes.set(model.checked, index);
    }
    return index.get(locale) ?? [];
  };
  const nameIn = (locale: string) => (code: string) => countryName(code, model.intlOf(locale));

  eleventyConfig.addFilter("practicesByTheme", (locale: string) => byTheme(practicesOf(locale), model.intlOf(locale)));
  eleventyConfig.addFilter("practicesByCountry", (locale: string) => byCountry(practicesOf(locale), model.intlOf(locale), nameIn(locale)));
  eleventyConfig.addFilter("practice", (key: string, locale: string) => {
    const practice = practicesOf(locale).find((entry) => entry.key === key);
    if (!practice) throw new Error(`Good practices: no practice with key "${key}" in locale "${locale}"`);
    return practice;
  });
  /** A country's name in the page's language: Intl's, with the Council of Europe's own where it differs. */
  eleventyConfig.addFilter("countryName", (code: string, locale: string) => nameIn(locale)(code));
}
