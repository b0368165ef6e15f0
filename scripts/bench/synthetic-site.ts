import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import * as yaml from "js-yaml";
import { newsFolder } from "../../src/news/folders.ts";

const TOPICS_PER_LOCALE = 40;

/** A deterministic pseudo-random source, so every run builds the same site. */
function random(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface LocaleContent {
  code: string;
  newsDir: string;
  terms: string[];
  vocabulary: string[];
}

const frontMatterOf = (text: string) =>
  (yaml.load(text.match(/^---\n([\s\S]*?)\n---/)?.[1] ?? "", { schema: yaml.CORE_SCHEMA }) ?? {}) as Record<string, unknown>;
const bodyOf = (text: string) => text.replace(/^---\n[\s\S]*?\n---/, "");

/** Terms and aliases of the locale's glossary: the folder whose index has key "glossary". */
function glossaryTerms(localeDir: string): string[] {
  for (const entry of readdirSync(localeDir, { withFileTypes: true })) {
    const index = join(localeDir, entry.name, "index.md");
    if (!entry.isDirectory() || !existsSync(index) || frontMatterOf(readFileSync(index, "utf8")).key !== "glossary") continue;
    return readdirSync(join(localeDir, entry.name))
      .filter((name) => name.endsWith(".md") && name !== "index.md")
      .flatMap((name) => {
        const data = frontMatterOf(readFileSync(join(localeDir, entry.name, name), "utf8"));
        return [data.term, ...((data.aliases as string[] | undefined) ?? [])].filter((t): t is string => typeof t === "string");
      });
  }
  return [];
}

/** Words of the locale's real pages, so the synthetic text has the language's real shape. */
function vocabularyOf(localeDir: string): string[] {
  const words = readdirSync(localeDir)
    .filter((name) => name.endsWith(".md"))
    .flatMap((name) => bodyOf(readFileSync(join(localeDir, name), "utf8")).match(/\p{L}[\p{L}'’-]*/gu) ?? []);
  return [...new Set(words)];
}

export interface SyntheticOptions {
  /** The real site to copy (content, _data, layouts). */
  from: string;
  to: string;
  itemsPerLocale: number;
  /** Every n-th item gets the real site's image, when the site has one to reuse. */
  image?: { every: number; source: string; alt: Record<string, string> };
}

/**
 * Copies the real site and adds `itemsPerLocale` news items in every locale: 300 to 1,500 words each,
 * with glossary terms in the text, one to three tags out of 40 topics, one in ten announcing an event,
 * spread over twenty years, sharing keys across locales.
 */
export function generateSyntheticSite({ from, to, itemsPerLocale, image }: SyntheticOptions): { locales: LocaleContent[] } {
  for (const folder of ["content", "_data", "layouts"]) cpSync(join(from, folder), join(to, folder), { recursive: true });
  const codes = (JSON.parse(readFileSync(join(from, "_data/locales.json"), "utf8")) as { code: string }[]).map((l) => l.code);
  const locales = codes.map((code) => {
    const localeDir = join(to, "content", code);
    const newsDir = newsFolder(join(to, "content"), code).slice(localeDir.length + 1);
    return { code, newsDir, terms: glossaryTerms(localeDir), vocabulary: vocabularyOf(localeDir) };
  });
  for (const locale of locales) {
    const next = random(42 + locale.code.charCodeAt(0));
    const pick = <T>(list: T[]) => list[Math.floor(next() * list.length)];
    const dir = join(to, "content", locale.code, locale.newsDir);
    mkdirSync(dir, { recursive: true });
    // A real archive files its news under a few dozen topics, not one new tag per item: Eleventy makes a
    // collection of every tag and sorts the whole site for each, so the number of tags matters.
    const topics = Array.from({ length: TOPICS_PER_LOCALE }, () => pick(locale.vocabulary));
    for (let i = 0; i < itemsPerLocale; i++) {
      const words = 300 + Math.floor(next() * 1200);
      const paragraphs: string[] = [];
      let paragraph: string[] = [];
      for (let w = 0; w < words; w++) {
        paragraph.push(locale.terms.length && w % 60 === 30 ? pick(locale.terms) : pick(locale.vocabulary));
        if (paragraph.length >= 80) {
          paragraphs.push(`${paragraph.join(" ")}.`);
          paragraph = [];
        }
      }
      if (paragraph.length) paragraphs.push(`${paragraph.join(" ")}.`);
      const day = new Date(Date.UTC(2006, 0, 1) + Math.floor((i / itemsPerLocale) * 20 * 365) * 86_400_000).toISOString().slice(0, 10);
      const title = `${pick(locale.vocabulary)} ${pick(locale.vocabulary)} ${pick(locale.vocabulary)} ${i}`;
      const frontMatter: Record<string, unknown> = {
        key: `bench-${i}`,
        title,
        date: day,
        summary: paragraphs[0].split(" ").slice(0, 30).join(" "),
        tags: [...new Set(Array.from({ length: 1 + Math.floor(next() * 3) }, () => pick(topics)))],
      };
      if (i % 10 === 0) {
        frontMatter.place = "Strasbourg";
        frontMatter.event = { start: `${day}T09:30`, end: `${day}T17:30`, timezone: "Europe/Paris" };
      }
      if (image && i % image.every === 0) {
        const name = `bench-${i}${image.source.slice(image.source.lastIndexOf("."))}`;
        cpSync(image.source, join(dir, name));
        frontMatter.image = { src: name, alt: image.alt[locale.code] ?? image.alt.en };
      }
      writeFileSync(join(dir, `bench-${i}.md`), `---\n${yaml.dump(frontMatter)}---\n\n## ${title}\n\n${paragraphs.join("\n\n")}\n`);
    }
  }
  return { locales };
}
