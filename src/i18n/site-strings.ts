import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { Locale } from "./locales.ts";
import { typesetStrings } from "../typography/typeset.ts";
import type { StringTree } from "./strings.ts";

/** The locales, from _data/locales.json: the only place they are read. */
export function readLocales(dataDir: string): Locale[] {
  return JSON.parse(readFileSync(join(dataDir, "locales.json"), "utf8")) as Locale[];
}

/**
 * The UI strings, from _data/strings/<locale>/*.json; each file is one namespace ("nav.json" →
 * "nav.*"). The only place they are loaded: what should apply to every UI string belongs here.
 */
export function loadStrings(dataDir: string, locales: Locale[]): Record<string, StringTree> {
  const strings: Record<string, StringTree> = {};
  for (const { code } of locales) {
    const dir = join(dataDir, "strings", code);
    let files: string[] = [];
    try {
      files = readdirSync(dir).filter((name) => name.endsWith(".json"));
    } catch {
      continue; // the Translator (and the translations check) report the missing locale by name
    }
    const tree: StringTree = Object.fromEntries(
      files.map((name) => [name.replace(/\.json$/, ""), JSON.parse(readFileSync(join(dir, name), "utf8")) as StringTree]),
    );
    // The site shows its UI strings typeset; the files keep what editors wrote.
    strings[code] = typesetStrings(tree, code);
  }
  return strings;
}

/** What _data/ says of languages: the locales and their UI strings, as the build and the checks read them. */
export interface SiteData {
  locales: Locale[];
  strings: Record<string, StringTree>;
}

export function readSiteData(dataDir: string): SiteData {
  const locales = readLocales(dataDir);
  return { locales, strings: loadStrings(dataDir, locales) };
}
