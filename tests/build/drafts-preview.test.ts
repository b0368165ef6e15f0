import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type DevServer, startDevServer } from "../helpers/dev-server.ts";
import { fixtureSite, type FixtureSite } from "../helpers/fixture-site.ts";
import { newsFile } from "../helpers/news-fixture.ts";

/**
 * `npm run dev`, the editors' preview, shows drafts; the build does not (see news-site.test.ts).
 * The real npm script runs in a copy of the site, on this session's port (or the next free one).
 */
let site: FixtureSite;
let dev: DevServer | undefined;
let origin = "";
const draft = { key: "2024-01-draft", title: "Brouillon en cours", date: "2024-01-15", summary: "Pas encore publié.", draft: true };

beforeAll(async () => {
  site = fixtureSite();
  site.write("content/fr/news/brouillon-en-cours.md", newsFile(draft));
  dev = await startDevServer(site, { ALLIANCE_DRAFTS: "" });
  origin = dev.origin;
});
afterAll(() => {
  dev?.stop();
  site?.remove();
});

describe("the editors' preview", () => {
  it("shows a draft article, marked as a draft, and lists it", async () => {
    const article = await fetch(`${origin}/fr/actualites/brouillon-en-cours/`);
    expect(article.status).toBe(200);
    const text = await article.text();
    expect(text).toContain("Brouillon en cours");
    expect(text).toContain('class="draft-note"');
    const listing = await (await fetch(`${origin}/fr/actualites/`)).text();
    expect(listing).toContain('href="/fr/actualites/brouillon-en-cours/"');
    expect(listing).toContain('class="draft-badge"');
  });

  it("does not write into the deployable _site/ folder", () => {
    expect(() => readFileSync(join(site.output, "fr/actualites/brouillon-en-cours/index.html"))).toThrow();
  });
});
