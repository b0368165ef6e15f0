import { readFileSync } from "node:fs";
import { gzipSync } from "node:zlib";
import { init, parse as parseImports } from "es-module-lexer";
import { parseHTML } from "linkedom";
import picomatch from "picomatch";
import { fileForUrlPath, PageSources, sitePages, type SitePage } from "./site-files.ts";
import { count, result, type CheckResult, type Finding, type Table } from "./types.ts";

const NAME = "Page weight budgets";

export interface PageType {
  name: string;
  maxKB: number;
  /** URL patterns: "*" is one path segment, "**" any number of them. */
  pages: string[];
}

export interface Budgets {
  pageTypes: PageType[];
}

export interface BudgetsCheckOptions {
  siteDir: string;
  root?: string;
  /** The budgets; default: budgets.json at the root. */
  budgets?: Budgets;
}

interface PageWeight {
  page: SitePage;
  type: PageType;
  html: number;
  css: number;
  js: number;
}

const KB = 1024;

/** Gzip bytes of each page's HTML, stylesheets and scripts against the budget of its page type. */
export async function checkBudgets({ siteDir, root = process.cwd(), budgets }: BudgetsCheckOptions): Promise<CheckResult> {
  const { pageTypes } = budgets ?? (JSON.parse(readFileSync(`${root}/budgets.json`, "utf8")) as Budgets);
  await init;
  const sources = PageSources.read(siteDir, root);
  const sizes = new GzipSizes();
  const weights: PageWeight[] = [];
  const unmatched: SitePage[] = [];
  for (const page of sitePages(siteDir)) {
    const type = pageTypes.find((t) => t.pages.some((pattern) => globMatches(pattern, page.url)));
    if (!type) {
      unmatched.push(page);
      continue;
    }
    const { stylesheets, scripts } = pageResources(siteDir, readFileSync(page.file, "utf8"));
    weights.push({
      page,
      type,
      html: sizes.of(page.file),
      css: sum(stylesheets.map((file) => sizes.of(file))),
      js: sum(scripts.map((file) => sizes.of(file))),
    });
  }

  const errors: Finding[] = weights
    .filter((w) => total(w) > w.type.maxKB * KB)
    .map((w) => ({
      where: sources.locate(w.page),
      message: `${w.page.url} (${w.type.name}) weighs ${kb(total(w))} gzip, over its budget of ${w.type.maxKB} KB: HTML ${kb(w.html)}, CSS ${kb(w.css)}, JS ${kb(w.js)}`,
    }));
  for (const page of unmatched) errors.push({ where: page.shown, message: `${page.url} matches no page type of budgets.json; add a pattern for it` });

  const table: Table = {
    title: "Heaviest page of each type (gzip, HTML + CSS + JS)",
    columns: ["page type", "pages", "heaviest", "weight", "budget"],
    rows: pageTypes.map((type) => {
      const ofType = weights.filter((w) => w.type === type);
      const heaviest = ofType.reduce<PageWeight | undefined>((max, w) => (!max || total(w) > total(max) ? w : max), undefined);
      return [type.name, String(ofType.length), heaviest?.page.url ?? "(no page yet)", heaviest ? kb(total(heaviest)) : "", `${type.maxKB} KB`];
    }),
  };
  return result(NAME, `${count(weights.length, "page")}, ${errors.length} over budget`, { errors, tables: [table] });
}

/** The site files a page loads before anything happens on it: stylesheets, scripts and their static imports. */
export function pageResources(siteDir: string, html: string): { stylesheets: string[]; scripts: string[] } {
  const { document } = parseHTML(html);
  const local = (href: string | null) => (href && !/^[a-z]+:|^\/\//i.test(href) ? fileForUrlPath(siteDir, new URL(href, "http://x/").pathname) : undefined);
  const stylesheets = [...document.querySelectorAll('link[rel~="stylesheet"][href]')]
    .map((el) => local(el.getAttribute("href")))
    .filter((f) => f !== undefined);
  const entries = [...document.querySelectorAll('script[src], link[rel="modulepreload"][href]')]
    .map((el) => local(el.getAttribute("src") ?? el.getAttribute("href")))
    .filter((f) => f !== undefined);
  const scripts = new Set<string>();
  const visit = (file: string, url: string) => {
    if (scripts.has(file)) return;
    scripts.add(file);
    for (const specifier of staticImports(readFileSync(file, "utf8"))) {
      const target = new URL(specifier, new URL(url, "http://x/"));
      if (target.host !== "x") continue;
      const imported = fileForUrlPath(siteDir, target.pathname);
      if (imported) visit(imported, target.pathname);
    }
  };
  for (const file of entries)
    visit(
      file,
      "/" +
        file
          .slice(siteDir.length)
          .replace(/^[\\/]+/, "")
          .split("\\")
          .join("/"),
    );
  return { stylesheets: [...new Set(stylesheets)], scripts: [...scripts] };
}

/** Static `import … from "x"` and `export … from "x"`; a dynamic import() happens later and is not counted. */
function staticImports(source: string): string[] {
  try {
    const [imports] = parseImports(source);
    return imports.flatMap((i) => (i.type === "static" || i.type === "reexport-star" ? [i.specifier] : []));
  } catch {
    return []; // a classic script, not a module
  }
}

/** A budgets.json URL pattern: "*" is one path segment, "**" any number (even none); names starting with a dot included. */
export function globMatches(pattern: string, path: string): boolean {
  return picomatch.isMatch(path, pattern, { dot: true });
}

class GzipSizes {
  private readonly cache = new Map<string, number>();
  of(file: string): number {
    let size = this.cache.get(file);
    if (size === undefined) {
      size = gzipSync(readFileSync(file)).length;
      this.cache.set(file, size);
    }
    return size;
  }
}

const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);
const total = (w: PageWeight) => w.html + w.css + w.js;
const kb = (bytes: number) => `${(bytes / KB).toFixed(1)} KB`;
