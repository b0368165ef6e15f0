/**
 * `npm run bench:dev -- [--items 2000] [--runs 3] [--port 8080]`: how long an editor waits for the preview.
 * Runs `npm run dev` on the synthetic site of `npm run bench` (the real one plus N news items per
 * locale), then makes three edits an editor makes, one after the other, and times each from the
 * moment the file is saved until every page it should change serves the change (polled over HTTP,
 * as a browser reloading would see it), and until Eleventy reports its rebuild written, with the CPU
 * time the dev server spent meanwhile (steadier than wall time on a shared machine) and the load:
 *
 * - a news item's title: its page, the news listing's first page and the locale's RSS feed;
 * - a glossary term's text: the term's page;
 * - a UI string (the skip link, on every page): the home page and the news item's page.
 *
 * Not a test: nothing here asserts a time. Writes its section of docs/performance.md.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { cpus, loadavg, tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { median } from "./measure.ts";
import { table, writeSection } from "./report.ts";
import { generateSyntheticSite } from "./synthetic-site.ts";

const repoRoot = resolve(import.meta.dirname, "../..");
const { values } = parseArgs({
  options: {
    items: { type: "string", default: "2000" },
    runs: { type: "string", default: "3" },
    port: { type: "string", default: process.env.PORT ?? "8080" },
  },
});
const items = Number(values.items);
if (!Number.isInteger(items) || items < 1) throw new Error(`--items must be a whole number of at least 1, not "${values.items}"`);
const runs = Number(values.runs);
if (!Number.isInteger(runs) || runs < 1) throw new Error(`--runs must be a whole number of at least 1, not "${values.runs}"`);
const TIMEOUT_MS = Number(process.env.BENCH_TIMEOUT ?? 600_000);

interface Edit {
  what: string;
  /** The file, from the site's root, and how the edit changes its text (adding `marker`). */
  file: string;
  change: (text: string, marker: string) => string;
  /** Paths that must serve the marker once the edit is visible. */
  paths: string[];
}

/** One edit, timed: seconds until visible everywhere, Eleventy's report, CPU seconds, load at the save. */
interface Timing {
  visible: number;
  files: number;
  rebuild: number;
  cpu: number;
  load: number;
}

/** Starts `npm run dev` in `dir` and resolves once it serves; `log` keeps everything it prints. */
function startDev(dir: string, port: string, log: { text: string }): Promise<{ server: ChildProcess; origin: string }> {
  const server = spawn("npm", ["run", "dev", "--", `--port=${port}`], { cwd: dir, detached: true });
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`npm run dev did not start:\n${log.text.slice(-3000)}`)), TIMEOUT_MS);
    const listen = (chunk: Buffer) => {
      log.text += chunk.toString();
      const match = log.text.match(/Server at (http:\/\/localhost:\d+)\//);
      if (match) {
        clearTimeout(timer);
        resolve({ server, origin: match[1] });
      }
    };
    server.stdout!.on("data", listen);
    server.stderr!.on("data", listen);
    server.on("exit", (code) => reject(new Error(`npm run dev exited with ${code}:\n${log.text.slice(-3000)}`)));
  });
}

/** User + system CPU seconds of every process of a process group (npm, its shell, Eleventy), from /proc. */
function groupCpuSeconds(pgid: number): number {
  const TICKS_PER_SECOND = 100; // Linux's USER_HZ
  let ticks = 0;
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      // The fields after the command's name (which may hold spaces): state, ppid, pgrp, … utime, stime.
      const fields = readFileSync(`/proc/${entry}/stat`, "utf8")
        .replace(/^.*\) /s, "")
        .split(" ");
      if (Number(fields[2]) === pgid) ticks += Number(fields[11]) + Number(fields[12]);
    } catch {
      // the process ended while we looked
    }
  }
  return ticks / TICKS_PER_SECOND;
}

async function serves(url: string, marker: string): Promise<boolean> {
  try {
    const response = await fetch(url, { headers: { "cache-control": "no-cache" } });
    return (await response.text()).includes(marker);
  } catch {
    return false;
  }
}

