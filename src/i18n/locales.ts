export interface Locale {
  /** BCP 47 code, also the first path segment of every URL in this locale. */
  code: string;
  /** The language's own name, as shown in the language switcher. */
  name: string;
  /** Open Graph locale, e.g. fr_FR. */
  ogLocale: string;
  dir: "ltr" | "rtl";
  /** Intl locale for dates, collation and country names, e.g. en-GB. */
  intl: string;
  /**
   * Each section folder's name in this locale's URLs, by folder: { "news": "actualites" }. The folders
   * are named alike in every locale (content/fr/news/, content/en/news/); src/i18n/sections.ts.
   */
  sections?: Record<string, string>;
}

/** The locale of a content file, from its first folder under the input directory. */
export function localeOfPath(inputPath: string, inputDir: string): string | undefined {
  const normalized = inputPath.replace(/^\.\//, "");
  const base = inputDir.replace(/^\.\//, "").replace(/\/+$/, "");
  const relative = normalized.startsWith(`${base}/`) ? normalized.slice(base.length + 1) : normalized;
  const parts = relative.split("/");
  return parts.length > 1 ? parts[0] : undefined;
}
