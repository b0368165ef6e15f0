import { readFileSync } from "node:fs";

/** Every page URL of the built site, from its sitemap, as paths on the server under test. */
export function sitePaths(): string[] {
  const sitemap = readFileSync("_site/sitemap.xml", "utf8");
  return [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]).pathname);
}
