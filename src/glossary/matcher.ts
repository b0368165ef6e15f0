import { tokenize } from "./tokens.ts";

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

/**
 * Every term and alias of a locale in one token trie. A text is tokenized once and each word is
 * tried once as a start, so matching is linear in the text's length (times the number of words of
 * the longest phrase, a small constant), whatever the number of terms.
 */
export class PhraseMatcher {
  private readonly root: TrieNode = { next: new Map() };

  constructor(phrases: Iterable<Phrase>) {
    for (const { text, key } of phrases) {
      let node = this.root;
      for (const form of tokenize(text).forms) {
        let child = node.next.get(form);
        if (!child) node.next.set(form, (child = { next: new Map() }));
        node = child;
      }
      if (node !== this.root) node.key = key;
    }
  }

  /** Leftmost-longest, non-overlapping matches of whole tokens, in text order. */
  find(text: string): PhraseMatch[] {
    const { forms, starts, ends } = tokenize(text);
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
