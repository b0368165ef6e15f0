import MarkdownIt from "markdown-it";
import { typesetMarkdown } from "../typography/markdown.ts";
import { requireImageAlt } from "./image-alt.ts";

/**
 * The one Markdown renderer of the site: HTML allowed for editors; markdown-it's own typographer is
 * off (it knows no French spacing), the site's typography runs on each rendered inline run instead.
 */
export function createMarkdown(): MarkdownIt {
  return new MarkdownIt({ html: true, linkify: false, typographer: false }).use(requireImageAlt).use(typesetMarkdown);
}
