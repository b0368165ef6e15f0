/**
 * The site's own Eleventy config, with the glossary's work timed: the build of each locale's
 * glossary (in the site model; the term files' checks run with every other file's) and the
 * linker's two markdown-it rules. Used only by the benchmark.
 */
import type MarkdownIt from "markdown-it";
import { configureSite, siteFolders } from "../../.eleventy.ts";
import type { GlossaryTerm } from "../../src/glossary/terms.ts";
import type { EleventyConfig } from "../../src/model/eleventy.ts";
import { SiteModel } from "../../src/model/site-model.ts";

export const timings = { glossaryBuild: 0, linkRule: 0, renderRule: 0, pages: 0 };

function timed<A extends unknown[], R>(add: (ms: number) => void, fn: (...args: A) => R): (...args: A) => R {
  return (...args: A) => {
    const start = performance.now();
    try {
      return fn(...args);
    } finally {
      add(performance.now() - start);
    }
  };
}

class TimedModel extends SiteModel {
  protected override buildGlossaries(terms: GlossaryTerm[]) {
    return timed(
      (ms) => (timings.glossaryBuild += ms),
      () => super.buildGlossaries(terms),
    )();
  }
}

export default function (eleventyConfig: EleventyConfig) {
  const result = configureSite(eleventyConfig, new TimedModel(siteFolders));
  // Plugins run after the config function, in order: this one comes after the glossary's.
  eleventyConfig.addPlugin((config: EleventyConfig) =>
    config.amendLibrary("md", (md: MarkdownIt) => {
      const rule = (md.core.ruler as unknown as { __rules__: { name: string; fn: (state: unknown) => void }[] }).__rules__.find(
        (r) => r.name === "glossary_links",
      )!;
      const link = rule.fn;
      rule.fn = timed((ms) => {
        timings.linkRule += ms;
        timings.pages++;
      }, link);
      const render = md.renderer.rules.glossary_term!;
      md.renderer.rules.glossary_term = timed((ms) => (timings.renderRule += ms), render);
    }),
  );
  return result;
}
