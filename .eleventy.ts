import type UserConfig from "@11ty/eleventy/UserConfig";
import checksPlugin from "./src/checks/plugin.ts";
import contentPlugin from "./src/content/plugin.ts";
import feedsPlugin from "./src/feeds/plugin.ts";
import glossaryPlugin from "./src/glossary/plugin.ts";
import formPlugin from "./src/form/plugin.ts";
import i18nPlugin from "./src/i18n/plugin.ts";
import { SiteStrings } from "./src/i18n/site-strings.ts";
import { TranslationIndex } from "./src/i18n/translations.ts";
import { createMarkdown } from "./src/markdown/markdown.ts";
import { NewsIndex } from "./src/news/news-index.ts";
import newsPlugin from "./src/news/plugin.ts";
import sitePlugin from "./src/site/plugin.ts";
import usagePlugin from "./src/usage/plugin.ts";

// Folders are relative to the working directory, so tests can build fixture sites with this same config.
const contentDir = "content";
const dataDir = "_data";

export default function (eleventyConfig: UserConfig) {
  const index = new TranslationIndex();
  const strings = new SiteStrings(dataDir);
  const news = new NewsIndex();
  eleventyConfig.setLibrary("md", createMarkdown());
  eleventyConfig.setNunjucksEnvironmentOptions({ autoescape: true, throwOnUndefined: true });
  eleventyConfig.addPlugin(i18nPlugin, { contentDir, index, strings });
  // Before the content checks, so that a term file's own problems are reported first.
  eleventyConfig.addPlugin(glossaryPlugin, { contentDir, strings });
  eleventyConfig.addPlugin(contentPlugin, { contentDir, dataDir, index });
  eleventyConfig.addPlugin(newsPlugin, { contentDir, dataDir, news });
  eleventyConfig.addPlugin(feedsPlugin, { dataDir, index, news, strings });
  eleventyConfig.addPlugin(sitePlugin);
  eleventyConfig.addPlugin(checksPlugin);
  eleventyConfig.addPlugin(formPlugin, { contentDir, dataDir, strings });
  eleventyConfig.addPlugin(usagePlugin, { strings });

  return {
    dir: { input: contentDir, includes: "../layouts", data: "../_data", output: "_site" },
    markdownTemplateEngine: false,
    htmlTemplateEngine: "njk",
    templateFormats: ["md", "njk"],
  };
}
