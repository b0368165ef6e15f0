/**
 * `npm run bench:search`: how heavy search is for a visitor. Builds nothing: run it against a served
 * build (npm start). Reports the index size on disk per language, and the bytes a real Chromium
 * transfers (compressed, as on the wire) for the search page and for a first query.
 */
import { readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { launchChromium } from "../../src/checks/browser.ts";
import { searchBundlePath } from "../../src/search/index-site.ts";
import { table, writeSection } from "./report.ts";

const origin = process.env.BASE_URL ?? `http://localhost:${process.env.PORT ?? 8080}`;
const queries: Record<string, string> = { fr: "Roms", en: "Roma" };
const searchPaths: Record<string, string> = { fr: "/fr/recherche/", en: "/en/search/" };

function sizeOf(dir: string): { bytes: number; files: number } {
  let bytes = 0;
  let files = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      const inner = sizeOf(path);
      bytes += inner.bytes;
      files += inner.files;
    } else {
      bytes += statSync(path).size;
      files += 1;
    }
  }
  return { bytes, files };
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

const rows: string[][] = Object.keys(queries).map((locale) => {
  const bundle = sizeOf(join("_site", searchBundlePath(locale)));
  return [`${locale}: index on disk (\`_site${searchBundlePath(locale)}\`)`, `${kb(bundle.bytes)} in ${bundle.files} files`];
});

const browser = await launchChromium();
for (const [locale, query] of Object.entries(queries)) {
  const page = await browser.newPage();
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("Network.enable");
  await cdp.send("Network.setCacheDisabled", { cacheDisabled: true });
  let transferred = 0;
  cdp.on("Network.loadingFinished", (event: { encodedDataLength: number }) => (transferred += event.encodedDataLength));

  await page.goto(origin + searchPaths[locale], { waitUntil: "networkidle" });
  const pageBytes = transferred;
  transferred = 0;
  await page.fill("#search-q", query);
  await page.locator("[data-search-results] > li").first().waitFor();
  await page.waitForLoadState("networkidle");
  rows.push([`${locale}: search page (HTML, CSS, JS) before any query`, kb(pageBytes)]);
  rows.push([`${locale}: first query «${query}» (Pagefind script, WebAssembly, index, fragments)`, kb(transferred)]);
  await page.close();
}
await browser.close();

const summary = table(["what", "bytes"], rows);
console.log(summary);
writeSection(
  "search",
  `## Search (\`npm start\`, then \`npm run bench:search\`)

Pagefind indexes only \`<main data-pagefind-body>\`, one bundle per locale (\`_site/pagefind/<locale>/\`).
Transfers are measured in Chromium through the DevTools protocol (\`encodedDataLength\`, cache disabled)
against the local server, which does not compress: on the CDN they are smaller still. Target: under 150 KB
for the first query.

${summary}`,
);
