import type MarkdownIt from "markdown-it";

type Token = ReturnType<MarkdownIt["parse"]>[number];

/** Visible text of one inline token: words and code, no markup; line breaks become spaces. */
function inlineText(children: Token[]): string {
  return children
    .map((child) => {
      if (child.type === "text" || child.type === "code_inline") return child.content;
      if (child.type === "softbreak" || child.type === "hardbreak") return " ";
      if (child.type === "image") return inlineText(child.children ?? []);
      return "";
    })
    .join("")
    .replace(/\s+/g, " ")
    .trim();
}

/**
 * The definition as plain text, for the JSON export, JSON-LD and short definitions:
 * each paragraph, heading or list item on its own, separated by a blank line.
 */
export function plainText(md: MarkdownIt, source: string): string {
  return md
    .parse(source, {})
    .filter((token) => token.type === "inline")
    .map((token) => inlineText(token.children ?? []))
    .filter((text) => text !== "")
    .join("\n\n");
}

const segmenters = new Map<string, Intl.Segmenter>();

/** The first sentence of the first paragraph, cut by the locale's sentence rules. */
export function firstSentence(text: string, intlLocale: string): string {
  const paragraph = text.split("\n\n")[0] ?? "";
  let segmenter = segmenters.get(intlLocale);
  if (!segmenter) {
    segmenter = new Intl.Segmenter(intlLocale, { granularity: "sentence" });
    segmenters.set(intlLocale, segmenter);
  }
  const segments = segmenter.segment(paragraph);
  for (const { segment } of segments) return segment.trim();
  return "";
}
