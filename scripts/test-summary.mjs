// Prints "N passed, N failed" summed from the checks', vitest's and Playwright's JSON reports (plain JS: runs before anything is compiled).
import { existsSync, readFileSync } from "node:fs";

const read = (file) => (existsSync(file) ? JSON.parse(readFileSync(file, "utf8")) : undefined);
const vitest = read("reports/vitest.json");
const playwright = read("reports/playwright.json");
const checks = read("reports/check.json");

let passed = 0;
let failed = 0;
if (vitest) {
  passed += vitest.numPassedTests;
  failed += vitest.numFailedTests;
  // A file that fails outside its tests (in beforeAll, or at import) fails none of them: it counts as one failure.
  failed += vitest.testResults.filter((file) => file.status === "failed" && !file.assertionResults.some((test) => test.status === "failed")).length;
}
if (playwright) {
  passed += playwright.stats.expected + playwright.stats.flaky;
  failed += playwright.stats.unexpected;
}
if (checks) {
  // Each check of `npm run check` (HTML, accessibility, links, translations, budgets) counts as one test.
  passed += checks.results.filter((r) => r.errors.length === 0).length;
  failed += checks.results.filter((r) => r.errors.length > 0).length;
}
if (!checks) console.log("npm run check wrote no report: the checks did not run");
if (!vitest) console.log("vitest wrote no report: the unit tests did not run");
if (!playwright) console.log("Playwright wrote no report: the end-to-end tests did not run");
console.log(`${passed} passed, ${failed} failed`);
