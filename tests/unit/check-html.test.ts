import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { checkHtml } from "../../src/checks/html.ts";
import { page, siteDir, type SiteDir } from "../helpers/site-dir.ts";

let site: SiteDir;
afterEach(() => site?.remove());

describe("the HTML check (Nu HTML Checker)", () => {
  it("fails on invalid markup, naming the page, the line and what is wrong", async () => {
    site = siteDir({
      "good/index.html": page("<p>Fine.</p>"),
      "bad/index.html": page('<p id="twice">One</p>\n<p id="twice">Two</p>\n<ul><p>Not a list item</p></ul>'),
    });
    const result = await checkHtml({ siteDir: site.dir, root: site.root });
    expect(result.summary).toContain("2 pages");
    expect(result.errors.length).toBeGreaterThanOrEqual(2);
    for (const error of result.errors) expect(error.where).toMatch(new RegExp(`^${join(site.dir, "bad/index.html")}:\\d+$`));
    const messages = result.errors.map((e) => e.message).join("\n");
    expect(messages).toContain("Duplicate ID “twice”");
    expect(messages).toMatch(/Element “p” not allowed as child of element “ul”/);
  });

  it("names the content file a page was built from", async () => {
    site = siteDir({ "en/about/index.html": page("<p>Text<div>block</div></p>") });
    site.write(".cache/page-sources-_site.json", JSON.stringify({ "en/about/index.html": "content/en/about.md" }));
    const result = await checkHtml({ siteDir: site.dir, root: site.root });
    expect(result.errors[0].where).toMatch(/en\/about\/index\.html:\d+ \(built from content\/en\/about\.md\)$/);
  });

  it("says plainly when Java is missing", async () => {
    site = siteDir({ "index.html": page("<p>Fine.</p>") });
    const result = await checkHtml({ siteDir: site.dir, java: "/nonexistent/java" });
    expect(result.errors).toEqual([{ message: expect.stringContaining("needs Java 17 or later (Debian: apt-get install default-jre-headless") }]);
  });

  it("fails when there is no page to check", async () => {
    site = siteDir({ "robots.txt": "User-agent: *\n" });
    const result = await checkHtml({ siteDir: site.dir });
    expect(result.errors[0].message).toContain("no HTML page");
  });
});
