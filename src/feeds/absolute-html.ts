import { parseHTML } from "linkedom";

/** Attributes that hold one URL, and those that hold a srcset list. */
const URL_ATTRIBUTES = [
  "a[href]",
  "area[href]",
  "img[src]",
  "source[src]",
  "video[src]",
  "video[poster]",
  "audio[src]",
  "track[src]",
  "iframe[src]",
  "embed[src]",
  "object[data]",
  "q[cite]",
  "blockquote[cite]",
  "del[cite]",
  "ins[cite]",
];
const SRCSET_SELECTOR = "img[srcset], source[srcset]";

const attributeOf = (selector: string) => selector.slice(selector.indexOf("[") + 1, -1);

/** Reads HTML into a document whose body holds it, so a fragment can be changed with the DOM. */
export function htmlFragment(html: string) {
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
  return document;
}

/** An address that is not a URL at all (`http://`, a typo) is left as written rather than stopping the build. */
function absolute(url: string, base: string): string {
  try {
    return new URL(url, base).href;
  } catch {
    return url;
  }
}

/**
 * Makes every URL in an HTML fragment absolute against `base` (the page it comes from): feed readers
 * show content away from the site, where "/fr/a-propos/" or "#note" would lead nowhere.
 */
export function absolutizeHtml(html: string, base: string): string {
  const document = htmlFragment(html);
  for (const selector of URL_ATTRIBUTES) {
    const attribute = attributeOf(selector);
    for (const element of document.querySelectorAll(selector)) {
      element.setAttribute(attribute, absolute(element.getAttribute(attribute)!.trim(), base));
    }
  }
  for (const element of document.querySelectorAll(SRCSET_SELECTOR)) {
    const candidates = element
      .getAttribute("srcset")!
      .split(",")
      .map((candidate: string) => candidate.trim())
      .filter(Boolean);
    element.setAttribute(
      "srcset",
      candidates
        .map((candidate: string) => {
          const [url, ...descriptor] = candidate.split(/\s+/);
          return [absolute(url, base), ...descriptor].join(" ");
        })
        .join(", "),
    );
  }
  return document.body.innerHTML;
}
