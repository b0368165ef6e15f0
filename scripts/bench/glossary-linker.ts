/**
 * `npm run bench:glossary`: how much the glossary linker costs. Not a test: it prints numbers.
 *
 * 1. One 10,000-word article linked against 500 terms (Markdown rendering with and without the
 *    linker, and the matcher alone), then the same at other sizes to show how the cost grows.
 * 2. The whole site: the time spent in the glossary's code during a build (timed in place), and
 *    whole builds with linking and with `glossary: false` for every page.
 */
import { cpus, loadavg } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import Eleventy from "@11ty/eleventy";
import { createMarkdown } from "../../src/markdown/markdown.ts";
import { glossaryLinker } from "../../src/glossary/linker.ts";
import type { ContentFile } from "../../src/content/validate.ts";
import { glossaryFromFiles } from "../../src/glossary/from-files.ts";
import { fixtureSite } from "../../tests/helpers/fixture-site.ts";
import { timings } from "./timed.eleventy.ts";

const timedConfig = join(import.meta.dirname, "timed.eleventy.ts");

/** A small deterministic PRNG, so every run measures the same text. */
function random(seed: number) {
  return () => {
    seed = (seed * 1664525 + 1013904223) >>> 0;
    return seed / 2 ** 32;
  };
}

const syllables = ["ro", "ma", "ka", "le", "si", "ti", "do", "lo", "ab", "dal", "ye", "ni", "gé", "ša", "mu", "ri"];

function vocabulary(size: number, next: () => number): string[] {
  const words = new Set<string>();
  while (words.size < size) words.add(Array.from({ length: 2 + Math.floor(next() * 3) }, () => syllables[Math.floor(next() * syllables.length)]).join(""));
  return [...words];
}

/** `count` terms of one to three words, each with a plural and sometimes a variant spelling. */
function syntheticTerms(count: number, words: string[], next: () => number): ContentFile[] {
  const seen = new Set<string>();
  const files: ContentFile[] = [];
  while (files.length < count) {
    const term = Array.from({ length: 1 + Math.floor(next() * 3) }, () => words[Math.floor(next() * words.length)]).join(" ");
    const plural = `${term}s`;
    if (seen.has(term) || seen.has(plural)) continue;
    seen.add(term).add(plural);
    const key = `term-${files.length}`;
    files.push({
      inputPath: `./content/fr/glossary/${key}.md`,
      locale: "fr",
      url: `/fr/glossaire/${key}/`,
      fileSlug: key,
      data: { type: "term", key, term, aliases: [plural], sources: [{ title: "Source" }] },
      body: `Définition du terme ${term}. Deuxième phrase de la définition.`,
    });
  }
  return files;
}

/** Markdown of about `wordCount` words: paragraphs, some headings, links, code and emphasis. */
function syntheticArticle(wordCount: number, words: string[], next: () => number): string {
  const blocks: string[] = [];
  let written = 0;
  while (written < wordCount) {
    const sentence = Array.from({ length: 100 }, () => words[Math.floor(next() * words.length)]);
    sentence[10] = `[${sentence[10]}](https://example.org/)`;
    sentence[20] = `\`${sentence[20]}\``;
    sentence[30] = `*${sentence[30]}*`;
    if (blocks.length % 10 === 0) blocks.push(`## ${sentence.slice(0, 5).join(" ")}`);
    blocks.push(`${sentence.join(" ")}.`);
    written += sentence.length;
  }
  return blocks.join("\n\n");
}

/**
 * The fastest of `runs` calls of each variant, the variants taken in turn so that a busy moment
 * of the machine hits both alike. The fastest run is the one least disturbed by other work.
 */
function fastest(runs: number, ...variants: (() => unknown)[]): number[] {
  for (const work of variants) for (let i = 0; i < 3; i++) work();
  const best = variants.map(() => Infinity);
  for (let i = 0; i < runs; i++) {
    variants.forEach((work, v) => {
      const start = performance.now();
      work();
      best[v] = Math.min(best[v], performance.now() - start);
    });
  }
  return best;
}

const ms = (value: number) => `${value.toFixed(2)} ms`;

