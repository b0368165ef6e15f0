import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { checkA11y } from "../../src/checks/a11y.ts";
import { checkHtml } from "../../src/checks/html.ts";
import { checkLinks } from "../../src/checks/links.ts";
import { checkTranslations } from "../../src/checks/translations.ts";
import { fixtureSite, repoRoot, type FixtureSite } from "../helpers/fixture-site.ts";

/**
 * Bad content as an editor would write it, through the real build and the real checks: each mistake
 * gives one clear message naming the file, and the line where there is one.
 */
let site: FixtureSite;
afterEach(() => site?.remove());

const newsItem = "content/fr/news/colloque-ldh-les-roms-ont-des-droits.md";

/** The real site with one file changed; `edit` gets the file's current text. */
function siteWith(path: string, edit: (text: string) => string): FixtureSite {
  site = fixtureSite();
  site.write(path, edit(readFileSync(join(site.dir, path), "utf8")));
  return site;
}

function lineOf(path: string, text: string): number {
  return (
    readFileSync(join(site.dir, path), "utf8")
      .split("\n")
      .findIndex((line) => line.includes(text)) + 1
  );
}

describe("front matter that is never closed", () => {
  it("stops the build, naming the file and the line, when the body is prose (YAML would only say it cannot parse)", () => {
    site = fixtureSite();
    site.write("content/fr/brouillon.md", "---\nkey: draft\ntitle: Brouillon\n\nUn paragraphe de texte.\n");
    const { status, log } = site.build();
    expect(status).not.toBe(0);
    expect(log).toContain('content/fr/brouillon.md:1: front matter: the "---" on line 1 opens the front matter but no line "---" closes it');
    expect(log).toContain("probably after line 3");
  });

  it("stops the build when the body would be silently lost (headings read as YAML comments)", () => {
    site = fixtureSite();
    site.write("content/en/draft.md", "---\nkey: draft\ntitle: Draft\n\n## A heading\n\n# Another\n");
    const { status, log } = site.build();
    expect(status).not.toBe(0);
    expect(log).toContain("content/en/draft.md:1: front matter:");
  });
});

describe("an image without alt text in a news item", () => {
  it('in Markdown, stops the build at the file and line (it would become alt="", which validators accept)', () => {
    siteWith(newsItem, (text) => text.replace("\nTrois tables rondes", "\n![](/og-image.png)\n\nTrois tables rondes"));
    const { status, log } = site.build();
    expect(status).not.toBe(0);
    expect(log).toContain(`${newsItem}:${lineOf(newsItem, "![](/og-image.png)")}: image: /og-image.png has no alt text`);
  });

  it("in HTML, fails the HTML and accessibility checks, naming the news item", async () => {
    siteWith(newsItem, (text) => text.replace("\nTrois tables rondes", '\n<img src="/og-image.png">\n\nTrois tables rondes'));
    expect(site.build().status).toBe(0);
    const html = await checkHtml({ siteDir: site.output, root: site.dir });
    expect(html.errors).toEqual([
      {
        where: expect.stringMatching(new RegExp(`colloque-ldh-les-roms-ont-des-droits/index\\.html:\\d+ \\(built from ${newsItem}\\)$`)),
        message: expect.stringContaining("alt"),
      },
    ]);
    const a11y = await checkA11y({ siteDir: site.output, root: site.dir });
    expect(a11y.errors).toEqual([
      {
        where: `${newsItem}:${lineOf(newsItem, '<img src="/og-image.png">')} (page /fr/actualites/colloque-ldh-les-roms-ont-des-droits/)`,
        message: expect.stringMatching(/^\[image-alt\] Images must have alternative text/),
      },
    ]);
  });
});

describe("a link to a page that does not exist", () => {
  it("fails the link check with the file and line, and `npm run check` prints it", async () => {
    siteWith("content/en/about.md", (text) => `${text}\nSee also [our members](/en/members/).\n`);
    expect(site.build().status).toBe(0);
    const where = `content/en/about.md:${lineOf("content/en/about.md", "(/en/members/)")} (page /en/about/)`;
    const links = await checkLinks({ siteDir: site.output, root: site.dir });
    expect(links.errors).toEqual([{ where, message: expect.stringMatching(/^link to \/en\/members\/ does not exist/) }]);

    const run = spawnSync(process.execPath, [join(repoRoot, "scripts/check.ts"), "--only=links"], { cwd: site.dir, encoding: "utf8" });
    expect(run.status).toBe(1);
    expect(run.stdout).toContain(`FAIL  Links`);
    expect(run.stdout).toContain(`  - ${where}: link to /en/members/ does not exist`);
    expect(run.stdout).toContain("1 of 1 checks failed: Links.");
  });
});

describe("a news item in one language only", () => {
  it("is reported by the translations check, naming the file (a warning: the site still works)", () => {
    site = fixtureSite();
    site.write(
      "content/fr/news/reunion-a-strasbourg.md",
      "---\nkey: 2019-05-strasbourg-meeting\ntitle: Réunion à Strasbourg\ndate: 2019-05-02\nsummary: Une réunion écrite en français seulement.\n---\n\nTexte.\n",
    );
    expect(site.build().status).toBe(0);
    const result = checkTranslations({ root: site.dir });
    expect(result.errors).toEqual([]);
    expect(result.warnings).toContainEqual({
      where: "content/fr/news/reunion-a-strasbourg.md",
      message: expect.stringContaining('"2019-05-strasbourg-meeting" has no version in en'),
    });
    expect(result.tables[0].rows).toEqual([["2019-05-strasbourg-meeting", "content/fr/news/reunion-a-strasbourg.md", "MISSING"]]);
  });
});

describe("a glossary term related to a key that does not exist", () => {
  it("stops the build, naming the term's file, the line and the field", () => {
    const term = "content/fr/glossary/sintes.md";
    siteWith(term, (text) => text.replace("related: [roma, roma-and-travellers]", "related: [roma, manouches-de-france]"));
    const { status, log } = site.build();
    expect(status).not.toBe(0);
    expect(log).toContain(
      `${term}:${lineOf(term, "related: [roma, manouches-de-france]")}: related: "manouches-de-france" is not the key of any glossary term`,
    );
  });
});
