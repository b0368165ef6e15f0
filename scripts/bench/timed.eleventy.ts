/**
 * The site's own Eleventy config, with the glossary's work timed: the build of the glossary
 * (its collection) and the linker's two markdown-it rules. Used only by the benchmark.
 */
import type UserConfig from "@11ty/eleventy/UserConfig";
import type MarkdownIt from "markdown-it";
import siteConfig from "../../.eleventy.ts";

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

export default function (eleventyConfig: UserConfig) {
  const addCollection = eleventyConfig.addCollection.bind(eleventyConfig);
  eleventyConfig.addCollection = ((name: string, fn: (api: unknown) => unknown) =>
    addCollection(name, name === "glossaryTerms" ? timed((ms) => (timings.glossaryBuild += ms), fn) : fn)) as typeof eleventyConfig.addCollection;
  const result = siteConfig(eleventyConfig);
  // Plugins run after the config function, in order: this one comes after the glossary's.
  eleventyConfig.addPlugin((config: UserConfig) =>
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
