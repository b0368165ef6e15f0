/**
 * `npm run check`: the checks every pull request passes, on the site `npm run build` wrote to _site/.
 * Prints one report and exits with 1 when a check fails. Options: --only=html,a11y,links,translations,budgets,typography
 * (a subset) and --site=<folder> (another built site). Also writes reports/check.json for the CI summary,
 * and the figures of the accessibility and HTML checks into the built accessibility statement.
 */
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { performance } from "node:perf_hooks";
import { parseArgs } from "node:util";
import { checkA11y } from "../src/checks/a11y.ts";
import { checkBudgets } from "../src/checks/budgets.ts";
import { checkHtml } from "../src/checks/html.ts";
import { checkLinks } from "../src/checks/links.ts";
import { formatReport } from "../src/checks/report.ts";
import { sitePages } from "../src/checks/site-files.ts";
import { checkTranslations } from "../src/checks/translations.ts";
import { checkTypography } from "../src/checks/typography.ts";
import { type CheckResult, count } from "../src/checks/types.ts";
import { type CheckRun, writeStatementFigures } from "../src/checks/statement-figures.ts";
import { readSiteData } from "../src/i18n/site-strings.ts";

const { values } = parseArgs({ options: { only: { type: "string" }, site: { type: "string", default: "_site" } } });
const siteDir = values.site!;
if (!existsSync(siteDir)) {
  console.error(`No built site in ${siteDir}/: run npm run build first.`);
  process.exit(1);
}

const checks: Record<string, () => CheckResult | Promise<CheckResult>> = {
  html: () => checkHtml({ siteDir }),
  a11y: () => checkA11y({ siteDir }),
  links: () => checkLinks({ siteDir }),
  translations: () => checkTranslations(),
  budgets: () => checkBudgets({ siteDir }),
  typography: () => checkTypography({ siteDir }),
};
const selected = values.only ? values.only.split(",").map((name) => name.trim()) : Object.keys(checks);
const unknown = selected.filter((name) => !(name in checks));
if (unknown.length) {
  console.error(`Unknown check ${unknown.join(", ")}; the checks are ${Object.keys(checks).join(", ")}.`);
  process.exit(2);
}

const started = performance.now();
// The HTML checker (Java) and the accessibility check (Chromium) run side by side; the others take milliseconds.
const results = await Promise.all(
  selected.map(async (name) => {
    const start = performance.now();
    let outcome: CheckResult;
    try {
      outcome = await checks[name]();
    } catch (error) {
      outcome = { name, summary: "crashed", errors: [{ message: (error as Error).stack ?? String(error) }], warnings: [], tables: [] };
    }
    return { ...outcome, id: name, seconds: (performance.now() - start) / 1000 };
  }),
);
const seconds = (performance.now() - started) / 1000;

console.log(formatReport(results, `npm run check: ${sitePages(siteDir).length} pages in ${siteDir}/, ${seconds.toFixed(1)} s`));
const run: CheckRun & { seconds: number } = { finishedAt: new Date().toISOString(), seconds, results };
mkdirSync("reports", { recursive: true });
writeFileSync("reports/check.json", JSON.stringify(run, null, 1));
// After the checks, which examined the statement as the build wrote it: the figures are this run's own.
const statements = writeStatementFigures(siteDir, run, readSiteData("_data"));
if (statements.length) console.log(`\nThe figures of this run are written into ${count(statements.length, "page")}: ${statements.join(", ")}.`);
process.exit(results.some((r) => r.errors.length) ? 1 : 0);
