import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parseHTML } from "linkedom";
import { beforeAll, describe, expect, it } from "vitest";
import { COE_MEMBER_STATES } from "../../src/form/countries.ts";
import { FIELD_NAMES, FIELDS, FORM_ACTION, HONEYPOT, fieldId, type FieldSpec } from "../../src/form/fields.ts";
import { fieldText } from "../../src/form/messages.ts";
import { validateApplication } from "../../src/form/schema.ts";
import { participation } from "../../src/form/settings.ts";
import { intlLocale, translate } from "../../src/form/strings.ts";
import { privacy } from "../../src/storage/privacy-settings.ts";
import { fixtureSite, repoRoot, useBuiltSite } from "../helpers/fixture-site.ts";
import { validFields } from "../helpers/applications.ts";

/** The built form pages against the server's own definitions: one set of rules, seen from both sides. */
const site = useBuiltSite();

const page = (url: string) => parseHTML(readFileSync(join(site.output, url, "index.html"), "utf8")).document;

describe.each(["fr", "en"] as const)("the %s participation page", (locale) => {
  const pages = participation.pages[locale];
  let form: HTMLFormElement;
  beforeAll(() => {
    form = page(pages.form).querySelector("form.participation-form") as unknown as HTMLFormElement;
  });

  it("posts to the function, in the page's language, with the thank-you page to show", () => {
    expect(form.getAttribute("method")).toBe("post");
    expect(form.getAttribute("action")).toBe(FORM_ACTION);
    expect(form.getAttribute("data-thanks-url")).toBe(pages.thanks);
    expect(form.querySelector('input[type="hidden"][name="locale"]')?.getAttribute("value")).toBe(locale);
  });

  it("has exactly the fields of the schema, plus the honeypot", () => {
    const names = new Set([...form.querySelectorAll("[name]")].map((el) => el.getAttribute("name")));
    expect(names).toEqual(new Set([...FIELD_NAMES, HONEYPOT]));
  });

  it.each(FIELD_NAMES.filter((n) => n !== "locale"))("%s: the HTML constraints and messages are the schema's", (name) => {
    const spec: FieldSpec = FIELDS[name];
    const controls = [...form.querySelectorAll(`[name="${name}"]`)];
    for (const control of controls) {
      expect(control.hasAttribute("required"), "required").toBe(spec.required);
      expect(control.getAttribute("maxlength"), "maxlength").toBe(spec.maxLength ? String(spec.maxLength) : null);
      expect(control.getAttribute("pattern"), "pattern").toBe(spec.pattern ?? null);
      expect(form.querySelector(`label[for="${control.id}"]`), "label").not.toBeNull();
    }
    expect(controls[0].id).toBe(fieldId(name));
    const type = controls[0].tagName === "INPUT" ? controls[0].getAttribute("type") : controls[0].tagName.toLowerCase();
    expect(type).toBe(spec.kind);
    const values =
      spec.kind === "select"
        ? [...controls[0].querySelectorAll("option")].map((o) => o.getAttribute("value")).filter(Boolean)
        : controls.map((c) => c.getAttribute("value")).filter(Boolean);
    expect(new Set(values)).toEqual(new Set(spec.options ?? []));
    const text = fieldText(name, translate(locale), intlLocale(locale)); // the function's own strings
    const field = form.querySelector(`.field[data-field="${name}"]`)!;
    expect(field.getAttribute("data-msg-required")).toBe(text.required ?? null);
    expect(field.getAttribute("data-msg-invalid")).toBe(text.invalid ?? null);
    expect(field.getAttribute("data-msg-too-long")).toBe(text.tooLong ?? null);
    expect(form.textContent).toContain(text.label);
  });

  it("lists the 46 member states by their names in the page's language", () => {
    const options = [...form.querySelectorAll('select[name="country"] option[value]:not([value=""])')];
    expect(options.map((o) => o.getAttribute("value")).sort()).toEqual([...COE_MEMBER_STATES].sort());
    const germany = options.find((o) => o.getAttribute("value") === "DE")!.textContent;
    expect(germany).toBe(new Intl.DisplayNames([intlLocale(locale)], { type: "region" }).of("DE"));
  });

  it("hides the honeypot from people and assistive technology", () => {
    const trap = form.querySelector(`[name="${HONEYPOT}"]`)!;
    const wrapper = trap.closest(".form-trap")!;
    expect(wrapper.getAttribute("aria-hidden")).toBe("true");
    expect(trap.getAttribute("tabindex")).toBe("-1");
    expect(trap.getAttribute("autocomplete")).toBe("off");
    const css = readFileSync(join(repoRoot, "src/assets/css/50-form.css"), "utf8");
    expect(css).toMatch(/\.form-trap\s*\{[^}]*display:\s*none/);
  });

  it("links the consent to the privacy notice, which states the configured retention period", () => {
    expect(form.querySelector(`.field[data-field="consent"] a`)?.getAttribute("href")).toBe(pages.privacy);
    const notice = page(pages.privacy);
    expect(notice.querySelector("main")!.textContent).toContain(`${privacy.retentionDays}`);
    expect(notice.querySelector(`time[datetime="${privacy.noticeVersion}"]`)).not.toBeNull();
    expect(notice.documentElement.getAttribute("lang")).toBe(locale);
  });

  it("has a thank-you page, left out of the sitemap", () => {
    expect(page(pages.thanks).querySelector("h1")?.textContent).toBeTruthy();
    expect(readFileSync(join(site.output, "sitemap.xml"), "utf8")).not.toContain(pages.thanks);
  });
});

describe("browser and server read the phone pattern the same way", () => {
  it.each(["+33 1 23 45 67 89", "(0)3.88/41-20", "0388 41 20 00", "call me", "+33 1 23 <b>", "12–34", "١٢٣"])("%j", (phone) => {
    const browser = new RegExp(`^(?:${FIELDS.phone.pattern})$`, "v").test(phone); // how HTML compiles `pattern`
    const server = validateApplication({ ...validFields(), phone }, translate("en"), "en-GB").ok;
    expect(server).toBe(browser);
  });
});

describe("the form's settings", () => {
  it("a page moved in content/ without updating the function's settings fails the build, naming both", () => {
    const fixture = fixtureSite();
    try {
      fixture.write("content/en/thanks.md", readFileSync(join(repoRoot, "content/en/thank-you.md"), "utf8"));
      fixture.write("content/en/thank-you.md", null);
      const { status, log } = fixture.build();
      expect(status).not.toBe(0);
      expect(log).toContain(
        `_data/participation.json: pages.en.thanks: "/en/thank-you/" is not the URL of the page with key "thank-you" in "en" (/en/thanks/)`,
      );
    } finally {
      fixture.remove();
    }
  });
});
