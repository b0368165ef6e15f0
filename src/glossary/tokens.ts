/**
 * Text as the glossary sees it: words (letters, marks and digits, with inner hyphens, so that
 * "anti-Gypsyism" and "non-Roma" are one word each) and single punctuation characters.
 * Whitespace only separates. Words compare case-insensitively but with their accents.
 */
/** A character of a word, and a hyphen that joins two words into one, as regular-expression sources. */
export const WORD_CHAR = "[\\p{L}\\p{M}\\p{N}]";
export const JOINING_HYPHEN = "[-\\u2010\\u2011]";
/** One token: a word, or one character that is neither a word's nor whitespace. */
export const TOKEN_SOURCE = `${WORD_CHAR}+(?:${JOINING_HYPHEN}${WORD_CHAR}+)*|[^\\s\\p{L}\\p{M}\\p{N}]`;
const TOKEN = new RegExp(TOKEN_SOURCE, "gu");
const HYPHENS = /[\u2010\u2011]/g;
const APOSTROPHES = /[\u2019\u02bc]/g;
const NON_ASCII = /[^\x00-\x7f]/;
/**
 * Where folding the whole text would not give each token its own form, or would move token boundaries:
 * capital sigma lowercases by its neighbours (final ς or σ), and ʼ (U+02BC) is a letter inside a word
 * but becomes an apostrophe, which is a token of its own.
 */
const UNFOLDABLE = /[\u03a3\u02bc]/;

export interface Tokens {
  /** Normalized form of each token, compared with the normalized forms of terms. */
  forms: string[];
  /** Offset of each token's first character in the text. */
  starts: number[];
  /** Offset just after each token's last character. */
  ends: number[];
}

/** The comparable form of one token: NFC, lower case, one kind of hyphen and of apostrophe. */
export function normalizeToken(token: string): string {
  // Most tokens are plain ASCII: nothing to compose or unify there.
  if (!NON_ASCII.test(token)) return token.toLowerCase();
  return unifyMarks(token.normalize("NFC").toLowerCase());
}

/** One kind of hyphen and one kind of apostrophe; every character keeps its place. */
const unifyMarks = (text: string) => text.replace(HYPHENS, "-").replace(APOSTROPHES, "'");

export function tokenize(text: string): Tokens {
  const forms: string[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  // Folding the whole text at once is several times faster than folding each token; it is used when
  // it keeps every character at its offset and its form (true of nearly any text already in NFC).
  const folded = foldText(text);
  for (const match of (folded ?? text).matchAll(TOKEN)) {
    forms.push(folded === undefined ? normalizeToken(match[0]) : match[0]);
    starts.push(match.index);
    ends.push(match.index + match[0].length);
  }
  return { forms, starts, ends };
}

/** The text with every token in its comparable form, at the same offsets; undefined if that cannot be. */
export function foldText(text: string): string | undefined {
  if (!NON_ASCII.test(text)) return text.toLowerCase();
  if (UNFOLDABLE.test(text) || text.normalize("NFC") !== text) return undefined;
  const lower = text.toLowerCase();
  return lower.length === text.length ? unifyMarks(lower) : undefined;
}

/** Does the phrase contain at least one word (something a reader could find in a text)? */
export function hasWord(phrase: string): boolean {
  return /[\p{L}\p{N}]/u.test(phrase);
}
