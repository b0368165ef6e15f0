/**
 * What typesetting must not read, replaced by labels while it runs and put back after: tags (with
 * their attributes), elements whose content is not prose (code, pre, script, style…), comments,
 * URLs, and any other spans asked for. One pass over the text finds the markup.
 *
 * A label is typograf's private-use character around a kind and a number: typograf's own rules treat
 * it as a tag, and the site's rules tell an opening tag ("o": a mark right after it starts an element,
 * it closes no phrase) from anything else ("c": a closing tag, a whole element, a URL, a protected span).
 */
export const LABEL_MARK = "\uF000";
const LABEL = /\uF000([oc])(\d+)\uF000/g;

/** Markup, in one pattern: a whole non-prose element, a comment, or one tag. */
const MARKUP = /<(code|pre|kbd|samp|var|script|style|textarea)\b[^>]*>[\s\S]*?<\/\1\s*>|<!--[\s\S]*?-->|<[a-zA-Z][^>]*>|<\/[a-zA-Z][^>]*>/g;

export interface Hidden {
  text: string;
  labels: string[];
}

const labelOf = (labels: string[], kind: "o" | "c", value: string) => `${LABEL_MARK}${kind}${labels.push(value) - 1}${LABEL_MARK}`;

/** The text with its markup replaced by labels. */
export function hideMarkup(html: string): Hidden {
  const labels: string[] = [];
  const text = html.replace(MARKUP, (match: string, element?: string) =>
    labelOf(labels, element || match[1] === "/" || match.startsWith("<!") ? "c" : "o", match),
  );
  return { text, labels };
}

/** The same with the given spans of its text replaced by labels too. */
export function hideSpans({ text, labels }: Hidden, spans: RegExp[]): Hidden {
  let result = text;
  for (const span of spans) result = result.replace(span, (match: string) => labelOf(labels, "c", match));
  return { text: result, labels };
}

/** The text with every label replaced by what it hides (a span may hold labels of its own). */
export function restore({ text, labels }: Hidden): string {
  let result = text;
  while (result.includes(LABEL_MARK)) {
    const next = result.replace(LABEL, (match, _kind: string, index: string) => labels[Number(index)] ?? match);
    if (next === result) break;
    result = next;
  }
  return result;
}

/** The kind of the label that ends just before `end`, if one does. */
export function labelKindBefore(text: string, end: number): "o" | "c" | undefined {
  if (text[end - 1] !== LABEL_MARK) return undefined;
  const start = text.lastIndexOf(LABEL_MARK, end - 2);
  const kind = start < 0 ? undefined : text[start + 1];
  return kind === "o" || kind === "c" ? kind : undefined;
}
