import { readdirSync } from "node:fs";
import { join } from "node:path";
import { SECTION_FOLDERS } from "../i18n/sections.ts";

/** The news folder of a locale: content/<locale>/news/ in every locale (its URLs are the locale's: src/i18n/sections.ts). */
export function newsFolder(contentDir: string, locale: string): string {
  return join(contentDir, locale, SECTION_FOLDERS.news);
}

/** Every news file name (without .md) under a news folder, subfolders included. */
export function newsSlugs(folder: string): Set<string> {
  const files = readdirSync(folder, { recursive: true, encoding: "utf8" }).filter((name) => name.endsWith(".md"));
  return new Set(files.map((name) => name.replace(/^.*\//, "").replace(/\.md$/, "")));
}
