import { randomUUID } from "node:crypto";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import AxeBuilder from "@axe-core/playwright";
import { test as base, expect, type Page } from "@playwright/test";
import { fieldNames, fieldSpec } from "../../src/form/fields.ts";
import type { FormDefinition } from "../../src/form/fields.ts";
import { localSiteId, SANDBOX_DIR, startSandbox, type Sandbox } from "../../src/storage/sandbox.ts";
import { openFormStore } from "../../src/storage/stores.ts";
import type { SubmissionStore } from "../../src/storage/submission-store.ts";
import { typesetStrings } from "../../src/typography/typeset.ts";
import { FORM_CASES, type FormCase, titleOf } from "../helpers/form-cases.ts";

/** Each form in Chromium, through the local Netlify emulation, stored in its on-disk Blobs sandbox. */
type Own = { errorPage: { title: string }; errors: Record<string, Record<string, string>> };
/** The forms' strings as the site shows them: typeset, like every UI string. */
const strings = (locale: string) =>
  typesetStrings(JSON.parse(readFileSync(`_data/strings/${locale}/form.json`, "utf8")), locale) as unknown as Record<string, Own> & {
    summaryTitle: string;
    honeypot: string;
  };

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
const stores = new Map<string, SubmissionStore>();
const storeOf = (form: FormDefinition) => stores.get(form.name)!;
test.beforeAll(async () => {
  sandbox = await startSandbox(join(process.cwd(), SANDBOX_DIR), localSiteId(process.cwd()));
  for (const { form } of FORM_CASES) stores.set(form.name, openFormStore(form, sandbox.location));
});
// The sandbox is the developer's own: the submissions these tests made are removed again.
const made = new Set<string>();
test.afterAll(async () => {
  for (const { form } of FORM_CASES)
    for (const record of await storeOf(form).list()) if (made.has(titleOf(form, record))) await storeOf(form).remove(record.id);
  await sandbox?.stop();
});

const stored = async (form: FormDefinition, title: string) => (await storeOf(form).list()).filter((r) => titleOf(form, r) === title);
function unique(label: string): string {
  const title = `${label} ${randomUUID().slice(0, 8)}`;
  made.add(title);
  return title;
}

/** Opens the form, fills it in as a person would, sends it and returns the answer to the POST. */
async function apply(page: Page, formCase: FormCase, formUrl: string, title: string, overrides: { email?: string } = {}) {
  await page.goto(formUrl);
  await fillValid(page, formCase, title, overrides);
  const [post] = await Promise.all([page.waitForResponse((r) => r.request().method() === "POST"), page.locator(".site-form button[type=submit]").click()]);
  return post;
}

async function fillValid(page: Page, formCase: FormCase, title: string, overrides: { email?: string } = {}) {
  for (const [selector, value] of formCase.browserFill(title, overrides.email ?? "ioana.popescu@example.org")) {
    const control = page.locator(selector);
    if (value === "check") await control.check();
    else if ((await control.evaluate((el) => el.tagName)) === "SELECT") await control.selectOption(value);
    else await control.fill(value);
  }
}

