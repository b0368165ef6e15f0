/**
 * What the typography check calls a fault, in a page's visible text: the mirror of what the
 * typesetter does (rules.ts), so that text typeset once never fails and a fault brought back does.
 */
import { PROTECTED } from "./protected.ts";

/** The check writes an element's start and end into the text as these characters. */
export const OPEN = "\u0001";
export const CLOSE = "\u0002";

export interface Fault {
  /** Offset of the fault in the text given. */
  index: number;
  problem: string;
}

const SPACES = "[ \\u00A0\\u202F\\u2009]";
/** A high punctuation mark that closes a phrase, with the spaces before it and the character before those. */
const HIGH_MARK = new RegExp(`([^\\s\\u00A0\\u202F\\u2009])(${SPACES}*)([;:!?]+)(?=[\\s\\u0001\\u0002)\\]»”’.,…]|$)`, "g");
const SPACE_NAMES: Record<string, string> = {
  "": "no space",
  " ": "an ordinary space",
  "\u00A0": "a no-break space",
  "\u202F": "a narrow no-break space",
  "\u2009": "a thin space",
};
const spaceName = (spaces: string) => SPACE_NAMES[spaces] ?? `the spaces ${JSON.stringify(spaces)}`;

/** The text with protected spans (e-mail addresses, phone numbers, names like "Dosta!") blanked out, offsets kept. */
function withoutProtected(text: string): string {
  let result = text;
  for (const { pattern } of PROTECTED) result = result.replace(pattern, (match) => "x".repeat(match.length));
  return result;
}

/** Spacing and apostrophe faults of French text: ; ! ? need U+202F before them, : needs U+00A0, « » U+202F inside. */
function frenchFaults(text: string): Fault[] {
  const faults: Fault[] = [];
  for (const match of text.matchAll(HIGH_MARK)) {
    const [, before, spaces, marks] = match;
    // A mark right after an element's start (the "?" of a button) or an opening bracket closes no phrase.
    if (before === OPEN || /[([{«“]/.test(before)) continue;
    const expected = marks[0] === ":" ? "\u00A0" : "\u202F";
    if (spaces !== expected) {
      faults.push({ index: match.index + 1, problem: `${spaceName(spaces)} before "${marks[0]}" (French puts ${spaceName(expected)} there)` });
    }
  }
  const plain = text.replace(/[\u0001\u0002]/g, "");
  const offsets = plainOffsets(text);
  for (const match of plain.matchAll(/«(?!\u202F)/g))
    faults.push({
      index: offsets[match.index],
      problem: `${spaceName(plain[match.index + 1] === " " ? " " : "")} after "«" (French puts a narrow no-break space there)`,
    });
  for (const match of plain.matchAll(/(?<!\u202F)»/g))
    faults.push({
      index: offsets[match.index],
      problem: `${spaceName(match.index > 0 && plain[match.index - 1] === " " ? " " : "")} before "»" (French puts a narrow no-break space there)`,
    });
  return faults;
}

/** For each offset of the text without element marks, the offset in the text with them. */
function plainOffsets(text: string): number[] {
  const offsets: number[] = [];
  for (let i = 0; i < text.length; i++) if (text[i] !== OPEN && text[i] !== CLOSE) offsets.push(i);
  return offsets;
}

/** Typography faults of a page's visible text in a locale, in order. */
export function typographyFaults(text: string, locale: string): Fault[] {
  const checked = withoutProtected(text);
  const faults = locale === "fr" ? frenchFaults(checked) : [];
  for (const match of checked.matchAll(/'/g)) faults.push({ index: match.index, problem: `a straight apostrophe (write ’)` });
  return faults.sort((a, b) => a.index - b.index);
}
