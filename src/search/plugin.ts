import type UserConfig from "@11ty/eleventy/UserConfig";
import { searchBundleScript } from "./index-site.ts";

/** What the search page needs from the indexing step: where its locale's bundle is written. */
export default function searchPlugin(eleventyConfig: UserConfig): void {
  eleventyConfig.addFilter("searchBundle", (locale: string) => searchBundleScript(locale));
}
