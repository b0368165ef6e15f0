import type MarkdownIt from "markdown-it";
import type { StateCore, StateInline, Token } from "markdown-it";
import { escapeHtml } from "../html/escape.ts";
import { typesetHtml } from "../typography/typeset.ts";
import { termAnchorHtml, termLinkHtml, termPopoverHtml, type LinkLabels } from "./markup.ts";
import type { PhraseMatcher } from "./matcher.ts";
import type { GlossaryTerm, LocaleGlossary } from "./terms.ts";

/** Where a text is linked, and what it must not link. */
export interface LinkContext {
  glossary: LocaleGlossary;
  labels: LinkLabels;
  /** The page's own URL: a term is never linked on its own page. */
  pageUrl?: string;
  /** Keys already linked on this page: each term is linked once. */
  linked: Set<string>;
  /** Link only these keys (the footer note links its umbrella term only). */
  only?: ReadonlySet<string>;
  /** Prefix of the popover ids, so that two linked places on one page never share an id. */
  idPrefix: string;
  /** Proper names (offices, programmes, events, works) that contain a term: nothing inside them is linked. */
  names?: PhraseMatcher;
}

/** A piece of text: plain, or the first occurrence of a term on the page. */
type Piece = { text: string; term?: GlossaryTerm };

/**
 * Splits a text into plain pieces and linked terms. The matcher decides the longest match first;
 * a match that may not be linked here stays plain, and a shorter term inside it is not tried.
 */
export function linkPieces(text: string, context: LinkContext): Piece[] {
  const pieces: Piece[] = [];
  let position = 0;
  const names = context.names?.find(text) ?? [];
  for (const match of context.glossary.matcher.find(text)) {
    const term = context.glossary.byKey.get(match.key)!;
    if (context.linked.has(term.key) || term.url === context.pageUrl || (context.only && !context.only.has(term.key))) continue;
    if (names.some((name) => name.start < match.end && match.start < name.end)) continue;
    context.linked.add(term.key);
    if (match.start > position) pieces.push({ text: text.slice(position, match.start) });
    pieces.push({ text: text.slice(match.start, match.end), term });
    position = match.end;
  }
  if (position < text.length) pieces.push({ text: text.slice(position) });
  return pieces;
}

/** Links terms in a plain string (a UI string such as the footer note); returns HTML. */
export function linkText(text: string, context: LinkContext): string {
  return linkPieces(text, context)
    .map((piece) => (piece.term ? termLinkHtml(piece.term, piece.text, context.labels, context.idPrefix) : escapeHtml(piece.text)))
    .join("");
}

/** Inline HTML elements whose text is never linked: links, code, headings, and titles of works (cite, i, em, q). */
const SKIP_TAG = /^<(\/?)(a|abbr|button|code|kbd|pre|samp|var|script|style|textarea|h[1-6]|cite|em|i|q)\b/i;

/** Inline tokens that open and close text that is never linked: links, emphasis (titles of works) and `{=…=}`. */
const SKIP_TOKENS: Record<string, { name: string; opens: boolean }> = {
  link_open: { name: "a", opens: true },
  link_close: { name: "a", opens: false },
  em_open: { name: "em", opens: true },
  em_close: { name: "em", opens: false },
  glossary_off_open: { name: "off", opens: true },
  glossary_off_close: { name: "off", opens: false },
};

const OPENING_QUOTES = "«“„";
const CLOSING_QUOTES = "»”";
const QUOTE_MARKS = new RegExp(`[${OPENING_QUOTES}${CLOSING_QUOTES}"]`, "g");

/** Quotation marks open and close across the tokens of a paragraph: a title or a quotation is never linked. */
interface QuoteState {
  depth: number;
  straight: boolean;
}

/** Splits a text where quotations begin and end; the marks themselves stay outside the quoted parts. */
function quoteSegments(text: string, quotes: QuoteState): { text: string; quoted: boolean }[] {
  const segments: { text: string; quoted: boolean }[] = [];
  let start = 0;
  const push = (end: number, quoted: boolean) => {
    if (end > start) segments.push({ text: text.slice(start, end), quoted });
    start = end;
  };
  // A regular expression finds the few quotation marks; testing every character was a second of a large build.
  for (const match of text.matchAll(QUOTE_MARKS)) {
    const i = match.index;
    const c = match[0];
    push(i, quotes.depth > 0 || quotes.straight);
    if (c === '"') quotes.straight = !quotes.straight;
    else if (OPENING_QUOTES.includes(c)) quotes.depth++;
    else quotes.depth = Math.max(0, quotes.depth - 1);
    push(i + 1, false);
  }
  push(text.length, quotes.depth > 0 || quotes.straight);
  return segments;
}

