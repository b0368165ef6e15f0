import { expect, test } from "@playwright/test";

test.describe("a browser whose language the site does not negotiate", () => {
  // Esperanto is in no redirect condition, so / answers with the page that offers both languages.
  test.use({ locale: "eo" });

  test("sees the root page and chooses French", async ({ page }) => {
    const response = await page.goto("/");
    expect(new URL(response!.url()).pathname).toBe("/");
    await expect(page.getByRole("link", { name: "English" })).toBeVisible();
    await page.getByRole("link", { name: "Français" }).click();
    await expect(page).toHaveURL(/\/fr\/$/);
    await expect(page.locator("html")).toHaveAttribute("lang", "fr");
    await expect(page.getByRole("heading", { level: 1 })).toContainText("Alliance européenne");
  });
});

test("a French browser asking for / is sent to /fr/, others to /en/", async ({ request }) => {
  const french = await request.get("/", { headers: { "Accept-Language": "fr-FR,fr;q=0.9" }, maxRedirects: 0 });
  expect(french.status()).toBe(302);
  expect(new URL(french.headers().location, "http://x").pathname).toBe("/fr/");
  const german = await request.get("/", { headers: { "Accept-Language": "de-DE,de;q=0.9" }, maxRedirects: 0 });
  expect(new URL(german.headers().location, "http://x").pathname).toBe("/en/");
});

test("the language switcher leads from the French news item to its English translation", async ({ page }) => {
  await page.goto("/fr/actualites/");
  await page.getByRole("link", { name: /colloque de la Ligue des droits de l’Homme/ }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Ligue des droits de l’Homme");
  await expect(page.locator(".article-facts time").first()).toContainText("12 décembre 2013");
  await page.getByRole("navigation", { name: "Langues" }).getByRole("link", { name: "English" }).click();
  await expect(page).toHaveURL(/\/en\/news\/ldh-colloquium-roma-have-rights\/$/);
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(page.locator(".article-facts time").first()).toContainText("12 December 2013");
  await expect(page.locator(".article-facts time").first()).toHaveAttribute("datetime", /^2013-12-12/);
});

test("an unknown address answers 404 with the page in that locale's language", async ({ page }) => {
  const french = await page.goto("/fr/nulle-part/");
  expect(french?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Page introuvable");
  const english = await page.goto("/en/nowhere/");
  expect(english?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Page not found");
});

test("the skip link takes keyboard users to the main content", async ({ page }) => {
  await page.goto("/en/about/");
  await page.keyboard.press("Tab");
  const skip = page.getByRole("link", { name: "Skip to content" });
  await expect(skip).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page.locator("main")).toBeFocused();
});
