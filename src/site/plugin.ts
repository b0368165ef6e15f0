import { join } from "node:path";
import type UserConfig from "@11ty/eleventy/UserConfig";
import { fingerprintAssets, writeAssets, type Asset } from "../assets/fingerprint.ts";
import { absoluteUrl, siteOrigin } from "./url.ts";

const ASSET_DIR = join(import.meta.dirname ?? new URL(".", import.meta.url).pathname, "../assets");
const ASSETS = ["site.css"];

/** Site-wide pieces: absolute URLs, fingerprinted CSS and JS, static files. */
export default function sitePlugin(eleventyConfig: UserConfig): void {
  let assets: Record<string, Asset> = {};
  eleventyConfig.addGlobalData("origin", () => siteOrigin());
  eleventyConfig.addGlobalData("assets", async () => (assets = await fingerprintAssets(ASSET_DIR, ASSETS)));
  eleventyConfig.on("eleventy.after", async ({ dir }: { dir: { output: string } }) => writeAssets(assets, dir.output));
  eleventyConfig.addWatchTarget(ASSET_DIR);
  eleventyConfig.addFilter("absoluteUrl", (path: string) => absoluteUrl(path));
  eleventyConfig.addFilter("head", <T>(items: T[], count: number) => items.slice(0, count));
  eleventyConfig.addPassthroughCopy({ [join(ASSET_DIR, "static")]: "/" });
}
