import type MarkdownIt from "markdown-it";
import { typesetHtml } from "./typeset.ts";

/** Page data that Eleventy passes to markdown-it as `env`. */
interface TypesetEnv {
  locale?: unknown;
}

/**
 * markdown-it plugin: each run of inline content (a paragraph, a heading, a list item, a table cell)
 * is typeset in the page's locale once rendered, so that quotes pair within it and punctuation sees
 * the words around inline tags. Code blocks and raw HTML blocks are not inline content: they stay
 * as written, and inline <code>, attributes and URLs are hidden from typograf.
 * The glossary linker runs earlier, on the text as written, so its matching is unchanged.
 */
export function typesetMarkdown(md: MarkdownIt): void {
  const renderInline = md.renderer.renderInline.bind(md.renderer);
  md.renderer.renderInline = (tokens, options, env: TypesetEnv) => {
    const html = renderInline(tokens, options, env);
    return typeof env?.locale === "string" ? typesetHtml(html, env.locale) : html;
  };
}
