import type { Locale } from "../../src/i18n/locales.ts";

/** The site's two locales as _data/locales.json describes them, without their section slugs. */
export const TEST_LOCALES: Locale[] = [
  { code: "fr", name: "Français", ogLocale: "fr_FR", dir: "ltr", intl: "fr-FR" },
  { code: "en", name: "English", ogLocale: "en_GB", dir: "ltr", intl: "en-GB" },
];

/** One version of a translated page, as the translation index holds it. */
export const translatedPage = (key: string, locale: string, url: string) => ({ key, locale, url, title: key, inputPath: `content/${locale}/${key}.md` });
