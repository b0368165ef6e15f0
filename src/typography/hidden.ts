/**
 * What typesetting must not read, replaced by labels while it runs and put back after: tags (with
 * their attributes), elements whose content is not prose (code, pre, script, style…), comments,
 * URLs, and any other spans asked for. One pass over the text finds the markup.
 *
 * A label is typograf's private-use character around a kind and a number: typograf's own rules treat
 * it as a tag, and the site's rules tell an opening tag ("o": a mark right after it starts an element,
 * it closes no phrase) from anything else ("c": a closing tag, a whole element, a URL, a protected span).
 * The number is written in letters ("a", "b"… "ba"), so that a text's only digits are its own: the
 * rules about numbers look for a digit first, and most texts have none.
 */
export const LABEL_MARK = "\uF000";
const LABEL = /\uF000[oc][a-z]+\uF000/g;

/** Elements whose content is not prose, hidden whole with their tags. */
const NON_PROSE = ["code", "pre", "kbd", "samp", "var", "script", "style", "textarea"];

const isLetter = (code: number) => (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
const isWordChar = (code: number) => isLetter(code) || (code >= 48 && code <= 57) || code === 95;
const WHITESPACE = /\s/;

/**
 * The markup that starts at `start` (a "<"), as the end of it and whether it closes something: a whole
 * non-prose element, a comment, or one tag; undefined when that "<" starts none. What the pattern
 * `<(code|pre|…|textarea)\b[^>]*>[\s\S]*?<\/\1\s*>|<!--[\s\S]*?-->|<[a-zA-Z][^>]*>|<\/[a-zA-Z][^>]*>`
 * matches there, found with indexOf: a page's body has hundreds of tags, and this runs on every page.
 */
function markupAt(html: string, start: number): { end: number; closes: boolean } | undefined {
  const next = html.charCodeAt(start + 1);
  if (isLetter(next)) {
    for (const name of NON_PROSE) {
      if (!html.startsWith(name, start + 1) || isWordChar(html.charCodeAt(start + 1 + name.length))) continue;
      const end = elementEnd(html, name, start + 1 + name.length);
      if (end !== undefined) return { end, closes: true };
    }
    const close = html.indexOf(">", start + 2);
    return close < 0 ? undefined : { end: close + 1, closes: false };
  }
  if (html.startsWith("<!--", start)) {
    const close = html.indexOf("-->", start + 4);
    if (close >= 0) return { end: close + 3, closes: true };
  }
  if (next === 47 /* "/" */ && isLetter(html.charCodeAt(start + 2))) {
    const close = html.indexOf(">", start + 3);
    if (close >= 0) return { end: close + 1, closes: true };
  }
  return undefined;
}

/** The end of a non-prose element whose name ends at `from`: its start tag's ">", then "</name", spaces, ">". */
function elementEnd(html: string, name: string, from: number): number | undefined {
  const startTagEnd = html.indexOf(">", from);
  if (startTagEnd < 0) return undefined;
  const endTag = `</${name}`;
  for (let at = html.indexOf(endTag, startTagEnd + 1); at >= 0; at = html.indexOf(endTag, at + 1)) {
    let close = at + endTag.length;
    while (close < html.length && WHITESPACE.test(html[close])) close++;
    if (html[close] === ">") return close + 1;
  }
  return undefined;
}

export interface Hidden {
  text: string;
  labels: string[];
}

/** A label's number in letters: 0 is "a", 25 "z", 26 "ba". */
function letters(index: number): string {
  let name = "";
  let rest = index;
  do {
    name = String.fromCharCode(97 + (rest % 26)) + name;
    rest = Math.floor(rest / 26);
  } while (rest > 0);
  return name;
}

/** Labels already written, by kind and number: every text has labels "a", "b"… */
const LABELS = { o: [] as string[], c: [] as string[] };

function labelOf(labels: string[], kind: "o" | "c", value: string): string {
  const index = labels.push(value) - 1;
  LABELS[kind][index] ??= `${LABEL_MARK}${kind}${letters(index)}${LABEL_MARK}`;
  return LABELS[kind][index];
}

/**
 * The text with its markup replaced by labels. Tags that follow one another with no text between
 * them ("</a><button …><span …>") share one label, of the last one's kind: what the rules read
 * around them is the same, and a page's body has half as many labels to write and put back.
 */
export function hideMarkup(html: string): Hidden {
  const labels: string[] = [];
  let text = "";
  /** Where the markup not yet written as a label starts (-1: none), ends, and its last tag's kind. */
  let pendingStart = -1;
  let pendingEnd = 0;
  let pendingKind: "o" | "c" = "c";
  for (let at = html.indexOf("<"); at >= 0; ) {
    const markup = markupAt(html, at);
    if (!markup) {
      at = html.indexOf("<", at + 1);
      continue;
    }
    if (pendingStart >= 0 && at !== pendingEnd) {
      text += labelOf(labels, pendingKind, html.slice(pendingStart, pendingEnd)) + html.slice(pendingEnd, at);
      pendingStart = at;
    } else if (pendingStart < 0) {
      text += html.slice(pendingEnd, at);
      pendingStart = at;
    }
    pendingEnd = markup.end;
    pendingKind = markup.closes ? "c" : "o";
    at = html.indexOf("<", markup.end);
  }
  if (pendingStart < 0) return { text: html, labels };
  return { text: text + labelOf(labels, pendingKind, html.slice(pendingStart, pendingEnd)) + html.slice(pendingEnd), labels };
}

/** The same with the given spans of its text replaced by labels too. */
export function hideSpans({ text, labels }: Hidden, spans: RegExp[]): Hidden {
  let result = text;
  for (const span of spans) result = result.replace(span, (match: string) => labelOf(labels, "c", match));
  return { text: result, labels };
}

/** The text with every label replaced by what it hides (a span may hold labels of its own). */
export function restore({ text, labels }: Hidden): string {
  if (labels.length === 0 || !text.includes(LABEL_MARK)) return text;
  return restoreByScanning(text, labels) ?? restoreByPattern(text, labels);
}

/** The number of the label whose name runs from `start` to `end` ("oba": 26), if that names one. */
function labelIndex(text: string, start: number, end: number): number | undefined {
  const kind = text[start];
  if ((kind !== "o" && kind !== "c") || end - start < 2) return undefined;
  let index = 0;
  for (let i = start + 1; i < end; i++) {
    const code = text.charCodeAt(i);
    if (code < 97 || code > 122) return undefined;
    index = index * 26 + code - 97;
  }
  return index;
}

/**
 * The common case, in one pass: every mark in the text belongs to a label, so that marks pair up,
 * each pair around a label's name. Undefined when they do not. The pieces are joined once, into
 * one flat string: a string built by "+=" would keep every piece, and the whole page it was cut
 * from, alive for as long as Eleventy keeps the page.
 */
function restoreByScanning(text: string, labels: string[]): string | undefined {
  const pieces: string[] = [];
  let done = 0;
  for (let open = text.indexOf(LABEL_MARK); open >= 0; open = text.indexOf(LABEL_MARK, done)) {
    const close = text.indexOf(LABEL_MARK, open + 1);
    const index = close < 0 ? undefined : labelIndex(text, open + 1, close);
    const value = index === undefined ? undefined : labels[index];
    if (value === undefined) return undefined;
    pieces.push(text.slice(done, open), value.includes(LABEL_MARK) ? restore({ text: value, labels }) : value);
    done = close + 1;
  }
  pieces.push(text.slice(done));
  return pieces.join("");
}

/** Any text: labels replaced wherever the pattern finds one, until none is left. */
function restoreByPattern(text: string, labels: string[]): string {
  let result = text;
  while (result.includes(LABEL_MARK)) {
    const next = result.replace(LABEL, (match) => labels[labelIndex(match, 1, match.length - 1) ?? -1] ?? match);
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
