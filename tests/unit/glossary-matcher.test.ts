import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { PhraseMatcher, type Phrase, type PhraseMatch } from "../../src/glossary/matcher.ts";
import { normalizeToken, tokenize, TOKEN_SOURCE } from "../../src/glossary/tokens.ts";

/**
 * The obvious, slow reference: at each word, try every phrase as a whole-word, case-insensitive
 * sequence and keep the longest. The trie must find exactly the same matches.
 */
function reference(text: string, phrases: Phrase[]): PhraseMatch[] {
  const words = [...text.matchAll(/\S+/g)].map((m) => ({ word: m[0].toLowerCase(), start: m.index, end: m.index + m[0].length }));
  const matches: PhraseMatch[] = [];
  let i = 0;
  while (i < words.length) {
    let best: { length: number; key: string } | undefined;
    for (const { text: phrase, key } of phrases) {
      const parts = phrase.toLowerCase().split(" ");
      const fits = parts.every((part, n) => words[i + n]?.word === part);
      if (fits && (!best || parts.length > best.length)) best = { length: parts.length, key };
    }
    if (best) {
      matches.push({ start: words[i].start, end: words[i + best.length - 1].end, key: best.key });
      i += best.length;
    } else i++;
  }
  return matches;
}

const vocabulary = ["rom", "Roms", "et", "gens", "du", "Voyage", "kale", "sinti", "lom"];
const word = fc.constantFrom(...vocabulary);
const phraseText = fc.array(word, { minLength: 1, maxLength: 4 }).map((words) => words.join(" "));

describe("the phrase matcher", () => {
  it("finds the same leftmost-longest matches as a naive search over every phrase", () => {
    fc.assert(
      fc.property(fc.uniqueArray(phraseText, { maxLength: 12, selector: (p) => p.toLowerCase() }), fc.array(word, { maxLength: 40 }), (texts, textWords) => {
        const phrases = texts.map((text, n) => ({ text, key: `k${n}` }));
        const text = textWords.join(" ");
        expect(new PhraseMatcher(phrases).find(text)).toEqual(reference(text, phrases));
      }),
      { numRuns: 300 },
    );
  });

  it("treats any whitespace between words alike, and punctuation as a word of its own", () => {
    const matcher = new PhraseMatcher([
      { text: "Gens du voyage", key: "g" },
      { text: "Boyash/Rudari", key: "b" },
    ]);
    expect(matcher.find("Gens\u00a0du\n voyage")).toEqual([{ start: 0, end: 15, key: "g" }]);
    expect(matcher.find("Boyash / Rudari")).toEqual([{ start: 0, end: 15, key: "b" }]);
    expect(matcher.find("Gens, du voyage")).toEqual([]);
  });

  it("compares composed and decomposed accents as one", () => {
    const matcher = new PhraseMatcher([{ text: "Égyptiens", key: "e" }]);
    expect(matcher.find("E\u0301gyptiens")).toEqual([{ start: 0, end: 10, key: "e" }]);
  });

  it("finds terms written with typographic apostrophes and hyphens, in any case", () => {
    const matcher = new PhraseMatcher([
      { text: "Gens du voyage d'origine", key: "g" },
      { text: "anti-tsiganisme", key: "a" },
    ]);
    const text = "Les GENS DU VOYAGE D\u2019ORIGINE et l\u2019Anti\u2011Tsiganisme.";
    expect(matcher.find(text).map((m) => [text.slice(m.start, m.end), m.key])).toEqual([
      ["GENS DU VOYAGE D\u2019ORIGINE", "g"],
      ["Anti\u2011Tsiganisme", "a"],
    ]);
  });
});

/** The definition over tokens: at each token, the phrase with the most tokens that starts there. */
function tokenReference(text: string, phrases: Phrase[]): PhraseMatch[] {
  const { forms, starts, ends } = tokenize(text);
  const phraseForms = phrases.map((phrase) => ({ forms: tokenize(phrase.text).forms, key: phrase.key })).filter((p) => p.forms.length > 0);
  const matches: PhraseMatch[] = [];
  let i = 0;
  while (i < forms.length) {
    const fits = phraseForms.filter((p) => p.forms.every((form, n) => forms[i + n] === form));
    const best = fits.sort((a, b) => b.forms.length - a.forms.length)[0];
    if (best) {
      matches.push({ start: starts[i], end: ends[i + best.forms.length - 1], key: best.key });
      i += best.forms.length;
    } else i++;
  }
  return matches;
}

describe("the phrase matcher on any punctuation", () => {
  // Words, and what may glue or separate them: hyphens join words into one token, the rest are tokens or space.
  const piece = fc.constantFrom(
    "rom",
    "Roms",
    "gens",
    "du",
    "Voyage",
    "anti",
    "É",
    "E\u0301",
    "d",
    "𝐀",
    "𠀀",
    " ",
    " ",
    "-",
    "\u2011",
    "’",
    "\u02bc",
    "'",
    "/",
    ",",
    "(",
    "\u00a0",
    "Σ",
  );
  const text = fc.array(piece, { maxLength: 25 }).map((pieces) => pieces.join(""));
  it("finds what the definition over tokens finds, wherever the text is folded whole or not", () => {
    fc.assert(
      fc.property(fc.uniqueArray(text, { maxLength: 8 }), text, (phraseTexts, body) => {
        const phrases = phraseTexts.map((phraseText, n) => ({ text: phraseText, key: `k${n}` }));
        // Two phrases with the same tokens are one entry of the trie: the later one wins there.
        const distinct = [...new Map(phrases.map((p) => [tokenize(p.text).forms.join("\u0000"), p])).values()];
        expect(new PhraseMatcher(phrases).find(body)).toEqual(tokenReference(body, distinct));
      }),
      { numRuns: 2000 },
    );
  });
});

describe("the tokenizer", () => {
  // Folding a whole text at once must give the same tokens, at the same places, as folding each token of the text as written.
  const piece = fc.constantFrom(
    "Roms",
    "É",
    "E\u0301",
    "İstanbul",
    "ΟΔΟΣ",
    "ß",
    "l\u2019",
    "d\u02bc",
    "d'",
    "anti\u2011",
    "non-",
    "𝐀",
    " ",
    "\u00a0",
    ", ",
    ".",
    "ǅ",
    "ﬁ",
    "Σ",
  );
  const asWritten = new RegExp(TOKEN_SOURCE, "gu");
  it("gives every token the same form and place whether the text is folded whole or token by token", () => {
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }), (pieces) => {
        const text = pieces.join("");
        const tokens = [...text.matchAll(asWritten)];
        expect(tokenize(text)).toEqual({
          forms: tokens.map((token) => normalizeToken(token[0])),
          starts: tokens.map((token) => token.index),
          ends: tokens.map((token) => token.index + token[0].length),
        });
      }),
      { numRuns: 1000 },
    );
  });
});
