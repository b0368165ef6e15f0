import path from "node:path";
import { TemplatePath } from "@11ty/eleventy-utils";
import { describe, expect, it, vi } from "vitest";

/**
 * patches/@11ty+eleventy-utils+2.0.7.patch makes `TemplatePath.normalize` remember each path's result: a
 * build of the 2,000-item site normalizes about 26,000 distinct paths 300,000 times (docs/performance.md).
 * The results must be the ones it computed before; the last test fails when the patch is not applied.
 */
describe("TemplatePath.normalize (patched: remembered per path)", () => {
  it("gives what it gave before the patch, asked once or again", () => {
    const cases: [string, string][] = [
      ["./content/fr/news/item.md", "content/fr/news/item.md"],
      ["content//fr/./news/", "content/fr/news"],
      ["../layouts/base.njk", "../layouts/base.njk"],
      ["/", "/"],
      ["/tmp/site/_site/", "/tmp/site/_site"],
      ["", "."],
    ];
    for (const [input, normalized] of cases) {
      expect(TemplatePath.normalize(input), input).toBe(normalized);
      expect(TemplatePath.normalize(input), `${input}, asked again`).toBe(normalized);
    }
  });

  it("computes a path's result once", () => {
    const input = `./content/${Math.random()}/page.md`;
    TemplatePath.normalize(input);
    const normalize = vi.spyOn(path, "normalize");
    TemplatePath.normalize(input);
    expect(normalize, "patches/@11ty+eleventy-utils+2.0.7.patch is not applied: run npm install").not.toHaveBeenCalled();
    normalize.mockRestore();
  });
});
