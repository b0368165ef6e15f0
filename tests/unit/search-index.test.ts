import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { indexSite } from "../../src/search/index-site.ts";

/** Real Pagefind runs on small hand-written sites. */
let site: string;
beforeEach(() => {
  site = mkdtempSync(join(tmpdir(), "alliance-search-"));
});
afterEach(() => rmSync(site, { recursive: true, force: true }));

function page(path: string, lang: string, body: string): void {
  mkdirSync(dirname(join(site, path)), { recursive: true });
  writeFileSync(join(site, path), `<!doctype html><html lang="${lang}"><head><title>t</title></head><body><nav>Menu</nav>${body}</body></html>`);
}

describe("the search index", () => {
  it("writes one bundle per locale, holding only that locale's marked pages", async () => {
    page("fr/index.html", "fr", "<main data-pagefind-body><p>Les Roms et les Gens du voyage</p></main>");
    page("fr/a/index.html", "fr", "<main data-pagefind-body><p>Alliance des villes</p></main>");
    page("fr/recherche/index.html", "fr", "<main><p>Rechercher</p></main>");
    page("en/index.html", "en", "<main data-pagefind-body><p>Roma and Travellers</p></main>");
    expect(await indexSite(site, ["fr", "en"])).toEqual({ pages: { fr: 2, en: 1 } });
    for (const locale of ["fr", "en"]) {
      const entry = JSON.parse(readFileSync(join(site, "pagefind", locale, "pagefind-entry.json"), "utf8"));
      expect(Object.keys(entry.languages)).toEqual([locale]);
    }
  });

  it("names a locale that has no page at all", async () => {
    page("fr/index.html", "fr", "<main data-pagefind-body><p>Bonjour</p></main>");
    await expect(indexSite(site, ["fr", "de"])).rejects.toThrow(/^Pagefind could not index the pages of \/de\/: .*no.* html files/i);
  });

  it("refuses to index whole pages when no page of a locale marks its content", async () => {
    page("fr/index.html", "fr", "<main data-pagefind-body><p>Bonjour</p></main>");
    page("en/index.html", "en", "<main><p>Hello</p></main>");
    await expect(indexSite(site, ["fr", "en"])).rejects.toThrow("no page under /en/ marks its content with data-pagefind-body");
  });

  it("indexes exactly what Pagefind indexes when it walks the whole page, reading only <main>", async () => {
    // A page shaped like the site's: a head, a header with navigation, the marked <main> with filters,
    // metadata, anchors and an ignored popover, then a footer.
    const shell = (title: string, main: string) =>
      `<!doctype html><html lang="fr" dir="ltr"><head><meta charset="utf-8"><title>${title} – Alliance</title>` +
      `<meta name="description" content="Résumé"><link rel="stylesheet" href="/a.css"></head><body>` +
      `<a href="#main">Aller au contenu</a><header><a href="/fr/">Alliance</a><nav><ul><li><a href="/fr/actualites/">Actualités</a></li></ul></nav>` +
      `<form role="search"><label>Rechercher <input name="q"></label></form></header>${main}` +
      `<footer><p>Congrès des pouvoirs locaux et régionaux</p><a href="https://www.facebook.com/">Facebook</a></footer></body></html>`;
    mkdirSync(join(site, "fr/actualites/seminaire"), { recursive: true });
    writeFileSync(
      join(site, "fr/actualites/seminaire/index.html"),
      shell(
        "Séminaire",
        `<main id="main" data-pagefind-body><span data-pagefind-filter="type:news"></span><span data-pagefind-meta="date:2013-12-12"></span>` +
          `<article><h1>Séminaire d’Athènes</h1><p class="facts" data-pagefind-ignore>Publié le 12 décembre 2013</p>` +
          `<h2 id="programme">Programme</h2><p>Les <a href="/fr/glossaire/roms/">Roms</a><button popovertarget="t" data-pagefind-ignore>?</button>` +
          `<span id="t" popover data-pagefind-ignore><strong>Roms</strong> Définition.</span> et les Gens du voyage.</p></article></main>`,
      ),
    );
    writeFileSync(join(site, "fr/index.html"), shell("Accueil", `<main id="main" data-pagefind-body><h1>Accueil</h1><p>L’Alliance.</p></main>`));
    writeFileSync(join(site, "fr/404.html"), shell("Introuvable", `<main id="main"><h1>Page introuvable</h1></main>`));

    await indexSite(site, ["fr"]);
    const cli = join(dirname(fileURLToPath(import.meta.resolve("pagefind"))), "runner/bin.cjs");
    const whole = join(site, "whole");
    const run = spawnSync(process.execPath, [cli, "--site", site, "--glob", "fr/**/*.html", "--output-path", whole], { encoding: "utf8" });
    expect(run.status, run.stderr).toBe(0);

    const files = (dir: string) =>
      readdirSync(dir, { recursive: true, withFileTypes: true })
        .filter((entry) => entry.isFile())
        .map((entry) => join(entry.parentPath, entry.name).slice(dir.length + 1))
        .sort();
    const ours = join(site, "pagefind/fr");
    // indexSite leaves out Pagefind's ready-made interfaces; everything it writes is byte for byte Pagefind's own.
    expect(files(ours).length).toBeGreaterThan(5);
    for (const file of files(ours)) expect(readFileSync(join(ours, file)), file).toEqual(readFileSync(join(whole, file)));
    expect(files(whole).filter((file) => !files(ours).includes(file))).toEqual(expect.arrayContaining(["pagefind-ui.js"]));
    expect(
      files(whole)
        .filter((file) => !files(ours).includes(file))
        .every((file) => /^pagefind-(ui|modular-ui|component-ui|highlight)\./.test(file)),
    ).toBe(true);
  });
});
