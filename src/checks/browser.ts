import { existsSync, readFileSync } from "node:fs";
import { extname } from "node:path";
import { chromium, type Browser, type BrowserContext } from "@playwright/test";
import { fileForUrlPath } from "./site-files.ts";

/** Browsers cannot be downloaded here: Debian's Chromium when it is installed, else Playwright's own. */
export function chromiumExecutable(): string | undefined {
  const systemChromium = "/usr/bin/chromium";
  return existsSync(systemChromium) ? systemChromium : undefined;
}

export const chromiumArgs = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumExecutable(), args: chromiumArgs });
}

/** The origin under which a built site is opened from disk, without a server or a port. */
export const SITE_ORIGIN = "http://site.check";

const types: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".json": "application/json",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".jpg": "image/jpeg",
  ".jpeg": "image/jpeg",
  ".webp": "image/webp",
  ".avif": "image/avif",
  ".woff2": "font/woff2",
  ".wasm": "application/wasm",
  ".xml": "application/xml",
};

/** A browser context that answers SITE_ORIGIN from the files of `siteDir` and refuses everything else. */
export async function siteContext(browser: Browser, siteDir: string): Promise<BrowserContext> {
  const context = await browser.newContext();
  await context.route("**/*", async (route) => {
    const url = new URL(route.request().url());
    if (url.origin !== SITE_ORIGIN) return route.abort("blockedbyclient");
    const file = fileForUrlPath(siteDir, url.pathname);
    if (!file) return route.fulfill({ status: 404, contentType: "text/plain", body: "Not found" });
    return route.fulfill({ status: 200, contentType: types[extname(file)] ?? "application/octet-stream", body: readFileSync(file) });
  });
  return context;
}