const work = mkdtempSync(join(tmpdir(), "alliance-bench-dev-"));
let server: ChildProcess | undefined;
try {
  generateSyntheticSite({ from: repoRoot, to: work, itemsPerLocale: items });
  // `npm run dev` runs the site's own config and sources, as in the real repository.
  for (const name of ["node_modules", "src", ".eleventy.ts", "package.json", "tsconfig.json"]) symlinkSync(join(repoRoot, name), join(work, name));
  const log = { text: "" };
  console.log(`${items} news items per locale: starting npm run dev…`);
  const startedAt = performance.now();
  const started = await startDev(work, values.port!, log);
  server = started.server;
  const startMs = performance.now() - startedAt;
  const origin = started.origin;

  // The watcher's first scan of thousands of files may end after the server starts: a save before it would go unseen.
  await new Promise((r) => setTimeout(r, 3000));
  // The newest synthetic item: on the listing's first page and in the feed.
  const newest = items - 1;
  const listing = await (await fetch(`${origin}/fr/actualites/`)).text();
  const itemPath = listing.match(new RegExp(`href="(/fr/actualites/[^"]*bench-${newest}/)"`))?.[1];
  if (!itemPath) throw new Error(`the news listing's first page does not link to bench-${newest}`);
  const edits: Edit[] = [
    {
      what: "a news item's title",
      file: `content/fr/news/bench-${newest}.md`,
      change: (text, marker) => text.replace(/^title: (.*)$/m, `title: ${marker} $1`),
      paths: [itemPath, "/fr/actualites/", "/fr/feed.xml"],
    },
    {
      what: "a glossary term's text",
      file: "content/fr/glossary/abdal.md",
      change: (text, marker) => `${text.trimEnd()}\n\n${marker}.\n`,
      paths: ["/fr/glossaire/abdal/"],
    },
    {
      what: "a UI string (the skip link, on every page)",
      file: "_data/strings/fr/site.json",
      change: (text, marker) => text.replace('"skip": "', `"skip": "${marker} `),
      paths: ["/fr/", itemPath],
    },
  ];

  /** Saves one edit of `edit.file`, then times it until every page serves `marker` and Eleventy reports its rebuild. */
  async function timeEdit(edit: Edit, marker: string): Promise<Timing> {
    const file = join(work, edit.file);
    const before = readFileSync(file, "utf8");
    const after = edit.change(before, marker);
    if (after === before) throw new Error(`the edit of ${edit.file} changed nothing`);
    const logFrom = log.text.length;
    const load = loadavg()[0];
    const cpuBefore = groupCpuSeconds(started.server.pid!);
    const saved = performance.now();
    writeFileSync(file, after);
    const seen = new Map<string, number>();
    while (seen.size < edit.paths.length) {
      if (performance.now() - saved > TIMEOUT_MS) throw new Error(`${edit.what}: not visible after ${TIMEOUT_MS / 1000} s:\n${log.text.slice(logFrom)}`);
      for (const path of edit.paths) if (!seen.has(path) && (await serves(`${origin}${path}`, marker))) seen.set(path, performance.now() - saved);
      await new Promise((r) => setTimeout(r, 100));
    }
    // Then the rebuild's own end, as Eleventy reports it.
    const rebuilt = () => log.text.slice(logFrom).match(/Wrote (\d+) files?.* in ([\d.]+) seconds/);
    while (!rebuilt()) {
      if (performance.now() - saved > TIMEOUT_MS) throw new Error(`${edit.what}: Eleventy reported no rebuild:\n${log.text.slice(logFrom)}`);
      await new Promise((r) => setTimeout(r, 100));
    }
    const cpu = groupCpuSeconds(started.server.pid!) - cpuBefore;
    const wrote = rebuilt()!;
    const timing = { visible: Math.max(...seen.values()) / 1000, files: Number(wrote[1]), rebuild: Number(wrote[2]), cpu, load };
    const each = edit.paths.map((path) => `${path} ${(seen.get(path)! / 1000).toFixed(1)} s`).join(", ");
    console.log(
      `${edit.what}: visible everywhere after ${timing.visible.toFixed(1)} s (${each}); Eleventy wrote ${timing.files} files in ${timing.rebuild} s, ${cpu.toFixed(1)} s of CPU; load ${load.toFixed(1)}`,
    );
    // Let the watcher settle before the next edit.
    await new Promise((r) => setTimeout(r, 2000));
    return timing;
  }

  // The edits take turns, run after run, so that a busier spell of the machine does not fall on one of them only.
  const timings = edits.map((): Timing[] => []);
  for (let run = 1; run <= runs; run++) {
    for (const [i, edit] of edits.entries()) timings[i].push(await timeEdit(edit, `Zqxpreview${i}r${run}`));
  }
  const f = (n: number) => n.toFixed(1);
  const rows = edits.map((edit, i) => {
    const list = timings[i];
    const m = (pick: (t: Timing) => number) => f(median(list.map(pick)));
    const loads = list.map((t) => t.load);
    return [
      edit.what,
      m((t) => t.visible),
      list.map((t) => f(t.visible)).join(", "),
      edit.paths.join(", "),
      list.at(-1)!.files,
      m((t) => t.rebuild),
      m((t) => t.cpu),
      `${f(Math.min(...loads))}–${f(Math.max(...loads))}`,
    ];
  });

  const header = [
    "edit",
    "visible everywhere (s, median)",
    "each run (s)",
    "pages checked",
    "files Eleventy wrote",
    "Eleventy's rebuild (s, median)",
    "CPU, save to rebuilt (s, median)",
    "load (1 min) at the saves",
  ];
  console.log(`\n${table(header, rows)}\n`);
  writeSection(
    "dev",
    `## Editor's preview (\`npm run bench:dev -- --items ${items} --runs ${runs}\`)

\`npm run dev\` on the synthetic site of \`npm run bench\` (${items} news items per locale). The three edits take turns, ${runs} time(s) each; each is timed from the moment the file is saved until every page listed serves the change over HTTP (polled every 0.1 s), then Eleventy's own report of its rebuild, and the CPU time (user + system) that \`npm run dev\`'s processes spent from the save to that report; the table gives the medians. The first build (starting \`npm run dev\` until it serves) took ${(startMs / 1000).toFixed(1)} s. Target (issue 16): a news item's change visible within 2 s. Load average (1 min) at the end: ${loadavg()[0].toFixed(1)} on ${cpus().length} cores.

${table(header, rows)}`,
  );
  console.log("Written to docs/performance.md");
} finally {
  if (server?.pid) process.kill(-server.pid, "SIGTERM");
  rmSync(work, { recursive: true, force: true });
}
