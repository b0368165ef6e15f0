import { resolve, sep } from "node:path";

/**
 * Global data files (`_data/**.json`) are parsed as usual, then deep-frozen.
 *
 * Why: Eleventy deep-copies every plain object of the data cascade into each page's own data, unless
 * the object is frozen, which it shares. Copying the UI strings of every locale into every page cost
 * about 180 MB and a good share of the build's garbage collection at 2,000 news items per locale.
 * Frozen data also cannot be changed by one page's template behind another page's back; a page cannot
 * merge keys of its own into a global object either (front matter `site: {…}` stops the build).
 *
 * Folder data files (`*.11tydata.json`) are left as they are: Eleventy writes into them (`tags`), and
 * copying their few keys costs nothing.
 */
export function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === "object" && !Object.isFrozen(value)) {
    for (const child of Object.values(value)) deepFreeze(child);
    Object.freeze(value);
  }
  return value;
}

/** A JSON data parser for Eleventy that freezes what comes from `dataDir`. */
export function jsonDataParser(dataDir: string): (text: string, path: string) => unknown {
  const globalData = resolve(dataDir) + sep;
  return (text, path) => {
    const data: unknown = JSON.parse(text);
    return resolve(path).startsWith(globalData) ? deepFreeze(data) : data;
  };
}
