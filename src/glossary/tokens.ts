/**
 * Text as the glossary sees it: words (letters, marks and digits, with inner hyphens, so that
 * "anti-Gypsyism" and "non-Roma" are one word each) and single punctuation characters.
 * Whitespace only separates. Words compare case-insensitively but with their accents.
 */
const TOKEN = /[\p{L}\p{M}\p{N}]+(?:[-\u2010\u2011][\p{L}\p{M}\p{N}]+)*|[^\s\p{L}\p{M}\p{N}]/gu;
const HYPHENS = /[\u2010\u2011]/g;
const APOSTROPHES = /[\u2019\u02bc]/g;
const NON_ASCII = /[^\x00-\x7f]/;

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
  return token.normalize("NFC").toLowerCase().replace(HYPHENS, "-").replace(APOSTROPHES, "'");
}

export function tokenize(text: string): Tokens {
  const forms: string[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  for (const match of text.matchAll(TOKEN)) {
    forms.push(normalizeToken(match[0]));
    starts.push(match.index);
    ends.push(match.index + match[0].length);
  }
  return { forms, starts, ends };
}

/** Does the phrase contain at least one word (something a reader could find in a text)? */
export function hasWord(phrase: string): boolean {
  return /[\p{L}\p{N}]/u.test(phrase);
}
