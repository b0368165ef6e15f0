/**
 * `npm run build`: the whole deployable site in _site/, built from the working directory's
 * content/, _data/ and layouts/ with this project's config, then its search index.
 *
 * Eleventy runs in a child process that ends before Pagefind starts: the build's peak memory is then
 * the larger of the two steps, not their sum (2.3 GB → 1.3 GB with 2,000 news items per locale).
 */
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { indexSite } from "../src/search/index-site.ts";

const eleventy = spawnSync(process.execPath, [...process.execArgv, join(import.meta.dirname, "build-pages.ts")], { stdio: "inherit" });
if (eleventy.status !== 0) process.exit(eleventy.status ?? 1);

try {
  // The search index is part of the deployable site: no second manual step.
  const started = performance.now();
  const { pages, languages } = await indexSite("_site");
  console.log(`[pagefind] Indexed ${pages} pages in ${languages.join(", ")} in ${Math.round(performance.now() - started)} ms`);
} catch (error) {
  console.error(`\nBuild failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
