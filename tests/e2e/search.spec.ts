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
  await expect(page.getByRole("status")).toHaveText(/Aucun résultat pour «\u202Fzzzyyyxxx\u202F»/);
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
  // The Congress's Facebook link stands in the footer of every page; only the contact page names it in its main content.
  await page.goto("/fr/recherche/?q=Facebook");
  await expect(page.getByRole("status")).toContainText("1 résultat pour « Facebook »");
  await expect(page.locator(".search-results a")).toHaveAttribute("href", /\/fr\/contact\/$/);
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

/** The visible text of each result: its address, and its excerpt as a person reads it. */
async function shownResults(page: Page) {
  await expect(results(page).first()).toBeVisible();
  return results(page).evaluateAll((items) =>
    items.map((item) => ({
      path: (item.querySelector("h2 a") as HTMLAnchorElement).pathname,
      excerpt: item.querySelector("p:not(.meta)")!.textContent!,
    })),
  );
}

/** A news article's own page: /fr/actualites/<slug>/, not the news list or one of its later pages. */
const isArticle = (path: string) => /^\/(fr\/actualites|en\/news)\/(?!page\/)[^/]+\/$/.test(path);

/** A page that lists news items: the home page and the news list, with its later pages. */
const isListing = (path: string) => /^\/(fr|en)\/$/.test(path) || /^\/(fr\/actualites|en\/news)\/(page\/\d+\/)?$/.test(path);

test("results are articles first, with excerpts from their prose that read as sentences", async ({ page }) => {
  await page.goto("/fr/recherche/?q=ROMACT");
  const shown = await shownResults(page);
  const paths = shown.map((result) => result.path);
  // The listings (home, news list) only repeat summaries: the first result is an article, and no
  // listing comes before the last article found.
  expect(isArticle(paths[0]), paths.join(", ")).toBe(true);
  const lastArticle = paths.findLastIndex(isArticle);
  expect(paths.slice(0, lastArticle).filter(isListing), paths.join(", ")).toEqual([]);
  const launch = shown.find((result) => result.path === "/fr/actualites/lancement-de-romact/");
  expect(launch, "the ROMACT launch article is found").toBeDefined();
  // The article's facts (published, event, place) are not indexed, so they never glue into the excerpt.
  expect(launch!.excerpt).not.toMatch(/Publié le|Événement|Lieu/);
  // Words stay apart: no lower-case letter run into a digit or a capital ("le4 octobre", "LieuBudapest").
  expect(launch!.excerpt).not.toMatch(/\p{Ll}(?:\d|\p{Lu})/u);
  expect(launch!.excerpt).toMatch(/\bROMACT\b/);
  expect(launch!.excerpt.split(/\s+/).length).toBeGreaterThan(10);
});

test("a query typed with a straight apostrophe finds text typeset with ’", async ({ page }) => {
  await page.goto(`/fr/recherche/?q=${encodeURIComponent("droits de l'Homme")}`);
  const shown = await shownResults(page);
  expect(shown.map((result) => result.path)).toContain("/fr/actualites/colloque-ldh-les-roms-ont-des-droits/");
});
