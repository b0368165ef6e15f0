import type { EleventyConfig, TemplateContext } from "../model/eleventy.ts";
import type { SiteModel } from "../model/site-model.ts";
import { frontMatterParsingOptions } from "./front-matter.ts";
import { jsonDataParser } from "./frozen-data.ts";
import { contentError, fileOnDisk, isValidDate, notADate } from "./validate.ts";

/**
 * How content is read: front matter with YAML's core schema, frozen global data, and dates. The
 * checks of every content file run in the site model (content-types.ts), once every page is known.
 */
export default function contentPlugin(eleventyConfig: EleventyConfig, { model }: { model: SiteModel }): void {
  eleventyConfig.setFrontMatterParsingOptions(frontMatterParsingOptions);
  eleventyConfig.addDataExtension("json", { parser: jsonDataParser(model.dataDir) });

  // Eleventy reads dates while it reads data, before the checks; it would stop at a bad one with its own wording.
  eleventyConfig.addDateParsing(function (this: TemplateContext, value: unknown) {
    if (typeof value === "string" && !isValidDate(value)) throw contentError(fileOnDisk(this.page.inputPath), "date", notADate(value));
    return undefined;
  });
}
