/**
 * `npm run bench -- [--items 2000 | --scales 500,2000,8000] [--runs 3]`: builds a synthetic site (the
 * real one plus N news items per locale) three ways and reports wall and CPU time, pages per second
 * and peak memory of each:
 *
 * - full: `npm run build` (every plugin, then Pagefind per locale);
 * - bare: Eleventy 3 alone on the same news Markdown with a one-line layout;
 * - bare + Pagefind: the bare build, then Pagefind per locale on its output, as `npm run build` runs it.
 *
 * The default scales are 500 and 2,000 items per locale; 8,000 takes several minutes a run and about
 * 3 GB: ask for it with `--scales 500,2000,8000`. Not a test: nothing here asserts a time.
 */
import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { cpus, loadavg, tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { type Measurement, measure, median } from "./measure.ts";
import { table, writeSection } from "./report.ts";
import { generateSyntheticSite } from "./synthetic-site.ts";

const repoRoot = resolve(import.meta.dirname, "../..");
const eleventyCli = join(repoRoot, "node_modules/@11ty/eleventy/cmd.cjs");

const { values } = parseArgs({ options: { items: { type: "string" }, scales: { type: "string" }, runs: { type: "string", default: "3" } } });
const scales = (values.scales ?? values.items ?? "500,2000").split(",").map(Number);
const runs = Number(values.runs);
if (!Number.isInteger(runs) || runs < 1) throw new Error(`--runs must be a whole number of at least 1, not "${values.runs}"`);
if (scales.some((n) => !Number.isInteger(n) || n < 1)) throw new Error(`--scales must be whole numbers of items per locale, not "${scales.join(",")}"`);

interface Run extends Measurement {
  /** CPU time of the process and every process it waited for (user + system), from /usr/bin/time. */
  cpuMs: number;
  /** What the run reported as Pagefind's time (the `[pagefind] … in N ms (CPU M ms)` line), if it ran Pagefind. */
  pagefindMs: number;
  /** Pagefind's CPU time, from the same line (its processes only). */
  pagefindCpuMs: number;
}

const CPU_REPORT = /^\[cpu\] (\d+(?:\.\d+)?) (\d+(?:\.\d+)?)$/m;
const PAGEFIND_REPORT = /\[pagefind\].* in (\d+) ms(?: \(CPU (\d+) ms\))?/;

/** One command in `cwd`, timed by /usr/bin/time (CPU) and measure() (wall time, memory of the process tree). */
async function timedRun(what: string, args: string[], cwd: string): Promise<Run> {
  const run = await measure("/usr/bin/time", ["-f", "[cpu] %U %S", process.execPath, ...args], { cwd });
  if (run.status !== 0) throw new Error(`${what} failed:\n${run.output.slice(-3000)}`);
  const cpu = run.output.match(CPU_REPORT);
  if (!cpu) throw new Error(`${what}: /usr/bin/time reported no CPU time`);
  const pagefind = run.output.match(PAGEFIND_REPORT);
  return {
    ...run,
    cpuMs: (Number(cpu[1]) + Number(cpu[2])) * 1000,
    pagefindMs: Number(pagefind?.[1] ?? Number.NaN),
    pagefindCpuMs: Number(pagefind?.[2] ?? Number.NaN),
  };
}

function countFiles(dir: string, extension: string): number {
  let count = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) if (entry.isFile() && entry.name.endsWith(extension)) count++;
  return count;
}

/**
 * The baseline: the same news Markdown, one minimal layout, no plugins. Its <html> has the page's
 * language and its <main> is Pagefind's body, so that Pagefind indexes it as it indexes the real site.
 */
function prepareBare(fullDir: string, bareDir: string, newsDirs: Record<string, string>): void {
  for (const [code, newsDir] of Object.entries(newsDirs)) {
    const from = join(fullDir, "content", code, newsDir);
    const to = join(bareDir, "content", code, newsDir);
    mkdirSync(to, { recursive: true });
    for (const name of readdirSync(from)) if (name.startsWith("bench-") && name.endsWith(".md")) cpSync(join(from, name), join(to, name));
    writeFileSync(join(bareDir, "content", code, `${code}.11tydata.json`), JSON.stringify({ lang: code }));
  }
  mkdirSync(join(bareDir, "content/_includes"), { recursive: true });
  writeFileSync(
    join(bareDir, "content/_includes/bare.njk"),
    '<!doctype html><html lang="{{ lang }}"><head><title>{{ title }}</title></head><body><main data-pagefind-body>{{ content | safe }}</main></body></html>\n',
  );
  writeFileSync(join(bareDir, "content/content.11tydata.json"), JSON.stringify({ layout: "bare.njk" }));
  writeFileSync(join(bareDir, "eleventy.config.mjs"), 'export default function () { return { dir: { input: "content", output: "_site" } }; }\n');
}