function linkInline(children: Token[], state: StateCore, context: LinkContext): Token[] {
  const result: Token[] = [];
  // The elements we are inside of; a closing tag only closes its own kind, so a stray one changes nothing.
  const open: string[] = [];
  const close = (name: string) => {
    const index = open.lastIndexOf(name);
    if (index >= 0) open.splice(index, 1);
  };
  const quotes: QuoteState = { depth: 0, straight: false };
  for (const child of children) {
    const skip = SKIP_TOKENS[child.type];
    if (skip?.opens) open.push(skip.name);
    else if (skip) close(skip.name);
    else if (child.type === "html_inline") {
      const tag = SKIP_TAG.exec(child.content);
      if (tag && !child.content.endsWith("/>")) {
        const name = tag[2].toLowerCase();
        if (tag[1]) close(name);
        else open.push(name);
      }
    }
    if (child.type !== "text" || open.length > 0) {
      if (child.type === "text") quoteSegments(child.content, quotes);
      result.push(child);
      continue;
    }
    const pieces = quoteSegments(child.content, quotes).flatMap((segment): Piece[] =>
      segment.quoted ? [{ text: segment.text }] : linkPieces(segment.text, context),
    );
    if (pieces.length === 1 && !pieces[0].term) {
      result.push(child);
      continue;
    }
    for (const piece of pieces) {
      const token = new state.Token(piece.term ? "glossary_term" : "text", "", 0);
      token.content = piece.text;
      if (piece.term) token.meta = { term: piece.term };
      result.push(token);
    }
  }
  return result;
}

export interface LinkerOptions {
  /** The glossary, interface strings and proper names of a locale, once the build has read the terms. */
  glossaryFor(locale: string): { glossary: LocaleGlossary; labels: LinkLabels; names?: PhraseMatcher } | undefined;
}

/**
 * `{=phrase=}`: the editor's way to keep a phrase from ever being linked; the marks are not shown.
 * The phrase is parsed as inline Markdown like any other text.
 */
function glossaryOff(state: StateInline, silent: boolean): boolean {
  const start = state.pos;
  if (state.src.charCodeAt(start) !== 0x7b /* { */ || state.src.charCodeAt(start + 1) !== 0x3d /* = */) return false;
  const end = state.src.indexOf("=}", start + 2);
  if (end < 0 || end > state.posMax) return false;
  if (!silent) {
    const max = state.posMax;
    state.push("glossary_off_open", "", 1);
    state.pos = start + 2;
    state.posMax = end;
    state.md.inline.tokenize(state);
    state.push("glossary_off_close", "", -1);
    state.posMax = max;
  }
  state.pos = end + 2;
  return true;
}

/** Page data that Eleventy passes to markdown-it as `env`. */
interface PageEnv {
  locale?: unknown;
  glossary?: unknown;
  page?: { url?: unknown };
}

/**
 * markdown-it plugin: the first occurrence of each term on a page becomes a link to its page, where
 * a reader expects one: not in headings, links, code, emphasis or quotation marks (titles of works and
 * events, quotations), not inside the proper names the glossary page lists, not in `{=…=}`.
 * `glossary: false` in front matter turns it off for a page.
 */
export function glossaryLinker(md: MarkdownIt, options: LinkerOptions): void {
  md.inline.ruler.before("emphasis", "glossary_off", glossaryOff);
  md.renderer.rules.glossary_off_open = () => "";
  md.renderer.rules.glossary_off_close = () => "";
  md.core.ruler.after("text_join", "glossary_links", (state) => {
    const env = (state.env ?? {}) as PageEnv;
    if (env.glossary === false || typeof env.locale !== "string") return;
    const found = options.glossaryFor(env.locale);
    if (!found) return;
    const context: LinkContext = {
      ...found,
      pageUrl: typeof env.page?.url === "string" ? env.page.url : undefined,
      linked: new Set(),
      idPrefix: "glossary",
    };
    let inHeading = false;
    for (const token of state.tokens) {
      if (token.type === "heading_open") inHeading = true;
      else if (token.type === "heading_close") inHeading = false;
      else if (token.type === "inline" && !inHeading && token.children) token.children = linkInline(token.children, state, context);
    }
  });

  /** The popovers of the page being rendered, while md.render runs (see below). */
  let popovers: string[] | undefined;
  /** Each term's popover, typeset: the same on every page that links the term (terms are renewed every build). */
  const popoverOf = new WeakMap<GlossaryTerm, string>();
  md.renderer.rules.glossary_term = (tokens, idx, _options, env: PageEnv) => {
    const token = tokens[idx];
    const term = token.meta.term as GlossaryTerm;
    const locale = String(env.locale);
    const labels = options.glossaryFor(locale)!.labels;
    if (!popovers) return termLinkHtml(term, token.content, labels, "glossary");
    let popover = popoverOf.get(term);
    if (popover === undefined) {
      popover = typesetHtml(termPopoverHtml(term, labels, "glossary"), locale);
      popoverOf.set(term, popover);
    }
    popovers.push(popover);
    return termAnchorHtml(term, token.content, "glossary") + popoverPlaceholder(popovers.length - 1);
  };

  // A popover was typeset with each page that links its term: about 45 % of a body's characters and
  // most of its tags, typesetting's main cost. Now the page is typeset with a comment in each popover's
  // place (typography hides comments as it hides tags), and the popover, typeset once per term and
  // build, goes in after. This wraps the typography's md.render (added with the library, before this
  // plugin); were the order reversed, the popovers would be typeset with the page again, as before.
  const render = md.render.bind(md);
  md.render = (source: string, env?: unknown) => {
    const outer = popovers;
    popovers = [];
    try {
      const html = render(source, env);
      const page = popovers;
      return page.length === 0 ? html : html.replace(POPOVER_PLACEHOLDER, (placeholder, index: string) => page[Number(index)] ?? placeholder);
    } finally {
      popovers = outer;
    }
  };
}

/** A popover's place while the page is typeset: a comment no editor writes (a private-use character). */
const popoverPlaceholder = (index: number) => `<!--\uF001glossary-popover ${index}-->`;
const POPOVER_PLACEHOLDER = /<!--\uF001glossary-popover (\d+)-->/g;
