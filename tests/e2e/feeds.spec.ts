import { parseFeed } from "@rowanmanning/feed-parser";
import { expect, test, type APIRequestContext, type Page } from "@playwright/test";
import ICAL from "ical.js";
import { parseHTML } from "linkedom";

/** Every <link rel="alternate"> in a page's head, followed over HTTP and read with the parser its type calls for. */
const pages = ["/", "/fr/", "/en/", "/fr/actualites/", "/en/news/", "/fr/actualites/colloque-ldh-les-roms-ont-des-droits/", "/en/about/"];

async function headAlternates(page: Page) {
  return page
    .locator('head link[rel="alternate"]')
    .evaluateAll((links) => links.map((l) => ({ href: (l as HTMLLinkElement).href, type: l.getAttribute("type"), hreflang: l.getAttribute("hreflang") })));
}

async function fetchText(request: APIRequestContext, href: string) {
  const response = await request.get(new URL(href).pathname);
  expect(response.status(), href).toBe(200);
  return response.text();
}

for (const path of pages) {
  test(`${path}: every alternate link in the head answers and parses`, async ({ page, request }) => {
    await page.goto(path);
    const pageLang = await page.locator("html").getAttribute("lang");
    const alternates = await headAlternates(page);
    const types = new Set(alternates.map((a) => a.type));
    for (const type of ["application/rss+xml", "application/atom+xml", "application/feed+json", "text/calendar"]) expect(types, path).toContain(type);

    for (const { href, type, hreflang } of alternates) {
      // Each alternate is on this site, and its language is the page's (or, on the chooser page, the one it names).
      expect(new URL(href).origin).toBe(new URL(page.url()).origin);
      const language = type ? (hreflang ?? pageLang) : hreflang;
      const text = await fetchText(request, href);
      if (type === "application/rss+xml" || type === "application/atom+xml") {
        const feed = parseFeed(text);
        expect(feed.language, href).toBe(language);
        expect(feed.items.length, href).toBeGreaterThanOrEqual(8);
        for (const item of feed.items) expect(item.url).toMatch(new RegExp(`^${new URL(href).origin}/${language}/`));
      } else if (type === "application/feed+json") {
        const feed = JSON.parse(text);
        expect(feed.version).toBe("https://jsonfeed.org/version/1.1");
        expect(feed.language).toBe(language);
        expect(feed.items.length).toBeGreaterThanOrEqual(8);
      } else if (type === "text/calendar") {
        const calendar = new ICAL.Component(ICAL.parse(text));
        expect(calendar.name).toBe("vcalendar");
        expect(calendar.getAllSubcomponents("vevent").length).toBeGreaterThanOrEqual(7);
        expect(calendar.getFirstProperty("name")!.getParameter("language")).toBe(language);
      } else {
        // hreflang alternates are the page in another language (or the chooser page for x-default).
        const { document } = parseHTML(text);
        if (hreflang !== "x-default") expect(document.documentElement.getAttribute("lang"), href).toBe(hreflang);
        expect(document.querySelector("h1"), href).not.toBeNull();
      }
    }
  });
}

test("the colloquium article shows its event in Paris time, links its neighbours and says it again in JSON-LD", async ({ page }) => {
  await page.goto("/fr/actualites/colloque-ldh-les-roms-ont-des-droits/");
  const facts = page.locator(".article-facts");
  await expect(facts).toContainText(/12 décembre 2013, 9\sh\s30/);
  await expect(facts).toContainText(/17\sh\s30 UTC\+1/);
  await expect(facts.locator("time").first()).toHaveAttribute("datetime", "2013-12-12T09:30:00+01:00");
  const jsonLd = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent())!);
  const event = jsonLd["@graph"].find((node: { "@type": string }) => node["@type"] === "Event");
  expect(event).toMatchObject({ startDate: "2013-12-12T09:30:00+01:00", endDate: "2013-12-12T17:30:00+01:00", location: { "@type": "Place" } });

  const around = page.getByRole("navigation", { name: "Autres actualités" });
  await around.getByRole("link", { name: /Article précédent/ }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", "fr");
  await expect(page).toHaveURL(/\/fr\/actualites\/[^/]+\/$/);
  await page
    .getByRole("navigation", { name: "Autres actualités" })
    .getByRole("link", { name: /Article suivant/ })
    .click();
  await expect(page).toHaveURL(/\/fr\/actualites\/colloque-ldh-les-roms-ont-des-droits\/$/);
  await page.getByRole("link", { name: "Read this article in English" }).click();
  await expect(page).toHaveURL(/\/en\/news\/ldh-colloquium-roma-have-rights\/$/);
  await expect(page.locator(".article-facts")).toContainText("12 December 2013, 09:30");
});

test("the footer's RSS link leads to the locale's RSS feed", async ({ page, request }) => {
  for (const [home, feed] of [
    ["/fr/", "/fr/feed.xml"],
    ["/en/", "/en/feed.xml"],
  ]) {
    await page.goto(home);
    const href = await page.locator('.site-footer a[type="application/rss+xml"]').getAttribute("href");
    expect(href).toBe(feed);
    const parsed = parseFeed(await (await request.get(href!)).text());
    expect(parsed.language).toBe(home.slice(1, 3));
  }
});