const s = (ms: number) => (ms / 1000).toFixed(1);
const ratio = (a: number, b: number) => (a / b).toFixed(2);
const loadAtStart = loadavg()[0];
const rows: (string | number)[][] = [];
const steps: (string | number)[][] = [];
const scaling: (string | number)[][] = [];
const scaled: { ms: number; peak: number; pagefindMs: number }[] = [];
for (const items of scales) {
  const work = mkdtempSync(join(tmpdir(), "alliance-bench-"));
  try {
    const fullDir = join(work, "full");
    // A few photographs: the site's own Open Graph image, on one item in 400.
    const image = {
      every: 400,
      source: join(repoRoot, "src/assets/static/og-image.png"),
      alt: { fr: "Le nom de l'Alliance sur fond bleu", en: "The Alliance's name on a blue background" },
    };
    const { locales } = generateSyntheticSite({ from: repoRoot, to: fullDir, itemsPerLocale: items, image });
    const bareDir = join(work, "bare");
    prepareBare(fullDir, bareDir, Object.fromEntries(locales.map((l) => [l.code, l.newsDir])));
    const codes = locales.map((l) => l.code);

    // The builds take turns, so that a slower spell of the machine does not fall on one of them only.
    const fulls: Run[] = [];
    const bares: Run[] = [];
    const barePagefinds: Run[] = [];
    for (let run = 1; run <= runs; run++) {
      console.log(`${items} items per locale, run ${run} of ${runs}: the full build, bare Eleventy, then Pagefind on its output…`);
      // Every run starts from an empty output folder, as a deploy does: creating thousands of files
      // costs much more than overwriting them, and eleventy-img would skip the images it already wrote.
      for (const dir of [fullDir, bareDir]) rmSync(join(dir, "_site"), { recursive: true, force: true });
      fulls.push(await timedRun("full build", [join(repoRoot, "scripts/build.ts")], fullDir));
      bares.push(await timedRun("bare build", [eleventyCli, "--quiet"], bareDir));
      barePagefinds.push(await timedRun("Pagefind on the bare build", [join(import.meta.dirname, "index-bare.ts"), ...codes], bareDir));
    }
    const m = (list: Run[], pick: (run: Run) => number) => median(list.map(pick));
    const full = { ms: m(fulls, (r) => r.ms), cpuMs: m(fulls, (r) => r.cpuMs), peak: Math.max(...fulls.map((r) => r.peakRssMb)) };
    const fullPagefind = { ms: m(fulls, (r) => r.pagefindMs), cpuMs: m(fulls, (r) => r.pagefindCpuMs) };
    // Eleventy's step is the rest of the build: the build's start, Eleventy, its images.
    const fullEleventy = { ms: m(fulls, (r) => r.ms - r.pagefindMs), cpuMs: m(fulls, (r) => r.cpuMs - r.pagefindCpuMs) };
    const bare = { ms: m(bares, (r) => r.ms), cpuMs: m(bares, (r) => r.cpuMs), peak: Math.max(...bares.map((r) => r.peakRssMb)) };
    const barePagefind = {
      ms: m(barePagefinds, (r) => r.pagefindMs),
      cpuMs: m(barePagefinds, (r) => r.pagefindCpuMs),
      peak: Math.max(...barePagefinds.map((r) => r.peakRssMb)),
    };
    // The baseline's two steps, summed run by run.
    const baseline = {
      ms: median(bares.map((r, i) => r.ms + barePagefinds[i].ms)),
      cpuMs: median(bares.map((r, i) => r.cpuMs + barePagefinds[i].cpuMs)),
      peak: Math.max(bare.peak, barePagefind.peak),
    };

    const fullPages = countFiles(join(fullDir, "_site"), ".html");
    const barePages = countFiles(join(bareDir, "_site"), ".html");
    const pagefindFiles = readdirSync(join(fullDir, "_site/pagefind"), { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).length;
    const row = (name: string, pages: number, b: { ms: number; cpuMs: number; peak: number }, pagefind: string) => [
      `${name}, ${items}/locale`,
      pages,
      s(b.ms),
      s(b.cpuMs),
      Math.round(pages / (b.ms / 1000)),
      Math.round(b.peak),
      pagefind,
      ratio(b.ms, bare.ms),
      ratio(b.ms, baseline.ms),
    ];
    rows.push(
      row("full", fullPages, full, `${s(fullPagefind.ms)} s (${Math.round((fullPagefind.ms / full.ms) * 100)}%)`),
      row("bare", barePages, bare, "–"),
      row("bare + Pagefind", barePages, baseline, `${s(barePagefind.ms)} s (${Math.round((barePagefind.ms / baseline.ms) * 100)}%)`),
    );
    const step = (name: string, target: string, a: { ms: number; cpuMs: number }, b: { ms: number; cpuMs: number }) => [
      `${name}, ${items}/locale`,
      s(a.ms),
      s(b.ms),
      ratio(a.ms, b.ms),
      s(a.cpuMs),
      s(b.cpuMs),
      ratio(a.cpuMs, b.cpuMs),
      target,
    ];
    steps.push(step("Eleventy", "1.5", fullEleventy, bare), step("Pagefind", "1.15", fullPagefind, barePagefind), step("whole build", "1.3", full, baseline));
    // Growth from the scale before: linear growth is the ratio of the items per locale.
    const previous = scaled.at(-1);
    const growth = (now: number, before: number | undefined) => (before === undefined ? "–" : `×${(now / before).toFixed(1)}`);
    scaling.push([
      items,
      s(full.ms),
      growth(full.ms, previous?.ms),
      s(full.cpuMs),
      Math.round(full.peak),
      growth(full.peak, previous?.peak),
      s(fullPagefind.ms),
      growth(fullPagefind.ms, previous?.pagefindMs),
      s(baseline.ms),
      Math.round(baseline.peak),
      ratio(full.ms, baseline.ms),
      pagefindFiles,
    ]);
    scaled.push({ ms: full.ms, peak: full.peak, pagefindMs: fullPagefind.ms });
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
const loadAtEnd = loadavg()[0];

const header = ["build", "pages", "wall time (s)", "CPU time (s)", "pages/s", "peak RSS (MB)", "Pagefind", "time vs bare", "time vs bare + Pagefind"];
const stepHeader = ["step", "full build (s)", "bare counterpart (s)", "ratio", "full build CPU (s)", "bare counterpart CPU (s)", "CPU ratio", "target"];
console.log(`\n${table(header, rows)}\n\n${table(stepHeader, steps)}\n`);
let markdown = `## Build (\`npm run bench -- --scales ${scales.join(",")} --runs ${runs}\`)

The synthetic site is the real one plus N news items per locale (300–1,500 words, glossary terms in the text, one to three tags out of 40 topics, a photograph on one item in 400). "full" is \`npm run build\` (Eleventy with every plugin, feeds, glossary linking, typography, sitemap, then Pagefind per locale); "bare" is Eleventy 3 alone on the same news Markdown with a one-line layout (\`<html lang>\`, \`<main data-pagefind-body>\`); "bare + Pagefind" is the bare build, then Pagefind per locale on its output, as \`npm run build\` runs it (\`src/search/index-step.ts\`: the same options, one locale after the other). Peak RSS covers the whole process tree (each step and each locale's Pagefind run one after the other, each in its own process). CPU time is user + system time of every process of the build (/usr/bin/time), steadier than wall time on a shared machine. Times are the median of ${runs} run(s) (the three builds taking turns, each from an empty output folder), peak memory the highest of them. Load average (1 min) at the start: ${loadAtStart.toFixed(1)}, at the end: ${loadAtEnd.toFixed(1)}, on ${cpus().length} cores.

${table(header, rows)}

Each step against its bare counterpart, in wall time and in CPU time (Eleventy's step of the full build is the build less Pagefind's step, in both; Pagefind's CPU time is that of its own processes, as the build reports it):

${table(stepHeader, steps)}`;
if (scaling.length > 1) {
  const scalingHeader = [
    "items per locale",
    "full (s)",
    "growth",
    "full CPU (s)",
    "full RSS (MB)",
    "growth",
    "Pagefind (s)",
    "growth",
    "bare + Pagefind (s)",
    "bare + Pagefind RSS (MB)",
    "ratio",
    "Pagefind files",
  ];
  markdown += `\n\n### Scaling\n\nGrowth is against the scale before: growing linearly, time and memory would grow as the items per locale (×4 from 500 to 2,000 and from 2,000 to 8,000).\n\n${table(scalingHeader, scaling)}`;
}
writeSection("build", markdown);
console.log("Written to docs/performance.md");
