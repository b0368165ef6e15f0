/**
 * JSON data files (`_data/**` and `*.11tydata.json`) are parsed as usual, then deep-frozen.
 *
 * Why: Eleventy deep-copies every plain object of the data cascade into each page's own data, unless
 * the object is frozen, which it shares. Copying the UI strings of every locale into every page cost
 * about 180 MB and a good share of the build's garbage collection at 2,000 news items per locale.
 * Frozen data also cannot be changed by one page's template behind another page's back.
 */
export function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === "object" && !Object.isFrozen(value)) {
    for (const child of Object.values(value)) deepFreeze(child);
    Object.freeze(value);
  }
  return value;
}

export const parseFrozenJson = (text: string): unknown => deepFreeze(JSON.parse(text));
