/**
 * `npm run bench:typography -- [--items 500] [--runs 2]`: what typesetting costs a build. The
 * synthetic site of `npm run bench` (the real one plus N news items per locale) is built in this
 * process, with typography on and off, taking turns; prints the time spent
 * typesetting, and the whole Eleventy builds both ways (fastest of the runs). Not a test.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { cpus, loadavg, tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { performance } from "node:perf_hooks";
import { parseArgs } from "node:util";
import Eleventy from "@11ty/eleventy";
import { generateSyntheticSite } from "./synthetic-site.ts";
import { benchmark } from "../../src/typography/typeset.ts";

const { values } = parseArgs({ options: { items: { type: "string", default: "500" }, runs: { type: "string", default: "2" } } });
const items = Number(values.items);
const runs = Number(values.runs);
const repoRoot = resolve(import.meta.dirname, "../..");
const siteConfig = join(repoRoot, ".eleventy.ts");

async function build(on: boolean): Promise<{ ms: number; typeset: number; calls: number }> {
  Object.assign(benchmark, { measure: true, off: !on, ms: 0, calls: 0 });
  rmSync("_site", { recursive: true, force: true });
  const eleventy = new Eleventy(undefined, undefined, { configPath: siteConfig, quietMode: true });
  const start = performance.now();
  await eleventy.write();
  return { ms: performance.now() - start, typeset: benchmark.ms, calls: benchmark.calls };
}

const work = mkdtempSync(join(tmpdir(), "alliance-bench-typography-"));
const home = process.cwd();
try {
  generateSyntheticSite({ from: repoRoot, to: work, itemsPerLocale: items });
  process.chdir(work);
  await build(true); // warm-up: module loading and the JIT would otherwise fall on the first build
  let withTypography = { ms: Infinity, typeset: 0, calls: 0 };
  let without = Infinity;
  for (let run = 0; run < runs; run++) {
    const on = await build(true);
    if (on.ms < withTypography.ms) withTypography = on;
    without = Math.min(without, (await build(false)).ms);
  }
  const s = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
  const pct = (ms: number) => `${((ms / without) * 100).toFixed(1)} %`;
  console.log(
    `Typography benchmark: ${items} news items per locale, fastest of ${runs} Eleventy builds each way (Node ${process.version}; load average ${loadavg()[0].toFixed(1)} on ${cpus().length} CPUs)`,
  );
  console.log(`  time typesetting:       ${s(withTypography.typeset)} in ${withTypography.calls} calls (${pct(withTypography.typeset)} of the build without)`);
  console.log(`  build with typography:      ${s(withTypography.ms)}`);
  console.log(`  build without typography:   ${s(without)}`);
  console.log(`  difference:                 ${s(withTypography.ms - without)} (${pct(withTypography.ms - without)})`);
} finally {
  process.chdir(home);
  rmSync(work, { recursive: true, force: true });
}
