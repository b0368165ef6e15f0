import type MarkdownIt from "markdown-it";
import { typesetHtml } from "./typeset.ts";

/** Page data that Eleventy passes to markdown-it as `env`. */
interface TypesetEnv {
  locale?: unknown;
}

/**
 * markdown-it plugin: a page's rendered Markdown is typeset in its locale, in one call (much of the
 * cost is per call). Code blocks, inline code, attributes and URLs are hidden from typesetting.
 * The glossary linker runs earlier, on the text as written, so its matching is unchanged.
 */
export function typesetMarkdown(md: MarkdownIt): void {
  const render = md.render.bind(md);
  md.render = (source: string, env?: TypesetEnv) => {
    const html = render(source, env);
    return typeof env?.locale === "string" ? typesetHtml(html, env.locale) : html;
  };
}
