/**
 * `npm run bench:lighthouse`: Lighthouse (mobile settings, the default) on one page of each type,
 * against the served build (run `npm start` first). Writes the four scores to docs/performance.md.
 */
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";
import { chromiumArgs, chromiumExecutable } from "../../src/checks/browser.ts";
import { representativePages } from "./page-types.ts";
import { table, writeSection } from "./report.ts";

const origin = process.env.BASE_URL ?? `http://localhost:${process.env.PORT ?? 8080}`;
const categories = ["performance", "accessibility", "best-practices", "seo"];

const chrome = await chromeLauncher.launch({
  // Without a path, chrome-launcher looks for an installed Chrome itself.
  chromePath: process.env.CHROME_PATH ?? chromiumExecutable(),
  chromeFlags: ["--headless=new", ...chromiumArgs],
});

const ATTEMPTS = 3;

/**
 * One Lighthouse run that scored every category. A page Lighthouse could not measure has no score,
 * which is not a score of 0; its trace recording sometimes fails here (NO_NAVSTART, "run Lighthouse
 * again"), so a page gets up to three attempts, then the benchmark stops and says why.
 */
async function measured(path: string) {
  let problem = "";
  for (let attempt = 1; attempt <= ATTEMPTS; attempt++) {
    const result = await lighthouse(`${origin}${path}`, { port: chrome.port, output: "json", logLevel: "error", onlyCategories: categories });
    if (!result) throw new Error(`Lighthouse returned nothing for ${path}`);
    const unscored = categories.filter((id) => typeof result.lhr.categories[id]?.score !== "number");
    if (!result.lhr.runtimeError && unscored.length === 0) return result;
    const errors = new Set([result.lhr.runtimeError?.message, ...Object.values(result.lhr.audits).map((audit) => audit.errorMessage)].filter(Boolean));
    problem = `${unscored.join(", ")} not scored: ${[...errors].slice(0, 3).join("; ")}`;
    console.log(`${path}: attempt ${attempt} of ${ATTEMPTS} failed (${problem})`);
  }
  throw new Error(`Lighthouse could not score ${path} in ${ATTEMPTS} attempts: ${problem}`);
}

const rows: (string | number)[][] = [];
/** The version that measured, as its report says. */
let lighthouseVersion = "";
try {
  for (const [type, path] of Object.entries(representativePages("en"))) {
    const result = await measured(path);
    lighthouseVersion = result.lhr.lighthouseVersion;
    const scores = categories.map((id) => Math.round(result.lhr.categories[id].score! * 100));
    const failing = Object.values(result.lhr.audits)
      .filter((audit) => audit.score !== null && audit.score < 1 && audit.scoreDisplayMode === "binary")
      .map((audit) => audit.id);
    rows.push([type, `\`${path}\``, ...scores, failing.join(", ") || "–"]);
    console.log(`${type} ${path}: ${scores.join(" / ")}${failing.length ? ` (failing: ${failing.join(", ")})` : ""}`);
  }
} finally {
  await chrome.kill();
}

const summary = table(["page type", "page", "performance", "accessibility", "best practices", "SEO", "failing binary audits"], rows);
console.log(`\n${summary}`);
writeSection(
  "lighthouse",
  `## Lighthouse (\`npm start\`, then \`npm run bench:lighthouse\`)

Lighthouse ${lighthouseVersion} with its default mobile settings (simulated slow 4G, mid-range phone) in Debian's
Chromium, against the local server (no compression, no HTTP/2: the CDN does better on both).

${summary}`,
);
