import { describe, expect, it } from "vitest";
import { Translator } from "../../src/i18n/strings.ts";
import { TEST_LOCALES } from "../helpers/locales.ts";

const locales = TEST_LOCALES;

describe("UI strings", () => {
  it("looks up nested keys and fills placeholders", () => {
    const t = new Translator({ fr: { nav: { page: "Page {n}" } }, en: { nav: { page: "Page {n}" } } }, locales);
    expect(t.t("nav.page", "fr", { n: 2 })).toBe("Page 2");
  });

  it("leaves a placeholder it is given no value for as written", () => {
    const t = new Translator({ fr: { nav: { page: "Page {n} sur {total}" } }, en: { nav: { page: "Page {n} of {total}" } } }, locales);
    expect(t.t("nav.page", "fr")).toBe("Page {n} sur {total}");
    expect(t.t("nav.page", "en", { n: 2 })).toBe("Page 2 of {total}");
  });

  it("refuses a string that one locale lacks, naming the locale and the key", () => {
    expect(() => new Translator({ fr: { nav: { home: "Accueil" } }, en: { nav: {} } }, locales)).toThrow('locale "en" is missing the string "nav.home"');
  });

  it("refuses a locale without strings", () => {
    expect(() => new Translator({ fr: {} }, locales)).toThrow('no strings for locale "en"');
  });

  it("refuses an unknown key at lookup", () => {
    const t = new Translator({ fr: {}, en: {} }, locales);
    expect(() => t.t("nav.nope", "fr")).toThrow('locale "fr" is missing the string "nav.nope"');
  });
});
