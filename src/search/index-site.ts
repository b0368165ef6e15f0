import { spawnSync } from "node:child_process";
import { readFile, rm } from "node:fs/promises";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

export interface IndexReport {
  /** Pages indexed, per locale. */
  pages: Record<string, number>;
}

/** Pagefind's command line, as `npx pagefind` runs it (the package exports only its Node API). */
const pagefindCli = join(dirname(fileURLToPath(import.meta.resolve("pagefind"))), "runner/bin.cjs");

/** Pagefind's ready-made interfaces: the site has its own (CSP-safe), so they are not deployed. */
const UNUSED_FILES = [
  "pagefind-ui.js",
  "pagefind-ui.css",
  "pagefind-modular-ui.js",
  "pagefind-modular-ui.css",
  "pagefind-component-ui.js",
  "pagefind-component-ui.css",
  "pagefind-highlight.js",
];

/** Where a locale's search bundle lives, from the site's root. */
export const searchBundlePath = (locale: string) => `/pagefind/${locale}/`;

/** The script a locale's search page loads (layouts/search.njk, through the `searchBundle` filter). */
export const searchBundleScript = (locale: string) => `${searchBundlePath(locale)}pagefind.js`;

/**
 * Pagefind reads only each page's <main> (layouts/base.njk), which carries data-pagefind-body: the head,
 * header and footer are then only tokenized, not walked element by element, and the index is the same
 * (about a tenth of Pagefind's CPU time on pages of 25 KB). A page whose content is marked outside
 * <main> would not be indexed.
 */
const ROOT_SELECTOR = "main";

/**
 * Writes one Pagefind bundle per locale into <outputDir>/pagefind/<locale>/, from the pages under
 * /<locale>/ (only what is inside data-pagefind-body). A search page only ever searches its own
 * locale; indexing each locale in a process of its own, one after the other, keeps the peak memory to
 * that of the largest locale: Pagefind holds about 0.37 MB per page while it indexes (0.84 GB for the
 * 2,262 pages of a locale with 2,000 news items), so both locales at once, in one process or two in
 * parallel, would take 1.5 GB.
 */
export async function indexSite(outputDir: string, locales: string[]): Promise<IndexReport> {
  await rm(join(outputDir, "pagefind"), { recursive: true, force: true });
  const pages: Record<string, number> = {};
  for (const locale of locales) {
    const bundle = join(outputDir, searchBundlePath(locale));
    const run = spawnSync(
      process.execPath,
      [pagefindCli, "--site", outputDir, "--glob", `${locale}/**/*.html`, "--root-selector", ROOT_SELECTOR, "--output-path", bundle],
      { encoding: "utf8" },
    );
    if (run.status !== 0) {
      const errors = [
        ...new Set(
          run.stderr
            .split("\n")
            .map((line) => line.trim())
            .filter(Boolean),
        ),
      ];
      throw new Error(`Pagefind could not index the pages of /${locale}/: ${errors.join(" ") || run.error?.message || `exit status ${run.status}`}`);
    }
    // Without it Pagefind falls back to whole pages, navigation and footers included (it only says so in its log).
    if (run.stdout.includes("Did not find a data-pagefind-body element")) {
      throw new Error(`no page under /${locale}/ marks its content with data-pagefind-body, so search would index whole pages`);
    }
    for (const unused of UNUSED_FILES) await rm(join(bundle, unused), { force: true });
    const entry = JSON.parse(await readFile(join(bundle, "pagefind-entry.json"), "utf8")) as { languages: Record<string, { page_count: number }> };
    pages[locale] = Object.values(entry.languages).reduce((sum, language) => sum + language.page_count, 0);
  }
  return { pages };
}
