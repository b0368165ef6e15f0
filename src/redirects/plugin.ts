import type { AfterBuildEvent, EleventyConfig } from "../model/eleventy.ts";
import type { SiteModel } from "../model/site-model.ts";
import { writePageUrls, type PageUrls } from "./page-urls.ts";

/**
 * Records each page key's URL in every locale after a build, so that `npm run redirects` writes the
 * old addresses' rules of netlify.toml to the pages' real URLs, and `npm run check` finds a rule left
 * behind by a page that moved.
 */
export default function redirectsPlugin(eleventyConfig: EleventyConfig, { model }: { model: SiteModel }): void {
  eleventyConfig.on("eleventy.after", ({ directories }: AfterBuildEvent) => {
    const urls: PageUrls = {};
    const keys = new Set(model.localizedPages.map((page) => String(page.data.key)));
    for (const key of [...keys].sort()) {
      urls[key] = Object.fromEntries(model.translations.versions(key, model.localeCodes()).map((item) => [item.locale, item.url]));
    }
    writePageUrls(directories.output, urls);
  });
}
