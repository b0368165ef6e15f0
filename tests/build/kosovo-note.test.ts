import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { parseHTML } from "linkedom";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { typesetText } from "../../src/typography/typeset.ts";
import { fixtureSite, repoRoot, type FixtureSite } from "../helpers/fixture-site.ts";

/**
 * The Council of Europe's footnote on Kosovo in the built site: the real content, plus a page in each
 * locale that names Kosovo first inside a link and then again.
 */
let site: FixtureSite;
const strings = (locale: string) => JSON.parse(readFileSync(join(repoRoot, `_data/strings/${locale}/footer.json`), "utf8"));

beforeAll(() => {
  site = fixtureSite();
  site.write("content/fr/kosovo-essai.md", "---\nkey: kosovo-test\ntitle: Essai\n---\n\nUn lien [vers le Kosovo](/fr/) puis le Kosovo encore.\n");
  site.write("content/en/kosovo-test.md", "---\nkey: kosovo-test\ntitle: Test\n---\n\nA link [to Kosovo](/en/) and Kosovo again.\n");
  const { status, log } = site.build();
  expect(status, log).toBe(0);
});
afterAll(() => site?.remove());

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    return entry.isDirectory() ? htmlFiles(path) : entry.name.endsWith(".html") ? [path] : [];
  });
}

/** The text a reader can meet in a page's main content: no script, and no search metadata. */
function mainText(document: Document): string {
  const main = document.querySelector("main")!.cloneNode(true) as Element;
  for (const hidden of main.querySelectorAll("script, [data-pagefind-meta], #kosovo-note")) hidden.remove();
  return main.textContent ?? "";
}

describe("the footnote on Kosovo", () => {
  it("is on every page that names Kosovo, once, in the page's language, and on no other page", () => {
    const pages = htmlFiles(site.output).map((file) => ({ path: relative(site.output, file), document: parseHTML(readFileSync(file, "utf8")).document }));
    const naming = pages.filter(({ document }) => document.querySelector("main") && mainText(document as unknown as Document).includes("Kosovo"));
    expect(naming.map((p) => p.path)).toEqual(
      expect.arrayContaining(["fr/glossaire/ashkali/index.html", "en/glossary/ashkali/index.html", "fr/glossaire/index.html"]),
    );
    for (const { path, document } of pages) {
      const notes = document.querySelectorAll("#kosovo-note");
      const calls = document.querySelectorAll('.footnote-call a[href="#kosovo-note"]');
      if (!naming.some((p) => p.path === path)) {
        expect(notes.length, path).toBe(0);
        continue;
      }
      const locale = document.documentElement.getAttribute("lang")!;
      expect(notes.length, path).toBe(1);
      expect(calls.length, path).toBe(1);
      expect(notes[0].textContent, path).toBe(`* ${typesetText(strings(locale).kosovoNote, locale)}`);
      expect(calls[0].getAttribute("aria-label"), path).toBe(strings(locale).kosovoReference);
      expect(notes[0].closest("main"), path).not.toBeNull();
      expect(notes[0].hasAttribute("data-pagefind-ignore"), path).toBe(true);
    }
  });

  it("is called right after the first mention, outside the link that holds it", () => {
    for (const path of ["fr/kosovo-essai/index.html", "en/kosovo-test/index.html"]) {
      const { document } = parseHTML(readFileSync(join(site.output, path), "utf8"));
      const call = document.querySelector(".footnote-call")!;
      expect(call.previousElementSibling?.tagName, path).toBe("A");
      expect(call.previousElementSibling?.textContent, path).toMatch(/Kosovo$/);
      expect(call.closest("a"), path).toBeNull();
    }
    const { document } = parseHTML(readFileSync(join(site.output, "en/glossary/ashkali/index.html"), "utf8"));
    const call = document.querySelector(".footnote-call")!;
    expect(call.previousSibling?.textContent).toMatch(/Kosovo$/);
  });
});
