/**
 * `npm run bench:typography -- [--items 500] [--runs 2]`: what typography adds to the full build.
 * The synthetic site of `npm run bench` (the real one plus N news items per locale, the same
 * photographs) is built with `npm run build`'s own script, each build in a fresh process from an
 * empty output folder as a deploy does, with typography on and off (TYPOGRAPHY_BENCH=measure / off,
 * src/typography/typeset.ts), taking turns. Prints the time spent typesetting in the full build with
 * typography, as a share of that build, and the two full builds' times (medians of the runs).
 *
 * Typesetting's own time is the figure to read; the difference of the two builds also counts what
 * typesetting costs later (garbage to collect), but this machine's run-to-run noise (up to a fifth
 * of a build's wall time) is larger than it: their CPU time, printed too, is steadier. Not a test.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { cpus, loadavg, tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { BENCH_REPORT } from "../../src/typography/typeset.ts";
import { type Measurement, measure, median } from "./measure.ts";
import { generateSyntheticSite } from "./synthetic-site.ts";

const { values } = parseArgs({ options: { items: { type: "string", default: "500" }, runs: { type: "string", default: "2" } } });
const items = Number(values.items);
const runs = Number(values.runs);
if (!Number.isInteger(runs) || runs < 1) throw new Error(`--runs must be a whole number of at least 1, not "${values.runs}"`);
const repoRoot = resolve(import.meta.dirname, "../..");

interface Build extends Measurement {
  typesetMs: number;
  calls: number;
  /** CPU time of the whole build, all its processes: the machine's other work counts much less in it than in the wall time. */
  cpuMs: number;
}

/** /usr/bin/time writes the CPU time of the build and every process it waited for. */
const CPU_REPORT = /^\[cpu\] (\d+(?:\.\d+)?) (\d+(?:\.\d+)?)$/m;

/** One full build of the site in `dir`, typography on ("measure") or off. */
async function build(dir: string, typography: "measure" | "off"): Promise<Build> {
  rmSync(join(dir, "_site"), { recursive: true, force: true });
  const run = await measure("/usr/bin/time", ["-f", "[cpu] %U %S", process.execPath, join(repoRoot, "scripts/build.ts")], {
    cwd: dir,
    env: { TYPOGRAPHY_BENCH: typography },
  });
  if (run.status !== 0) throw new Error(`full build (typography ${typography}) failed:\n${run.output.slice(-3000)}`);
  // Each process that typeset something reports its own total (the Eleventy step; the build script itself).
  const reports = [...run.output.matchAll(new RegExp(BENCH_REPORT, "gm"))];
  if (typography === "measure" && reports.length === 0) throw new Error("the build with typography reported no typesetting time");
  const cpu = run.output.match(CPU_REPORT);
  if (!cpu) throw new Error("/usr/bin/time reported no CPU time");
  return {
    ...run,
    typesetMs: reports.reduce((sum, r) => sum + Number(r[1]), 0),
    calls: reports.reduce((sum, r) => sum + Number(r[2]), 0),
    cpuMs: (Number(cpu[1]) + Number(cpu[2])) * 1000,
  };
}

const work = mkdtempSync(join(tmpdir(), "alliance-bench-typography-"));
try {
  // The site `npm run bench` builds: its photographs too (the site's Open Graph image, on one item in 400).
  const image = {
    every: 400,
    source: join(repoRoot, "src/assets/static/og-image.png"),
    alt: { fr: "Le nom de l'Alliance sur fond bleu", en: "The Alliance's name on a blue background" },
  };
  generateSyntheticSite({ from: repoRoot, to: work, itemsPerLocale: items, image });
  const on: Build[] = [];
  const off: Build[] = [];
  for (let run = 1; run <= runs; run++) {
    console.log(`${items} items per locale, run ${run} of ${runs}: the full build with typography, then without…`);
    on.push(await build(work, "measure"));
    off.push(await build(work, "off"));
  }
  const withMs = median(on.map((b) => b.ms));
  const withoutMs = median(off.map((b) => b.ms));
  const typesetMs = median(on.map((b) => b.typesetMs));
  const withCpu = median(on.map((b) => b.cpuMs));
  const withoutCpu = median(off.map((b) => b.cpuMs));
  const s = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
  const pct = (ms: number) => `${((ms / withMs) * 100).toFixed(1)} %`;
  console.log(
    `\nTypography benchmark: ${items} news items per locale, full builds (npm run build), median of ${runs} each way (Node ${process.version}; load average ${loadavg()[0].toFixed(1)} on ${cpus().length} CPUs)`,
  );
  console.log(`  time typesetting:           ${s(typesetMs)} in ${on[0].calls} calls (${pct(typesetMs)} of the full build)`);
  console.log(`  full build with typography: ${s(withMs)}  (runs: ${on.map((b) => s(b.ms)).join(", ")})`);
  console.log(`  full build without:         ${s(withoutMs)}  (runs: ${off.map((b) => s(b.ms)).join(", ")})`);
  console.log(`  difference:                 ${s(withMs - withoutMs)} (${pct(withMs - withoutMs)}; within the noise of builds on this machine)`);
  console.log(
    `  CPU time, all processes:    ${s(withCpu)} with, ${s(withoutCpu)} without: ${s(withCpu - withoutCpu)} (${(((withCpu - withoutCpu) / withoutCpu) * 100).toFixed(1)} % of the build without)`,
  );
} finally {
  rmSync(work, { recursive: true, force: true });
}
