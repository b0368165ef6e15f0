import { randomBytes } from "node:crypto";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { checkBudgets, globMatches, type Budgets } from "../../src/checks/budgets.ts";
import { repoRoot } from "../helpers/fixture-site.ts";
import { page, siteDir, type SiteDir } from "../helpers/site-dir.ts";

let site: SiteDir;
afterEach(() => site?.remove());

/** The project's own budgets: the test checks them, not a copy. */
const budgets = JSON.parse(readFileSync(join(repoRoot, "budgets.json"), "utf8")) as Budgets;
/** Script text gzip cannot shrink below the random bytes it encodes: about `bytes` after gzip. */
const heavy = (bytes: number) => `export const data = "${randomBytes(bytes).toString("base64")}";\n`;

describe("the page weight budgets", () => {
  it("match page types by URL: * is one segment, ** any number", () => {
    expect(globMatches("/*/", "/fr/")).toBe(true);
    expect(globMatches("/*/", "/fr/a-propos/")).toBe(false);
    expect(globMatches("/en/news/*/", "/en/news/page/2/")).toBe(false);
    expect(globMatches("/**", "/fr/404.html")).toBe(true);
    expect(globMatches("/**", "/")).toBe(true);
  });

  it("fail a home page over 30 KB, naming the page and its weight, counting the scripts it imports", async () => {
    site = siteDir({
      "en/index.html": page("<p>Home</p>", { head: '<link rel="stylesheet" href="/assets/site.css">\n<script type="module" src="/assets/home.js"></script>' }),
      "assets/site.css": "body { margin: 0 }\n",
      "assets/home.js": 'import { data } from "./heavy.js";\nconsole.log(data.length);\n',
      "assets/heavy.js": heavy(32 * 1024),
      "en/about/index.html": page("<p>Light</p>"),
    });
    const result = await checkBudgets({ siteDir: site.dir, root: site.root, budgets });
    expect(result.errors).toHaveLength(1);
    expect(result.errors[0].message).toMatch(/^\/en\/ \(home\) weighs 3\d\.\d KB gzip, over its budget of 30 KB: HTML 0\.\d KB, CSS 0\.\d KB, JS 3\d\.\d KB$/);
    expect(result.errors[0].where).toBe(join(site.dir, "en/index.html"));
  });

  it("give the search page 100 KB and do not count what its script loads later (the index)", async () => {
    site = siteDir({
      "en/search/index.html": page("<p>Search</p>", { head: '<script type="module" src="/assets/search.js"></script>' }),
      "assets/search.js": `${heavy(60 * 1024)}const later = () => import("/pagefind/pagefind.js");\n`,
      "pagefind/pagefind.js": heavy(200 * 1024),
    });
    const result = await checkBudgets({ siteDir: site.dir, root: site.root, budgets });
    expect(result.errors).toEqual([]);
    expect(result.tables[0].rows.find(([type]) => type.startsWith("search"))?.slice(1)).toEqual([
      "1",
      "/en/search/",
      expect.stringMatching(/^6\d\.\d KB$/),
      "100 KB",
    ]);
  });

  it("fail a page that matches no page type", async () => {
    site = siteDir({ "en/index.html": page("<p>Home</p>") });
    const result = await checkBudgets({ siteDir: site.dir, root: site.root, budgets: { pageTypes: [{ name: "home", maxKB: 30, pages: ["/"] }] } });
    expect(result.errors).toEqual([{ where: join(site.dir, "en/index.html"), message: "/en/ matches no page type of budgets.json; add a pattern for it" }]);
  });
});
