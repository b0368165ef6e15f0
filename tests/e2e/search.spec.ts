import { expect, test, type Page } from "@playwright/test";

/** Search in a real browser, under the production headers: any console error or CSP violation fails. */
function watchProblems(page: Page): string[] {
  const problems: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error" || message.type() === "warning") problems.push(message.text());
  });
  page.on("pageerror", (error) => problems.push(error.message));
  return problems;
}

const results = (page: Page) => page.locator("[data-search-results] > li");

test("searching ROMACT in French finds the French colloquium article and no English page", async ({ page }) => {
  const problems = watchProblems(page);
  await page.goto("/fr/recherche/");
  await page.getByLabel("Mots recherchés").fill("ROMACT");
  await expect(page.getByRole("status")).toContainText("pour « ROMACT »");
  const links = await results(page)
    .locator("h2 a")
    .evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).pathname));
  expect(links).toContain("/fr/actualites/colloque-ldh-les-roms-ont-des-droits/");
  expect(links.every((path) => path.startsWith("/fr/"))).toBe(true);
  await expect(results(page).locator("mark").first()).toHaveText(/ROMACT/i);
  await expect(page).toHaveURL(/\?q=ROMACT$/);
  await expect(page.getByLabel("Mots recherchés")).toBeFocused();
  expect(problems).toEqual([]);
});

test("an English query finds English pages only, with dates for news", async ({ page }) => {
  const problems = watchProblems(page);
  await page.goto("/en/search/?q=conference");
  await expect(page.getByRole("status")).toContainText("for “conference”");
  const links = await results(page)
    .locator("h2 a")
    .evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).pathname));
  expect(links).toContain("/en/news/ldh-colloquium-roma-have-rights/");
  expect(links.every((path) => path.startsWith("/en/"))).toBe(true);
  await expect(results(page).first().locator("time")).toHaveText("12 December 2013");
  expect(problems).toEqual([]);
});

test("the type filter narrows the results and stays in the address", async ({ page }) => {
  await page.goto("/en/search/?q=Roma");
  await expect(page.getByRole("status")).toContainText("results for “Roma”");
  const all = await results(page).count();
  await page.getByRole("radio", { name: "News" }).check();
  await expect(page).toHaveURL(/[?&]type=news/);
  // The list is replaced once the filtered search answers: wait until every result shown is news.
  await expect
    .poll(async () => {
      const types = await results(page).locator(".meta").allTextContents();
      return types.length > 0 && types.length <= all && types.every((text) => text.startsWith("News"));
    })
    .toBe(true);
});

test("a query with no hit says so plainly", async ({ page }) => {
  await page.goto("/fr/recherche/?q=zzzyyyxxx");
  await expect(page.getByRole("status")).toHaveText(/Aucun résultat pour « zzzyyyxxx »/);
  await expect(results(page)).toHaveCount(0);
});

test("the header form of an article lands on the results", async ({ page }) => {
  await page.goto("/en/news/ldh-colloquium-roma-have-rights/");
  const form = page.getByRole("search");
  await form.getByRole("searchbox").fill("ROMED");
  await form.getByRole("button", { name: "Search" }).click();
  await expect(page).toHaveURL(/\/en\/search\/\?q=ROMED$/);
  await expect(page.getByRole("status")).toContainText("for “ROMED”");
  await expect(results(page).first()).toBeVisible();
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the search page says so and offers the news and the glossary", async ({ page }) => {
    await page.goto("/fr/recherche/?q=ROMACT");
    await expect(page.getByText("La recherche a besoin de JavaScript")).toBeVisible();
    await expect(page.locator("[data-search-no-js]").getByRole("link", { name: "Actualités" })).toHaveAttribute("href", "/fr/actualites/");
    await expect(page.locator("[data-search-no-js]").getByRole("link", { name: "Glossaire" })).toHaveAttribute("href", "/fr/glossaire/");
  });
});

test("only the main content is indexed: header, navigation and footer words find nothing", async ({ page }) => {
  // The Facebook link stands in the footer of every page, and in no page's main content.
  for (const query of ["Facebook"]) {
    await page.goto(`/fr/recherche/?q=${query}`);
    await expect(page.getByRole("status")).toContainText(`Aucun résultat pour « ${query} »`);
  }
});

test("a glossary term comes first when its name is searched", async ({ page }) => {
  await page.goto("/fr/recherche/?q=Sinti");
  await expect(page.getByRole("status")).toContainText("pour « Sinti »");
  await expect(results(page).first().locator("h2 a")).toHaveAttribute("href", "/fr/glossaire/sintes/");
});

test("the type filter narrows the results to the glossary", async ({ page }) => {
  await page.goto("/fr/recherche/?q=Roms&type=glossary");
  await expect(page.getByRole("radio", { name: "Glossaire" })).toBeChecked();
  await expect
    .poll(async () => {
      const paths = await results(page)
        .locator("h2 a")
        .evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).pathname));
      return paths.length > 0 && paths.every((path) => path.startsWith("/fr/glossaire/"));
    })
    .toBe(true);
});
