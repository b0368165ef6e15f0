import AxeBuilder from "@axe-core/playwright";
import type { Result as AxeViolation } from "axe-core";
import { launchChromium, siteContext, SITE_ORIGIN } from "./browser.ts";
import { PageSources, sitePages, type SitePage } from "./site-files.ts";
import { count, result, type CheckResult, type Finding } from "./types.ts";

const NAME = "Accessibility (axe-core, WCAG 2.2 A and AA)";

/** WCAG 2.0, 2.1 and 2.2 success criteria at levels A and AA. */
export const WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

export interface A11yCheckOptions {
  siteDir: string;
  root?: string;
  /** Pages analysed at the same time (each is a tab of one browser). */
  concurrency?: number;
}

/** Every page of the built site, rendered in Chromium (scripts and styles applied), through axe-core. */
export async function checkA11y({ siteDir, root = process.cwd(), concurrency = 2 }: A11yCheckOptions): Promise<CheckResult> {
  const pages = sitePages(siteDir);
  if (pages.length === 0) return result(NAME, "no pages", { errors: [{ message: `no HTML page in ${siteDir}: build the site first (npm run build)` }] });
  const sources = PageSources.read(siteDir, root);
  const browser = await launchChromium();
  const errors: Finding[] = [];
  let violationCount = 0;
  try {
    const context = await siteContext(browser, siteDir);
    const queue = [...pages];
    const worker = async () => {
      const tab = await context.newPage();
      for (let page = queue.shift(); page; page = queue.shift()) {
        await tab.goto(SITE_ORIGIN + page.url);
        // Legacy mode runs axe.run() in the page itself: the pages have no frames, and it saves opening a blank page per analysis.
        const { violations } = await new AxeBuilder({ page: tab }).withTags(WCAG_TAGS).setLegacyMode(true).analyze();
        violationCount += violations.length;
        errors.push(...violations.map((violation) => describe(violation, page, sources)));
      }
      await tab.close();
    };
    await Promise.all(Array.from({ length: Math.min(concurrency, pages.length) }, worker));
  } finally {
    await browser.close();
  }
  errors.sort((a, b) => (a.where ?? "").localeCompare(b.where ?? ""));
  return result(NAME, `${count(pages.length, "page")}, ${count(violationCount, "violation")}`, {
    errors,
    figures: { pages: pages.length, problems: violationCount },
  });
}

/** One violation on one page: the rule, what it asks for, and the elements (up to three) that break it. */
function describe(violation: AxeViolation, page: SitePage, sources: PageSources): Finding {
  const nodes = violation.nodes;
  const shown = nodes.slice(0, 3).map((node) => node.html.replace(/\s+/g, " ").slice(0, 160));
  const more = nodes.length > shown.length ? ` and ${nodes.length - shown.length} more` : "";
  // An element's src or href, when the page's source file contains it, gives the editor the line.
  const needle = /\b(?:src|href)="([^"]+)"/.exec(nodes[0]?.html ?? "")?.[1];
  return {
    where: sources.locate(page, needle),
    message: `[${violation.id}] ${violation.help}: ${shown.join(" | ")}${more} (${violation.helpUrl.replace(/\?.*$/, "")})`,
  };
}
