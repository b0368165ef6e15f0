import type { EleventyConfig } from "../model/eleventy.ts";
import { searchBundleScript } from "./index-site.ts";

/** What the search page needs from the indexing step: where its locale's bundle is written. */
export default function searchPlugin(eleventyConfig: EleventyConfig): void {
  eleventyConfig.addFilter("searchBundle", (locale: string) => searchBundleScript(locale));
}
