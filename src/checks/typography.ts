import { readFileSync } from "node:fs";
import { parseHTML } from "linkedom";
import { CLOSE, OPEN, typographyFaults } from "../typography/faults.ts";
import { PageSources, sitePages, type SitePage } from "./site-files.ts";
import { count, result, type CheckResult, type Finding } from "./types.ts";

const NAME = "Typography";

/** Elements whose text is not prose: typesetting leaves them alone, and so does the check. */
const NOT_PROSE = new Set(["CODE", "PRE", "KBD", "SAMP", "VAR", "SCRIPT", "STYLE", "TEMPLATE", "TEXTAREA", "NOSCRIPT"]);
/** Elements that sit inside a line of text; any other ends a block, which the report shows as a space. */
const INLINE = new Set([
  "A",
  "ABBR",
  "B",
  "BDI",
  "BDO",
  "BUTTON",
  "CITE",
  "DATA",
  "DEL",
  "DFN",
  "EM",
  "I",
  "INS",
  "LABEL",
  "MARK",
  "Q",
  "S",
  "SMALL",
  "SPAN",
  "STRONG",
  "SUB",
  "SUP",
  "TIME",
  "U",
]);
/** Elements that have no end tag. */
const VOID = new Set(["AREA", "BR", "COL", "EMBED", "HR", "IMG", "INPUT", "LINK", "META", "SOURCE", "TRACK", "WBR"]);

export interface TypographyCheckOptions {
  siteDir: string;
  root?: string;
}

/** The visible text of an element, with each element's start and end marked (faults.ts reads them). */
export function visibleText(node: Node): string {
  let text = "";
  for (const child of node.childNodes) {
    if (child.nodeType === 3) text += (child as Text).data;
    else if (child.nodeType === 1) {
      const name = (child as Element).tagName.toUpperCase();
      // Code in a sentence reads as a word: it is there, but its characters are not checked.
      if (NOT_PROSE.has(name)) text += "x";
      else if (VOID.has(name)) text += OPEN;
      else text += OPEN + visibleText(child) + CLOSE + (INLINE.has(name) ? "" : "\n");
    }
  }
  return text;
}

/**
 * French spacing (before ; : ! ? », after «) and straight apostrophes in every page's visible text,
 * in the page's language (<html lang>): what typesetting fixes where text enters the site, so that
 * a string or a template written later cannot bring a fault back unnoticed.
 */
export function checkTypography({ siteDir, root = process.cwd() }: TypographyCheckOptions): CheckResult {
  const pages = sitePages(siteDir);
  if (pages.length === 0) return result(NAME, "no pages", { errors: [{ message: `no HTML page in ${siteDir}: build the site first (npm run build)` }] });
  const sources = PageSources.read(siteDir, root);
  const errors: Finding[] = [];
  for (const page of pages) errors.push(...pageFaults(page, sources));
  return result(NAME, `${count(pages.length, "page")}, ${count(errors.length, "fault")}`, { errors });
}

function pageFaults(page: SitePage, sources: PageSources): Finding[] {
  const { document } = parseHTML(readFileSync(page.file, "utf8"));
  const locale = (document.documentElement.getAttribute("lang") ?? "").toLowerCase().split("-")[0];
  if (!document.body) return [];
  const text = visibleText(document.body);
  return typographyFaults(text, locale).map((fault) => {
    const around = shown(text.slice(Math.max(0, fault.index - 30), fault.index + 30));
    // The words before the fault in its block, as the source file would have them, find its line.
    const blockStart = text.lastIndexOf("\n", fault.index - 1) + 1;
    const needle = shown(text.slice(Math.max(blockStart, fault.index - 20), fault.index))
      .trim()
      .replace(/[\u00A0\u202F’]/g, (c) => (c === "’" ? "'" : " "));
    return { where: sources.locate(page, needle.length > 3 ? needle : undefined), message: `${fault.problem}: "${around}"` };
  });
}

/** Text as a report shows it: element marks dropped, runs of white space as one space. */
const shown = (text: string) => text.replace(new RegExp(`[${OPEN}${CLOSE}]`, "g"), "").replace(/[\t\n\r ]+/g, " ");
