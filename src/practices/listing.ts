import { THEMES, type Theme } from "./themes.ts";
import type { Practice } from "./validate.ts";

export interface ThemeGroup {
  theme: Theme;
  practices: Practice[];
}

export interface CountryGroup {
  country: string;
  name: string;
  practices: Practice[];
}

/** Within a group: oldest first, then by authority in the language's order. */
function inOrder(practices: Practice[], collator: Intl.Collator): Practice[] {
  return [...practices].sort((a, b) => a.year - b.year || collator.compare(a.authority, b.authority));
}

/** Every theme, in THEMES' order, with its practices (none for a theme the record has nothing on: the listing says so). */
export function byTheme(practices: Practice[], intl: string): ThemeGroup[] {
  const collator = new Intl.Collator(intl);
  return THEMES.map((theme) => ({
    theme,
    practices: inOrder(
      practices.filter((p) => p.theme === theme),
      collator,
    ),
  }));
}

/** The countries that have practices, in the alphabetical order of their names in the page's language. */
export function byCountry(practices: Practice[], intl: string, nameOf: (code: string) => string): CountryGroup[] {
  const collator = new Intl.Collator(intl);
  const countries = [...new Set(practices.map((practice) => practice.country))];
  return countries
    .map((country) => ({
      country,
      name: nameOf(country),
      practices: inOrder(
        practices.filter((p) => p.country === country),
        collator,
      ),
    }))
    .sort((a, b) => collator.compare(a.name, b.name));
}
