/**
 * `npm run bench:search`: how heavy search is for a visitor. Builds nothing: run it against a served
 * build (npm start). Reports the index size on disk per language, and the bytes a real Chromium
 * transfers (compressed, as on the wire) for the search page and for a first query.
 */
import { readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { chromium } from "@playwright/test";

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

const index = sizeOf("_site/pagefind");
console.log(`Index on disk: ${kb(index.bytes)} in ${index.files} files`);

const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox", "--disable-gpu"] });
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
  console.log(`${locale}: search page ${kb(pageBytes)}; first query «${query}» ${kb(transferred)} (index, WebAssembly, fragments)`);
  await page.close();
}
await browser.close();
