import { readFileSync } from "node:fs";

/** One representative page of each type, in one locale, found in the built site's sitemap. */
export function representativePages(locale = "en"): Record<string, string> {
  const paths = [...readFileSync("_site/sitemap.xml", "utf8").matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]).pathname);
  const first = (pattern: RegExp) => paths.find((path) => pattern.test(path));
  const candidates: Record<string, string | undefined> = {
    home: `/${locale}/`,
    "news list": locale === "fr" ? "/fr/actualites/" : "/en/news/",
    article: first(locale === "fr" ? /^\/fr\/actualites\/(?!page\/)[^/]+\/$/ : /^\/en\/news\/(?!page\/)[^/]+\/$/),
    "glossary index": locale === "fr" ? "/fr/glossaire/" : "/en/glossary/",
    "glossary term": first(locale === "fr" ? /^\/fr\/glossaire\/[^/]+\/$/ : /^\/en\/glossary\/[^/]+\/$/),
    search: locale === "fr" ? "/fr/recherche/" : "/en/search/",
    join: locale === "fr" ? "/fr/participer/" : "/en/join/",
  };
  return Object.fromEntries(Object.entries(candidates).filter((entry): entry is [string, string] => typeof entry[1] === "string" && paths.includes(entry[1])));
}
