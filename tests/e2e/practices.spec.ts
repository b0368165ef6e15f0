import { expect, test, type Page } from "@playwright/test";

/** What a reader of each language sees and clicks; the pages need no JavaScript, so none runs. */
const locales = [
  {
    locale: "en",
    listing: "/en/good-practices/",
    housing: "Housing",
    turin: "Turin: a model on housing",
    italy: "Italy",
    byCountry: "browse them by country",
    prize: "/en/dosta-prize/",
    caption2015: "Winners of the 2015 edition",
    columns: ["Municipality", "Country", "Prize", "Good practice on this site"],
    jointSecond: "Joint second prize",
    ghent: "Ghent",
    caption2011: "Winners of the 2011 edition",
    madridRegion: "Madrid region",
    madridPractice: "Madrid region: a model on housing",
  },
  {
    locale: "fr",
    listing: "/fr/bonnes-pratiques/",
    housing: "Logement",
    turin: "Turin : un modèle pour le logement",
    italy: "Italie",
    byCountry: "les parcourir par pays",
    prize: "/fr/prix-dosta/",
    caption2015: "Lauréats de l’édition 2015",
    columns: ["Municipalité", "Pays", "Prix", "Bonne pratique sur ce site"],
    jointSecond: "Deuxième prix ex æquo",
    ghent: "Gand",
    caption2011: "Lauréats de l’édition 2011",
    madridRegion: "Communauté de Madrid",
    madridPractice: "Communauté de Madrid : un modèle pour le logement",
  },
];

test.use({ javaScriptEnabled: false });

const section = (page: Page, heading: string) => page.locator("section").filter({ has: page.getByRole("heading", { level: 2, name: heading, exact: true }) });

for (const l of locales) {
  test.describe(`in ${l.locale}, without JavaScript`, () => {
    test("a reader browses the good practices by theme, opens one, and goes on by country", async ({ page }) => {
      await page.goto(l.listing);
      await page
        .getByRole("navigation", { name: new RegExp(l.locale === "en" ? "by theme" : "par thème") })
        .getByRole("link", { name: l.housing })
        .click();
      await expect(page).toHaveURL(new RegExp(`${l.listing}#theme-housing$`));
      await expect(page.getByRole("heading", { level: 2, name: l.housing })).toBeInViewport();
      await section(page, l.housing).getByRole("link", { name: l.turin }).click();
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(l.turin);

      // The country of the practice leads to the listing by country, at that country.
      await page.locator("dl").getByRole("link", { name: l.italy }).click();
      await expect(page).toHaveURL(/#country-it$/);
      await expect(page.getByRole("heading", { level: 2, name: l.italy })).toBeInViewport();
      await expect(section(page, l.italy).getByRole("link", { name: l.turin })).toBeVisible();
    });

    test("the listing by theme links to the listing by country", async ({ page }) => {
      await page.goto(l.listing);
      await page.getByRole("link", { name: l.byCountry }).click();
      const countries = page.getByRole("navigation", { name: new RegExp(l.locale === "en" ? "by country" : "par pays") }).getByRole("link");
      await expect(countries).toHaveCount(5);
      await expect(countries.first()).toHaveText(l.locale === "en" ? "Austria" : "Autriche");
    });

    test("a reader reads an edition's winners in its table and follows a winner to its good practice", async ({ page }) => {
      await page.goto(l.prize);
      const table = page.getByRole("table", { name: l.caption2015 });
      await expect(table.getByRole("columnheader")).toHaveText(l.columns);
      await expect(table.getByRole("row")).toHaveCount(5);
      const first = table.getByRole("row").nth(1);
      await expect(first.getByRole("rowheader")).toHaveText(l.ghent);
      const kragujevac = table.getByRole("row").filter({ has: page.getByRole("rowheader", { name: "Kragujevac" }) });
      await expect(kragujevac.getByRole("cell").nth(1)).toHaveText(l.jointSecond);

      const winner = page
        .getByRole("table", { name: l.caption2011 })
        .getByRole("row")
        .filter({ has: page.getByRole("rowheader", { name: l.madridRegion }) });
      await winner.getByRole("link").click();
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(l.madridPractice);
    });
  });
}

test.describe("search, which needs JavaScript", () => {
  test.use({ javaScriptEnabled: true });

  test("the good practices filter finds a practice in each language, labelled as one", async ({ page }) => {
    for (const [url, radio, path, label] of [
      ["/en/search/?q=Graz", "Good practices", "/en/good-practices/graz-employment/", "Good practices"],
      ["/fr/recherche/?q=Graz", "Bonnes pratiques", "/fr/bonnes-pratiques/graz-emploi/", "Bonnes pratiques"],
    ]) {
      await page.goto(url);
      await page.getByRole("radio", { name: radio }).check();
      await expect(page).toHaveURL(/[?&]type=practice/);
      const results = page.locator("[data-search-results] > li");
      await expect.poll(async () => results.locator("h2 a").evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).pathname))).toEqual([path]);
      await expect(results.first().locator(".meta")).toContainText(label);
    }
  });
});
