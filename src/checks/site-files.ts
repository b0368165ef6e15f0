import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { basename, join, resolve, sep } from "node:path";

/** One HTML page of the built site. */
export interface SitePage {
  /** Absolute path of the file. */
  file: string;
  /** Path inside the site folder, with forward slashes: "en/about/index.html". */
  path: string;
  /** The URL path it is served at: "/en/about/" (index.html) or "/en/404.html". */
  url: string;
  /** The file as a report shows it: "_site/en/about/index.html". */
  shown: string;
}

/** Every file of the built site, as paths relative to it with forward slashes, sorted. */
export function siteFiles(siteDir: string): string[] {
  return (readdirSync(siteDir, { recursive: true }) as string[])
    .filter((path) => isFile(join(siteDir, path)))
    .map((path) => path.split(sep).join("/"))
    .sort();
}

/** The CMS at /admin/ (src/cms/): a third party's app for editors, with its own policy and tests, not a page of the site. */
export const NOT_SITE_PAGES = /^admin\//;

/** Every HTML page of the built site: the checks cover what the build wrote, not a list kept by hand. */
export function sitePages(siteDir: string): SitePage[] {
  return siteFiles(siteDir)
    .filter((path) => path.endsWith(".html") && !NOT_SITE_PAGES.test(path))
    .map((path) => sitePage(siteDir, path));
}

export function sitePage(siteDir: string, path: string): SitePage {
  return { file: resolve(siteDir, path), path, url: urlOfPath(path), shown: join(siteDir, path) };
}

export function urlOfPath(path: string): string {
  return `/${path.replace(/(^|\/)index\.html$/, "$1")}`;
}

/**
 * The file a URL path is served from, as Netlify resolves it: the file itself, a folder's
 * index.html, or "/x" served from x.html or x/index.html. Undefined when there is none.
 */
export function fileForUrlPath(siteDir: string, urlPath: string): string | undefined {
  let path: string;
  try {
    path = decodeURIComponent(urlPath);
  } catch {
    return undefined;
  }
  if (path.includes("\0") || path.split("/").includes("..")) return undefined;
  const candidates = path.endsWith("/") ? [join(path, "index.html")] : [path, `${path}.html`, join(path, "index.html")];
  return candidates.map((candidate) => join(siteDir, candidate)).find((file) => isFile(file));
}

function isFile(file: string): boolean {
  return statSync(file, { throwIfNoEntry: false })?.isFile() ?? false;
}

/**
 * The build writes which content file produced each page (src/checks/plugin.ts), next to the site
 * folder and named after it: `npm run dev` (_preview/) must not overwrite what `npm run check` reads for _site/.
 */
export function pageSourcesFile(siteDir: string): string {
  return join(siteDir, "..", ".cache", `page-sources-${basename(resolve(siteDir))}.json`);
}

/** The last build's record of `siteDir`: built page → content file, empty when it wrote none. */
export function readPageSources(siteDir: string): Record<string, string> {
  const file = pageSourcesFile(siteDir);
  return existsSync(file) ? (JSON.parse(readFileSync(file, "utf8")) as Record<string, string>) : {};
}

/** Maps a built page ("en/about/index.html") to the file an editor changes ("content/en/about.md"). */
export class PageSources {
  private readonly lineCache = new Map<string, string[]>();
  private readonly byPage: Record<string, string>;
  private readonly root: string;

  constructor(byPage: Record<string, string>, root: string) {
    this.byPage = byPage;
    this.root = root;
  }

  static read(siteDir: string, root: string): PageSources {
    return new PageSources(readPageSources(siteDir), root);
  }

  sourceOf(pagePath: string): string | undefined {
    return this.byPage[pagePath];
  }

  /**
   * Where to look: "content/en/about.md:12 (page /en/about/)" when the text is written in the
   * page's source file, "content/en/about.md (page /en/about/)" when it is not (it then comes from
   * a layout), "_site/en/about/index.html" when the page's source is unknown.
   */
  locate(page: SitePage, text?: string): string {
    const source = this.sourceOf(page.path);
    if (!source) return page.shown;
    const line = text ? this.lineOf(source, text) : undefined;
    return `${source}${line ? `:${line}` : ""} (page ${page.url})`;
  }

  private lineOf(source: string, text: string): number | undefined {
    let lines = this.lineCache.get(source);
    if (!lines) {
      try {
        lines = readFileSync(join(this.root, source), "utf8").split(/\r?\n/);
      } catch {
        lines = [];
      }
      this.lineCache.set(source, lines);
    }
    const index = lines.findIndex((line) => line.includes(text));
    return index === -1 ? undefined : index + 1;
  }
}
