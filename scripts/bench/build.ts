/**
 * `npm run bench -- [--items 2000 | --scales 500,2000,8000] [--runs 3]`: builds a synthetic site (the
 * real one plus N news items per locale) both ways — the full pipeline, and bare Eleventy 3 on the
 * same Markdown with a minimal layout — and reports time, pages per second and peak memory of each.
 */
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync, cpSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { measure, type Measurement } from "./measure.ts";
import { table, writeSection } from "./report.ts";
import { generateSyntheticSite } from "./synthetic-site.ts";

const repoRoot = resolve(import.meta.dirname, "../..");
const eleventyCli = join(repoRoot, "node_modules/@11ty/eleventy/cmd.cjs");

const { values } = parseArgs({ options: { items: { type: "string", default: "2000" }, scales: { type: "string" }, runs: { type: "string", default: "3" } } });
const scales = (values.scales ?? values.items!).split(",").map(Number);
const runs = Number(values.runs);
if (!Number.isInteger(runs) || runs < 1) throw new Error(`--runs must be a whole number of at least 1, not "${values.runs}"`);

function median(numbers: number[]): number {
  const sorted = [...numbers].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/** Several runs of one build: the median time (this machine's timings vary by a fifth from run to run), the highest peak. */
function summarize(measurements: Measurement[]): Measurement {
  return { ...measurements[0], ms: median(measurements.map((m) => m.ms)), peakRssMb: Math.max(...measurements.map((m) => m.peakRssMb)) };
}

function countFiles(dir: string, extension: string): number {
  let count = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) if (entry.isFile() && entry.name.endsWith(extension)) count++;
  return count;
}

function check(run: Measurement, what: string): Measurement {
  if (run.status !== 0) throw new Error(`${what} failed:\n${run.output.slice(-3000)}`);
  return run;
}

/** The baseline: the same news Markdown, one minimal layout, no plugins, no search index. */
function prepareBare(fullDir: string, bareDir: string, newsDirs: Record<string, string>): void {
  for (const [code, newsDir] of Object.entries(newsDirs)) {
    const from = join(fullDir, "content", code, newsDir);
    const to = join(bareDir, "content", code, newsDir);
    mkdirSync(to, { recursive: true });
    for (const name of readdirSync(from)) if (name.startsWith("bench-") && name.endsWith(".md")) cpSync(join(from, name), join(to, name));
  }
  mkdirSync(join(bareDir, "content/_includes"), { recursive: true });
  writeFileSync(
    join(bareDir, "content/_includes/bare.njk"),
    "<!doctype html><html><head><title>{{ title }}</title></head><body><main>{{ content | safe }}</main></body></html>\n",
  );
  writeFileSync(join(bareDir, "content/content.11tydata.json"), JSON.stringify({ layout: "bare.njk" }));
  writeFileSync(join(bareDir, "eleventy.config.mjs"), 'export default function () { return { dir: { input: "content", output: "_site" } }; }\n');
}

const rows: (string | number)[][] = [];
const scaling: (string | number)[][] = [];
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

    // Full and bare builds take turns, so that a slower spell of the machine does not fall on one of them only.
    const fulls: Measurement[] = [];
    const bares: Measurement[] = [];
    const pagefindTimes: number[] = [];
    for (let run = 1; run <= runs; run++) {
      console.log(`${items} items per locale, run ${run} of ${runs}: the full pipeline, then bare Eleventy…`);
      // Every run starts from an empty output folder, as a deploy does: creating thousands of files
      // costs much more than overwriting them, and eleventy-img would skip the images it already wrote.
      for (const dir of [fullDir, bareDir]) rmSync(join(dir, "_site"), { recursive: true, force: true });
      const full = check(await measure(process.execPath, [join(repoRoot, "scripts/build.ts")], { cwd: fullDir }), "full build");
      fulls.push(full);
      pagefindTimes.push(Number(full.output.match(/\[pagefind\].* in (\d+) ms/)?.[1] ?? NaN));
      bares.push(check(await measure(process.execPath, [eleventyCli, "--quiet"], { cwd: bareDir }), "bare build"));
    }
    const full = summarize(fulls);
    const bare = summarize(bares);
    const pagefindMs = median(pagefindTimes);
    const withoutPagefindMs = median(fulls.map((run, i) => run.ms - pagefindTimes[i]));

    const fullPages = countFiles(join(fullDir, "_site"), ".html");
    const barePages = countFiles(join(bareDir, "_site"), ".html");
    const pagefindFiles = readdirSync(join(fullDir, "_site/pagefind"), { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).length;
    const s = (ms: number) => (ms / 1000).toFixed(1);
    rows.push(
      [
        `full, ${items}/locale`,
        fullPages,
        s(full.ms),
        Math.round(fullPages / (full.ms / 1000)),
        Math.round(full.peakRssMb),
        `${s(pagefindMs)} s (${Math.round((pagefindMs / full.ms) * 100)}%)`,
        (full.ms / bare.ms).toFixed(2),
        (withoutPagefindMs / bare.ms).toFixed(2),
      ],
      [`bare, ${items}/locale`, barePages, s(bare.ms), Math.round(barePages / (bare.ms / 1000)), Math.round(bare.peakRssMb), "–", "1.00", "1.00"],
    );
    scaling.push([items, s(full.ms), Math.round(full.peakRssMb), s(bare.ms), Math.round(bare.peakRssMb), (full.ms / bare.ms).toFixed(2), pagefindFiles]);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

const header = ["build", "pages", "wall time (s)", "pages/s", "peak RSS (MB)", "Pagefind", "time vs bare", "without Pagefind vs bare"];
console.log(`\n${table(header, rows)}\n`);
let markdown = `## Build (\`npm run bench -- --scales ${scales.join(",")} --runs ${runs}\`)\n\nThe synthetic site is the real one plus N news items per locale (300–1,500 words, glossary terms in the text, one to three tags out of 40 topics). "full" is \`npm run build\` (Eleventy with every plugin, feeds, glossary linking, sitemap, Pagefind); "bare" is Eleventy 3 alone on the same news Markdown with a one-line layout. Peak RSS covers the whole process tree (Eleventy and each locale's Pagefind run one after the other, each in its own process). The last column leaves Pagefind's time out of the full build. Times are the median of ${runs} runs (full and bare taking turns, each from an empty output folder), peak memory the highest of them.\n\n${table(header, rows)}`;
if (scaling.length > 1) {
  markdown += `\n\n### Scaling\n\n${table(["items per locale", "full (s)", "full RSS (MB)", "bare (s)", "bare RSS (MB)", "ratio", "Pagefind files"], scaling)}`;
}
writeSection("build", markdown);
console.log("Written to docs/performance.md");
