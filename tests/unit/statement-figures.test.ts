import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parseHTML } from "linkedom";
import { afterEach, describe, expect, it } from "vitest";
import { type CheckRun, FIGURES_ATTRIBUTE, writeStatementFigures } from "../../src/checks/statement-figures.ts";
import { result } from "../../src/checks/types.ts";
import { readSiteData } from "../../src/i18n/site-strings.ts";
import { page, type SiteDir, siteDir } from "../helpers/site-dir.ts";

const site = readSiteData(join(import.meta.dirname, "../../_data"));
const placeholder = "<p>The checks have not run.</p>";
const statement = (lang: string) => page(`<div ${FIGURES_ATTRIBUTE}>${placeholder}</div><p>After the figures.</p>`, { lang });

function run(...results: ReturnType<typeof result>[]): CheckRun {
  return { finishedAt: "2026-12-01T12:00:00.000Z", results };
}
const checked = (id: string, pages: number, problems: number) => ({ ...result(id, "summary"), id, figures: { pages, problems } });

const made: SiteDir[] = [];
let dir: SiteDir | undefined;
afterEach(() => {
  for (const folder of made.splice(0)) folder.remove();
});

function built() {
  dir = siteDir({
    "fr/accessibilite/index.html": statement("fr"),
    "en/accessibility/index.html": statement("en"),
    "en/about/index.html": page("<p>About.</p>"),
  });
  made.push(dir);
  return dir;
}
const read = (path: string) => readFileSync(join(dir!.dir, path), "utf8");
const figures = (path: string) => parseHTML(read(path)).document.querySelector(`[${FIGURES_ATTRIBUTE}]`)!;

describe("the figures of a check run, written into the built statement", () => {
  it("replace the marked element's content in each locale's statement, and nothing else", () => {
    const { dir: folder } = built();
    const about = read("en/about/index.html");
    const written = writeStatementFigures(folder, run(checked("a11y", 97, 0), checked("html", 97, 1)), site);
    expect(written.sort()).toEqual(["en/accessibility/index.html", "fr/accessibilite/index.html"]);
    expect(read("en/about/index.html")).toBe(about);

    const en = figures("en/accessibility/index.html");
    expect(en.textContent).not.toContain("have not run");
    expect(en.querySelector("time")?.getAttribute("datetime")).toBe("2026-12-01T12:00:00.000Z");
    expect(en.querySelector("time")?.textContent).toBe("1 December 2026");
    expect(en.querySelector('[data-check="a11y"]')?.textContent).toBe("axe-core, WCAG 2.2 levels A and AA: 0 violations on 97 pages.");
    expect(en.querySelector('[data-check="html"]')?.textContent).toBe("W3C Nu HTML Checker: 1 error on 97 pages.");
    expect(read("en/accessibility/index.html")).toContain("<p>After the figures.</p>");
  });

  it("speak French on the French statement, with French plurals and typography", () => {
    const { dir: folder } = built();
    writeStatementFigures(folder, run(checked("a11y", 96, 0), checked("html", 96, 2)), site);
    const fr = figures("fr/accessibilite/index.html");
    expect(fr.querySelector("time")?.textContent).toBe("1er décembre 2026");
    // French takes the singular for 0, and a no-break space before the colon.
    expect(fr.querySelector('[data-check="a11y"]')?.textContent).toBe("axe-core, WCAG 2.2 niveaux A et AA\u00A0: 0 violation sur 96 pages.");
    expect(fr.querySelector('[data-check="html"]')?.textContent).toMatch(/: 2 erreurs sur 96 pages\.$/);
  });

  it("are replaced, not added to, when the checks run again", () => {
    const { dir: folder } = built();
    writeStatementFigures(folder, run(checked("a11y", 97, 3)), site);
    writeStatementFigures(folder, run(checked("a11y", 97, 0)), site);
    const en = figures("en/accessibility/index.html");
    expect(en.querySelectorAll("li")).toHaveLength(1);
    expect(en.textContent).toContain("0 violations on 97 pages");
  });

  it("leave out a check that crashed, and leave the page alone when none of the statement's checks ran", () => {
    const { dir: folder } = built();
    const crashed = { ...result("HTML", "crashed", { errors: [{ message: "java not found" }] }), id: "html" };
    writeStatementFigures(folder, run(checked("a11y", 97, 0), crashed), site);
    expect(figures("en/accessibility/index.html").querySelector('[data-check="html"]')).toBeNull();

    const fresh = built();
    const before = read("en/accessibility/index.html");
    expect(writeStatementFigures(fresh.dir, run(crashed, checked("links", 97, 0)), site)).toEqual([]);
    expect(read("en/accessibility/index.html")).toBe(before);
  });
});
