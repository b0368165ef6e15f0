/**
 * Typography applied where text enters the site (Markdown, UI strings, front-matter titles and
 * summaries, the text of Nunjucks pages).
 *
 * Markup, code, URLs and protected spans are hidden first (hidden.ts). typograf then runs where its
 * logic is needed: pairing straight quotation marks into « » or “ ”, and grouping digits; the site's
 * own rules (rules.ts) add what typograf lacks. Calling typograf on every text made typography more
 * than half of the build (its pipeline costs about 100 ns a character, more than the rest of Eleventy
 * spends on a page); most texts need none of its rules.
 */
import type { StringTree } from "../i18n/strings.ts";
import { hideMarkup, hideSpans, restore } from "./hidden.ts";
import { PROTECTED } from "./protected.ts";
import { englishApostrophes, frenchApostrophes, frenchGuillemets, frenchHighPunctuation, frenchTimes, frenchUnits, type Rule } from "./rules.ts";
import { Typograf } from "./typograf.ts";

interface LocaleTypography {
  /** typograf's locale. */
  typograf: string;
  /**
   * typograf's rules, everything else it has staying off (its defaults also rewrite "1/2", "(c)",
   * "->", dashes, repeated words and spaces, which an editor did not ask for):
   * - common/punctuation/quote: straight quotes paired, in French « » with U+202F inside (its
   *   `spacing`), in English “ ”; one level, nested quotes alike (typograf's French second level, ‹ ›,
   *   is rarely right, and the second level costs a pass over every character);
   * - common/number/digitGrouping (French): groups joined by U+202F ("2 000", "25 000 000"), and
   *   numbers of five digits or more grouped; four-digit numbers ("2013") are never touched;
   * - common/space/delBeforePunctuation stays off: it removes the space French needs before ; : ! ?.
   */
  typografRules: string[];
  quotes: { left: string; right: string; spacing?: boolean };
  /** When typograf has something to do: a straight quotation mark, a number to group. */
  needsTypograf(text: string): boolean;
  /** The site's rules, in order. */
  rules: Rule[];
}

/** Numbers digit grouping may change: five digits or more, or groups already spaced. */
const DIGIT_GROUPS = /\d{5}|\d[ \u00A0\u202F\u2009]\d{3}/;

const LOCALES: Record<string, LocaleTypography> = {
  fr: {
    typograf: "fr",
    typografRules: ["common/punctuation/quote", "common/number/digitGrouping"],
    quotes: { left: "««", right: "»»", spacing: true },
    needsTypograf: (text) => text.includes('"') || DIGIT_GROUPS.test(text),
    rules: [frenchApostrophes, frenchGuillemets, frenchHighPunctuation, frenchUnits, frenchTimes],
  },
  // English is British in Council of Europe texts; its quotation marks, as the site's texts write them, double.
  en: {
    typograf: "en-GB",
    typografRules: ["common/punctuation/quote"],
    quotes: { left: "““", right: "””" },
    needsTypograf: (text) => text.includes('"'),
    rules: [englishApostrophes],
  },
};

const typografs = new Map<string, Typograf>();

function typografFor(locale: string, settings: LocaleTypography): Typograf {
  let typograf = typografs.get(locale);
  if (!typograf) {
    // The text it gets has no markup left: no need to split it at block tags, which runs every rule again per part.
    typograf = new Typograf({ locale: [settings.typograf], disableRule: "*", enableRule: settings.typografRules, processingSeparateParts: false });
    typograf.setSetting("common/punctuation/quote", settings.typograf, settings.quotes);
    typografs.set(locale, typograf);
  }
  return typograf;
}

/** markdown-it writes " and ' as entities in text; the rules read the characters. */
const QUOTE_ENTITIES = /&(?:quot|#34|#x22|#39|#x27|apos);/g;
const decodeQuote = (entity: string) => (entity === "&quot;" || entity === "&#34;" || entity === "&#x22;" ? '"' : "'");

/**
 * A piece of HTML typeset in the locale's rules: text only, never tags or their attributes, nor
 * code, pre, script, style, URLs, e-mail addresses and the other protected spans (nor `hidden`).
 * A locale without rules here is left as written rather than typeset by another's.
 */
export function typesetHtml(html: string, locale: string, hidden: RegExp[] = []): string {
  if (!benchmark.measure) return typeset(html, locale, hidden);
  if (benchmark.off) return html;
  const start = performance.now();
  try {
    return typeset(html, locale, hidden);
  } finally {
    benchmark.ms += performance.now() - start;
    benchmark.calls++;
  }
}

/** Read and set by `npm run bench:typography` only: the time spent typesetting, and a build without it. */
export const benchmark = { measure: false, off: false, ms: 0, calls: 0 };

function typeset(html: string, locale: string, hidden: RegExp[]): string {
  const settings = LOCALES[locale];
  if (!settings || html === "") return html;
  const markupHidden = hideMarkup(html);
  // Only the protected spans the text may contain are looked for: most texts have none.
  const found = PROTECTED.filter((span) => span.mayHold(markupHidden.text));
  const parts = hideSpans(markupHidden, [...found.map(({ pattern }) => pattern), ...hidden]);
  let text = parts.text.replace(QUOTE_ENTITIES, decodeQuote);
  if (settings.needsTypograf(text)) text = typografFor(locale, settings).execute(text);
  for (const rule of settings.rules) text = rule(text);
  return restore({ text, labels: parts.labels });
}

/** Nunjucks tags, hidden from typesetting in a template's source: "{{ x }}", "{% if %}", "{# note #}". */
const TEMPLATE_TAGS = [/\{\{[\s\S]*?\}\}/g, /\{%[\s\S]*?%\}/g, /\{#[\s\S]*?#\}/g];

/** The source of a Nunjucks page typeset: its HTML text, never its Nunjucks tags. */
export function typesetTemplate(source: string, locale: string): string {
  return typesetHtml(source, locale, TEMPLATE_TAGS);
}

/** Plain text (a title, a summary, a UI string) typeset in the locale's rules. */
export function typesetText(text: string, locale: string): string {
  if (!/[<&]/.test(text)) return typesetHtml(text, locale);
  // "<" or "&" in plain text is not markup: typeset the escaped text and unescape it.
  return unescapeHtml(typesetHtml(escapeHtml(text), locale));
}

/** Every string of a locale's UI strings typeset; keys stay as they are. */
export function typesetStrings<T extends StringTree>(tree: T, locale: string): T {
  const result: StringTree = {};
  for (const [key, value] of Object.entries(tree)) result[key] = typeof value === "string" ? typesetText(value, locale) : typesetStrings(value, locale);
  return result as T;
}

const escapeHtml = (text: string) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
const unescapeHtml = (html: string) => html.replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&amp;/g, "&");
