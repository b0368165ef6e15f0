import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parseHTML } from "linkedom";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { fixtureSite, repoRoot, type FixtureSite } from "../helpers/fixture-site.ts";

const origin = "http://localhost:8099";
const source = (path: string) => readFileSync(join(repoRoot, path), "utf8");
const termFiles = (folder: string) => readdirSync(join(repoRoot, folder)).filter((name) => name.endsWith(".md") && name !== "index.md");

describe("the real glossary content", () => {
  it("has every term in both locales, with the same keys", () => {
    const keysOf = (folder: string) =>
      termFiles(folder)
        .map((name) => /^key: (.+)$/m.exec(source(`${folder}/${name}`))![1])
        .sort();
    const fr = keysOf("content/fr/glossary");
    expect(fr.length).toBeGreaterThanOrEqual(27);
    expect(keysOf("content/en/glossary")).toEqual(fr);
  });
});

describe("a built glossary", () => {
  let site: FixtureSite;
  let log = "";
  const page = (url: string) => parseHTML(readFileSync(join(site.output, url, "index.html"), "utf8")).document;
  const json = (url: string) => JSON.parse(readFileSync(join(site.output, url), "utf8"));
  const jsonLd = (document: Document) => JSON.parse(document.querySelector('script[type="application/ld+json"]')!.textContent!);

  beforeAll(() => {
    site = fixtureSite();
    site.write(
      "content/fr/glossary/terme-seul.md",
      "---\nkey: only-in-french\nterm: Terme seul\nsources:\n  - title: Source\n---\n\nUn terme qui n'existe qu'en français.\n",
    );
    // Each sentence names a term once inside a title and once outside it: only the second may link.
    site.write("content/fr/titre-cite.md", "---\nkey: quoted-title\ntitle: Titre cité\n---\n\nLe colloque « Les Roms ont des droits », puis les Roms.\n");
    site.write(
      "content/en/named-office.md",
      "---\nkey: named-office\ntitle: Named office\n---\n\nThe Special Representative of the Secretary General for Roma Issues met the Roma.\n",
    );
    site.write("content/fr/sans-glossaire.md", "---\nkey: no-glossary\ntitle: Sans glossaire\nglossary: false\n---\n\nLes Roms et les Ashkali.\n");
    const result = site.build({ URL: origin });
    log = result.log;
    expect(result.status, log).toBe(0);
  });
  afterAll(() => site?.remove());

  it("reports a term present in one locale only, without failing", () => {
    expect(log).toContain('Glossary: term "only-in-french" (./content/fr/glossary/terme-seul.md) has no version in: en');
    expect(page("/fr/glossaire/terme-seul/").querySelector("h1")!.textContent).toBe("Terme seul");
  });

  it("sorts the index by the locale's collation and groups it by initial letter, accents aside", () => {
    const index = page("/fr/glossaire/");
    const terms = [...index.querySelectorAll(".glossary-entries dt")].map((dt) => dt.textContent!.trim());
    expect(terms).toEqual([...terms].sort(new Intl.Collator("fr-FR").compare));
    const groupOf = (term: string) =>
      [...index.querySelectorAll(".glossary-group")].find((g) => [...g.querySelectorAll("dt")].some((dt) => dt.textContent === term));
    expect(groupOf("Égyptiens balkaniques")!.querySelector("h2")!.textContent).toBe("E");
    expect(groupOf("Terme seul")!.querySelector("h2")!.textContent).toBe("T");
    const letters = [...index.querySelectorAll(".glossary-letters a")];
    expect(letters.map((a) => a.textContent)).toEqual([...index.querySelectorAll(".glossary-group h2")].map((h) => h.textContent));
    for (const a of letters) expect(index.getElementById(a.getAttribute("href")!.slice(1))).not.toBeNull();
  });

  it("shows each entry's term, linked to its page, and the first sentence of its definition", () => {
    const index = page("/en/glossary/");
    const exported = json("/en/glossary.json");
    const entries = [...index.querySelectorAll(".glossary-entries > div")];
    let shortened = 0;
    expect(entries).toHaveLength(exported.terms.length);
    for (const entry of entries) {
      const link = entry.querySelector("dt a")!;
      const term = exported.terms.find((t: { url: string }) => t.url === origin + link.getAttribute("href"));
      expect(term, link.getAttribute("href")!).toBeDefined();
      expect(link.textContent).toBe(term.term);
      // The call of the footnote on Kosovo is not part of the definition.
      for (const call of entry.querySelectorAll(".footnote-call")) call.remove();
      const sentence = entry.querySelector("dd")!.textContent!;
      expect(term.definition.startsWith(sentence)).toBe(true);
      expect(sentence).toMatch(/[.!?]$/);
      if (sentence.length < term.definition.length) shortened++;
    }
    expect(shortened).toBeGreaterThan(entries.length / 2);
  });

  it("exports each locale's glossary as JSON with absolute URLs and plain-text definitions", () => {
    for (const [url, folder] of [
      ["/fr/glossaire.json", "content/fr/glossary"],
      ["/en/glossary.json", "content/en/glossary"],
    ]) {
      const exported = json(url);
      const keys = new Set(exported.terms.map((t: { key: string }) => t.key));
      expect(exported.terms.length).toBe(termFiles(folder).length + (url.startsWith("/fr/") ? 1 : 0));
      for (const term of exported.terms) {
        expect(Object.keys(term)).toEqual(["key", "term", "aliases", "definition", "url", "related", "sources"]);
        expect(term.url.startsWith(`${origin}/`)).toBe(true);
        expect(existsSync(join(site.output, new URL(term.url).pathname, "index.html")), term.url).toBe(true);
        expect(term.definition).not.toMatch(/[*<>]|\]\(/);
        for (const key of term.related) expect(keys.has(key), `${term.key} → ${key}`).toBe(true);
        for (const s of term.sources) expect(typeof s.title).toBe("string");
      }
    }
  });

  it("gives a term page its term, aliases, definition, related terms, sources, other language and DefinedTerm", () => {
    const roms = page("/fr/glossaire/roms/");
    expect(roms.querySelector("h1")!.textContent).toBe("Roms");
    expect(roms.querySelector("title")!.textContent).toMatch(/^Roms – /);
    expect(roms.querySelector(".glossary-aliases")!.textContent).toContain("Rom, Romni");
    expect(roms.querySelector(".glossary-definition p")!.textContent).toMatch(/^Nom que les Roms/);
    for (const a of roms.querySelectorAll(".glossary-related a")) expect(existsSync(join(site.output, a.getAttribute("href")!, "index.html"))).toBe(true);
    expect(roms.querySelectorAll(".glossary-related a").length).toBeGreaterThan(0);
    expect([...roms.querySelectorAll(".glossary-sources a")].map((a) => a.getAttribute("href"))).toContain("https://romarchive.eu/en/terms/roma");
    const english = roms.querySelector('.glossary-translations a[hreflang="en"]')!;
    expect(english.getAttribute("href")).toBe("/en/glossary/roma/");
    expect(english.textContent).toBe("Roma");
    const ld = jsonLd(roms);
    expect(ld).toMatchObject({ "@type": "DefinedTerm", name: "Roms", url: `${origin}/fr/glossaire/roms/`, inLanguage: "fr" });
    expect(ld.inDefinedTermSet).toMatchObject({ "@type": "DefinedTermSet", url: `${origin}/fr/glossaire/` });
    expect(roms.querySelector('meta[name="description"]')!.getAttribute("content")).toMatch(/^Nom que les Roms/);
    expect(page("/fr/glossaire/terme-seul/").querySelector(".glossary-translations")).toBeNull();
  });

  it("describes the index as a DefinedTermSet of every term", () => {
    const ld = jsonLd(page("/en/glossary/"));
    expect(ld["@type"]).toBe("DefinedTermSet");
    expect(ld.hasDefinedTerm).toHaveLength(json("/en/glossary.json").terms.length);
    expect(ld.hasDefinedTerm[0]).toMatchObject({ "@type": "DefinedTerm" });
  });

  it("links the terms of an article, and not those of a page that turns linking off", () => {
    const article = page("/fr/actualites/lancement-de-romact/");
    const first = article.querySelector("main a.glossary-link")!;
    expect(first.textContent).toBe("Roms");
    expect(first.getAttribute("href")).toBe("/fr/glossaire/roms/");
    // Its programme's full title, quoted before that, is typeset and holds no markup.
    expect(first.closest("p")!.innerHTML).toContain("«\u202fBuilding up political will and understanding of Roma inclusion at local and regional level\u202f»");
    expect(page("/fr/sans-glossaire/").querySelectorAll("main a.glossary-link")).toHaveLength(0);
  });

  it("links no term inside the quoted title of an event, nor inside the proper names the glossary page lists", () => {
    const linked = (url: string) => [...page(url).querySelectorAll("main a.glossary-link")].map((link) => link.textContent);
    expect(linked("/fr/titre-cite/")).toEqual(["Roms"]);
    expect(linked("/en/named-office/")).toEqual(["Roma"]);
    // The one link is the mention outside the title or the name, not the first one inside it.
    expect(page("/fr/titre-cite/").querySelector("main a.glossary-link")!.previousSibling?.textContent).toMatch(/puis les\s$/);
    expect(page("/en/named-office/").querySelector("main a.glossary-link")!.previousSibling?.textContent).toMatch(/met the\s$/);
  });

  it("links the umbrella term of the footer's terminology note, except on its own page", () => {
    const note = page("/en/about/").querySelector(".terminology-note")!;
    expect([...note.querySelectorAll("a")].map((a) => [a.textContent, a.getAttribute("href")])).toEqual([
      ["Roma and Travellers", "/en/glossary/roma-and-travellers/"],
    ]);
    expect(page("/fr/glossaire/roms-et-gens-du-voyage/").querySelectorAll(".terminology-note a")).toHaveLength(0);
    expect(page("/fr/glossaire/roms-et-gens-du-voyage/").querySelector(".terminology-note")!.textContent).toContain("«\u202FRoms et Gens du voyage\u202F»");
  });
});

