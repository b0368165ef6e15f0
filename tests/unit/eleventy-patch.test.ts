import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import Eleventy from "@11ty/eleventy";
import { afterAll, describe, expect, it } from "vitest";

/**
 * patches/@11ty+eleventy+3.1.8.patch (applied by `npm install`/`npm ci` through patch-package) backports
 * 11ty/eleventy PR #3939: TemplateMap finds a template's entry in a Map instead of a linear search run for
 * every entry, which made each build and each preview rebuild quadratic in the number of templates
 * (docs/performance.md). This fails when the patch was not applied, and checks that lookups by a
 * relative or an absolute path still find every template, as the linear search did.
 */
interface MapEntry {
  inputPath: string;
}
interface TemplateMapInternals {
  map: MapEntry[];
  inputPathMap?: Map<string, MapEntry>;
  getMapEntryForInputPath(inputPath: string): MapEntry | undefined;
}

const dir = mkdtempSync(join(tmpdir(), "alliance-eleventy-patch-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function builtTemplateMap(): Promise<TemplateMapInternals> {
  const input = join(dir, "input");
  mkdirSync(join(input, "news"), { recursive: true });
  writeFileSync(join(input, "index.md"), "# Home\n");
  for (const n of [1, 2, 3]) writeFileSync(join(input, "news", `item-${n}.md`), `---\ntags: news\n---\nItem ${n}\n`);
  writeFileSync(join(input, "list.njk"), "---\npagination: { data: collections.news, size: 2 }\n---\n{{ pagination.items | length }}\n");
  writeFileSync(join(dir, "eleventy.config.mjs"), "export default function () {}\n");
  const eleventy = new Eleventy(input, join(dir, "_site"), { configPath: join(dir, "eleventy.config.mjs"), quietMode: true });
  await eleventy.toJSON();
  return (eleventy as unknown as { writer: { templateMap: TemplateMapInternals } }).writer.templateMap;
}

describe("Eleventy's template map (backport of 11ty/eleventy#3939)", () => {
  it("indexes every template by its absolute path and finds it by a relative or an absolute one", async () => {
    const templateMap = await builtTemplateMap();
    expect(templateMap.inputPathMap, "patches/@11ty+eleventy+3.1.8.patch is not applied: run npm install").toBeInstanceOf(Map);
    expect(templateMap.map).toHaveLength(5);
    expect(templateMap.inputPathMap!.size).toBe(templateMap.map.length);
    for (const entry of templateMap.map) {
      expect(templateMap.getMapEntryForInputPath(entry.inputPath)).toBe(entry);
      expect(templateMap.getMapEntryForInputPath(resolve(entry.inputPath))).toBe(entry);
    }
    expect(templateMap.getMapEntryForInputPath(join(dir, "input/missing.md"))).toBeUndefined();
  });
});
