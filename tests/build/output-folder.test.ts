import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, symlinkSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fixtureSite, repoRoot, type FixtureSite } from "../helpers/fixture-site.ts";
import { newsFile, writeFixtureImage } from "../helpers/news-fixture.ts";

/**
 * `npm run dev` builds into `_preview/` with Eleventy's `--output`: every file the build writes
 * (pages, assets, news images, glossary exports) must follow it, and the deployable `_site/` stay untouched.
 */
let site: FixtureSite;
let log = "";

beforeAll(async () => {
  site = fixtureSite();
  site.write("src", null); // the fixture's copy of the functions gives way to the whole of src/
  for (const name of ["node_modules", "src", ".eleventy.ts", "package.json", "tsconfig.json"]) symlinkSync(join(repoRoot, name), join(site.dir, name));
  await writeFixtureImage(site, "content/images/preview.jpg");
  site.write(
    "content/fr/news/avec-image.md",
    newsFile({
      key: "2024-02-image",
      title: "Avec image",
      date: "2024-02-01",
      summary: "Un article illustré.",
      image: { src: "/images/preview.jpg", alt: "Un rectangle bleu" },
    }),
  );
  const eleventy = spawnSync(
    process.execPath,
    [join(repoRoot, "node_modules/@11ty/eleventy/cmd.cjs"), "--config=.eleventy.ts", "--output=_elsewhere", "--quiet"],
    { cwd: site.dir, encoding: "utf8", timeout: 120_000 },
  );
  log = `${eleventy.stdout}\n${eleventy.stderr}`;
  expect(eleventy.status, log).toBe(0);
}, 150_000);
afterAll(() => site?.remove());

describe("a build with --output", () => {
  it("writes pages, assets, news images and glossary exports there", () => {
    const elsewhere = join(site.dir, "_elsewhere");
    expect(existsSync(join(elsewhere, "fr/actualites/avec-image/index.html"))).toBe(true);
    expect(existsSync(join(elsewhere, "fr/glossaire.json"))).toBe(true);
    expect(existsSync(join(elsewhere, "en/glossary.json"))).toBe(true);
    expect(readdirSync(join(elsewhere, "img/news")).length).toBeGreaterThan(0);
    expect(readdirSync(join(elsewhere, "assets")).some((name) => name.endsWith(".css"))).toBe(true);
  });

  it("writes nothing under _site/", () => {
    expect(existsSync(site.output), existsSync(site.output) ? readdirSync(site.output, { recursive: true }).join("\n") : "").toBe(false);
  });
});
