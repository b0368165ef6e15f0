import { readFileSync, writeFileSync } from "node:fs";
import { Parser } from "htmlparser2";
import { escapeHtml } from "../html/escape.ts";
import { formatDate } from "../i18n/dates.ts";
import type { SiteData } from "../i18n/site-strings.ts";
import { Translator } from "../i18n/strings.ts";
import { sitePages } from "./site-files.ts";
import type { CheckResult } from "./types.ts";

/**
 * The attribute of the element, in a built page (the accessibility statement), whose content
 * `npm run check` replaces with the figures it has just found. The build fills it with a sentence
 * saying that the checks have not run, which stays when they never do.
 */
export const FIGURES_ATTRIBUTE = "data-check-figures";

/** The checks whose figures the statement gives, in the order it gives them (ids of `--only`). */
export const STATEMENT_CHECKS = ["a11y", "html"];

/** One run of `npm run check`, as reports/check.json records it. */
export interface CheckRun {
  /** When the run ended, ISO 8601. */
  finishedAt: string;
  results: CheckResult[];
}

/**
 * Writes the figures of `run` into every page of the built site that has the marked element, and
 * returns those pages ("en/accessibility/index.html"). Only the checks that ran to the end give
 * figures; when none of the statement's checks did (`--only=links`, or both crashed), the pages are
 * left as they are: what they show then still came from a check of this same build, or says there was none.
 */
export function writeStatementFigures(siteDir: string, run: CheckRun, site: SiteData): string[] {
  const ran = STATEMENT_CHECKS.flatMap((id) => run.results.filter((result) => result.id === id && result.figures));
  if (!ran.length) return [];
  const translator = new Translator(site.strings, site.locales);
  const written: string[] = [];
  for (const page of sitePages(siteDir)) {
    const html = readFileSync(page.file, "utf8");
    if (!html.includes(FIGURES_ATTRIBUTE)) continue;
    const { lang, slots } = figureSlots(html);
    const locale = site.locales.find((candidate) => candidate.code === lang);
    if (!locale || !slots.length) continue;
    const figures = figuresHtml(ran, run.finishedAt, (key, values) => translator.t(key, locale.code, values), locale.intl);
    let out = html;
    // From the last slot back, so that the earlier slots' offsets still hold.
    for (const { start, end } of slots.toReversed()) out = out.slice(0, start) + figures + out.slice(end);
    writeFileSync(page.file, out);
    written.push(page.path);
  }
  return written;
}

type Translate = (key: string, values?: Record<string, string | number>) => string;

/** The figures as the statement shows them: when the checks ran, then one line per check. */
export function figuresHtml(ran: CheckResult[], finishedAt: string, t: Translate, intl: string): string {
  const plural = new Intl.PluralRules(intl);
  const number = new Intl.NumberFormat(intl);
  // The strings have a "one" and an "other" form: French uses "one" for 0 as well.
  const form = (n: number) => (plural.select(n) === "one" ? "one" : "other");
  const lines = ran.map(({ id, figures }) => {
    const { pages, problems } = figures!;
    const text = t("statement.figures.result", {
      checker: t(`statement.figures.checkers.${id}`),
      problems: t(`statement.figures.problems.${id}.${form(problems)}`, { count: number.format(problems) }),
      pages: t(`statement.figures.pages.${form(pages)}`, { count: number.format(pages) }),
    });
    return `<li data-check="${escapeHtml(id)}">${escapeHtml(text)}</li>`;
  });
  const date = `<time datetime="${escapeHtml(finishedAt)}">${escapeHtml(formatDate(finishedAt, intl))}</time>`;
  // The date goes in as markup: the sentence around it is escaped first, then its placeholder replaced.
  const lead = escapeHtml(t("statement.figures.ran")).replace("{date}", date);
  return `<p>${lead}</p><ul>${lines.join("")}</ul>`;
}

/** The page's language and where the content of each marked element starts and ends in its source. */
function figureSlots(html: string): { lang?: string; slots: { start: number; end: number }[] } {
  let lang: string | undefined;
  const slots: { start: number; end: number }[] = [];
  // The depth at which each open marked element was found, and where its content starts.
  const open: { depth: number; start: number }[] = [];
  let depth = 0;
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        depth++;
        if (name === "html") lang = attributes.lang;
        if (FIGURES_ATTRIBUTE in attributes) open.push({ depth, start: parser.endIndex + 1 });
      },
      onclosetag() {
        const current = open.at(-1);
        if (current?.depth === depth) {
          slots.push({ start: current.start, end: parser.startIndex });
          open.pop();
        }
        depth--;
      },
    },
    { decodeEntities: true },
  );
  parser.end(html);
  return { lang, slots: slots.sort((a, b) => a.start - b.start) };
}
