import { readFile, rm } from "node:fs/promises";
import { join } from "node:path";
import * as pagefind from "pagefind";

export interface IndexReport {
  pages: number;
  languages: string[];
}

/**
 * Writes the Pagefind index of the built site into <outputDir>/pagefind. Pagefind reads each page's
 * <html lang> and keeps one index per language; only elements inside data-pagefind-body are indexed.
 */
export async function indexSite(outputDir: string): Promise<IndexReport> {
  const bundle = join(outputDir, "pagefind");
  await rm(bundle, { recursive: true, force: true });
  try {
    const { index, errors } = await pagefind.createIndex({});
    if (!index) throw new Error(`Pagefind could not start: ${errors.join("; ")}`);
    const added = await index.addDirectory({ path: outputDir });
    if (added.errors.length) throw new Error(`Pagefind could not index ${outputDir}: ${added.errors.join("; ")}`);
    const written = await index.writeFiles({ outputPath: bundle });
    if (written.errors.length) throw new Error(`Pagefind could not write ${bundle}: ${written.errors.join("; ")}`);
    // Pagefind also writes its ready-made interfaces; the site has its own (CSP-safe), so they are not deployed.
    for (const unused of ["pagefind-ui.js", "pagefind-ui.css", "pagefind-modular-ui.js", "pagefind-modular-ui.css", "pagefind-component-ui.js", "pagefind-component-ui.css", "pagefind-highlight.js"]) {
      await rm(join(bundle, unused), { force: true });
    }
    const entry = JSON.parse(await readFile(join(bundle, "pagefind-entry.json"), "utf8")) as { languages: Record<string, unknown> };
    return { pages: added.page_count, languages: Object.keys(entry.languages) };
  } finally {
    await pagefind.close();
  }
}
