import { readFileSync } from "node:fs";
import { DOMParser, parseHTML } from "linkedom";
import { siteOrigin } from "../site/url.ts";
import { readNetlifyConfig, redirectMatches, type NetlifyConfig } from "./netlify-config.ts";
import { redirectTargetProblems } from "./redirect-targets.ts";
import { fileForUrlPath, PageSources, siteFiles, sitePage, sitePages, type SitePage } from "./site-files.ts";
import { count, result, type CheckResult, type Finding } from "./types.ts";

const NAME = "Links";

/** Every attribute through which a page points at another address. */
const LINK_ATTRIBUTES: [selector: string, attribute: string][] = [
  ["a[href]", "href"],
  ["area[href]", "href"],
  ["link[href]", "href"],
  ["img[src]", "src"],
  ["img[srcset]", "srcset"],
  ["source[src]", "src"],
  ["source[srcset]", "srcset"],
  ["script[src]", "src"],
  ["iframe[src]", "src"],
  ["video[src]", "src"],
  ["video[poster]", "poster"],
  ["audio[src]", "src"],
  ["track[src]", "src"],
  ["embed[src]", "src"],
  ["object[data]", "data"],
  ["form[action]", "action"],
  ["button[formaction]", "formaction"],
  ["input[formaction]", "formaction"],
  ["blockquote[cite], q[cite], ins[cite], del[cite]", "cite"],
  ['meta[property="og:image"], meta[property="og:url"], meta[name="twitter:image"]', "content"],
];

export interface LinksCheckOptions {
  siteDir: string;
  root?: string;
  /** The site's own origin: absolute links to it are internal. Default: the sitemap's, else $URL. */
  origin?: string;
  netlify?: NetlifyConfig;
}

interface Link {
  /** The address as written in the page. */
  raw: string;
  from: SitePage;
}

/**
 * Every internal link, image, script, stylesheet, form action and #fragment of every page (and of
 * the sitemap and feeds) must resolve to a file of the built site, a redirect or a function of
 * netlify.toml, and an element with that id. External links are listed, never fetched.
 */
export async function checkLinks({ siteDir, root = process.cwd(), origin, netlify }: LinksCheckOptions): Promise<CheckResult> {
  const pages = sitePages(siteDir);
  const ownOrigin = origin ?? sitemapOrigin(siteDir) ?? siteOrigin();
  const config = netlify ?? (await readNetlifyConfig(root));
  const sources = PageSources.read(siteDir, root);
  const resolver = new Resolver(siteDir, config);

  const links: Link[] = [];
  for (const page of pages) links.push(...htmlLinks(readFileSync(page.file, "utf8")).map((raw) => ({ raw, from: page })));
  for (const path of siteFiles(siteDir).filter((p) => p.endsWith(".xml"))) {
    const from = sitePage(siteDir, path);
    links.push(...xmlLinks(readFileSync(from.file, "utf8")).map((raw) => ({ raw, from })));
  }

  const broken = new Map<string, { link: Link; problem: string }[]>();
  const external = new Map<string, Set<string>>();
  let internalCount = 0;
  for (const link of links) {
    const url = parseUrl(link.raw, ownOrigin + link.from.url);
    if (!url) {
      addTo(broken, link, "is not a valid address");
      continue;
    }
    if (url.protocol === "data:") continue;
    if (url.protocol === "javascript:") {
      addTo(broken, link, "is a javascript: link, which the Content-Security-Policy blocks; use a real address");
      continue;
    }
    if (url.origin !== ownOrigin || !url.protocol.startsWith("http")) {
      const address = url.protocol.startsWith("http") ? url.href : link.raw;
      if (!external.has(address)) external.set(address, new Set());
      external.get(address)!.add(link.from.url);
      continue;
    }
    internalCount++;
    const problem = resolver.problem(url);
    if (problem) addTo(broken, link, problem);
  }

  const errors = [...broken.values()].flatMap((group) => describeBroken(group, sources));
  const exists = (path: string) => fileForUrlPath(siteDir, path) !== undefined || resolver.isFunction(path);
  errors.push(...redirectTargetProblems({ siteDir, root, netlify: config, exists }));
  const tables = external.size
    ? [
        {
          title: `External links (listed, not fetched): ${external.size}`,
          columns: ["address", "linked from"],
          rows: [...external].sort(([a], [b]) => a.localeCompare(b)).map(([address, on]) => [address, pageList([...on])]),
        },
      ]
    : [];
  return result(
    NAME,
    `${count(pages.length, "page")}, ${count(internalCount, "internal link")}, ${count(config.redirects.length, "redirect")}, ${count(external.size, "external address", "external addresses")}, ${errors.length} broken`,
    { errors, tables },
  );
}

function addTo(broken: Map<string, { link: Link; problem: string }[]>, link: Link, problem: string): void {
  const key = `${link.raw}\n${problem}`;
  if (!broken.has(key)) broken.set(key, []);
  broken.get(key)!.push({ link, problem });
}

/**
 * One finding per page whose own source file contains the link (with its line); the pages where
 * it comes from a layout, a partial or data are gathered into one finding, not one per page.
 */
