import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { Locale } from "./locales.ts";
import { Translator, type StringTree } from "./strings.ts";

export function readLocales(dataDir: string): Locale[] {
  return JSON.parse(readFileSync(join(dataDir, "locales.json"), "utf8")) as Locale[];
}

/** Reads _data/strings/<locale>/*.json; each file is one namespace ("nav.json" → "nav.*"). */
export function readStrings(dataDir: string, locales: Locale[]): Record<string, StringTree> {
  const strings: Record<string, StringTree> = {};
  for (const { code } of locales) {
    const dir = join(dataDir, "strings", code);
    let files: string[] = [];
    try {
      files = readdirSync(dir).filter((name) => name.endsWith(".json"));
    } catch {
      continue; // the Translator reports the missing locale by name
    }
    strings[code] = Object.fromEntries(files.map((name) => [name.replace(/\.json$/, ""), JSON.parse(readFileSync(join(dir, name), "utf8")) as StringTree]));
  }
  return strings;
}

/**
 * The locales and UI strings of the current build, read and checked once per build (by the i18n
 * plugin, before anything renders) and shared by every plugin that needs a string.
 */
export class SiteStrings {
  locales: Locale[] = [];
  translator!: Translator;
  private readonly dataDir: string;

  constructor(dataDir: string) {
    this.dataDir = dataDir;
    this.reload();
  }

  reload(): void {
    this.locales = readLocales(this.dataDir);
    this.translator = new Translator(readStrings(this.dataDir, this.locales), this.locales);
  }
}
