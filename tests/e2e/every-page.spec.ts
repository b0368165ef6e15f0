import { expect, test } from "@playwright/test";
import { sitePaths } from "./site-pages.ts";

/** Every page of the built site, in a real browser, under the production headers. */
for (const path of sitePaths()) {
  test(`${path} loads without console errors and its navigation links answer`, async ({ page, request }) => {
    const problems: string[] = [];
    page.on("console", (message) => {
      if (message.type() === "error" || message.type() === "warning") problems.push(`${message.type()}: ${message.text()}`);
    });
    page.on("pageerror", (error) => problems.push(`page error: ${error.message}`));
    page.on("requestfailed", (req) => problems.push(`request failed: ${req.url()}`));

    const response = await page.goto(path);
    expect(response?.status()).toBe(200);
    expect(response?.headers()["content-security-policy"]).toContain("default-src 'none'");
    await expect(page.locator("h1")).toHaveCount(1);

    const links = await page.locator(".main-nav a, .language-switcher a, .site-name, .chooser-list a").evaluateAll((as) =>
      as.map((a) => (a as HTMLAnchorElement).getAttribute("href")!),
    );
    if (path !== "/") expect(links.length).toBeGreaterThanOrEqual(7);
    for (const href of new Set(links)) {
      const answer = await request.get(href);
      expect(answer.status(), `${href} linked from ${path}`).toBe(200);
    }
    expect(problems).toEqual([]);
  });
}
