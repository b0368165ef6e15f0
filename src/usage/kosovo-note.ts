import { Parser } from "htmlparser2";
import { escapeHtml } from "../html/escape.ts";

/** The words of the note in a page's language: the footnote itself, and the accessible name of its call. */
export interface KosovoWords {
  note: string;
  reference: string;
}

const NAME = "Kosovo";
const NOTE_ID = "kosovo-note";
/** Text never read as a mention: scripts and styles, and the search index's metadata. */
const SKIPPED_ELEMENTS = new Set(["script", "style", "template"]);
const SKIPPED_ATTRIBUTES = ["data-pagefind-meta", "data-pagefind-filter"];

/**
 * The Council of Europe's footnote on Kosovo, once per page that mentions it: an asterisk after the
 * first mention in the main content, linking to the note at the end of it. A page that does not name
 * Kosovo comes back unchanged, and only a page that does is parsed, so the site's build time barely moves.
 */
export function addKosovoNote(html: string, words: KosovoWords): string {
  if (!html.includes(NAME)) return html;
  const place = findMention(html);
  if (!place) return html;
  const call = `<sup class="footnote-call"><a href="#${NOTE_ID}" aria-label="${escapeHtml(words.reference)}">*</a></sup>`;
  const note = `<p id="${NOTE_ID}" class="wrap footnote" data-pagefind-ignore="">* ${escapeHtml(words.note)}</p>`;
  return html.slice(0, place.call) + call + html.slice(place.call, place.mainEnd) + note + html.slice(place.mainEnd);
}

/** Where the call goes (after the first mention, or after the link or button holding it) and where <main> closes. */
interface Place {
  call: number;
  mainEnd: number;
}

/**
 * One pass of an HTML tokenizer, no document built: parsing every page that names Kosovo into a DOM
 * (about a sixth of the pages, through the glossary's definitions) cost seconds and 300 MB at 2,000
 * news items per locale.
 *
 * The pass starts at <main> and stops at the call: the head and header hold no mention that counts,
 * and once the call is placed, what is left is to find where <main> closes, the last "</main>" of the
 * page (the markup escapes "<" in text, attributes and JSON-LD). A page that already holds a note's id
 * anywhere is read from its start to its </main>, so that a note already there is seen wherever it is.
 */
function findMention(html: string): Place | undefined {
  const mainStart = html.indexOf("<main");
  if (mainStart === -1) return undefined;
  if (html.includes(NOTE_ID)) return tokenize(html, 0, false);
  const place = tokenize(html, mainStart, true);
  if (!place || place.mainEnd !== -1) return place;
  const mainEnd = html.lastIndexOf("</main>");
  // No "</main>" after the call: <main> ends where the tokenizer closes it (at </body>, say), read from the start.
  return mainEnd > place.call ? { call: place.call, mainEnd } : tokenize(html, 0, false);
}

/**
 * Tokenizes the page from `from`; with `stopAtCall`, stops once the call's place is known, leaving
 * `mainEnd` at -1 if </main> was not reached by then.
 */
function tokenize(page: string, from: number, stopAtCall: boolean): Place | undefined {
  const html = from === 0 ? page : page.slice(from);
  const open: { name: string; skip: boolean; interactive: boolean }[] = [];
  let inMain = false;
  let noted = false;
  let call: number | undefined;
  /** The depth of the link or button around the mention, whose end the call waits for. */
  let hostDepth: number | undefined;
  let mainEnd: number | undefined;
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        if (name === "main") inMain = true;
        if (inMain && attributes.id === NOTE_ID) noted = true;
        const parent = open.at(-1);
        const skip = (parent?.skip ?? false) || SKIPPED_ELEMENTS.has(name) || SKIPPED_ATTRIBUTES.some((attribute) => attribute in attributes);
        open.push({ name, skip, interactive: name === "a" || name === "button" });
      },
      onclosetag(name) {
        const index = open.map((element) => element.name).lastIndexOf(name);
        if (index === -1) return;
        if (hostDepth !== undefined && index <= hostDepth) {
          call = parser.endIndex + 1;
          hostDepth = undefined;
          if (stopAtCall) parser.pause();
        }
        open.length = index;
        if (name === "main" && inMain) {
          mainEnd = parser.startIndex;
          inMain = false;
          parser.pause();
        }
      },
      ontext() {
        if (!inMain || call !== undefined || hostDepth !== undefined || open.at(-1)?.skip) return;
        const raw = html.slice(parser.startIndex, parser.endIndex + 1);
        const at = raw.indexOf(NAME);
        if (at === -1) return;
        const host = open.findLastIndex((element) => element.interactive);
        if (host === -1) {
          call = parser.startIndex + at + NAME.length;
          if (stopAtCall) parser.pause();
        } else hostDepth = host;
      },
    },
    { decodeEntities: true },
  );
  parser.end(html);
  if (noted || call === undefined) return undefined;
  if (mainEnd === undefined) return stopAtCall ? { call: from + call, mainEnd: -1 } : undefined;
  return { call: from + call, mainEnd: from + mainEnd };
}
