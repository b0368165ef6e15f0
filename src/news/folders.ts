import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

/**
 * The news folder of a locale: the folder under content/<locale>/ whose directory data file gives
 * its items `type: news` (content/fr/actualites/actualites.11tydata.json, …).
 */
export function newsFolder(contentDir: string, locale: string): string {
  const localeDir = join(contentDir, locale);
  for (const entry of readdirSync(localeDir, { withFileTypes: true })) {
    if (!entry.isDirectory()) continue;
    const folder = join(localeDir, entry.name);
    const dataFiles = readdirSync(folder).filter((name) => name.endsWith(".11tydata.json"));
    if (dataFiles.some((name) => (JSON.parse(readFileSync(join(folder, name), "utf8")) as { type?: string }).type === "news")) return folder;
  }
  throw new Error(`${localeDir}: no folder whose .11tydata.json sets "type": "news"`);
}

/** Every news file name (without .md) under a news folder, subfolders included. */
export function newsSlugs(folder: string): Set<string> {
  const files = readdirSync(folder, { recursive: true, encoding: "utf8" }).filter((name) => name.endsWith(".md"));
  return new Set(files.map((name) => name.replace(/^.*\//, "").replace(/\.md$/, "")));
}
