import type { GlossaryTerm } from "./terms.ts";

/** Terms under one initial on the glossary index. */
export interface LetterGroup {
  label: string;
  /** Fragment id of the group's heading, the target of the letter bar. */
  id: string;
  terms: GlossaryTerm[];
}

/**
 * Groups terms (already in the locale's collation order) by initial letter without its accents,
 * so that «Égyptiens balkaniques» is filed under E. Terms starting with a digit share one group.
 */
export function letterGroups(terms: GlossaryTerm[], intlLocale: string, digitsLabel: string): LetterGroup[] {
  const groups = new Map<string, LetterGroup>();
  for (const term of terms) {
    const initial = term.term.normalize("NFD").match(/[\p{L}\p{N}]/u)?.[0] ?? "";
    const isDigit = /\p{N}/u.test(initial);
    const label = isDigit ? digitsLabel : initial.toLocaleUpperCase(intlLocale);
    let group = groups.get(label);
    if (!group) {
      const id = `letter-${isDigit ? "0-9" : label.toLocaleLowerCase(intlLocale)}`;
      group = { label, id, terms: [] };
      groups.set(label, group);
    }
    group.terms.push(term);
  }
  return [...groups.values()];
}
