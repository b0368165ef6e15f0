/**
 * Pagefind on the bare baseline's output, exactly as `npm run build` runs it (src/search/index-step.ts:
 * one bundle per locale, each in its own process, the same options). Run by `npm run bench` in the bare
 * site's folder.
 */
import { runIndexStep } from "../../src/search/index-step.ts";

await runIndexStep("_site", process.argv.slice(2));