function describeBroken(group: { link: Link; problem: string }[], sources: PageSources): Finding[] {
  const { raw } = group[0].link;
  const message = `link to ${raw} ${group[0].problem}`;
  const findings: Finding[] = [];
  const elsewhere: string[] = [];
  for (const { link } of group) {
    const where = sources.locate(link.from, raw);
    if (/:\d+ \(page /.test(where) || !sources.sourceOf(link.from.path)) findings.push({ where, message });
    else elsewhere.push(link.from.url);
  }
  if (elsewhere.length) findings.push({ where: `a layout, partial or data file (on ${pageList(elsewhere)})`, message });
  return findings;
}

function pageList(urls: string[]): string {
  const shown = urls.slice(0, 4).join(", ");
  return urls.length > 4 ? `${shown} and ${urls.length - 4} more pages` : shown;
}

function parseUrl(raw: string, base: string): URL | undefined {
  try {
    return new URL(raw.trim(), base);
  } catch {
    return undefined;
  }
}

/** The addresses in an HTML page; srcset lists several. */
export function htmlLinks(html: string): string[] {
  const { document } = parseHTML(html);
  const found: string[] = [];
  for (const [selector, attribute] of LINK_ATTRIBUTES) {
    for (const element of document.querySelectorAll(selector)) {
      const value = element.getAttribute(attribute) ?? "";
      if (attribute === "srcset")
        found.push(
          ...value
            .split(",")
            .map((candidate) => candidate.trim().split(/\s+/)[0])
            .filter(Boolean),
        );
      else found.push(value);
    }
  }
  return found;
}

/** The addresses in a sitemap or a feed: <loc>, <link href> (Atom, xhtml:link, atom:link), RSS <link>…</link> and a permalink <guid>. */
export function xmlLinks(xml: string): string[] {
  const document = new DOMParser().parseFromString(xml, "text/xml");
  const found: string[] = [];
  for (const element of document.querySelectorAll("*")) {
    // linkedom's XML names keep their prefix: "xhtml:link", "atom:link".
    const name = element.localName.replace(/^[\w-]+:/, "");
    const href = element.getAttribute("href");
    const text = element.textContent?.trim();
    if (name === "link" && href) found.push(href);
    else if ((name === "loc" || name === "link" || (name === "guid" && element.getAttribute("isPermaLink") === "true")) && text) found.push(text);
  }
  return found;
}

function sitemapOrigin(siteDir: string): string | undefined {
  try {
    const [loc] = xmlLinks(readFileSync(`${siteDir}/sitemap.xml`, "utf8"));
    return loc ? new URL(loc).origin : undefined;
  } catch {
    return undefined;
  }
}

/** Answers "does this internal address exist?" as the CDN would, caching each page's ids. */
class Resolver {
  private readonly ids = new Map<string, Set<string>>();
  private readonly siteDir: string;
  private readonly netlify: NetlifyConfig;

  constructor(siteDir: string, netlify: NetlifyConfig) {
    this.siteDir = siteDir;
    this.netlify = netlify;
  }

  /** Undefined when the address resolves; otherwise what is wrong with it, for the editor. */
  problem(url: URL): string | undefined {
    const file = fileForUrlPath(this.siteDir, url.pathname);
    if (!file) return this.routeProblem(url.pathname);
    const fragment = url.hash.slice(1);
    if (!fragment || fragment.startsWith(":~:") || !file.endsWith(".html")) return undefined;
    const id = safeDecode(fragment);
    if (id.toLowerCase() === "top" || this.idsOf(file).has(id)) return undefined;
    return `points at #${id}, but ${url.pathname} has no element with id="${id}"`;
  }

  private routeProblem(path: string): string | undefined {
    if (this.isFunction(path)) return undefined;
    const rule = this.netlify.redirects.find((r) => redirectMatches(r.from, path) && r.status !== 404);
    if (!rule) return "does not exist: no page or file of the built site has this address, and no redirect or function in netlify.toml answers it";
    // A redirect to another site, or one that rewrites its pattern (:splat), is taken as given.
    if (/^https?:/.test(rule.to) || rule.to.includes(":")) return undefined;
    const target = new URL(rule.to, "http://x").pathname;
    if (fileForUrlPath(this.siteDir, target) || this.isFunction(target)) return undefined;
    return `is redirected by netlify.toml (from = "${rule.from}") to ${rule.to}, which does not exist`;
  }

  isFunction(path: string): boolean {
    const trimmed = path.replace(/\/+$/, "");
    return this.netlify.functionPaths.some((fn) => fn.replace(/\/+$/, "") === trimmed);
  }

  private idsOf(file: string): Set<string> {
    let ids = this.ids.get(file);
    if (!ids) {
      const { document } = parseHTML(readFileSync(file, "utf8"));
      ids = new Set([...document.querySelectorAll("[id]")].map((el) => el.getAttribute("id")!));
      for (const anchor of document.querySelectorAll("a[name]")) ids.add(anchor.getAttribute("name")!);
      this.ids.set(file, ids);
    }
    return ids;
  }
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
