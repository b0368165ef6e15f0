import { readFileSync } from "node:fs";
import { type APIRequestContext, expect, test } from "@playwright/test";
import { parse } from "smol-toml";
import { OLD_SITE_KEY, readOldAddresses } from "../../src/redirects/old-addresses.ts";
import { readPageUrls } from "../../src/redirects/page-urls.ts";

/**
 * The old roma-alliance.org addresses, asked of `npm start`'s server (Netlify's own redirect engine,
 * reading netlify.toml), as a browser or a search engine would: a permanent redirect, then a page.
 * Where a row's page is in the build being served, the redirect must lead to that page's URL; a page
 * that is not built (a section of another branch before it is merged) is `npm run check`'s to report,
 * which fails on every table row whose page is missing.
 */
const { locales, pages: table } = readOldAddresses("_data");
const pageUrls = readPageUrls("_site") ?? {};
const rules = (parse(readFileSync("netlify.toml", "utf8")) as { redirects: { from: string; to: string }[] }).redirects;

/** Where a row goes: its page's URL in this build, else (not built here) the URL netlify.toml names. */
function expectedTarget(key: string, id: number, locale: string): string {
  const built = pageUrls[key]?.[locale];
  if (built) return built;
  const rule = rules.find((r) => r.from === `/${locale}/page/${id}-*`);
  if (!rule) throw new Error(`netlify.toml has no rule for /${locale}/page/${id}-*`);
  return rule.to;
}

async function redirectOf(request: APIRequestContext, path: string) {
  const response = await request.get(path, { maxRedirects: 0 });
  const location = response.headers().location;
  return { status: response.status(), target: location ? new URL(location, "http://localhost").pathname : undefined };
}

/** The old address answers 301 to `target`, and `target` is a page (200). */
async function expectMovedTo(request: APIRequestContext, path: string, target: string, built = true) {
  expect(await redirectOf(request, path), path).toEqual({ status: 301, target });
  if (built) expect((await request.get(target, { maxRedirects: 0 })).status(), `${path} → ${target}`).toBe(200);
}

test("the old About us page leads to the new one, whatever the locale and the slug", async ({ request }) => {
  await expectMovedTo(request, "/en/page/33-about-us.html", "/en/about/");
  await expectMovedTo(request, "/fr/page/33-about-us.html", "/fr/a-propos/");
  await expectMovedTo(request, "/fr/page/33-a-propos-de-nous.html", "/fr/a-propos/");
  await expectMovedTo(request, "/en/page/33", "/en/about/");
});

test("English addresses with French slugs, odd slugs and deeper paths count only the id", async ({ request }) => {
  await expectMovedTo(request, "/en/page/135-orientations-strategiques-presentees-a-bakou.html", "/en/about/");
  await expectMovedTo(request, "/fr/page/109-colloque-%C2%AB-les-roms-ont-des-droits-%C2%BB.html", pageUrls["2013-12-ldh-colloquium"]?.fr ?? "missing");
  await expectMovedTo(request, "/en/page/50-The_Alliance_Launch.HTML", pageUrls["2013-03-alliance-launch"]?.en ?? "missing");
  await expectMovedTo(request, "/en/page/191-belgrade/print", pageUrls["2015-06-belgrade-seminar"]?.en ?? "missing");
  await expectMovedTo(request, "/en/page/157-", pageUrls["international-roma-day"]?.en ?? "missing");
});

test("an old page the table does not list goes to the locale's page on the former site, never to a 404", async ({ request }) => {
  const [fr, en] = [pageUrls[OLD_SITE_KEY]?.fr, pageUrls[OLD_SITE_KEY]?.en];
  expect([fr, en]).toEqual(["/fr/ancien-site/", "/en/old-site/"]);
  for (const path of ["/fr/page/999-page-inconnue.html", "/fr/page/", "/fr/page/3-trois.html", "/fr/page/333-x.html", "/fr/page/abc"]) {
    await expectMovedTo(request, path, fr!);
  }
  for (const path of ["/en/page/999-unknown-page.html", "/en/page/", "/en/page/1", "/en/page/330-not-33.html"]) await expectMovedTo(request, path, en!);
});

test("the page on the former site says what it was, in each locale, and links to the sections", async ({ page }) => {
  await page.goto("/en/page/999-unknown.html");
  await expect(page).toHaveURL(/\/en\/old-site\/$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("The Alliance’s former website");
  await expect(page.getByRole("main").getByRole("link", { name: "Join the Alliance" })).toHaveAttribute("href", "/en/join/");
  await page.goto("/fr/page/999-inconnue.html");
  await expect(page).toHaveURL(/\/fr\/ancien-site\/$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("L’ancien site de l’Alliance");
  await expect(page.getByRole("main").getByRole("link", { name: "la recherche" }).first()).toHaveAttribute("href", "/fr/recherche/");
});

for (const { id, key } of table) {
  test(`old page ${id} leads to "${key}" in each of the old site's locales, with or without its slug`, async ({ request }) => {
    for (const locale of locales) {
      const target = expectedTarget(key, id, locale);
      const built = pageUrls[key]?.[locale] !== undefined;
      await expectMovedTo(request, `/${locale}/page/${id}-some-title-in-any-language.html`, target, built);
      await expectMovedTo(request, `/${locale}/page/${id}`, target, built);
    }
  });
}
