import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { checkA11y } from "../../src/checks/a11y.ts";
import { page, siteDir, type SiteDir } from "../helpers/site-dir.ts";

let site: SiteDir;
afterEach(() => site?.remove());

const pixel = '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><rect width="10" height="10"/></svg>';

describe("the accessibility check (axe-core in Chromium, WCAG 2.2 A and AA)", () => {
  it("fails on an image without alt text, an unlabelled field and low contrast, naming page, rule and element", async () => {
    site = siteDir({
      "good/index.html": page('<p>Readable.</p><img src="/dot.svg" alt="A black square">'),
      "bad/index.html": page('<img src="/dot.svg">\n<form action="/x"><input type="text" name="q"></form>\n<p class="faint">Hard to read</p>', {
        head: '<link rel="stylesheet" href="/faint.css">',
      }),
      "dot.svg": pixel,
      "faint.css": ".faint { color: #bbbbbb; background: #ffffff; }",
    });
    const result = await checkA11y({ siteDir: site.dir, root: site.root });
    expect(result.summary).toMatch(/^2 pages, 3 violations$/);
    const byRule = Object.fromEntries(result.errors.map((e) => [/^\[([\w-]+)\]/.exec(e.message)?.[1], e]));
    expect(Object.keys(byRule).sort()).toEqual(["color-contrast", "image-alt", "label"]);
    for (const error of result.errors) expect(error.where).toBe(join(site.dir, "bad/index.html"));
    expect(byRule["image-alt"].message).toContain('<img src="/dot.svg">');
    expect(byRule["image-alt"].message).toContain("Images must have alternative text");
  });

  it("names the content file and line that hold the faulty element", async () => {
    site = siteDir({ "en/news/item/index.html": page('<p>Photo:</p>\n<img src="/photo.svg">'), "photo.svg": pixel });
    site.write(".cache/page-sources-_site.json", JSON.stringify({ "en/news/item/index.html": "content/en/news/item.md" }));
    site.write("content/en/news/item.md", '---\nkey: item\ntitle: Item\n---\n\nPhoto:\n<img src="/photo.svg">\n');
    const result = await checkA11y({ siteDir: site.dir, root: site.root });
    expect(result.errors).toHaveLength(1);
    expect(result.errors[0].where).toBe("content/en/news/item.md:7 (page /en/news/item/)");
  });
});
