/**
 * `npm run build`: the whole deployable site in _site/, built from the working directory's
 * content/, _data/ and layouts/ with this project's config.
 */
import { join } from "node:path";
import Eleventy from "@11ty/eleventy";
import { indexSite } from "../src/search/index-site.ts";

const configPath = join(import.meta.dirname, "../.eleventy.ts");

try {
  const eleventy = new Eleventy(undefined, undefined, { configPath, quietMode: true });
  // Eleventy logs the full stack itself; our message below is the one line an editor needs.
  eleventy.setIsVerbose?.(false);
  await eleventy.write();
  // The search index is part of the deployable site: no second manual step.
  const started = performance.now();
  const { pages, languages } = await indexSite("_site");
  console.log(`[pagefind] Indexed ${pages} pages in ${languages.join(", ")} in ${Math.round(performance.now() - started)} ms`);
} catch (error) {
  console.error(`\nBuild failed: ${describe(error)}`);
  process.exit(1);
}

/** Every distinct message along the error's causes: the template that failed, then what failed in it. */
function describe(error: unknown): string {
  const messages: string[] = [];
  let current = error as { message?: string; cause?: unknown; originalError?: unknown } | undefined;
  while (current) {
    const message = String(current.message ?? current).trim();
    if (message && !messages.some((seen) => seen.includes(message))) messages.push(message);
    current = (current.originalError ?? current.cause) as typeof current;
  }
  return messages.reverse().join("\n  in ");
}
