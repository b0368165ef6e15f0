import { join } from "node:path";
import { buildAssets, writeAssets, type Asset } from "../assets/fingerprint.ts";
import type { AfterBuildEvent, EleventyConfig } from "../model/eleventy.ts";
import { absoluteUrls } from "./url.ts";

const ASSET_DIR = join(import.meta.dirname ?? new URL(".", import.meta.url).pathname, "../assets");

/** Site-wide pieces: absolute URLs, fingerprinted CSS and JS, static files. */
export default function sitePlugin(eleventyConfig: EleventyConfig): void {
  let assets: Record<string, Asset> = {};
  eleventyConfig.addGlobalData("assets", async () => (assets = await buildAssets(ASSET_DIR)));
  // `directories` (not the deprecated `dir`) includes a command-line --output, as `npm run dev` uses.
  eleventyConfig.on("eleventy.after", async ({ directories }: AfterBuildEvent) => writeAssets(assets, directories.output));
  eleventyConfig.addWatchTarget(ASSET_DIR);
  eleventyConfig.on("eleventy.before", () => absoluteUrls.reset());
  eleventyConfig.addFilter("absoluteUrl", (path: string) => absoluteUrls.of(path));
  /** JSON for a <script type="application/ld+json"> block: "<" escaped so no string can close the element. */
  eleventyConfig.addFilter("jsonScript", (value: unknown) => JSON.stringify(value).replace(/</g, "\\u003c"));
  eleventyConfig.addFilter("head", <T>(items: T[], count: number) => items.slice(0, count));
  eleventyConfig.addPassthroughCopy({ [join(ASSET_DIR, "static")]: "/" });
}
