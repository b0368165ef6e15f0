/**
 * What the numbers of a text look like, found in one pass over its runs of digits. The rules and
 * protected spans about numbers each used to look for a pattern of their own over the whole text (a
 * page's body is some 15,000 characters, with a dozen numbers at most); they now ask this first.
 * Each answer is exactly what the pattern named beside it finds anywhere in the text.
 */
export interface Numbers {
  /** `\d{5}` */
  fiveDigits: boolean;
  /** `\+\d` */
  afterPlus: boolean;
  /** `\d[ \u00A0\u202F\u2009]?[%‰€Mkmh]` */
  beforeUnit: boolean;
  /** `\d[ \u00A0\u202F\u2009]?h` */
  beforeHour: boolean;
  /** `\d[ \u00A0\u202F\u2009]\d{3}` */
  spacedGroup: boolean;
  /** A number after an identifier's word, in any case: `(?:concept|n°|nº|no\.|réf\.|ref\.|id)\s*\d` */
  afterIdentifierWord: boolean;
}

const DIGITS = /\d+/g;
const SPACES = " \u00A0\u202F\u2009";
const UNIT_STARTS = "%‰€Mkmh";
const IDENTIFIER_WORD = /(?:concept|n°|nº|no\.|réf\.|ref\.|id)$/iu;
const LONGEST_WORD = "concept".length;
/** The last characters of those words, in either case: a quick test before the pattern. */
const WORD_ENDS = "tT°º.dD";
const WHITESPACE = /\s/;

const isDigit = (char: string | undefined) => char !== undefined && char >= "0" && char <= "9";

/** The numbers of a text; undefined when it has no digit. */
export function numbersIn(text: string): Numbers | undefined {
  let numbers: Numbers | undefined;
  DIGITS.lastIndex = 0;
  for (let match = DIGITS.exec(text); match; match = DIGITS.exec(text)) {
    numbers ??= { fiveDigits: false, afterPlus: false, beforeUnit: false, beforeHour: false, spacedGroup: false, afterIdentifierWord: false };
    const start = match.index;
    const end = start + match[0].length;
    if (end - start >= 5) numbers.fiveDigits = true;
    if (text[start - 1] === "+") numbers.afterPlus = true;
    // Only a run's last digit can be followed by something else than a digit.
    const next = text[end];
    const spaced = next !== undefined && SPACES.includes(next);
    const after = spaced ? text[end + 1] : next;
    if (after !== undefined && UNIT_STARTS.includes(after)) numbers.beforeUnit = true;
    if (after === "h") numbers.beforeHour = true;
    if (spaced && isDigit(text[end + 1]) && isDigit(text[end + 2]) && isDigit(text[end + 3])) numbers.spacedGroup = true;
    if (!numbers.afterIdentifierWord) {
      let wordEnd = start;
      while (wordEnd > 0 && WHITESPACE.test(text[wordEnd - 1])) wordEnd--;
      if (wordEnd > 0 && WORD_ENDS.includes(text[wordEnd - 1]) && IDENTIFIER_WORD.test(text.slice(Math.max(0, wordEnd - LONGEST_WORD), wordEnd)))
        numbers.afterIdentifierWord = true;
    }
  }
  return numbers;
}
