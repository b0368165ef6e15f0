import { escapeHtml } from "../html/escape.ts";
import type { GlossaryTerm } from "./terms.ts";

/** The interface strings around a linked term, in the page's language. */
export interface LinkLabels {
  /** Accessible name of the button that shows the short definition, e.g. "Definition: Roma". */
  show(term: string): string;
  close: string;
}

/**
 * A linked term: the link to its page, described by the short definition (read by screen readers),
 * and a native popover with that definition, opened by a button: keyboard and touch users reach it
 * without JavaScript and without inline script or style. Search indexing skips the popover.
 */
export function termLinkHtml(term: GlossaryTerm, text: string, labels: LinkLabels, idPrefix: string): string {
  return termAnchorHtml(term, text, idPrefix) + termPopoverHtml(term, labels, idPrefix);
}

/** The link part of a linked term: its text is the page's own. */
export function termAnchorHtml(term: GlossaryTerm, text: string, idPrefix: string): string {
  return `<a class="glossary-link" href="${escapeHtml(term.url)}" aria-describedby="${idPrefix}-${term.key}-text">${escapeHtml(text)}</a>`;
}

/** The button and popover after the link: the term's name, its short definition and their labels. */
export function termPopoverHtml(term: GlossaryTerm, labels: LinkLabels, idPrefix: string): string {
  const id = `${idPrefix}-${term.key}`;
  return (
    `<button type="button" class="glossary-toggle" popovertarget="${id}" data-pagefind-ignore>` +
    `<span aria-hidden="true">?</span><span class="visually-hidden">${escapeHtml(labels.show(term.term))}</span></button>` +
    `<span class="glossary-tip" id="${id}" popover data-pagefind-ignore>` +
    `<strong class="glossary-tip-term">${escapeHtml(term.term)}</strong> ` +
    `<span id="${id}-text">${escapeHtml(term.summary)}</span> ` +
    `<button type="button" class="glossary-tip-close" popovertarget="${id}" popovertargetaction="hide">${escapeHtml(labels.close)}</button></span>`
  );
}
