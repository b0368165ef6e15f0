/**
 * `npm run bench:weight`: after `npm run build`, the bytes a first visit to one page of each type
 * transfers, gzip-compressed as the CDN sends them: HTML, CSS, JS (with static imports), images
 * loaded without `loading="lazy"`, and fonts. Also whether the HTML alone, and the HTML with all
 * the CSS, fit in the first 14 KB round trip (TCP's initial congestion window).
 */
import { readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { parseHTML } from "linkedom";
import { pageResources } from "../../src/checks/budgets.ts";
import { representativePages } from "./page-types.ts";
import { table, writeSection } from "./report.ts";

const siteDir = "_site";
const KB = 1024;
const kb = (bytes: number) => `${(bytes / KB).toFixed(1)} KB`;
const gzip = (file: string) => gzipSync(readFileSync(file)).length;
const fileOf = (url: string) => join(siteDir, url.endsWith("/") ? `${url}index.html` : url);

const rows: string[][] = [];
for (const locale of ["fr", "en"]) {
  for (const [type, url] of Object.entries(representativePages(locale))) {
    const htmlFile = fileOf(url);
    const html = readFileSync(htmlFile, "utf8");
    const { stylesheets, scripts } = pageResources(siteDir, html);
    const { document } = parseHTML(html);
    // Images already compressed: their size on disk is what travels. Lazy ones wait until scrolled to.
    const images = [...document.querySelectorAll("img[src]")]
      .filter((img) => img.getAttribute("loading") !== "lazy" && img.getAttribute("src")!.startsWith("/"))
      .map((img) => statSync(join(siteDir, img.getAttribute("src")!)).size);
    const fonts = stylesheets.flatMap((file) =>
      [...readFileSync(file, "utf8").matchAll(/url\(["']?([^"')]+\.(?:woff2?|ttf|otf))/g)].map((m) => statSync(join(siteDir, m[1])).size),
    );
    const htmlBytes = gzip(htmlFile);
    const cssBytes = stylesheets.reduce((sum, file) => sum + gzip(file), 0);
    const jsBytes = scripts.reduce((sum, file) => sum + gzip(file), 0);
    const imageBytes = images.reduce((a, b) => a + b, 0);
    const fontBytes = fonts.reduce((a, b) => a + b, 0);
    const total = htmlBytes + cssBytes + jsBytes + imageBytes + fontBytes;
    rows.push([
      `${type} (${locale})`,
      `\`${url}\``,
      kb(htmlBytes),
      kb(cssBytes),
      kb(jsBytes),
      kb(imageBytes),
      kb(fontBytes),
      kb(total),
      htmlBytes <= 14 * KB ? "yes" : "no",
      htmlBytes + cssBytes <= 14 * KB ? "yes" : "no",
    ]);
  }
}

const summary = table(["page type", "page", "HTML", "CSS", "JS", "images", "fonts", "total", "HTML ≤ 14 KB", "HTML + CSS ≤ 14 KB"], rows);
console.log(summary);
writeSection(
  "weight",
  `## Page weight (\`npm run build\`, then \`npm run bench:weight\`)

Bytes of a first visit, gzip-compressed (images as they are). The search page's index is loaded only
when a query is typed: see the search section. The stylesheet is one file shared by every page and
cached for a year, so later pages cost only their HTML.

${summary}`,
);
