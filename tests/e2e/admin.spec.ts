import { expect, type Page, test } from "@playwright/test";
import { parse, stringify } from "yaml";
import { parseCsp, securityProblems } from "../helpers/header-policy.ts";

/** Everything /admin/ does that its policy or its origin would not allow, as the browser reports it. */
function watch(page: Page, origin: string) {
  const problems: string[] = [];
  page.on("pageerror", (error) => problems.push(`script error: ${error.message}`));
  page.on("console", (message) => {
    if (/Content Security Policy|Refused to/i.test(message.text())) problems.push(`CSP: ${message.text()}`);
  });
  page.on("request", (request) => {
    const url = new URL(request.url());
    if (!["data:", "blob:"].includes(url.protocol) && url.origin !== origin) problems.push(`request off the origin: ${request.url()}`);
  });
  return problems;
}

/** The built config.yml with the in-browser test-repo backend, as an editor trying the CMS offline gets it. */
async function withTestRepo(page: Page) {
  await page.route(/\/admin\/config\.yml/, async (route) => {
    const config = parse(await (await route.fetch()).text());
    config.backend = { name: "test-repo" };
    config.publish_mode = "simple";
    await route.fulfill({ contentType: "text/yaml", body: stringify(config) });
  });
}

test.use({ locale: "en-US" });

test("/admin/ has a policy of its own: no eval or inline script, never framed or indexed", async ({ request }) => {
  const response = await request.get("/admin/");
  expect(response.status()).toBe(200);
  const headers = response.headers();
  const csp = parseCsp(headers["content-security-policy"] ?? "");
  expect(csp.get("script-src")).toEqual(["'self'"]);
  expect(csp.get("frame-ancestors")).toEqual(["'none'"]);
  expect(csp.get("default-src")).toEqual(["'none'"]);
  expect(csp.get("connect-src")).toContain("https://api.github.com");
  expect(headers["x-robots-tag"]).toContain("noindex");
  expect(await response.text()).toContain('<meta name="robots" content="noindex');
  // The rest of the site keeps its strict policy.
  expect(securityProblems((await request.get("/fr/actualites/")).headers())).toEqual([]);
  // The site's other headers too, but for Svelte's inline styles and the sign-in pop-up's opener.
  expect(headers["cross-origin-opener-policy"]).toBe("same-origin-allow-popups");
  expect(securityProblems(headers).filter((problem) => !problem.includes("unsafe-inline") && !problem.includes("Cross-Origin-Opener-Policy"))).toEqual([]);
});

test("/admin/ loads the CMS under its policy, with no violation, no script error and no request off the origin", async ({ page, baseURL }) => {
  const problems = watch(page, new URL(baseURL!).origin);
  await page.goto("/admin/");
  // The sign-in screen of the GitHub backend, in the browser's language.
  await expect(page.getByRole("button", { name: /GitHub/i })).toBeVisible({ timeout: 30_000 });
  await page.waitForTimeout(1000);
  expect(problems).toEqual([]);
});

test("with the test-repo backend, the CMS lists one collection per content type, both languages in each, and the data files", async ({ page, baseURL }) => {
  const problems = watch(page, new URL(baseURL!).origin);
  // What Sveltia finds wrong in config.yml it says on the console (an unknown option, a bad filter).
  page.on("console", (message) => {
    if (["warning", "error"].includes(message.type()) && /collection|configuration/i.test(message.text())) problems.push(`config: ${message.text()}`);
  });
  await withTestRepo(page);
  await page.goto("/admin/");
  await page.getByRole("button", { name: /test repository/i }).click();
  for (const name of [
    "News / Actualités",
    "Glossary / Glossaire",
    "Adopted texts / Textes adoptés",
    "Good practices / Bonnes pratiques",
    "Pages",
    "Data / Données",
  ])
    await expect(page.getByRole("treeitem", { name, exact: true })).toBeVisible({ timeout: 30_000 });
  await expect(page.getByRole("treeitem")).toHaveCount(6);
  expect(problems).toEqual([]);
});

test("the CMS loads on /admin/ only: the sitemap leaves it out and no page of the site loads its script", async ({ request }) => {
  const sitemap = await (await request.get("/sitemap.xml")).text();
  expect(sitemap).not.toContain("/admin/");
  const pages = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map(([, url]) => new URL(url).pathname);
  expect(pages.length).toBeGreaterThan(20);
  for (const path of pages) expect(await (await request.get(path)).text(), path).not.toMatch(/sveltia|\/admin\//i);
});
