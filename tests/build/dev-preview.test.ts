import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import { readdirSync, readFileSync, symlinkSync } from "node:fs";
import { join, relative } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type FixtureSite, fixtureSite, repoRoot } from "../helpers/fixture-site.ts";
import { newsFile } from "../helpers/news-fixture.ts";

/**
 * `npm run dev` rebuilds only what an edit touches (Eleventy's --incremental): an editor who changes a
 * news item's title must still see it on the item's page, in the news listing and in the feed, and
 * every other page of the preview must be what a full build of the edited site gives (but for the
 * older/newer links of the item's neighbours: see below).
 * The real npm script runs in a copy of the site, on this session's port (or the next free one).
 */
let site: FixtureSite;
let server: ChildProcess;
let origin = "";
let log = "";
const item = { key: "2026-11-apercu", title: "Apercu avant la modification", date: "2026-11-30", summary: "Un article pour le test de l'aperçu." };
const file = "content/fr/actualites/apercu.md";

beforeAll(async () => {
  site = fixtureSite();
  site.write("src", null); // the fixture's copy of the functions gives way to the whole of src/
  for (const name of ["node_modules", "src", ".eleventy.ts", "package.json", "tsconfig.json"]) symlinkSync(join(repoRoot, name), join(site.dir, name));
  site.write(file, newsFile(item));
  const port = process.env.PORT ?? "8080";
  server = spawn("npm", ["run", "dev", "--", `--port=${port}`], { cwd: site.dir, detached: true });
  origin = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`npm run dev did not start:\n${log}`)), 110_000);
    const listen = (chunk: Buffer) => {
      log += chunk.toString();
      const match = log.match(/Server at (http:\/\/localhost:\d+)\//);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    };
    server.stdout!.on("data", listen);
    server.stderr!.on("data", listen);
    server.on("exit", (code) => reject(new Error(`npm run dev exited with ${code}:\n${log}`)));
  });
});
afterAll(() => {
  if (server?.pid) process.kill(-server.pid, "SIGTERM");
  site?.remove();
});

const text = async (path: string) => (await fetch(`${origin}${path}`)).text();
const pages = ["/fr/actualites/apercu/", "/fr/actualites/", "/fr/feed.xml"];

function files(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)))
    .sort();
}

describe("the editors' preview after an edit", () => {
  it("shows a news item's new title on its page, in the listing and in the feed", async () => {
    for (const path of pages) expect(await text(path), path).toContain(item.title);
    const wroteBefore = log.length;
    site.write(file, newsFile({ ...item, title: "Apercu apres la modification" }));
    const deadline = Date.now() + 100_000;
    let missing = pages;
    while (missing.length && Date.now() < deadline) {
      await new Promise((r) => setTimeout(r, 250));
      missing = (await Promise.all(pages.map(async (path) => ((await text(path)).includes("Apercu apres la modification") ? "" : path)))).filter(Boolean);
    }
    expect(missing, `pages without the new title:\n${log.slice(wroteBefore)}`).toEqual([]);
    for (const path of pages) expect(await text(path), path).not.toContain(item.title);
  });

  it("leaves every page as a full build of the edited site writes it", async () => {
    // Let the rebuild finish writing (the previous test returned as soon as the pages served the change).
    const deadline = Date.now() + 60_000;
    while (!/Wrote \d+ files?[^\n]*\n[\s\S]*Wrote \d+ files?/.test(log) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 250));
    const full = spawnSync(process.execPath, [join(repoRoot, "node_modules/@11ty/eleventy/cmd.cjs"), "--config=.eleventy.ts", "--output=_full", "--quiet"], {
      cwd: site.dir,
      encoding: "utf8",
      env: { ...process.env, ALLIANCE_DRAFTS: "show" },
      timeout: 110_000,
    });
    expect(full.status, `${full.stdout}\n${full.stderr}`).toBe(0);
    const preview = join(site.dir, "_preview");
    const built = join(site.dir, "_full");
    expect(files(preview)).toEqual(files(built));
    // Known limit of the incremental preview: an article's links to the older and newer articles carry
    // their titles, and only a full rebuild (any layout, data file or restart) renews them in the
    // edited item's two neighbours. Every other byte of every page must be as a full build writes it.
    // The sitemap lists pages of the same date in an order that varies from one full build to the next.
    const read = (dir: string, path: string) => {
      const text = readFileSync(join(dir, path), "utf8").replace(/<nav class="wrap prose article-around"[\s\S]*?<\/nav>/, "");
      return path === "sitemap.xml" ? (text.match(/<url>[\s\S]*?<\/url>/g) ?? []).sort().join("\n") : text;
    };
    const stale = files(built).filter((path) => read(preview, path) !== read(built, path));
    const where = (path: string) => {
      const [a, b] = [read(preview, path), read(built, path)];
      let at = 0;
      while (a[at] === b[at]) at++;
      return `${path}: preview «${a.slice(at - 80, at + 120)}» / full build «${b.slice(at - 80, at + 120)}»`;
    };
    expect(stale, stale.map(where).join("\n")).toEqual([]);
  });
});
