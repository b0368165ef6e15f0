import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type UserConfig from "@11ty/eleventy/UserConfig";
import { formatDate, isoDate } from "./dates.ts";
import { localeOfPath, type Locale } from "./locales.ts";
import { Translator, type StringTree } from "./strings.ts";
import { TranslationIndex } from "./translations.ts";

export interface I18nOptions {
  contentDir: string;
  dataDir: string;
  index: TranslationIndex;
}

export function readLocales(dataDir: string): Locale[] {
  return JSON.parse(readFileSync(join(dataDir, "locales.json"), "utf8")) as Locale[];
}

/** Reads _data/strings/<locale>/*.json; each file is one namespace ("nav.json" → "nav.*"). */
export function readStrings(dataDir: string, locales: Locale[]): Record<string, StringTree> {
  const strings: Record<string, StringTree> = {};
  for (const { code } of locales) {
    const dir = join(dataDir, "strings", code);
    let files: string[] = [];
    try {
      files = readdirSync(dir).filter((name) => name.endsWith(".json"));
    } catch {
      continue; // the Translator reports the missing locale by name
    }
    strings[code] = Object.fromEntries(
      files.map((name) => [name.replace(/\.json$/, ""), JSON.parse(readFileSync(join(dir, name), "utf8")) as StringTree]),
    );
  }
  return strings;
}

/** Locale of every page, UI strings, localized dates and the links between translations. */
export default function i18nPlugin(eleventyConfig: UserConfig, { contentDir, dataDir, index }: I18nOptions): void {
  let locales = readLocales(dataDir);
  let translator = new Translator(readStrings(dataDir, locales), locales);
  // Re-read on every build so that `npm run dev` picks up edited strings, and fails on a missing one.
  eleventyConfig.on("eleventy.before", () => {
    locales = readLocales(dataDir);
    translator = new Translator(readStrings(dataDir, locales), locales);
  });

  const localeInfo = (code: string): Locale => {
    const locale = locales.find((l) => l.code === code);
    if (!locale) throw new Error(`Unknown locale "${code}"`);
    return locale;
  };

  eleventyConfig.addGlobalData("eleventyComputed.locale", () => (data: { page: { inputPath: string }; site: { defaultLocale: string } }) =>
    localeOfPath(data.page.inputPath, contentDir) ?? data.site.defaultLocale,
  );

  eleventyConfig.addFilter("t", (key: string, locale: string, values?: Record<string, string | number>) => translator.t(key, locale, values));
  eleventyConfig.addFilter("localeInfo", localeInfo);
  eleventyConfig.addFilter("localDate", (date: Date | string, locale: string) => formatDate(date, localeInfo(locale).intl));
  eleventyConfig.addFilter("isoDate", isoDate);
  /** URL of the page with this key in this locale: navigation is written with keys, never paths. */
  eleventyConfig.addFilter("urlFor", (key: string, locale: string) => index.url(key, locale));
  eleventyConfig.addFilter("translationOf", (key: string, locale: string) => index.find(key, locale));
  eleventyConfig.addFilter("translations", (key: string) => index.versions(key, locales.map((l) => l.code)));
}
