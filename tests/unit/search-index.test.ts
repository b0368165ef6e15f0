import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
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
});
