import { describe, expect, it } from "vitest";
import { TEST_LOCALES, translatedPage } from "../helpers/locales.ts";
import { Menus } from "../../src/i18n/menus.ts";
import { Translator } from "../../src/i18n/strings.ts";
import { TranslationIndex } from "../../src/i18n/translations.ts";

const locales = TEST_LOCALES;
const page = translatedPage;

function menus() {
  const translations = new TranslationIndex();
  translations.rebuild([page("home", "fr", "/fr/"), page("home", "en", "/en/"), page("news", "fr", "/fr/actualites/"), page("join", "en", "/en/join/")]);
  const strings = { nav: { home: "Accueil", news: "Actualités", join: "Rejoindre l'Alliance", untranslated: "pas traduit" } };
  const translator = new Translator({ fr: strings, en: strings }, locales);
  const sources = { translations, translator, locale: (code: string) => locales.find((l) => l.code === code)!, localeCodes: () => locales.map((l) => l.code) };
  return { menus: new Menus(sources), translations };
}

describe("menus", () => {
  it("links each key's page in the locale, the default locale's while untranslated, escaped as the templates escape", () => {
    const { menus: m } = menus();
    expect(m.items(["home", "news", "join"], { locale: "fr", fallbackLocale: "en", labels: "nav.{item}", pageUrl: "/fr/a-propos/" })).toEqual([
      '<li><a href="/fr/">Accueil</a></li>',
      '<li><a href="/fr/actualites/">Actualités</a></li>',
      '<li><a href="/en/join/" hreflang="en">Rejoindre l&#39;Alliance <span class="untranslated">(English)</span></a></li>',
    ]);
  });

  it("marks the page itself as current, else its section, on each page of a locale", () => {
    const { menus: m } = menus();
    const options = { locale: "fr", fallbackLocale: "en", labels: "nav.{item}" };
    expect(m.items(["home", "news"], { ...options, pageUrl: "/fr/" })).toEqual([
      '<li><a href="/fr/" aria-current="page">Accueil</a></li>',
      '<li><a href="/fr/actualites/">Actualités</a></li>',
    ]);
    expect(m.items(["home", "news"], { ...options, pageUrl: "/fr/actualites/un-article/", section: "news" })[1]).toBe(
      '<li><a href="/fr/actualites/" aria-current="true">Actualités</a></li>',
    );
    expect(m.items(["home", "news"], { ...options, pageUrl: "/fr/actualites/", section: "news" })[1]).toBe(
      '<li><a href="/fr/actualites/" aria-current="page">Actualités</a></li>',
    );
  });

  it("makes its menus again after a reset, from the index as it is then", () => {
    const { menus: m, translations } = menus();
    const options = { locale: "fr", fallbackLocale: "en", labels: "nav.{item}", pageUrl: "/fr/" };
    expect(m.items(["join"], options)[0]).toContain('href="/en/join/"');
    translations.rebuild([page("join", "fr", "/fr/rejoindre/")]);
    expect(m.items(["join"], options)[0]).toContain('href="/en/join/"');
    m.reset();
    expect(m.items(["join"], options)[0]).toBe('<li><a href="/fr/rejoindre/">Rejoindre l&#39;Alliance</a></li>');
  });

  it("refuses a key with no page in either locale", () => {
    const { menus: m } = menus();
    expect(() => m.items(["nope"], { locale: "fr", fallbackLocale: "en", labels: "nav.{item}", pageUrl: "/fr/" })).toThrow('No page with key "nope"');
  });

  it("switches language to the page's version in each other locale, else to that locale's home saying so", () => {
    const { menus: m } = menus();
    expect(m.languages("home", "fr")).toEqual(['<li>\n      <a href="/en/" lang="en" hreflang="en">English</a>\n    </li>']);
    expect(m.languages("news", "fr")).toEqual([
      '<li>\n      <a href="/en/" lang="en" hreflang="en">English <span class="untranslated">(pas traduit)</span></a>\n    </li>',
    ]);
    expect(m.languages(undefined, "en")[0]).toContain('<a href="/fr/" lang="fr" hreflang="fr">Français <span class="untranslated">');
  });
});
