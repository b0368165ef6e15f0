/**
 * Pagefind on the bare baseline's output, exactly as `npm run build` runs it (src/search/index-site.ts:
 * one bundle per locale, each in its own process). Run by `npm run bench` in the bare site's folder.
 */
import { indexSite } from "../../src/search/index-site.ts";

const locales = process.argv.slice(2);
const started = performance.now();
const { pages } = await indexSite("_site", locales);
const counts = Object.entries(pages).map(([locale, count]) => `${count} in ${locale}`);
console.log(`[pagefind] Indexed ${counts.join(", ")} in ${Math.round(performance.now() - started)} ms`);
