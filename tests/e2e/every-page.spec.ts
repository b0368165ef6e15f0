import { expect, test } from "@playwright/test";
import { sitePages } from "../../src/checks/site-files.ts";
import { securityProblems } from "../helpers/header-policy.ts";

/** Every page of the built site (every .html in _site/, not a list), in a real browser, under the production headers. */
for (const { url: path } of sitePages("_site")) {
  test(`${path} loads under the site's headers without a CSP violation or console error, and its navigation links answer`, async ({ page, request }) => {
    const problems: string[] = [];
    page.on("console", (message) => {
      if (message.type() === "error" || message.type() === "warning") problems.push(`${message.type()}: ${message.text()}`);
    });
    page.on("pageerror", (error) => problems.push(`page error: ${error.message}`));
    page.on("requestfailed", (req) => problems.push(`request failed: ${req.url()}`));
    // Reported by the browser itself, whether or not it also logs the violation to the console.
    await page.exposeFunction("reportCspViolation", (text: string) => problems.push(`CSP violation: ${text}`));
    await page.addInitScript(() =>
      document.addEventListener("securitypolicyviolation", (event) =>
        (window as unknown as { reportCspViolation(text: string): void }).reportCspViolation(
          `${event.violatedDirective} blocked ${event.blockedURI || "inline code"}`,
        ),
      ),
    );

    const response = await page.goto(path);
    expect(response?.status()).toBe(200);
    expect(securityProblems(response!.headers())).toEqual([]);
    await expect(page.locator("h1")).toHaveCount(1);

    const links = await page
      .locator(".main-nav a, .language-switcher a, .site-name, .chooser-list a")
      .evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).getAttribute("href")!));
    if (path !== "/") expect(links.length).toBeGreaterThanOrEqual(7);
    for (const href of new Set(links)) {
      const answer = await request.get(href);
      expect(answer.status(), `${href} linked from ${path}`).toBe(200);
    }
    expect(problems).toEqual([]);
  });
}
