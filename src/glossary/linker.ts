import type MarkdownIt from "markdown-it";
import type { StateCore, Token } from "markdown-it";
import { escapeHtml } from "../html/escape.ts";
import { termLinkHtml, type LinkLabels } from "./markup.ts";
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
  for (const match of context.glossary.matcher.find(text)) {
    const term = context.glossary.byKey.get(match.key)!;
    if (context.linked.has(term.key) || term.url === context.pageUrl || (context.only && !context.only.has(term.key))) continue;
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

/** Inline HTML elements whose text is never linked. */
const SKIP_TAG = /^<(\/?)(a|abbr|button|code|kbd|pre|samp|var|script|style|textarea|h[1-6])\b/i;

function linkInline(children: Token[], state: StateCore, context: LinkContext): Token[] {
  const result: Token[] = [];
  // The elements we are inside of; a closing tag only closes its own kind, so a stray one changes nothing.
  const open: string[] = [];
  const close = (name: string) => {
    const index = open.lastIndexOf(name);
    if (index >= 0) open.splice(index, 1);
  };
  for (const child of children) {
    if (child.type === "link_open") open.push("a");
    else if (child.type === "link_close") close("a");
    else if (child.type === "html_inline") {
      const tag = SKIP_TAG.exec(child.content);
      if (tag && !child.content.endsWith("/>")) {
        const name = tag[2].toLowerCase();
        if (tag[1]) close(name);
        else open.push(name);
      }
    }
    if (child.type !== "text" || open.length > 0) {
      result.push(child);
      continue;
    }
    const pieces = linkPieces(child.content, context);
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
  /** The glossary and interface strings of a locale, once the build has read the terms. */
  glossaryFor(locale: string): { glossary: LocaleGlossary; labels: LinkLabels } | undefined;
}

/** Page data that Eleventy passes to markdown-it as `env`. */
interface PageEnv {
  locale?: unknown;
  glossary?: unknown;
  page?: { url?: unknown };
}

/**
 * markdown-it plugin: the first occurrence of each term on a page becomes a link to its page,
 * outside headings, links and code. `glossary: false` in front matter turns it off for a page.
 */
export function glossaryLinker(md: MarkdownIt, options: LinkerOptions): void {
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

  md.renderer.rules.glossary_term = (tokens, idx, _options, env: PageEnv) => {
    const token = tokens[idx];
    const labels = options.glossaryFor(String(env.locale))!.labels;
    return termLinkHtml(token.meta.term as GlossaryTerm, token.content, labels, "glossary");
  };
}
