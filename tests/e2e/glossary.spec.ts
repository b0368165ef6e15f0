import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";

const article = "/fr/actualites/lancement-de-romact/";
const romsLink = (page: Page) => page.locator("article").getByRole("link", { name: "Roms", exact: true });

test("the French ROMACT article links «Roms» to its glossary page, with its definition reachable by keyboard", async ({ page }) => {
  await page.goto(article);
  const link = romsLink(page);
  await expect(link).toHaveCount(1);
  await expect(link).toHaveAttribute("href", "/fr/glossaire/roms/");
  await expect(link).toHaveAccessibleDescription(/^Nom que les Roms se donnent eux-mêmes/);

  // Keyboard: from the link, the next stop is the button that shows the definition.
  await link.focus();
  await page.keyboard.press("Tab");
  const toggle = page.getByRole("button", { name: "Définition : Roms", exact: true });
  await expect(toggle).toBeFocused();
  const definition = page.locator("#glossary-roma");
  await expect(definition).toBeHidden();
  await page.keyboard.press("Enter");
  await expect(definition).toBeVisible();
  await expect(definition).toContainText("Nom que les Roms se donnent eux-mêmes");
  await page.keyboard.press("Tab");
  await expect(definition.getByRole("button", { name: "Fermer" })).toBeFocused();
  await page.keyboard.press("Escape");
  await expect(definition).toBeHidden();

  // The link itself opens the term's page.
  await link.click();
  await expect(page).toHaveURL(/\/fr\/glossaire\/roms\/$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Roms");
});

test.describe("on a touch screen without JavaScript", () => {
  test.use({ hasTouch: true, isMobile: true, viewport: { width: 390, height: 800 }, javaScriptEnabled: false });

  test("a tap shows the short definition and a tap on Close hides it", async ({ page }) => {
    await page.goto(article);
    const definition = page.locator("#glossary-roma");
    await page.getByRole("button", { name: "Définition : Roms", exact: true }).tap();
    await expect(definition).toBeVisible();
    await definition.getByRole("button", { name: "Fermer" }).tap();
    await expect(definition).toBeHidden();
  });
});

test("the footer's terminology note links its umbrella term", async ({ page }) => {
  await page.goto("/en/about/");
  await page.locator(".terminology-note").getByRole("link", { name: "Roma and Travellers" }).click();
  await expect(page).toHaveURL(/\/en\/glossary\/roma-and-travellers\/$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Roma and Travellers");
});

test("the index's letter bar leads to its letter, and the export is served as JSON", async ({ page, request }) => {
  await page.goto("/fr/glossaire/");
  await page.getByRole("navigation", { name: "Termes par lettre initiale" }).getByRole("link", { name: "E", exact: true }).click();
  await expect(page).toHaveURL(/#letter-e$/);
  await expect(page.locator("#letter-e + dl")).toContainText("Égyptiens balkaniques");
  const response = await request.get("/fr/glossaire.json");
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toContain("application/json");
  const exported = await response.json();
  expect(exported.terms.some((t: { term: string }) => t.term === "Roms et Gens du voyage")).toBe(true);
});

for (const path of ["/fr/glossaire/", "/en/glossary/roma-and-travellers/", article]) {
  test(`${path} has no accessibility violations, with a definition open`, async ({ page }) => {
    await page.goto(path);
    const toggle = page.locator("main button.glossary-toggle").first();
    if (await toggle.count()) await toggle.click();
    const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
  });
}
