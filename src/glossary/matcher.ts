import { foldText, JOINING_HYPHEN, tokenize, TOKEN_SOURCE, WORD_CHAR } from "./tokens.ts";

/** One spelling to find, and the key of the term it stands for. */
export interface Phrase {
  text: string;
  key: string;
}

/** Where a phrase was found: [start, end) offsets in the text, and its term's key. */
export interface PhraseMatch {
  start: number;
  end: number;
  key: string;
}

interface TrieNode {
  next: Map<string, TrieNode>;
  key?: string;
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
const isWord = new RegExp(`^${WORD_CHAR}`, "u");

/**
 * Is there no word before this word, glued to it (directly or by a hyphen)? Checked apart, only where
 * a candidate was found: a look-behind at the head of the search pattern would slow every position.
 */
const startsToken = new RegExp(`(?<!${WORD_CHAR})(?<!${WORD_CHAR}${JOINING_HYPHEN})`, "uy");

const isOneToken = new RegExp(`^(?:${TOKEN_SOURCE})$`, "u");

/** Finds, in folded text, tokens among `forms` (tokens that start a phrase); words must pass startsToken too. */
function firstTokenPattern(allForms: string[]): RegExp {
  // A form that folded text cannot hold as one token ("ʼrom", whose ʼ is a letter only while unfolded) is left out.
  const forms = allForms.filter((form) => isOneToken.test(form));
  const words = forms.filter((form) => isWord.test(form)).map(escapeRegExp);
  const others = forms.filter((form) => !isWord.test(form) && form !== "-").map(escapeRegExp);
  const alternatives = [
    // A word not glued to another after it, even by a hyphen: that would be one token (see startsToken for before).
    ...(words.length ? [`(?:${words.join("|")})(?!${WORD_CHAR})(?!${JOINING_HYPHEN}${WORD_CHAR})`] : []),
    // A hyphen between two word characters is inside a word; anywhere else it is a token.
    ...(forms.includes("-") ? [`(?<!${WORD_CHAR})-|-(?!${WORD_CHAR})`] : []),
    ...others,
  ];
  return new RegExp(alternatives.length ? alternatives.join("|") : "(?!)", "gu");
}

/**
 * Every term and alias of a locale in one token trie, matched leftmost-longest on whole tokens.
 *
 * Most words of a text start no phrase. In a text folded once (see tokens.ts), one regular
 * expression of the phrases' first tokens finds the few places that may start one, and the trie is
 * walked from each, token by token: linear in the text's length; the expression grows with the number
 * of distinct first words (`npm run bench:glossary` shows how). A text that cannot be folded in place
 * is tokenized whole and every token tried as a start.
 */
export class PhraseMatcher {
  private readonly root: TrieNode = { next: new Map() };
  /** A token that starts some phrase (a word only where it is a whole token). */
  private readonly firstToken: RegExp;
  /** The token right after a position, whitespace skipped. */
  private readonly nextToken = new RegExp(`\\s*(${TOKEN_SOURCE})`, "uy");

  constructor(phrases: Iterable<Phrase>) {
    for (const { text, key } of phrases) {
      let node = this.root;
      for (const form of tokenize(text).forms) {
        let child = node.next.get(form);
        if (!child) {
          child = { next: new Map() };
          node.next.set(form, child);
        }
        node = child;
      }
      if (node !== this.root) node.key = key;
    }
    this.firstToken = firstTokenPattern([...this.root.next.keys()]);
  }

  /** Leftmost-longest, non-overlapping matches of whole tokens, in text order. */
  find(text: string): PhraseMatch[] {
    const folded = foldText(text);
    return folded === undefined ? this.findInTokens(tokenize(text)) : this.findInFolded(folded);
  }

  private findInFolded(folded: string): PhraseMatch[] {
    const matches: PhraseMatch[] = [];
    const { firstToken, nextToken } = this;
    firstToken.lastIndex = 0;
    for (let first = firstToken.exec(folded); first; first = firstToken.exec(folded)) {
      startsToken.lastIndex = first.index;
      // A word glued to the one before is the tail of a longer token: no token starts inside it either.
      if (isWord.test(first[0]) && !startsToken.test(folded)) continue;
      let node = this.root.next.get(first[0]);
      let end = first.index + first[0].length;
      let longest: { end: number; key: string } | undefined;
      while (node) {
        if (node.key !== undefined) longest = { end, key: node.key };
        nextToken.lastIndex = end;
        const token = nextToken.exec(folded);
        if (!token) break;
        node = node.next.get(token[1]);
        end = nextToken.lastIndex;
      }
      if (longest) {
        matches.push({ start: first.index, end: longest.end, key: longest.key });
        firstToken.lastIndex = longest.end;
      }
    }
    return matches;
  }

  private findInTokens({ forms, starts, ends }: ReturnType<typeof tokenize>): PhraseMatch[] {
    const matches: PhraseMatch[] = [];
    let i = 0;
    while (i < forms.length) {
      let node = this.root.next.get(forms[i]);
      let longest: { last: number; key: string } | undefined;
      for (let j = i; node; node = node.next.get(forms[++j])) {
        if (node.key !== undefined) longest = { last: j, key: node.key };
        if (j + 1 >= forms.length) break;
      }
      if (longest) {
        matches.push({ start: starts[i], end: ends[longest.last], key: longest.key });
        i = longest.last + 1;
      } else {
        i++;
      }
    }
    return matches;
  }
}
