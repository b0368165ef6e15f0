import { randomUUID } from "node:crypto";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import AxeBuilder from "@axe-core/playwright";
import { test as base, expect, type Page } from "@playwright/test";
import { ApplicationStore } from "../../src/storage/applications.ts";
import { localSiteId, SANDBOX_DIR, startSandbox, type Sandbox } from "../../src/storage/sandbox.ts";
import { typesetStrings } from "../../src/typography/typeset.ts";

/** The participation form in Chromium, through the local Netlify emulation, stored in its on-disk Blobs sandbox. */
const settings = JSON.parse(readFileSync("_data/participation.json", "utf8")) as { pages: Record<string, { form: string; thanks: string; privacy: string }> };
/** The form's strings as the site shows them: typeset, like every UI string. */
const strings = (locale: string) => typesetStrings(JSON.parse(readFileSync(`_data/strings/${locale}/form.json`, "utf8")), locale);

/** Every test is its own client of the local rate limit (see playwright.config.ts), new on every run. */
const test = base.extend<{ client: string }>({
  client: [
    async ({ page }, use) => {
      const client = randomUUID();
      await page.setExtraHTTPHeaders({ "x-test-client": client });
      await use(client);
    },
    { auto: true },
  ],
});

let sandbox: Sandbox;
let store: ApplicationStore;
test.beforeAll(async () => {
  sandbox = await startSandbox(join(process.cwd(), SANDBOX_DIR), localSiteId(process.cwd()));
  store = ApplicationStore.open(sandbox.location);
});
// The sandbox is the developer's own: the applications these tests made are removed again.
const made = new Set<string>();
test.afterAll(async () => {
  for (const record of await store.list()) if (made.has(record.fields.authority)) await store.remove(record.id);
  await sandbox?.stop();
});

const stored = async (authority: string) => (await store.list()).filter((r) => r.fields.authority === authority);
function unique(label: string): string {
  const authority = `${label} ${randomUUID().slice(0, 8)}`;
  made.add(authority);
  return authority;
}

/** Opens the form, fills it in as a person would, sends it and returns the answer to the POST. */
async function apply(page: Page, formUrl: string, authority: string, overrides: { email?: string } = {}) {
  await page.goto(formUrl);
  await fillValid(page, authority, overrides);
  const [post] = await Promise.all([
    page.waitForResponse((r) => r.request().method() === "POST"),
    page.locator(".participation-form button[type=submit]").click(),
  ]);
  return post;
}

async function fillValid(page: Page, authority: string, overrides: { email?: string } = {}) {
  await page.locator("#f-authority").fill(authority);
  await page.locator("#f-authority_type-region").check();
  await page.locator("#f-country").selectOption("RO");
  await page.locator("#f-contact_name").fill("Ioana Popescu");
  await page.locator("#f-position").fill("Councillor");
  await page.locator("#f-email").fill(overrides.email ?? "ioana.popescu@example.org");
  await page.locator("#f-phone").fill("+40 21 123 45 67");
  await page.locator("#f-message").fill("Line one\nLine two");
  await page.locator("#f-consent").check();
}

