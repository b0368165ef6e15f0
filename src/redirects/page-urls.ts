import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { basename, dirname, join, resolve } from "node:path";

/** Each page key's URL in every locale where it is written: { "about": { "fr": "/fr/a-propos/", "en": "/en/about/" } }. */
export type PageUrls = Record<string, Record<string, string>>;

/**
 * The build writes the URL of every page key next to the site folder and named after it, as it does
 * which file made each page: `npm run dev` (_preview/, drafts shown) must not overwrite _site/'s.
 */
export function pageUrlsFile(siteDir: string): string {
  return join(siteDir, "..", ".cache", `page-urls-${basename(resolve(siteDir))}.json`);
}

export function writePageUrls(siteDir: string, urls: PageUrls): void {
  const file = pageUrlsFile(siteDir);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, `${JSON.stringify(urls, null, 1)}\n`);
}

/** The page URLs of the last build of `siteDir`, or undefined when it wrote none. */
export function readPageUrls(siteDir: string): PageUrls | undefined {
  const file = pageUrlsFile(siteDir);
  return existsSync(file) ? (JSON.parse(readFileSync(file, "utf8")) as PageUrls) : undefined;
}
