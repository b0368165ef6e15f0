import checksPlugin from "./src/checks/plugin.ts";
import cmsPlugin from "./src/cms/plugin.ts";
import contentPlugin from "./src/content/plugin.ts";
import documentsPlugin from "./src/documents/plugin.ts";
import feedsPlugin from "./src/feeds/plugin.ts";
import formPlugin from "./src/form/plugin.ts";
import glossaryPlugin from "./src/glossary/plugin.ts";
import i18nPlugin from "./src/i18n/plugin.ts";
import { createMarkdown } from "./src/markdown/markdown.ts";
import type { EleventyConfig } from "./src/model/eleventy.ts";
import { followBuild } from "./src/model/lifecycle.ts";
import { SiteModel } from "./src/model/site-model.ts";
import newsPlugin from "./src/news/plugin.ts";
import practicesPlugin from "./src/practices/plugin.ts";
import prizePlugin from "./src/prize/plugin.ts";
import participantsPlugin from "./src/participants/plugin.ts";
import redirectsPlugin from "./src/redirects/plugin.ts";
import searchPlugin from "./src/search/plugin.ts";
import sitePlugin from "./src/site/plugin.ts";
import typographyPlugin from "./src/typography/plugin.ts";
import usagePlugin from "./src/usage/plugin.ts";

// Folders are relative to the working directory, so tests can build fixture sites with this same config.
export const siteFolders = { contentDir: "content", dataDir: "_data" };

/** The site's configuration around one site model (the glossary benchmark passes a timed one). */
export function configureSite(eleventyConfig: EleventyConfig, model: SiteModel) {
  followBuild(eleventyConfig, model);
  eleventyConfig.setLibrary("md", createMarkdown());
  eleventyConfig.setNunjucksEnvironmentOptions({ autoescape: true, throwOnUndefined: true });
  // First, so that every plugin reads front-matter titles and summaries already typeset.
  eleventyConfig.addPlugin(typographyPlugin, { model });
  eleventyConfig.addPlugin(i18nPlugin, { model });
  eleventyConfig.addPlugin(glossaryPlugin, { model });
  eleventyConfig.addPlugin(contentPlugin, { model });
  eleventyConfig.addPlugin(newsPlugin, { model });
  eleventyConfig.addPlugin(documentsPlugin, { model });
  eleventyConfig.addPlugin(feedsPlugin, { model });
  eleventyConfig.addPlugin(sitePlugin);
  eleventyConfig.addPlugin(searchPlugin);
  eleventyConfig.addPlugin(checksPlugin);
  eleventyConfig.addPlugin(formPlugin, { model });
  eleventyConfig.addPlugin(practicesPlugin, { model });
  eleventyConfig.addPlugin(prizePlugin, { model });
  eleventyConfig.addPlugin(participantsPlugin, { model });
  eleventyConfig.addPlugin(usagePlugin, { model });
  eleventyConfig.addPlugin(redirectsPlugin, { model });
  eleventyConfig.addPlugin(cmsPlugin, { dataDir: siteFolders.dataDir });

  return {
    dir: { input: siteFolders.contentDir, includes: "../layouts", data: "../_data", output: "_site" },
    markdownTemplateEngine: false,
    htmlTemplateEngine: "njk",
    templateFormats: ["md", "njk"],
  };
}

export default function (eleventyConfig: EleventyConfig) {
  return configureSite(eleventyConfig, new SiteModel(siteFolders));
}
