import { expect, test, type Page } from "@playwright/test";

const listed = (page: Page) => page.locator(".document-list h2 a");
const filters = (page: Page) => page.getByRole("navigation", { name: "Show texts by kind" });

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("a reader browses the adopted texts, filters them by kind, opens one and reads it in French", async ({ page }) => {
    await page.goto("/en/documents/");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Adopted texts");
    await expect(listed(page)).toHaveText([
      "Declaration of Mayors and Elected Local and Regional Representatives against anti-Gypsyism",
      "The Strasbourg Declaration on Roma",
      "Recommendation CM/Rec(2012)9 on mediation",
    ]);
    await expect(filters(page).getByRole("link", { name: "All texts" })).toHaveAttribute("aria-current", "page");

    // The filter is a link to the kind's own page: it works with no script at all.
    await filters(page).getByRole("link", { name: "Declarations" }).click();
    await expect(page).toHaveURL(/\/en\/documents\/declarations\/$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Adopted texts: Declarations");
    await expect(filters(page).getByRole("link", { name: "Declarations" })).toHaveAttribute("aria-current", "page");
    await expect(filters(page).getByRole("link", { name: "All texts" })).not.toHaveAttribute("aria-current", /.*/);
    await expect(listed(page)).toHaveText([
      "Declaration of Mayors and Elected Local and Regional Representatives against anti-Gypsyism",
      "The Strasbourg Declaration on Roma",
    ]);

    await filters(page).getByRole("link", { name: "Recommendations" }).click();
    await expect(listed(page)).toHaveText(["Recommendation CM/Rec(2012)9 on mediation"]);

    // The kind pages have their translations: the language switcher keeps the filter.
    await page.getByRole("link", { name: "Français" }).click();
    await expect(page).toHaveURL(/\/fr\/documents\/recommandations\/$/);
    await expect(page.getByRole("navigation", { name: "Afficher les textes par catégorie" }).getByRole("link", { name: "Recommandations" })).toHaveAttribute(
      "aria-current",
      "page",
    );
    await page.getByRole("link", { name: "English" }).click();

    await filters(page).getByRole("link", { name: "All texts" }).click();
    await listed(page).getByText("The Strasbourg Declaration on Roma").click();
    await expect(page).toHaveURL(/\/en\/documents\/strasbourg-declaration-on-roma\/$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("The Strasbourg Declaration on Roma");
    const official = page.getByRole("region", { name: "Official text" });
    await expect(official.getByRole("link", { name: "English" })).toHaveAttribute(
      "href",
      "https://wcd.coe.int/ViewDoc.jsp?Ref=CM(2010)133&Language=lanEnglish",
    );
    await expect(official.getByRole("link", { name: "French" })).toHaveAttribute("hreflang", "fr");

    await page.locator(".language-switcher").getByRole("link", { name: "Français" }).click();
    await expect(page).toHaveURL(/\/fr\/documents\/declaration-de-strasbourg-sur-les-roms\/$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("La Déclaration de Strasbourg sur les Roms");
    await expect(page.locator("html")).toHaveAttribute("lang", "fr");
    await expect(page.getByRole("definition").filter({ hasText: "octobre" })).toHaveText("20 octobre 2010");
  });

  test("the mediation recommendation says its date is not given rather than claim one", async ({ page }) => {
    await page.goto("/fr/documents/recommandation-sur-la-mediation/");
    await expect(page.locator(".document-facts")).toContainText("Date d’adoptionnon disponible");
    await expect(page.locator(".document-facts time")).toHaveCount(0);
  });
});

test("search finds the adopted texts under their own type", async ({ page }) => {
  await page.goto("/en/search/");
  await page.getByRole("radio", { name: "Adopted texts" }).check();
  await page.getByLabel("Search for").fill("Strasbourg Declaration");
  const results = page.locator("[data-search-results] > li");
  await expect(results.first()).toBeVisible();
  const paths = await results.locator("h2 a").evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).pathname));
  expect(paths).toContain("/en/documents/strasbourg-declaration-on-roma/");
  expect(paths.every((path) => path.startsWith("/en/documents/"))).toBe(true);
  await expect(results.first().locator(".meta")).toHaveText("Adopted texts");
});
