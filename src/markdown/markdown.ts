import MarkdownIt from "markdown-it";
import { requireImageAlt } from "./image-alt.ts";

/** The one Markdown renderer of the site: HTML allowed for editors, typographic quotes off (French uses « »). */
export function createMarkdown(): MarkdownIt {
  return new MarkdownIt({ html: true, linkify: false, typographer: false }).use(requireImageAlt);
}
