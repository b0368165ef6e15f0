import { describe, expect, it } from "vitest";
import { TEST_LOCALES, translatedPage } from "../helpers/locales.ts";
import { HeadMeta } from "../../src/i18n/head-meta.ts";
import { Translator } from "../../src/i18n/strings.ts";
import { TranslationIndex } from "../../src/i18n/translations.ts";
import { absoluteUrls } from "../../src/site/url.ts";

const locales = TEST_LOCALES;
const item = translatedPage;

function headMeta() {
  const translations = new TranslationIndex();
  translations.rebuild([item("about", "fr", "/fr/a-propos/"), item("about", "en", "/en/about/"), item("only-fr", "fr", "/fr/seulement/")]);
  const strings = (name: string) => ({ site: { name }, feeds: { rss: `${name} (RSS)` } });
  const translator = new Translator({ fr: strings("L'Alliance"), en: strings("The Alliance") }, locales);
  return new HeadMeta({
    translations,
    translator,
    locale: (code) => locales.find((l) => l.code === code)!,
    localeCodes: () => locales.map((l) => l.code),
  });
}

const page = {
  title: 'À propos & "plus"',
  description: "Qui nous sommes",
  url: "/fr/a-propos/",
  key: "about",
  locale: "fr",
  article: false,
  defaultLocale: "en",
  feeds: [{ output: "rss" as const, type: "application/rss+xml", href: "http://localhost:8080/fr/feed.xml" }],
};

describe("a page's head", () => {
  absoluteUrls.reset();
  const origin = absoluteUrls.of("/").slice(0, -1);

  it("gives its translations, the default locale's as x-default, its feeds and cards, one tag a line, escaped as the templates escape", () => {
    const lines = headMeta().tags(page).split("\n  ").slice(1);
    expect(lines).toEqual([
      '<meta name="description" content="Qui nous sommes">',
      `<link rel="canonical" href="${origin}/fr/a-propos/">`,
      `<link rel="alternate" hreflang="fr" href="${origin}/fr/a-propos/">`,
      `<link rel="alternate" hreflang="en" href="${origin}/en/about/">`,
      `<link rel="alternate" hreflang="x-default" href="${origin}/en/about/">`,
      '<link rel="alternate" type="application/rss+xml" href="http://localhost:8080/fr/feed.xml" title="L&#39;Alliance (RSS)">',
      '<meta property="og:type" content="website">',
      '<meta property="og:site_name" content="L&#39;Alliance">',
      '<meta property="og:title" content="À propos &amp; &quot;plus&quot;">',
      '<meta property="og:description" content="Qui nous sommes">',
      `<meta property="og:url" content="${origin}/fr/a-propos/">`,
      `<meta property="og:image" content="${origin}/og-image.png">`,
      '<meta property="og:image:width" content="1200">',
      '<meta property="og:image:height" content="630">',
      '<meta property="og:image:alt" content="L&#39;Alliance">',
      '<meta property="og:locale" content="fr_FR">',
      '<meta property="og:locale:alternate" content="en_GB">',
      '<meta name="twitter:card" content="summary_large_image">',
      '<meta name="twitter:title" content="À propos &amp; &quot;plus&quot;">',
      '<meta name="twitter:description" content="Qui nous sommes">',
      `<meta name="twitter:image" content="${origin}/og-image.png">`,
    ]);
  });

  it("makes an untranslated page its own x-default, with no other locale, and a news item an article", () => {
    const tags = headMeta().tags({ ...page, key: "only-fr", url: "/fr/seulement/", article: true });
    expect(tags).toContain(`<link rel="alternate" hreflang="x-default" href="${origin}/fr/seulement/">`);
    expect(tags).not.toContain('hreflang="en"');
    expect(tags).not.toContain("og:locale:alternate");
    expect(tags).toContain('<meta property="og:type" content="article">');
  });

  it("refuses a page without a title", () => {
    expect(() => headMeta().tags({ ...page, title: undefined as unknown as string })).toThrow("Page /fr/a-propos/ has no title");
  });
});