function articleBenchmark(termCount: number, wordCount: number) {
  const next = random(42);
  const words = vocabulary(2000, next);
  const files = syntheticTerms(termCount, words, next);
  const source = syntheticArticle(wordCount, words, next);
  let glossary = glossaryFromFiles(files, [{ code: "fr", intl: "fr-FR" }]);
  const [buildTime] = fastest(5, () => (glossary = glossaryFromFiles(files, [{ code: "fr", intl: "fr-FR" }])));
  const fr = glossary.locales.get("fr")!;
  const labels = { show: (term: string) => `Définition : ${term}`, close: "Fermer" };
  const plain = createMarkdown();
  const linking = createMarkdown().use(glossaryLinker, { glossaryFor: () => ({ glossary: fr, labels }) });
  const env = () => ({ locale: "fr", page: { url: "/fr/actualites/bench/" } });
  const linked = (linking.render(source, env()).match(/class="glossary-link"/g) ?? []).length;
  const [without, withLinks, matcherAlone] = fastest(
    20,
    () => plain.render(source, env()),
    () => linking.render(source, env()),
    () => fr.matcher.find(source),
  );
  return { termCount, wordCount, linked, buildTime, without, withLinks, added: withLinks - without, matcherAlone };
}

/**
 * The whole site, built in this process with the timed config: the time spent in the glossary's
 * own code during one build, then whole builds with and without linking (fastest of `runs`).
 */
async function siteBuildBenchmark(runs: number) {
  const site = fixtureSite();
  const home = process.cwd();
  const build = async () => {
    timings.glossaryBuild = timings.linkRule = timings.renderRule = timings.pages = 0;
    const eleventy = new Eleventy(undefined, undefined, { configPath: timedConfig, quietMode: true });
    eleventy.setIsVerbose?.(false);
    const start = performance.now();
    await eleventy.write();
    return performance.now() - start;
  };
  const setLinking = (on: boolean) =>
    site.write("content/content.11tydata.json", JSON.stringify(on ? { layout: "page.njk" } : { layout: "page.njk", glossary: false }));
  try {
    process.chdir(site.dir);
    await build();
    let inGlossaryCode = { ...timings };
    const total = (t: typeof timings) => t.glossaryBuild + t.linkRule + t.renderRule;
    let linked = Infinity;
    let unlinked = Infinity;
    for (let i = 0; i < runs; i++) {
      setLinking(true);
      linked = Math.min(linked, await build());
      if (total(timings) < total(inGlossaryCode)) inGlossaryCode = { ...timings };
      setLinking(false);
      unlinked = Math.min(unlinked, await build());
    }
    return { inGlossaryCode, linked, unlinked };
  } finally {
    process.chdir(home);
    site.remove();
  }
}

const main = articleBenchmark(500, 10_000);
console.log(`Glossary linker benchmark (fastest of several runs; Node ${process.version}; load average ${loadavg()[0].toFixed(1)} on ${cpus().length} CPUs)\n`);
console.log(`10,000-word article, 500 terms (1,000 spellings), ${main.linked} terms linked:`);
console.log(`  building the glossary and its matcher (once per locale per build): ${ms(main.buildTime)}`);
console.log(`  Markdown rendering without the linker:  ${ms(main.without)}`);
console.log(`  Markdown rendering with the linker:     ${ms(main.withLinks)}`);
console.log(`  time added by linking:                  ${ms(main.added)}`);
console.log(`  matcher alone over the Markdown source: ${ms(main.matcherAlone)}\n`);

console.log("How the cost grows (matcher alone; linking added to rendering):");
for (const [terms, words] of [
  [500, 2_500],
  [500, 5_000],
  [500, 20_000],
  [50, 10_000],
  [5_000, 10_000],
] as const) {
  const r = articleBenchmark(terms, words);
  console.log(`  ${String(terms).padStart(5)} terms, ${String(words).padStart(6)} words: matcher ${ms(r.matcherAlone)}, linking adds ${ms(r.added)}`);
}

const runs = Number(process.env.BENCH_RUNS ?? 5);
console.log(`\nWhole site (real content), built in this process, fastest of ${runs} builds each way:`);
const site = await siteBuildBenchmark(runs);
const { glossaryBuild, linkRule, renderRule, pages } = site.inGlossaryCode;
console.log(`  time in the glossary's code during one build (the least of the linked builds): ${ms(glossaryBuild + linkRule + renderRule)}`);
console.log(`    reading and checking the terms, building the matchers: ${ms(glossaryBuild)}`);
console.log(`    linking ${pages} Markdown pages: ${ms(linkRule)}; writing the links: ${ms(renderRule)}`);
console.log(`  whole build with linking:           ${ms(site.linked)}`);
console.log(`  whole build with glossary: false:   ${ms(site.unlinked)}`);
console.log(`  difference (within the noise of a whole build): ${ms(site.linked - site.unlinked)}`);
