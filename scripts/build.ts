/**
 * `npm run build`: the whole deployable site in _site/, built from the working directory's
 * content/, _data/ and layouts/ with this project's config, then its search index.
 *
 * Eleventy runs in a child process that ends before Pagefind starts, and Pagefind indexes one locale
 * at a time: the build's peak memory is then that of the largest step, not their sum. Both run on plain
 * Node, which strips the TypeScript types itself (Node 24): no loader, no compile step.
 */
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { readPrivacySettings } from "../src/storage/privacy-settings.ts";

/**
 * V8's heap sized for Eleventy's step, which keeps every page's output until it ends: the young
 * generation's two halves at 8 MB each (64 MB by default on this machine, all of it resident), and the
 * old generation grown by 20 % after each full collection rather than by V8's own factor (up to 4×),
 * which left hundreds of MB of garbage above the live pages. Neither is a limit: a larger site only
 * collects more often (docs/performance.md, «Peak memory»).
 */
const ELEVENTY_HEAP_FLAGS = ["--max-semi-space-size=8", "--heap-growing-percent=20"];

try {
  // The functions follow _data/privacy.json as well: a value they would refuse never reaches a deploy.
  readPrivacySettings("_data");
} catch (error) {
  console.error(`\nBuild failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}

// By its absolute path: the child may run in another folder (tests build fixture sites in /tmp).
const eleventy = spawnSync(process.execPath, [...ELEVENTY_HEAP_FLAGS, join(import.meta.dirname, "build-pages.ts")], { stdio: "inherit" });
if (eleventy.status !== 0) process.exit(eleventy.status ?? 1);

try {
  // Loaded only now: this process waits beside Eleventy's, whose peak is the build's, and these modules
  // (the UI strings' parser, Pagefind's) would add about 15 MB to it.
  const { readLocales } = await import("../src/i18n/site-strings.ts");
  const { runIndexStep } = await import("../src/search/index-step.ts");
  // The search index is part of the deployable site: no second manual step.
  await runIndexStep(
    "_site",
    readLocales("_data").map((locale) => locale.code),
  );
} catch (error) {
  console.error(`\nBuild failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