for (const formCase of FORM_CASES) {
  const { form } = formCase;
  for (const locale of ["fr", "en"] as const) {
    const pages = form.pages[locale];
    const text = strings(locale);
    const own = text[form.name];

    test.describe(`the ${form.name} form, ${locale}, without JavaScript`, () => {
      test.use({ javaScriptEnabled: false });

      test("someone sends it: a plain POST, a 303, the thank-you page, one record", async ({ page }) => {
        const title = unique("Municipiul Cluj");
        const post = await apply(page, formCase, pages.form, title);
        expect(post.status()).toBe(303);
        await expect(page).toHaveURL(new RegExp(`${pages.thanks}$`));
        await expect(page.locator("h1")).toBeVisible();
        const records = await stored(form, title);
        expect(records).toHaveLength(1);
        // Every value as the person typed or chose it, the text area's line break included.
        const typed = Object.fromEntries(
          formCase.browserFill(title, "ioana.popescu@example.org").map(([selector, value]) => [selector.slice(3), value === "check" ? undefined : value]),
        );
        const expected = Object.fromEntries(Object.entries(typed).filter(([name, value]) => value !== undefined && !name.includes("-")));
        expect(records[0]).toMatchObject({ locale, fields: { ...expected, consent: "yes" } });
      });

      test("an address the browser accepts but the server does not: a localized 422 page that leads back to the field", async ({ page }) => {
        const problems: string[] = [];
        // The page itself is a 422, which the browser reports; nothing else may go wrong (a refused style, a missing file).
        page.on("console", (message) => message.type() === "error" && !message.text().includes("status of 422") && problems.push(message.text()));
        const title = unique("Invalid email");
        const post = await apply(page, formCase, pages.form, title, { email: "ioana@localhost" });
        expect(post.status()).toBe(422);
        await expect(page.locator(".errors")).toHaveCSS("border-top-style", "solid"); // its own style passed its own policy
        expect(post.headers()["content-security-policy"]).toContain("default-src 'none'");
        await expect(page.locator("html")).toHaveAttribute("lang", locale);
        await expect(page.locator("h1")).toHaveText(own.errorPage.title);
        const link = page.getByRole("link", { name: own.errors.email.invalid });
        await expect(link).toHaveAttribute("href", `${pages.form}#f-email`);
        await link.click();
        await expect(page).toHaveURL(new RegExp(`${pages.form}#f-email$`));
        expect(await stored(form, title)).toEqual([]);
        expect(problems).toEqual([]);
      });
    });

    test.describe(`the ${form.name} form, ${locale}, with JavaScript`, () => {
      test("someone sends it: sent with fetch, the thank-you message in place of the form, one record", async ({ page }) => {
        const title = unique("Kraków");
        const post = await apply(page, formCase, pages.form, title);
        expect(post.status()).toBe(201);
        const thanks = page.locator(".form-thanks");
        await expect(thanks).toBeFocused();
        await expect(thanks.locator("h2")).toBeVisible();
        await expect(page).toHaveURL(new RegExp(`${pages.form}$`));
        await expect(page.locator("form.site-form")).toHaveCount(0);
        await expect(page.locator("h1")).toHaveCount(1);
        expect(await stored(form, title)).toHaveLength(1);
      });

      test("an empty form: errors beside each field and in a summary that takes focus, nothing sent", async ({ page }) => {
        const posts: string[] = [];
        page.on("request", (r) => r.method() === "POST" && posts.push(r.url()));
        await page.goto(pages.form);
        await page.locator(".site-form button[type=submit]").click();
        const summary = page.locator(".error-summary");
        await expect(summary).toBeFocused();
        await expect(summary.locator("h2")).toHaveText(text.summaryTitle);
        const required = fieldNames(form).filter((name) => fieldSpec(form, name).required && name !== "locale");
        await expect(summary.locator("li")).toHaveText(required.map((name) => own.errors[name].required));
        for (const name of required) {
          await expect(page.locator(`.field[data-field="${name}"] .field-error`)).toHaveText(own.errors[name].required);
        }
        await expect(page.locator("#f-email")).toHaveAttribute("aria-invalid", "true");
        await expect(page.locator("#f-email")).toHaveAttribute("aria-describedby", "f-email-hint f-email-error");
        await summary.getByRole("link", { name: own.errors.country.required }).click();
        await expect(page.locator("#f-country")).toBeFocused();
        expect(posts).toEqual([]);
        const axe = await new AxeBuilder({ page }).include("main").analyze();
        expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(", ")}`)).toEqual([]);
      });

      test("what only the server refuses comes back as the same inline errors", async ({ page }) => {
        const title = unique("Server says no");
        const post = await apply(page, formCase, pages.form, title, { email: "ioana@localhost" });
        expect(post.status()).toBe(422);
        await expect(page.locator(".error-summary")).toBeFocused();
        await expect(page.locator(".error-summary li")).toHaveText([own.errors.email.invalid]);
        await expect(page.locator('.field[data-field="email"] .field-error')).toHaveText(own.errors.email.invalid);
        // Corrected, it goes through, and the errors go away.
        await page.locator("#f-email").fill("ioana@example.ro");
        // Like apply(): wait for the function's answer, which the local emulation can take seconds to give.
        const [accepted] = await Promise.all([
          page.waitForResponse((r) => r.request().method() === "POST"),
          page.locator(".site-form button[type=submit]").click(),
        ]);
        expect(accepted.status()).toBe(201);
        await expect(page.locator(".form-thanks")).toBeFocused();
        expect(await stored(form, title)).toHaveLength(1);
      });
    });
  }
}

for (const formCase of FORM_CASES) {
  const { form } = formCase;

  test.describe(`the ${form.name} form's honeypot`, () => {
    test("stays invisible: not shown, not in the accessibility tree, never reached with Tab", async ({ page }) => {
      await page.goto(form.pages.en.form);
      const trap = page.locator("#f-website");
      await expect(trap).toBeHidden();
      await expect(page.getByRole("textbox", { name: strings("en").honeypot })).toHaveCount(0);
      const snapshot = await page.locator("form.site-form").ariaSnapshot();
      expect(snapshot).not.toContain(strings("en").honeypot);
      const reached = new Set<string>();
      await page.locator(`#f-${form.titleField}`).focus();
      for (let i = 0; i < 40; i++) {
        await page.keyboard.press("Tab");
        reached.add(await page.evaluate(() => document.activeElement?.id ?? ""));
      }
      expect(reached).not.toContain("f-website");
      expect(reached).toContain("f-consent");
    });

    test("a robot that fills it is answered as if accepted, and nothing is stored", async ({ request, client }) => {
      const title = unique("Robot");
      const fields = { ...formCase.valid(title), locale: "en", website: "https://spam.example" };
      const response = await request.post(form.action, { form: fields, headers: { "x-test-client": client }, maxRedirects: 0 });
      expect(response.status()).toBe(303);
      expect(response.headers().location).toBe(form.pages.en.thanks);
      expect(await stored(form, title)).toEqual([]);
    });
  });

  test.describe(`the local server in front of the ${form.name} function`, () => {
    test("applies the rate limit: the sixth request in a minute from one client gets 429, and only from this function", async ({ request, client }) => {
      const statuses: number[] = [];
      const headers = { "x-test-client": client, accept: "application/json" };
      for (let i = 0; i < 6; i++) {
        const response = await request.post(form.action, { form: { locale: "en" }, headers });
        statuses.push(response.status());
      }
      expect(statuses).toEqual([422, 422, 422, 422, 422, 429]);
      // Netlify counts each function's requests apart: the other form still answers the same client.
      const other = FORM_CASES.find((c) => c !== formCase)!.form;
      expect((await request.post(other.action, { form: { locale: "en" }, headers })).status()).toBe(422);
    });

    // The local server queues function requests (see scripts/serve.ts); concurrency itself is tested on the handler (form-function-load.test.ts).
    test("answers submissions sent together, each stored once", async ({ request, client }) => {
      const titles = Array.from({ length: 8 }, (_, i) => unique(`Concurrent ${i}`));
      const responses = await Promise.all(
        titles.map((title, i) =>
          request.post(form.action, {
            form: { ...formCase.valid(title), locale: "en" },
            headers: { "x-test-client": `${client}-${i}`, accept: "application/json" },
          }),
        ),
      );
      expect(responses.map((r) => r.status())).toEqual(titles.map(() => 201));
      for (const title of titles) expect(await stored(form, title)).toHaveLength(1);
    });

    test("refuses a cross-site POST with 403 and other methods with 405", async ({ request, client }) => {
      const headers = { "x-test-client": client };
      const crossSite = await request.post(form.action, { form: { locale: "en" }, headers: { ...headers, origin: "https://evil.example" } });
      expect(crossSite.status()).toBe(403);
      expect(crossSite.headers()["x-content-type-options"]).toBe("nosniff");
      const get = await request.get(form.action, { headers });
      expect(get.status()).toBe(405);
    });
  });
}