describe("the build refuses bad glossary input, naming the file and the field", () => {
  let site: FixtureSite;
  afterEach(() => site?.remove());

  function buildWith(path: string, edit: (text: string) => string) {
    site = fixtureSite();
    const before = source(path);
    const after = edit(before);
    expect(after, "the edit must change the file").not.toBe(before);
    site.write(path, after);
    return { ...site.build(), at: (field: string) => `./${path}:${after.split("\n").findIndex((line) => line.startsWith(`${field}:`)) + 1}` };
  }

  it("a related key that does not exist", () => {
    const { status, log, at } = buildWith("content/fr/glossary/kris.md", (text) => text.replace("related: [romanipen]", "related: [romanipen, tribunal]"));
    expect(status).not.toBe(0);
    expect(log).toContain(`${at("related")}: related: "tribunal" is not the key of any glossary term`);
  });

  it("an alias claimed by two terms in one locale", () => {
    const { status, log, at } = buildWith("content/en/glossary/rroma.md", (text) =>
      text.replace('aliases: ["Rrom", "Rroms"]', 'aliases: ["Rrom", "Rroms", "Rom"]'),
    );
    expect(status).not.toBe(0);
    expect(log).toContain(`${at("aliases")}: aliases: "Rom" is already claimed by ./content/en/glossary/roma.md ("Roma")`);
  });

  it("a term without a definition", () => {
    const { status, log } = buildWith("content/fr/glossary/abdal.md", (text) => text.slice(0, text.lastIndexOf("---\n") + 4));
    expect(status).not.toBe(0);
    expect(log).toContain("./content/fr/glossary/abdal.md: definition: missing");
  });

  it("a term file without its term", () => {
    const { status, log } = buildWith("content/en/glossary/kris.md", (text) => text.replace('term: "Kris"\n', ""));
    expect(status).not.toBe(0);
    expect(log).toContain("./content/en/glossary/kris.md: term: missing");
  });

  it("a glossary page whose names are not a list of names", () => {
    const { status, log } = buildWith("content/en/glossary/index.md", (text) => text.replace("names:\n", "names:\n  - 1913\n"));
    expect(status).not.toBe(0);
    expect(log).toMatch(/\.\/content\/en\/glossary\/index\.md:\d+: names: must be a list of proper names, each with at least one word/);
  });
});
