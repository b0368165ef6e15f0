import { spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import * as yaml from "js-yaml";
import { DateTime } from "luxon";
import { afterEach, describe, expect, it } from "vitest";
import { fixtureSite, repoRoot, type FixtureSite } from "../helpers/fixture-site.ts";

/** `npm run new:news -- "Title"`, run in a copy of the site. */
let site: FixtureSite;
afterEach(() => site?.remove());

const scaffold = (...args: string[]) => spawnSync(process.execPath, [join(repoRoot, "scripts/new-news.ts"), ...args], { cwd: site.dir, encoding: "utf8" });

const frontMatter = (path: string) =>
  yaml.load(readFileSync(join(site.dir, path), "utf8").split("---")[1], { schema: yaml.CORE_SCHEMA }) as Record<string, unknown>;

describe("the news scaffolder", () => {
  it("creates one draft per locale with a shared key, today's date and a slug, and prints the paths", () => {
    site = fixtureSite();
    const before = DateTime.now().toISODate();
    const { status, stdout, stderr } = scaffold("Séminaire à Košice : l'Alliance et ROMACT");
    const after = DateTime.now().toISODate();
    expect(status, stderr).toBe(0);
    const paths = ["content/fr/news/seminaire-a-kosice-l-alliance-et-romact.md", "content/en/news/seminaire-a-kosice-l-alliance-et-romact.md"];
    expect(stdout.split("\n").slice(0, 2)).toEqual(paths);
    const [fr, en] = paths.map(frontMatter);
    expect(fr.key).toBe(en.key);
    expect([before, after]).toContain(fr.date);
    expect(fr.key).toBe(`${String(fr.date).slice(0, 7)}-seminaire-a-kosice-l-alliance-et-romact`);
    expect(fr.title).toBe("Séminaire à Košice : l'Alliance et ROMACT");
    expect(fr.draft).toBe(true);
  });

  it("refuses to overwrite, and writes nothing when one locale already has the slug", () => {
    site = fixtureSite();
    site.write("content/en/news/2014/strategic-guidelines.md", "---\nkey: x\n---\n");
    const { status, stderr } = scaffold("Strategic guidelines");
    expect(status).not.toBe(0);
    expect(stderr).toContain('"strategic-guidelines" already exists');
    expect(existsSync(join(site.dir, "content/fr/news/strategic-guidelines.md"))).toBe(false);

    const first = scaffold("Another item");
    expect(first.status).toBe(0);
    const written = readFileSync(join(site.dir, "content/fr/news/another-item.md"), "utf8");
    site.write("content/fr/news/another-item.md", `${written}Edited text.\n`);
    const again = scaffold("Another item");
    expect(again.status).not.toBe(0);
    expect(readFileSync(join(site.dir, "content/fr/news/another-item.md"), "utf8")).toBe(`${written}Edited text.\n`);
  });

  it("asks for a title", () => {
    site = fixtureSite();
    const { status, stderr } = scaffold();
    expect(status).not.toBe(0);
    expect(stderr).toContain('npm run new:news -- "Title');
  });
});
