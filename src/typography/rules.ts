/**
 * The typographic rules typograf lacks, and the two it has that are simple enough to run without
 * it (guillemet spacing, apostrophes). They run on text whose markup, code, URLs and protected spans
 * are hidden behind labels (hidden.ts). Each is a few regular-expression passes: typograf's pipeline
 * costs about 100 ns a character where these cost 16, so typograf only runs where its logic is
 * needed (typeset.ts).
 */
import { LABEL_MARK, labelKindBefore } from "./hidden.ts";
import type { Numbers } from "./numbers.ts";

const NBSP = "\u00A0";
const NNBSP = "\u202F";
/** Spaces a writer may have typed, or that an earlier pass put there. */
const ANY_SPACE = "[ \\u00A0\\u202F\\u2009]";

/** A rule: the text typeset, given what its numbers look like (numbersIn), if it has any. */
export type Rule = (text: string, numbers: Numbers | undefined) => string;

/**
 * Does the text before `end` end a phrase a mark can follow? Not at the start of the text, not after
 * a space or an opening bracket or guillemet, and not right after an opening tag: a "?" that begins
 * an element (the glossary's "?" button) belongs to no sentence.
 */
function endsPhrase(text: string, end: number): boolean {
  if (end === 0) return false;
  if (/[\s([{«“]/.test(text[end - 1])) return false;
  return labelKindBefore(text, end) !== "o";
}

/** "&amp;" and its kind stay entities in the text: their ";" is no punctuation. */
const ENTITY_START = /&(?:#\d+|#x[\da-f]+|[a-z][a-z\d]*)$/i;

/**
 * French: a no-break space before the high punctuation. U+00A0 before ":" and the narrow U+202F
 * before ";", "!" and "?", as the Imprimerie nationale's Lexique des règles typographiques has them
 * (the colon takes a full space, the others a thin one). Only a mark that closes a phrase, i.e. one
 * followed by a space, the end of the text, a tag or closing punctuation; so "9:30", "Dosta!-Congrès"
 * and "?x=1" stay as they are. (typograf's `common/space/delBeforePunctuation` does the opposite.)
 */
const SPACE = /[ \u00A0\u202F\u2009]/;

/**
 * Replaces what `marks` matches, and the spaces typed before it, with `replace`'s answer (or keeps
 * them when it answers undefined). The spaces are found by stepping back from each match: a pattern
 * that starts with "any spaces" would be tried at every space of the text.
 */
function withSpacesBefore(text: string, marks: RegExp, replace: (match: string, start: number, end: number) => string | undefined): string {
  let result = "";
  let done = 0;
  for (const match of text.matchAll(marks)) {
    let start = match.index;
    while (start > done && SPACE.test(text[start - 1])) start--;
    const replacement = replace(match[0], start, match.index + match[0].length);
    // Kept as it is when nothing changes (text typeset once, typeset again): no copy to make.
    if (replacement === undefined || replacement === text.slice(start, match.index + match[0].length)) continue;
    result += text.slice(done, start) + replacement;
    done = match.index + match[0].length;
  }
  return done === 0 ? text : result + text.slice(done);
}

const HIGH_PUNCTUATION = new RegExp(`[;:!?]+(?=[\\s${LABEL_MARK})\\]»”’.,…]|$)`, "g");
export const frenchHighPunctuation: Rule = (text) =>
  withSpacesBefore(text, HIGH_PUNCTUATION, (marks, start) => {
    if (!endsPhrase(text, start) || (marks[0] === ";" && ENTITY_START.test(text.slice(Math.max(0, start - 12), start)))) return undefined;
    return (marks[0] === ":" ? NBSP : NNBSP) + marks;
  });

/**
 * French: U+202F inside « », whatever space was typed (typograf's `spacing` setting does the same
 * for the quotation marks it converts; this covers the guillemets editors type themselves).
 */
const OPENING_GUILLEMET = new RegExp(`«${ANY_SPACE}*`, "g");
export const frenchGuillemets: Rule = (text) =>
  text.includes("«") || text.includes("»") ? withSpacesBefore(text.replace(OPENING_GUILLEMET, `«${NNBSP}`), /»/g, () => `${NNBSP}»`) : text;

/**
 * French: a narrow no-break space between a number and "%" or a unit symbol (CLDR's French percent
 * format is "90 %" with U+202F, and the digit groups use the same space, so 2 000 € reads as one).
 */
const UNIT = new RegExp(`(\\d)${ANY_SPACE}?(%|‰|M€|k€|€|km²|m²|km|kg|ha)(?![\\p{L}\\p{N}])`, "gu");
export const frenchUnits: Rule = (text, numbers) => (numbers?.beforeUnit ? text.replace(UNIT, `$1${NNBSP}$2`) : text);

/**
 * French: times as "9 h 30" ("9h30", "9 h30", "14h"), with no-break spaces so that the time never
 * breaks across lines; U+00A0, as between words, since "h" is a word-like symbol.
 */
const TIME = new RegExp(`(^|[^\\p{L}\\p{N},.])([01]?\\d|2[0-3])${ANY_SPACE}?h(?:${ANY_SPACE}?([0-5]\\d))?(?![\\p{L}\\p{N}])`, "gmu");
export const frenchTimes: Rule = (text, numbers) =>
  numbers?.beforeHour
    ? text.replace(TIME, (_m, before: string, hours: string, minutes?: string) => `${before}${hours}${NBSP}h${minutes ? NBSP + minutes : ""}`)
    : text;

/**
 * French: every straight apostrophe is an apostrophe (French prose has no other use for it: its
 * quotation marks are « » and “ ”), also before a guillemet or a tag: "l'« Alliance »", "l'<em>Europe</em>".
 */
export const frenchApostrophes: Rule = (text) => text.replaceAll("'", "’");

/**
 * English: ' after a letter or digit is an apostrophe ("it's", "members' states"), so is one before a
 * decade ("'90s"), and one that opens a word after a space or bracket is an opening single quote.
 */
const OPENS_AFTER = /[\s([{“]/u;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/uy;
const isDigit = (char: string | undefined) => char !== undefined && char >= "0" && char <= "9";
const isWordChar = (char: string | undefined) => char !== undefined && /\w/.test(char);

/** The typographic form of the ' at `at`: ’ before a decade ("'90s"), ‘ opening a word, ’ everywhere else. */
function englishQuote(text: string, at: number): string {
  if (isDigit(text[at + 1]) && isDigit(text[at + 2]) && text[at + 3] === "s" && !isWordChar(text[at + 4])) return "’";
  if (at > 0 && !OPENS_AFTER.test(text[at - 1])) return "’";
  LETTER_OR_DIGIT.lastIndex = at + 1;
  return LETTER_OR_DIGIT.test(text) ? "‘" : "’";
}

export const englishApostrophes: Rule = (text) => (text.includes("'") ? text.replace(/'/g, (_quote, at: number) => englishQuote(text, at)) : text);
