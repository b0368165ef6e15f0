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
import { type Numbers, numbersIn } from "./numbers.ts";
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
  /** Characters some rule acts on: a text with none of them is left as it is. */
  acted: RegExp;
  /** When typograf has something to do: a straight quotation mark, a number to group. */
  needsTypograf(text: string, numbers: Numbers | undefined): boolean;
  /** The site's rules, in order. */
  rules: Rule[];
}

const LOCALES: Record<string, LocaleTypography> = {
  fr: {
    typograf: "fr",
    typografRules: ["common/punctuation/quote", "common/number/digitGrouping"],
    quotes: { left: "««", right: "»»", spacing: true },
    acted: /['"«»;:!?&\d]/,
    // Numbers digit grouping may change: five digits or more, or groups already spaced.
    needsTypograf: (text, numbers) => text.includes('"') || numbers?.fiveDigits === true || numbers?.spacedGroup === true,
    rules: [frenchApostrophes, frenchGuillemets, frenchHighPunctuation, frenchUnits, frenchTimes],
  },
  // English is British in Council of Europe texts; its quotation marks, as the site's texts write them, double.
  en: {
    typograf: "en-GB",
    typografRules: ["common/punctuation/quote"],
    quotes: { left: "““", right: "””" },
    acted: /['"&]/,
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
function typeset(html: string, locale: string, hidden: RegExp[] = []): string {
  const settings = LOCALES[locale];
  // A text with none of the characters the rules act on (most titles) is left as it is, unread.
  if (!settings?.acted.test(html)) return html;
  const markupHidden = hideMarkup(html);
  // Labels hold no digits: the numbers found are the text's own.
  const numbers = numbersIn(markupHidden.text);
  // Only the protected spans the text may contain are looked for: most texts have none.
  const found = PROTECTED.filter((span) => span.mayHold(markupHidden.text, numbers));
  const spans = [...found.map(({ pattern }) => pattern), ...hidden];
  const parts = hideSpans(markupHidden, spans);
  // What the spans hid is no longer the text's: typograf, which does more than group digits once it runs, must not run for them.
  const numbersLeft = spans.length === 0 || numbers === undefined ? numbers : numbersIn(parts.text);
  let text = parts.text.includes("&") ? parts.text.replace(QUOTE_ENTITIES, decodeQuote) : parts.text;
  if (settings.needsTypograf(text, numbersLeft)) text = typografFor(locale, settings).execute(text);
  for (const rule of settings.rules) text = rule(text, numbersLeft);
  return restore({ text, labels: parts.labels });
}

/**
 * `TYPOGRAPHY_BENCH=off` leaves every text as written, `=measure` adds up the time spent typesetting
 * and writes it to stderr when the process ends: for `npm run bench:typography` only, which builds
 * the site both ways. Read once, when the module loads, so that a build pays nothing for it.
 */
const BENCH = process.env.TYPOGRAPHY_BENCH;
export const BENCH_REPORT = /^\[typography\] (\d+(?:\.\d+)?) ms in (\d+) calls$/m;

function measured(html: string, locale: string, hidden?: RegExp[]): string {
  const start = performance.now();
  try {
    return typeset(html, locale, hidden);
  } finally {
    measuredMs += performance.now() - start;
    measuredCalls++;
  }
}
let measuredMs = 0;
let measuredCalls = 0;
if (BENCH === "measure") process.on("exit", () => process.stderr.write(`[typography] ${measuredMs.toFixed(1)} ms in ${measuredCalls} calls\n`));

/** A piece of HTML typeset in the locale's rules (see `typeset`). */
export const typesetHtml: (html: string, locale: string, hidden?: RegExp[]) => string =
  BENCH === "off" ? (html) => html : BENCH === "measure" ? measured : typeset;

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
