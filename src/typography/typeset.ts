/**
 * Typography applied where text enters the site (Markdown, UI strings, front-matter titles and
 * summaries): one typograf instance per locale, built once, with only the rules listed here.
 */
import { Typograf } from "./typograf.ts";
import { PROTECTED } from "./protected.ts";
import { addRules } from "./rules.ts";
import type { StringTree } from "../i18n/strings.ts";

/**
 * typograf's rules this site uses; everything else it has stays off (its defaults also rewrite
 * "1/2", "(c)", "->", dashes, repeated words and spaces, which an editor did not ask for).
 * - common/html/quot: markdown-it writes " as &quot;; the quote rule can only pair what it sees.
 * - common/punctuation/quote: French « » with U+202F inside (typograf's `spacing`), English “ ” ‘ ’.
 * - common/punctuation/apostrophe: ' between two letters → ’.
 * - common/number/digitGrouping (French only): number groups joined by U+202F ("2 000", "25 000 000",
 *   and numbers of five digits or more grouped); four-digit numbers ("2013") are never touched.
 * - common/space/delBeforePunctuation stays off: it removes the space French needs before ; : ! ?.
 */
const COMMON_RULES = ["common/html/quot", "common/punctuation/quote", "common/punctuation/apostrophe"];
const LOCALE_RULES: Record<string, string[]> = { fr: ["common/number/digitGrouping"] };

/** typograf's name for a site locale: English is British in Council of Europe texts. */
const TYPOGRAF_LOCALE: Record<string, string> = { fr: "fr", en: "en-GB" };

const typesetters = new Map<string, Typograf | null>();

/** The typesetter of a locale, built once (and once more for each set of extra hidden spans). */
function typesetterFor(locale: string, hidden: RegExp[]): Typograf | null {
  const id = `${locale} ${hidden.map(String).join(" ")}`;
  let typograf = typesetters.get(id);
  if (typograf !== undefined) return typograf;
  const name = TYPOGRAF_LOCALE[locale] ?? (Typograf.hasLocale(locale) ? locale : undefined);
  if (name === undefined) {
    // A locale typograf does not know is left as written rather than typeset by another's rules.
    typograf = null;
  } else {
    const own = addRules().filter((rule) => rule.startsWith(`${name}/`));
    typograf = new Typograf({ locale: [name], disableRule: "*", enableRule: [...COMMON_RULES, ...(LOCALE_RULES[locale] ?? []), ...own] });
    // English double quotes first, as the site's English texts are written; single ones nested.
    if (name === "en-GB") typograf.setSetting("common/punctuation/quote", "en-GB", { left: "“‘", right: "”’" });
    for (const span of [...PROTECTED, ...hidden]) typograf.addSafeTag(span);
  }
  typesetters.set(id, typograf);
  return typograf;
}

/**
 * A piece of HTML typeset in the locale's rules: text only, never tags or their attributes, nor
 * code, pre, script, style, URLs, e-mail addresses and the other protected spans.
 */
export function typesetHtml(html: string, locale: string, hidden: RegExp[] = []): string {
  const typograf = typesetterFor(locale, hidden);
  if (typograf === null || html === "") return html;
  // With its space rules off, typograf keeps the text's spaces, leading and trailing ones included.
  return typograf.execute(html);
}

/** Nunjucks tags, hidden from typograf in a template's source: "{{ x }}", "{% if %}", "{# note #}". */
const TEMPLATE_TAGS = [/\{\{[\s\S]*?\}\}/g, /\{%[\s\S]*?%\}/g, /\{#[\s\S]*?#\}/g];

/**
 * The source of a Nunjucks page typeset: its HTML text, never its Nunjucks tags (typograf hides
 * the HTML tags, whatever Nunjucks they contain).
 */
export function typesetTemplate(source: string, locale: string): string {
  return typesetHtml(source, locale, TEMPLATE_TAGS);
}

/** Plain text (a title, a summary, a UI string) typeset in the locale's rules. */
export function typesetText(text: string, locale: string): string {
  if (!/[<&]/.test(text)) return typesetHtml(text, locale);
  // typograf would read "<" or "&" in plain text as markup: typeset the escaped text and unescape it.
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