for (const locale of ["fr", "en"]) {
  const pages = settings.pages[locale];
  const text = strings(locale);

  test.describe(`${locale}, without JavaScript`, () => {
    test.use({ javaScriptEnabled: false });

    test("an authority applies: a plain POST, a 303, the thank-you page, one record", async ({ page }) => {
      const authority = unique("Municipiul Cluj");
      const post = await apply(page, pages.form, authority);
      expect(post.status()).toBe(303);
      await expect(page).toHaveURL(new RegExp(`${pages.thanks}$`));
      await expect(page.locator("h1")).toBeVisible();
      const records = await stored(authority);
      expect(records).toHaveLength(1);
      expect(records[0]).toMatchObject({ locale, fields: { country: "RO", authority_type: "region", message: "Line one\nLine two", consent: "yes" } });
    });

    test("an address the browser accepts but the server does not: a localized 422 page that leads back to the field", async ({ page }) => {
      const problems: string[] = [];
      // The page itself is a 422, which the browser reports; nothing else may go wrong (a refused style, a missing file).
      page.on("console", (message) => message.type() === "error" && !message.text().includes("status of 422") && problems.push(message.text()));
      const authority = unique("Invalid email");
      const post = await apply(page, pages.form, authority, { email: "ioana@localhost" });
      expect(post.status()).toBe(422);
      await expect(page.locator(".errors")).toHaveCSS("border-top-style", "solid"); // its own style passed its own policy
      expect(post.headers()["content-security-policy"]).toContain("default-src 'none'");
      await expect(page.locator("html")).toHaveAttribute("lang", locale);
      await expect(page.locator("h1")).toHaveText(text.errorPage.title);
      const link = page.getByRole("link", { name: text.errors.email.invalid });
      await expect(link).toHaveAttribute("href", `${pages.form}#f-email`);
      await link.click();
      await expect(page).toHaveURL(new RegExp(`${pages.form}#f-email$`));
      expect(await stored(authority)).toEqual([]);
      expect(problems).toEqual([]);
    });
  });

  test.describe(`${locale}, with JavaScript`, () => {
    test("an authority applies: sent with fetch, the thank-you message in place of the form, one record", async ({ page }) => {
      const authority = unique("Kraków");
      const post = await apply(page, pages.form, authority);
      expect(post.status()).toBe(201);
      const thanks = page.locator(".form-thanks");
      await expect(thanks).toBeFocused();
      await expect(thanks.locator("h2")).toBeVisible();
      await expect(page).toHaveURL(new RegExp(`${pages.form}$`));
      await expect(page.locator("form.participation-form")).toHaveCount(0);
      await expect(page.locator("h1")).toHaveCount(1);
      expect(await stored(authority)).toHaveLength(1);
    });

    test("an empty form: errors beside each field and in a summary that takes focus, nothing sent", async ({ page }) => {
      const posts: string[] = [];
      page.on("request", (r) => r.method() === "POST" && posts.push(r.url()));
      await page.goto(pages.form);
      await page.locator(".participation-form button[type=submit]").click();
      const summary = page.locator(".error-summary");
      await expect(summary).toBeFocused();
      await expect(summary.locator("h2")).toHaveText(text.summaryTitle);
      const required = ["authority", "authority_type", "country", "contact_name", "position", "email", "consent"];
      await expect(summary.locator("li")).toHaveText(required.map((name) => text.errors[name].required));
      for (const name of required) {
        await expect(page.locator(`.field[data-field="${name}"] .field-error`)).toHaveText(text.errors[name].required);
      }
      await expect(page.locator("#f-email")).toHaveAttribute("aria-invalid", "true");
      await expect(page.locator("#f-email")).toHaveAttribute("aria-describedby", "f-email-hint f-email-error");
      await summary.getByRole("link", { name: text.errors.country.required }).click();
      await expect(page.locator("#f-country")).toBeFocused();
      expect(posts).toEqual([]);
      const axe = await new AxeBuilder({ page }).include("main").analyze();
      expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(", ")}`)).toEqual([]);
    });

    test("what only the server refuses comes back as the same inline errors", async ({ page }) => {
      const authority = unique("Server says no");
      const post = await apply(page, pages.form, authority, { email: "ioana@localhost" });
      expect(post.status()).toBe(422);
      await expect(page.locator(".error-summary")).toBeFocused();
      await expect(page.locator(".error-summary li")).toHaveText([text.errors.email.invalid]);
      await expect(page.locator('.field[data-field="email"] .field-error')).toHaveText(text.errors.email.invalid);
      // Corrected, it goes through, and the errors go away.
      await page.locator("#f-email").fill("ioana@example.ro");
      // Like apply(): wait for the function's answer, which the local emulation can take seconds to give.
      const [accepted] = await Promise.all([
        page.waitForResponse((r) => r.request().method() === "POST"),
        page.locator(".participation-form button[type=submit]").click(),
      ]);
      expect(accepted.status()).toBe(201);
      await expect(page.locator(".form-thanks")).toBeFocused();
      expect(await stored(authority)).toHaveLength(1);
    });
  });
}

test.describe("the honeypot", () => {
  test("stays invisible: not shown, not in the accessibility tree, never reached with Tab", async ({ page }) => {
    await page.goto(settings.pages.en.form);
    const trap = page.locator("#f-website");
    await expect(trap).toBeHidden();
    await expect(page.getByRole("textbox", { name: strings("en").honeypot })).toHaveCount(0);
    const snapshot = await page.locator("form.participation-form").ariaSnapshot();
    expect(snapshot).not.toContain(strings("en").honeypot);
    const reached = new Set<string>();
    await page.locator("#f-authority").focus();
    for (let i = 0; i < 40; i++) {
      await page.keyboard.press("Tab");
      reached.add(await page.evaluate(() => document.activeElement?.id ?? ""));
    }
    expect(reached).not.toContain("f-website");
    expect(reached).toContain("f-consent");
  });

  test("a robot that fills it is answered as if accepted, and nothing is stored", async ({ request, client }) => {
    const authority = unique("Robot authority");
    const form = {
      authority,
      authority_type: "other",
      country: "MT",
      contact_name: "Bot",
      position: "Bot",
      email: "bot@example.org",
      consent: "yes",
      locale: "en",
      website: "https://spam.example",
    };
    const response = await request.post("/api/participate", { form, headers: { "x-test-client": client }, maxRedirects: 0 });
    expect(response.status()).toBe(303);
    expect(response.headers().location).toBe(settings.pages.en.thanks);
    expect(await stored(authority)).toEqual([]);
  });
});

test.describe("the local server in front of the function", () => {
  test("applies the rate limit: the sixth request in a minute from one client gets 429", async ({ request, client }) => {
    const statuses: number[] = [];
    for (let i = 0; i < 6; i++) {
      const response = await request.post("/api/participate", { form: { locale: "en" }, headers: { "x-test-client": client, accept: "application/json" } });
      statuses.push(response.status());
    }
    expect(statuses).toEqual([422, 422, 422, 422, 422, 429]);
  });

  // The local server queues function requests (see scripts/serve.ts); concurrency itself is tested on the handler (participate-load.test.ts).
  test("answers applications sent together, each stored once", async ({ request, client }) => {
    const authorities = Array.from({ length: 8 }, (_, i) => unique(`Concurrent ${i}`));
    const responses = await Promise.all(
      authorities.map((authority, i) =>
        request.post("/api/participate", {
          form: {
            authority,
            authority_type: "municipality",
            country: "PT",
            contact_name: "Ana",
            position: "Mayor",
            email: "ana@example.pt",
            consent: "yes",
            locale: "en",
          },
          headers: { "x-test-client": `${client}-${i}`, accept: "application/json" },
        }),
      ),
    );
    expect(responses.map((r) => r.status())).toEqual(authorities.map(() => 201));
    for (const authority of authorities) expect(await stored(authority)).toHaveLength(1);
  });

  test("refuses a cross-site POST with 403 and other methods with 405", async ({ request, client }) => {
    const headers = { "x-test-client": client };
    const crossSite = await request.post("/api/participate", { form: { locale: "en" }, headers: { ...headers, origin: "https://evil.example" } });
    expect(crossSite.status()).toBe(403);
    expect(crossSite.headers()["x-content-type-options"]).toBe("nosniff");
    const get = await request.get("/api/participate", { headers });
    expect(get.status()).toBe(405);
  });
});
