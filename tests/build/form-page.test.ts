import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parseHTML } from "linkedom";
import { beforeAll, describe, expect, it } from "vitest";
import { ALL_COUNTRIES, COE_MEMBER_STATES } from "../../src/form/countries.ts";
import { fieldId, fieldNames, fieldSpec, HONEYPOT } from "../../src/form/fields.ts";
import { FORMS } from "../../src/form/forms.ts";
import { fieldText } from "../../src/form/messages.ts";
import { PARTICIPATION } from "../../src/form/participation.ts";
import { validateSubmission } from "../../src/form/schema.ts";
import { intlLocale, translate } from "../../src/form/strings.ts";
import { privacy } from "../../src/storage/privacy-settings.ts";
import { validFields } from "../helpers/applications.ts";
import { fixtureSite, repoRoot, useBuiltSite } from "../helpers/fixture-site.ts";

/** The built form pages against the server's own definitions: one set of rules, seen from both sides. */
const site = useBuiltSite();

const page = (url: string) => parseHTML(readFileSync(join(site.output, url, "index.html"), "utf8")).document;

/** The countries each form lists. */
const COUNTRIES: Record<string, readonly string[]> = { participation: COE_MEMBER_STATES, cooperation: ALL_COUNTRIES };

describe.each(FORMS.flatMap((definition) => (["fr", "en"] as const).map((locale) => ({ definition, locale }))))(
  "the $locale $definition.name page",
  ({ definition, locale }) => {
    const pages = definition.pages[locale];
    const FIELD_NAMES = fieldNames(definition);
    let form: HTMLFormElement;
    beforeAll(() => {
      form = page(pages.form).querySelector("form.site-form") as unknown as HTMLFormElement;
    });

    it("posts to the function, in the page's language, with the thank-you page to show", () => {
      expect(form.getAttribute("method")).toBe("post");
      expect(form.getAttribute("action")).toBe(definition.action);
      expect(form.getAttribute("data-thanks-url")).toBe(pages.thanks);
      expect(form.querySelector('input[type="hidden"][name="locale"]')?.getAttribute("value")).toBe(locale);
    });

    it("has exactly the fields of the schema, plus the honeypot", () => {
      const names = new Set([...form.querySelectorAll("[name]")].map((el) => el.getAttribute("name")));
      expect(names).toEqual(new Set([...FIELD_NAMES, HONEYPOT]));
    });

    it.each(FIELD_NAMES.filter((n) => n !== "locale"))("%s: the HTML constraints and messages are the schema's", (name) => {
      const spec = fieldSpec(definition, name);
      const controls = [...form.querySelectorAll(`[name="${name}"]`)];
      for (const control of controls) {
        expect(control.hasAttribute("required"), "required").toBe(spec.required);
        expect(control.getAttribute("maxlength"), "maxlength").toBe(spec.maxLength ? String(spec.maxLength) : null);
        expect(control.getAttribute("pattern"), "pattern").toBe(spec.pattern ?? null);
        expect(form.querySelector(`label[for="${control.id}"]`), "label").not.toBeNull();
      }
      expect(controls[0].id).toBe(fieldId(definition, name));
      const type = controls[0].tagName === "INPUT" ? controls[0].getAttribute("type") : controls[0].tagName.toLowerCase();
      expect(type).toBe(spec.kind);
      const values =
        spec.kind === "select"
          ? [...controls[0].querySelectorAll("option")].map((o) => o.getAttribute("value")).filter(Boolean)
          : controls.map((c) => c.getAttribute("value")).filter(Boolean);
      expect(new Set(values)).toEqual(new Set(spec.options ?? []));
      const text = fieldText(definition, name, translate(locale), intlLocale(locale)); // the function's own strings
      const field = form.querySelector(`.field[data-field="${name}"]`)!;
      expect(field.getAttribute("data-msg-required")).toBe(text.required ?? null);
      expect(field.getAttribute("data-msg-invalid")).toBe(text.invalid ?? null);
      expect(field.getAttribute("data-msg-too-long")).toBe(text.tooLong ?? null);
      expect(form.textContent).toContain(text.label);
    });

    it("lists its countries by their names in the page's language", () => {
      const options = [...form.querySelectorAll('select[name="country"] option[value]:not([value=""])')];
      expect(options.map((o) => o.getAttribute("value")).sort()).toEqual([...COUNTRIES[definition.name]].sort());
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
      // The notice covers this form: it names it and links to it.
      expect(notice.querySelector(`main a[href="${pages.form}"]`)).not.toBeNull();
    });

    it("has a thank-you page, left out of the sitemap and of the search index; the form's page is in both", () => {
      expect(page(pages.thanks).querySelector("h1")?.textContent).toBeTruthy();
      expect(page(pages.thanks).querySelector("[data-pagefind-body]")).toBeNull();
      expect(page(pages.form).querySelector("main[data-pagefind-body]")).not.toBeNull();
      const sitemap = readFileSync(join(site.output, "sitemap.xml"), "utf8");
      expect(sitemap).not.toContain(pages.thanks);
      expect(sitemap).toContain(`${pages.form}<`);
    });
  },
);

describe.each(["fr", "en"] as const)("the %s cooperation page names Kosovo", (locale) => {
  it("in the country field's hint, with the Council of Europe's note, and lists it among the countries", () => {
    const document = page(FORMS[1].pages[locale].form);
    const hint = document.querySelector("#f-country-hint")!;
    expect(hint.textContent).toContain("Kosovo*");
    expect(hint.querySelector('a[href="#kosovo-note"]')).not.toBeNull();
    expect(document.querySelector("#kosovo-note")?.textContent).toContain("1244");
    expect(document.querySelector('select[name="country"] option[value="XK"]')?.textContent).toBe("Kosovo");
    // No markup inside an option: the note's call stays outside the list.
    expect(document.querySelector("option sup")).toBeNull();
  });
});

describe("browser and server read the phone pattern the same way", () => {
  it.each(["+33 1 23 45 67 89", "(0)3.88/41-20", "0388 41 20 00", "call me", "+33 1 23 <b>", "12–34", "١٢٣"])("%j", (phone) => {
    const browser = new RegExp(`^(?:${PARTICIPATION.fields.phone.pattern})$`, "v").test(phone); // how HTML compiles `pattern`
    const server = validateSubmission(PARTICIPATION, { ...validFields(), phone }, translate("en"), "en-GB").ok;
    expect(server).toBe(browser);
  });
});

describe("the form's settings", () => {
  it.each(FORMS)("a page moved in content/ without updating the $name function's settings fails the build, naming both", (definition) => {
    const fixture = fixtureSite();
    try {
      const thanks = definition.pages.en.thanks; // "/en/thank-you/"
      const file = `content${thanks.replace(/\/$/, "")}.md`;
      fixture.write("content/en/moved-thanks.md", readFileSync(join(repoRoot, file), "utf8"));
      fixture.write(file, null);
      const { status, log } = fixture.build();
      expect(status).not.toBe(0);
      expect(log).toContain(
        `${definition.settingsFile}: pages.en.thanks: "${thanks}" is not the URL of the page with key "${definition.pageKeys.thanks}" in "en" (/en/moved-thanks/)`,
      );
    } finally {
      fixture.remove();
    }
  });
});
