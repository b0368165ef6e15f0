import type { Locale } from "./locales.ts";

/** UI strings of one locale: nested objects whose leaves are strings, addressed as "nav.home". */
export type StringTree = { [key: string]: string | StringTree };

export class MissingStringError extends Error {}

export function flatten(tree: StringTree, prefix = ""): Map<string, string> {
  const flat = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === "string") flat.set(path, value);
    else for (const [k, v] of flatten(value, path)) flat.set(k, v);
  }
  return flat;
}

/** A UI string that some locale has and this one lacks. */
export interface MissingString {
  locale: string;
  key: string;
  /** The locales that do have it. */
  presentIn: string[];
}

/** Every key present in one locale but absent from another (flattened keys, "nav.home"). */
export function missingStrings(byLocale: Map<string, Map<string, string>>): MissingString[] {
  const allKeys = new Set<string>();
  for (const flat of byLocale.values()) for (const key of flat.keys()) allKeys.add(key);
  const missing: MissingString[] = [];
  for (const [locale, flat] of byLocale) {
    for (const key of allKeys) {
      if (flat.has(key)) continue;
      const presentIn = [...byLocale].filter(([, other]) => other.has(key)).map(([code]) => code);
      missing.push({ locale, key, presentIn });
    }
  }
  return missing;
}

/**
 * Looks up UI strings; a key missing in a locale is an error naming both, never a silent fallback.
 * Placeholders such as {count} are replaced from `values`.
 */
export class Translator {
  private readonly byLocale = new Map<string, Map<string, string>>();

  constructor(strings: Record<string, StringTree>, locales: Locale[]) {
    for (const { code } of locales) {
      const tree = strings[code];
      if (!tree) throw new MissingStringError(`UI strings: no strings for locale "${code}" (expected _data/strings/${code}/)`);
      this.byLocale.set(code, flatten(tree));
    }
    this.checkComplete();
  }

  /** Every key present in one locale must exist in all of them. */
  private checkComplete(): void {
    const [first] = missingStrings(this.byLocale);
    if (first) throw new MissingStringError(`UI strings: locale "${first.locale}" is missing the string "${first.key}" (in _data/strings/${first.locale}/)`);
  }

  t(key: string, locale: string, values?: Record<string, string | number>): string {
    const flat = this.byLocale.get(locale);
    if (!flat) throw new MissingStringError(`UI strings: unknown locale "${locale}" asked for "${key}"`);
    const text = flat.get(key);
    if (text === undefined) throw new MissingStringError(`UI strings: locale "${locale}" is missing the string "${key}" (in _data/strings/${locale}/)`);
    // Most strings are asked for without values: nothing to fill in, and the text is the same.
    if (values === undefined) return text;
    return text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
  }
}
