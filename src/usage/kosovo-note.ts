import { parseHTML } from "linkedom";

/** The words of the note in a page's language: the footnote itself, and the accessible name of its call. */
export interface KosovoWords {
  note: string;
  reference: string;
}

const NAME = "Kosovo";
const NOTE_ID = "kosovo-note";
/** Text never read as a mention: scripts and styles, and the search index's metadata. */
const NOT_TEXT = "script, style, template, [data-pagefind-meta], [data-pagefind-filter]";

/**
 * The Council of Europe's footnote on Kosovo, once per page that mentions it: an asterisk after the
 * first mention in the main content, linking to the note at the end of it. A page that does not name
 * Kosovo comes back unchanged, and only a page that does is parsed, so the site's build time barely moves.
 */
export function addKosovoNote(html: string, words: KosovoWords): string {
  if (!html.includes(NAME)) return html;
  const { document } = parseHTML(html);
  const main = document.querySelector("main");
  if (!main || main.querySelector(`#${NOTE_ID}`)) return html;
  const walker = document.createTreeWalker(main, 4 /* NodeFilter.SHOW_TEXT */);
  let mention: Text | undefined;
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    if (node.data.includes(NAME) && !node.parentElement?.closest(NOT_TEXT)) {
      mention = node;
      break;
    }
  }
  if (!mention) return html;

  const call = document.createElement("sup");
  call.className = "footnote-call";
  const link = document.createElement("a");
  link.setAttribute("href", `#${NOTE_ID}`);
  link.setAttribute("aria-label", words.reference);
  link.textContent = "*";
  call.appendChild(link);
  // Inside a link or a button the call would nest interactive content: it goes right after that element.
  const host = mention.parentElement?.closest("a, button");
  if (host) host.after(call);
  else {
    const end = mention.data.indexOf(NAME) + NAME.length;
    const rest = document.createTextNode(mention.data.slice(end));
    mention.data = mention.data.slice(0, end);
    mention.after(call, rest);
  }

  const note = document.createElement("p");
  note.id = NOTE_ID;
  note.className = "wrap footnote";
  note.setAttribute("data-pagefind-ignore", "");
  note.textContent = `* ${words.note}`;
  main.appendChild(note);
  return document.toString();
}
