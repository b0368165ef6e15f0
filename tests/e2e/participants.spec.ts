import AxeBuilder from "@axe-core/playwright";
import { expect, type Page, test } from "@playwright/test";

/** Violations of the Content-Security-Policy the page reports, as the browser itself reports them. */
async function watchCsp(page: Page): Promise<string[]> {
  const violations: string[] = [];
  await page.exposeFunction("reportCspViolation", (text: string) => violations.push(text));
  await page.addInitScript(() =>
    document.addEventListener("securitypolicyviolation", (event) =>
      (window as unknown as { reportCspViolation(text: string): void }).reportCspViolation(
        `${event.violatedDirective} blocked ${event.blockedURI || "inline"}`,
      ),
    ),
  );
  return violations;
}

for (const { locale, home, title, chartName, figure, firstRow } of [
  {
    locale: "fr",
    home: "/fr/",
    title: "Les participants de l’Alliance",
    chartName: "Nombre de participants de l’Alliance, chiffre par chiffre",
    figure: "130 villes et régions de 29 pays",
    firstRow: ["printemps 2013", "114"],
  },
  {
    locale: "en",
    home: "/en/",
    title: "The Alliance’s participants",
    chartName: "Number of participants in the Alliance, figure by figure",
    figure: "130 cities and regions from 29 countries",
    firstRow: ["spring 2013", "114"],
  },
]) {
  test(`${locale}: the home page's counter leads to the participants page, whose chart is an image with its name, styled by the site's CSS under its CSP`, async ({
    page,
  }) => {
    const violations = await watchCsp(page);
    await page.goto(home);
    const counter = page.locator(".participants-counter");
    await expect(counter.locator(".counter-figure")).toHaveText(figure);
    await counter.getByRole("link").click();
    await expect(page).toHaveURL(new RegExp(`/${locale}/participants/$`));
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);

    const chart = page.getByRole("img", { name: chartName });
    await expect(chart).toBeVisible();
    await expect(chart).toHaveAccessibleDescription(/114.*130/);
    // Colours come from the stylesheet by class (no style attribute); alignment from SVG presentation attributes.
    const bar = chart.locator("rect.chart-bar").first();
    await expect(bar).toHaveCSS("fill", "rgb(11, 59, 122)");
    await expect(chart.locator("text.chart-scale").first()).toHaveCSS("text-anchor", "end");
    const bars = await chart.locator("rect.chart-bar").evaluateAll((rects) => rects.map((r) => r.getBoundingClientRect().height));
    expect(bars).toHaveLength(6);
    expect(bars.every((height, n) => n === 0 || height >= bars[n - 1])).toBe(true);

    const history = page.getByRole("table").first();
    await expect(history.getByRole("row")).toHaveCount(7);
    await expect(history.getByRole("row").nth(1)).toHaveText(new RegExp(firstRow.join("\\s*")));

    const axe = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]).analyze();
    expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(", ")}`)).toEqual([]);
    expect(violations).toEqual([]);
  });
}

test.describe("on a phone, without JavaScript", () => {
  test.use({ viewport: { width: 360, height: 740 }, javaScriptEnabled: false });

  for (const path of ["/fr/participants/", "/en/participants/"]) {
    test(`${path}: the chart and the tables fit the screen, nothing scrolls sideways`, async ({ page }) => {
      await page.goto(path);
      await expect(page.getByRole("img")).toBeVisible();
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow).toBeLessThanOrEqual(0);
    });
  }
});

test("the participants pages are in the search index, each in its own locale", async ({ page }) => {
  for (const [search, label, path] of [
    ["/fr/recherche/", "Mots recherchés", "/fr/participants/"],
    ["/en/search/", "Search for", "/en/participants/"],
  ]) {
    await page.goto(search);
    await page.getByLabel(label).fill("Tivat");
    const links = page.locator("[data-search-results] > li h2 a");
    await expect(links.first()).toBeVisible();
    expect(await links.evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).pathname))).toContain(path);
  }
});
