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
  const practicesOf = (locale: string): Practice[] => model.checked.of<Practice>(practiceType).flatMap(({ entry }) => (entry.locale === locale ? [entry] : []));
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
