import { spawnSync } from "node:child_process";
import { readdirSync, readFileSync, rmSync, utimesSync } from "node:fs";
import { join, relative } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { pageSourcesFile } from "../../src/checks/site-files.ts";
import { type DevServer, startDevServer } from "../helpers/dev-server.ts";
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
let dev: DevServer | undefined;
let origin = "";
const log = () => dev?.log.text ?? "";
const item = { key: "2026-11-apercu", title: "Apercu avant la modification", date: "2026-11-30", summary: "Un article pour le test de l'aperçu." };
const file = "content/fr/news/apercu.md";

beforeAll(async () => {
  site = fixtureSite();
  site.write(file, newsFile(item));
  // Its English version (the same key): the language links between the two must stay right too.
  site.write("content/en/news/preview.md", newsFile({ ...item, title: "Preview before the change", summary: "An item for the preview's test." }, "Text."));
  dev = await startDevServer(site);
  origin = dev.origin;
});
afterAll(() => {
  dev?.stop();
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

const rebuilds = () => (log().match(/Wrote \d+ files?/g) ?? []).length;

/**
 * Saves `content` into `path`, with `mtime` as its modification time if given (the watcher waits for a
 * save to settle before the rebuild starts, so the rebuild sees that time).
 */
function save(path: string, content: string, mtime?: Date): void {
  site.write(path, content);
  if (mtime) utimesSync(join(site.dir, path), mtime, mtime);
}

/** Saves `content` into `path`, then waits until every one of `paths` serves `marker` and Eleventy has finished writing. */
async function edit(path: string, content: string, paths: string[], marker: string, mtime?: Date): Promise<void> {
  const before = rebuilds();
  const logFrom = log().length;
  save(path, content, mtime);
  const deadline = Date.now() + 100_000;
  let missing = paths;
  while (missing.length && Date.now() < deadline) {
    await new Promise((r) => setTimeout(r, 250));
    // A request may fail while the server reloads: the page is then not seen yet.
    const serves = async (page: string) => (await text(page).catch(() => "")).includes(marker);
    missing = (await Promise.all(paths.map(async (page) => ((await serves(page)) ? "" : page)))).filter(Boolean);
  }
  expect(missing, `pages without the change:\n${log().slice(logFrom)}`).toEqual([]);
  while (rebuilds() === before && Date.now() < deadline) await new Promise((r) => setTimeout(r, 250));
  expect(rebuilds(), `Eleventy did not finish its rebuild:\n${log().slice(logFrom)}`).toBeGreaterThan(before);
}

/** Saves `content` into `path`, then waits until the server's log, from the save on, shows `message`. */
async function editReported(path: string, content: string, message: string, mtime?: Date): Promise<void> {
  const logFrom = log().length;
  save(path, content, mtime);
  const deadline = Date.now() + 100_000;
  while (!log().slice(logFrom).includes(message) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 250));
  expect(log().slice(logFrom), "the dev server's report of the bad edit").toContain(message);
}

/** Every file of the preview against a full build of the same sources. */
function expectSameAsFullBuild(): void {
  site.write("_full", null);
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
  // their titles, and only a full rebuild (saving any layout or data file, or a restart) renews them in
  // the edited item's two neighbours. Every other byte of every page must be as a full build writes it.
  const read = (dir: string, path: string) => readFileSync(join(dir, path), "utf8").replace(/<nav class="wrap prose article-around"[\s\S]*?<\/nav>/, "");
  const stale = files(built).filter((path) => read(preview, path) !== read(built, path));
  const where = (path: string) => {
    const [a, b] = [read(preview, path), read(built, path)];
    let at = 0;
    while (a[at] === b[at]) at++;
    return `${path}: preview «${a.slice(at - 80, at + 120)}» / full build «${b.slice(at - 80, at + 120)}»`;
  };
  expect(stale, stale.map(where).join("\n")).toEqual([]);
  // `npm run check` names the content file behind a page from this map: an incremental rebuild keeps
  // the entries of the pages it did not rewrite, and each output folder has its own.
  const sources = (dir: string) => JSON.parse(readFileSync(pageSourcesFile(join(site.dir, dir)), "utf8"));
  expect(sources("_preview")).toEqual(sources("_full"));
}

describe("the editors' preview after an edit", () => {
  it("shows a news item's new title on its page, in the listing and in the feed, and changes no other page", async () => {
    for (const page of pages) expect(await text(page), page).toContain(item.title);
    await edit(file, newsFile({ ...item, title: "Apercu apres la modification" }), pages, "Apercu apres la modification");
    for (const page of pages) expect(await text(page), page).not.toContain(item.title);
    expectSameAsFullBuild();
  });

  // The checks remember each file's result between rebuilds (src/content/source-stamps.ts): a bad
  // save of a file already checked must still stop the rebuild with the one message a full build gives.
  it("reports a bad save of an item with its file and line, and shows the item again once it is fixed", async () => {
    const saved = { ...item, title: "Apercu apres la modification" };
    // A rule of the news schema, which the content checks apply (no other step of the build does).
    const summaryLine = Object.keys(saved).indexOf("summary") + 2;
    await editReported(file, newsFile({ ...saved, summary: " " }), `content/fr/news/apercu.md:${summaryLine}: summary: must be one or two sentences of text`);
    await editReported(
      file,
      newsFile(saved).replace(/\n---\n/, "\n\n"),
      'content/fr/news/apercu.md:1: front matter: the "---" on line 1 opens the front matter but no line "---" closes it',
    );
    await edit(file, newsFile({ ...saved, title: "Apercu corrige" }), pages, "Apercu corrige");
    expectSameAsFullBuild();
  });

  it("shows a glossary term's new text on the term's page", async () => {
    const term = "content/fr/glossary/antitsiganisme.md";
    const source = readFileSync(join(site.dir, term), "utf8");
    const changed = source.replace(/\n---\n\n/, "\n---\n\nDefinition changee pour le test. ");
    expect(changed).not.toBe(source);
    // Not every page: the popovers of the pages that link the term keep its old short definition
    // until a full rebuild (docs/performance.md, the editor's preview).
    await edit(term, changed, ["/fr/glossaire/antitsiganisme/"], "Definition changee pour le test.");
  });

  // A clock that counts whole seconds (HFS+) or two (FAT, some network mounts) gives two saves within one
  // tick the same modification time: a save that keeps the size then looks unchanged. Every save here
  // keeps the same time, a minute ahead (a clock ahead is as untrustworthy), so that the test does not
  // depend on how soon after a save the rebuild starts.
  it("checks again a save that keeps the file's size and modification time, as within one tick of a coarse clock", async () => {
    const path = "content/fr/news/horloge.md";
    const fields = { key: "2026-11-horloge", title: "Horloge avant", date: "2026-11-29", summary: "Un article pour le test de l'horloge." };
    const tick = new Date(Date.now() + 60_000);
    const good = newsFile(fields);
    const unclosed = good.replace(/\n---\n/, "\n   \n");
    const blankSummary = newsFile({ ...fields, summary: " ".repeat(fields.summary.length) });
    expect([unclosed, blankSummary].map((text) => Buffer.byteLength(text))).toEqual([Buffer.byteLength(good), Buffer.byteLength(good)]);
    await edit(path, good, ["/fr/actualites/horloge/"], fields.title, tick);
    // The front matter check (before Eleventy reads the pages), then the news schema (the content checks).
    await editReported(path, unclosed, `${path}:1: front matter: the "---" on line 1 opens the front matter but no line "---" closes it`, tick);
    await editReported(path, blankSummary, `${path}:5: summary: must be one or two sentences of text`, tick);
    await edit(path, newsFile({ ...fields, title: "Horloge apres" }), ["/fr/actualites/horloge/"], "Horloge apres");
  });

  // The checks forget a file once it is gone: re-created, it is checked again, even with the size and
  // modification time of the version they had checked (restored from a copy, or a coarse clock).
  it("checks again a file deleted then re-created with other content of the same size and time", async () => {
    const path = "content/fr/news/recree.md";
    const fields = { key: "2026-11-recree", title: "Recree avant", date: "2026-11-28", summary: "Un article pour le test du fichier recree." };
    const longAgo = new Date("2026-01-05T10:00:00Z");
    await edit(path, newsFile(fields), ["/fr/actualites/recree/"], fields.title, longAgo);
    // Eleventy does not rebuild on a deletion: the next save, of another file, does.
    site.write(path, null);
    await edit(file, newsFile({ ...item, title: "Apercu sans article recree" }), pages, "Apercu sans article recree");
    await editReported(
      path,
      newsFile({ ...fields, summary: " ".repeat(fields.summary.length) }),
      `${path}:5: summary: must be one or two sentences of text`,
      longAgo,
    );
    await edit(path, newsFile({ ...fields, title: "Recree apres" }), ["/fr/actualites/recree/"], "Recree apres");
  });

  it("writes /admin/ again when only its fonts folder is deleted", async () => {
    const fonts = join(site.dir, "_preview/admin/fonts");
    const written = readdirSync(fonts).sort();
    expect(written.length).toBeGreaterThan(0);
    rmSync(fonts, { recursive: true });
    await edit(file, newsFile({ ...item, title: "Apercu sans polices" }), pages, "Apercu sans polices");
    expect(readdirSync(fonts).sort()).toEqual(written);
  });
});
