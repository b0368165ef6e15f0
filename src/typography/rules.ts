/**
 * The few typographic rules typograf lacks, written as typograf rules so that they run inside its
 * pass, with tags, code, URLs and the protected spans of `protected.ts` already hidden.
 * Each rule is named by its locale ("fr/…", "en-GB/…"): typograf runs it only for that locale.
 */
import { Typograf, type TypografContext, type TypografRule } from "./typograf.ts";

/** typograf replaces every hidden part (a tag, a URL, a protected span) with such a label. */
const LABEL_END = "\uF000";
const NBSP = "\u00A0";
const NNBSP = "\u202F";
/** Spaces a writer may have typed, or that an earlier pass put there. */
const ANY_SPACE = "[ \\u00A0\\u202F\\u2009]";

/** The tag a label stands for, if the text just before `end` is a label that hides an HTML tag. */
function tagBefore(text: string, end: number, context: TypografContext): string | undefined {
  if (text[end - 1] !== LABEL_END) return undefined;
  const start = text.lastIndexOf(LABEL_END, end - 2);
  if (start < 0) return undefined;
  const hidden = (context.safeTags as unknown as { hidden: Record<string, Record<string, string>> }).hidden;
  return hidden.html?.[text.slice(start, end)];
}

/**
 * Does the text before `end` end a phrase a mark can follow? Not at the start of the text, not after
 * a space or an opening bracket or guillemet, and not right after an opening tag: a "?" that begins
 * an element (the glossary's "?" button) belongs to no sentence.
 */
function endsPhrase(text: string, end: number, context: TypografContext): boolean {
  if (end === 0) return false;
  const before = text[end - 1];
  if (/[\s([{«“]/.test(before)) return false;
  const tag = tagBefore(text, end, context);
  // A closing tag, or a whole element hidden as one (inline <code>…</code>), ends a phrase.
  return tag === undefined || tag.startsWith("</") || /<\/[a-z][\w-]*>$/i.test(tag);
}

/**
 * French: a no-break space before the high punctuation. U+00A0 before ":" and the narrow U+202F
 * before ";", "!" and "?", as the Imprimerie nationale's Lexique and CLDR's French data do (the colon
 * takes a full space, the others a thin one). Only a mark that closes a phrase, i.e. one followed by
 * a space, the end of the text, a tag or closing punctuation; so "9:30", "Dosta!-Congrès" and "?x=1"
 * stay as they are. typograf's own `common/space/delBeforePunctuation` does the opposite and is off.
 */
const HIGH_PUNCTUATION = new RegExp(`${ANY_SPACE}*([;:!?]+)(?=[\\s\\uF000)\\]»”’.,…]|$)`, "g");
const ENTITY_START = /&(?:#\d+|#x[\da-f]+|[a-z][a-z\d]*)$/i;
export const frenchHighPunctuation: TypografRule = {
  name: "fr/nbsp/beforeHighPunctuation",
  index: 1100,
  handler(text, _settings, context) {
    return text.replace(HIGH_PUNCTUATION, (match: string, marks: string, offset: number) => {
      // typograf leaves "&amp;" and its kind as entities: their ";" is no punctuation.
      if (!endsPhrase(text, offset, context) || (match === ";" && ENTITY_START.test(text.slice(Math.max(0, offset - 12), offset)))) return match;
      return (marks[0] === ":" ? NBSP : NNBSP) + marks;
    });
  },
};

/**
 * French: a narrow no-break space between a number and "%" or a unit symbol (CLDR's French percent
 * format is "90 %" with U+202F, and the digit groups use the same space, so 2 000 € reads as one).
 */
const UNIT = new RegExp(`(\\d)${ANY_SPACE}?(%|‰|M€|k€|€|km²|m²|km|kg|ha)(?![\\p{L}\\p{N}])`, "gu");
export const frenchUnits: TypografRule = {
  name: "fr/nbsp/beforeUnit",
  index: 1100,
  handler: (text) => text.replace(UNIT, `$1${NNBSP}$2`),
};

/**
 * French: times as "9 h 30" ("9h30", "9 h30", "14h"), with no-break spaces so that the time never
 * breaks across lines; U+00A0, as between words, since "h" is a word-like symbol.
 */
const TIME = new RegExp(`(^|[^\\p{L}\\p{N},.])([01]?\\d|2[0-3])${ANY_SPACE}?h(?:${ANY_SPACE}?([0-5]\\d))?(?![\\p{L}\\p{N}])`, "gmu");
export const frenchTimes: TypografRule = {
  name: "fr/nbsp/time",
  index: 1100,
  handler: (text) => text.replace(TIME, (_m, before: string, hours: string, minutes?: string) => `${before}${hours}${NBSP}h${minutes ? NBSP + minutes : ""}`),
};

/**
 * French: every straight apostrophe left is an apostrophe (French prose has no other use for it:
 * its quotation marks are « » and “ ”). typograf's `common/punctuation/apostrophe` only handles one
 * between two letters; this also covers "l'« Alliance »" and "l'<em>Europe</em>".
 */
export const frenchApostrophes: TypografRule = {
  name: "fr/punctuation/apostrophe",
  index: 1100,
  handler: (text) => text.replaceAll("'", "’"),
};

/**
 * English: what typograf leaves of the straight apostrophe: ' after a letter or digit is an
 * apostrophe ("members' states", "the 1990's"), ' before a decade is one too ("'90s"), and
 * one that opens a word after a space or bracket is an opening single quote.
 */
const ENGLISH_ELISION = /'(?=\d\ds\b)/g;
const ENGLISH_OPENING = /(^|[\s([{“])'(?=[\p{L}\p{N}])/gmu;
const englishQuotes: Omit<TypografRule, "name"> = {
  index: 1100,
  handler: (text) => text.replace(ENGLISH_ELISION, "’").replace(ENGLISH_OPENING, "$1‘").replaceAll("'", "’"),
};

/** Registers the rules with typograf, once; they stay off until a typesetter enables them. */
let added = false;
export function addRules(): string[] {
  const rules = [frenchHighPunctuation, frenchUnits, frenchTimes, frenchApostrophes, { ...englishQuotes, name: "en-GB/punctuation/apostrophe" }];
  if (!added) {
    Typograf.addRules(rules.map((rule) => ({ ...rule, disabled: true })));
    added = true;
  }
  return rules.map((rule) => rule.name);
}
