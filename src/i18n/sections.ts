import { ContentError } from "../content/content-error.ts";
import type { Locale } from "./locales.ts";

/**
 * Each content type's folder under content/<locale>/, named alike in every locale (pages are in the
 * locale's folder itself). The CMS pairs translations through it; URLs never show it.
 */
export const SECTION_FOLDERS: Record<string, string> = { news: "news", term: "glossary", document: "documents", practice: "good-practices" };

/** What Eleventy knows of a page before its URL: where it comes from (Eleventy's `page`). */
export interface PageSource {
  inputPath: string;
  /** The path below the input folder, without extension: "/fr/news/lancement-de-l-alliance". */
  filePathStem: string;
}

/**
 * The URL of an item of a section folder, in its locale's words: every locale keeps its items in a
 * folder of the same name (content/fr/news/, content/en/news/, for the CMS), and each locale's
 * `sections` in _data/locales.json says what that folder is called in its URLs (/fr/actualites/…).
 * Subfolders and file names stay as they are; an index file is its folder's URL, as in Eleventy.
 * A paginated listing's later pages (`pageNumber` from 1) are under it: /fr/actualites/page/2/.
 */
export function sectionPermalink(page: PageSource, locales: readonly Locale[], pageNumber = 0): string {
  const [, code, folder, ...rest] = page.filePathStem.split("/");
  const slug = locales.find((locale) => locale.code === code)?.sections?.[folder];
  if (!slug) {
    throw new ContentError(
      page.inputPath,
      "permalink",
      `_data/locales.json gives locale "${code}" no URL slug for its "${folder}" folder; add "sections": { "${folder}": "…" } to that locale`,
    );
  }
  if (rest.at(-1) === "index") rest.pop();
  if (pageNumber > 0) rest.push("page", String(pageNumber + 1));
  return `/${[code, slug, ...rest].join("/")}/`;
}
