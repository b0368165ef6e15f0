/**
 * `npm run bench:glossary`: how much the glossary linker costs. Not a test: it prints numbers.
 *
 * 1. One 10,000-word article linked against 500 terms (Markdown rendering with and without the
 *    linker, and the matcher alone), then the same at other sizes to show how the cost grows.
 * 2. The whole site built with linking and with `glossary: false` for every page.
 */
import { performance } from "node:perf_hooks";
import { createMarkdown } from "../../src/markdown/markdown.ts";
import { glossaryLinker } from "../../src/glossary/linker.ts";
import { buildGlossary, type TermFile } from "../../src/glossary/terms.ts";
import { fixtureSite } from "../../tests/helpers/fixture-site.ts";

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
function syntheticTerms(count: number, words: string[], next: () => number): TermFile[] {
  const seen = new Set<string>();
  const files: TermFile[] = [];
  while (files.length < count) {
    const term = Array.from({ length: 1 + Math.floor(next() * 3) }, () => words[Math.floor(next() * words.length)]).join(" ");
    const plural = `${term}s`;
    if (seen.has(term) || seen.has(plural)) continue;
    seen.add(term).add(plural);
    const key = `term-${files.length}`;
    files.push({
      inputPath: `./content/fr/glossaire/${key}.md`,
      locale: "fr",
      url: `/fr/glossaire/${key}/`,
      data: { key, term, aliases: [plural], sources: [{ title: "Source" }] },
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

/** Median time of `runs` calls, after a few warm-up calls. */
function median(runs: number, work: () => unknown): number {
  for (let i = 0; i < 3; i++) work();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    work();
    times.push(performance.now() - start);
  }
  return times.sort((a, b) => a - b)[Math.floor(times.length / 2)];
}

const ms = (value: number) => `${value.toFixed(2)} ms`;

function articleBenchmark(termCount: number, wordCount: number) {
  const next = random(42);
  const words = vocabulary(2000, next);
  const files = syntheticTerms(termCount, words, next);
  const source = syntheticArticle(wordCount, words, next);
  let glossary = buildGlossary(files, [{ code: "fr", intl: "fr-FR" }], createMarkdown());
  const buildTime = median(5, () => (glossary = buildGlossary(files, [{ code: "fr", intl: "fr-FR" }], createMarkdown())));
  const fr = glossary.locales.get("fr")!;
  const labels = { show: (term: string) => `Définition : ${term}`, close: "Fermer" };
  const plain = createMarkdown();
  const linking = createMarkdown().use(glossaryLinker, { glossaryFor: () => ({ glossary: fr, labels }) });
  const env = () => ({ locale: "fr", page: { url: "/fr/actualites/bench/" } });
  const linked = (linking.render(source, env()).match(/class="glossary-link"/g) ?? []).length;
  const without = median(15, () => plain.render(source, env()));
  const withLinks = median(15, () => linking.render(source, env()));
  const matcherAlone = median(15, () => fr.matcher.find(source));
  return { termCount, wordCount, linked, buildTime, without, withLinks, added: withLinks - without, matcherAlone };
}

function siteBuildBenchmark(runs: number) {
  const site = fixtureSite();
  const timeBuild = () => {
    const start = performance.now();
    const { status, log } = site.build();
    if (status !== 0) throw new Error(log);
    return performance.now() - start;
  };
  const linkedTimes: number[] = [];
  const unlinkedTimes: number[] = [];
  try {
    timeBuild();
    for (let i = 0; i < runs; i++) {
      site.write("content/content.11tydata.json", JSON.stringify({ layout: "page.njk" }));
      linkedTimes.push(timeBuild());
      site.write("content/content.11tydata.json", JSON.stringify({ layout: "page.njk", glossary: false }));
      unlinkedTimes.push(timeBuild());
    }
  } finally {
    site.remove();
  }
  const mid = (times: number[]) => times.sort((a, b) => a - b)[Math.floor(times.length / 2)];
  return { linked: mid(linkedTimes), unlinked: mid(unlinkedTimes) };
}

const main = articleBenchmark(500, 10_000);
console.log("Glossary linker benchmark (median times; Node " + process.version + ")\n");
console.log(`10,000-word article, 500 terms (1,000 spellings), ${main.linked} terms linked:`);
console.log(`  building the glossary and its matcher (once per locale per build): ${ms(main.buildTime)}`);
console.log(`  Markdown rendering without the linker:  ${ms(main.without)}`);
console.log(`  Markdown rendering with the linker:     ${ms(main.withLinks)}`);
console.log(`  time added by linking:                  ${ms(main.added)}`);
console.log(`  matcher alone over the Markdown source: ${ms(main.matcherAlone)}\n`);

console.log("How the cost grows (matcher alone; linking added to rendering):");
for (const [terms, words] of [[500, 2_500], [500, 5_000], [500, 20_000], [50, 10_000], [5_000, 10_000]] as const) {
  const r = articleBenchmark(terms, words);
  console.log(`  ${String(terms).padStart(5)} terms, ${String(words).padStart(6)} words: matcher ${ms(r.matcherAlone)}, linking adds ${ms(r.added)}`);
}

const runs = Number(process.env.BENCH_RUNS ?? 5);
console.log(`\nWhole site, built ${runs} times each way (a fresh process per build, so start-up included):`);
const site = siteBuildBenchmark(runs);
console.log(`  with linking:                ${ms(site.linked)}`);
console.log(`  with glossary: false:        ${ms(site.unlinked)}`);
console.log(`  build time added by linking: ${ms(site.linked - site.unlinked)}`);
