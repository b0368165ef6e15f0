import { escapeAsTemplates as escapeHtml } from "../html/escape.ts";
import type { Locale } from "./locales.ts";
import type { Translator } from "./strings.ts";
import type { TranslationIndex } from "./translations.ts";

/** What a menu is made from: the translation index, the UI strings and the locales' names. */
export interface MenuSources {
  translations: TranslationIndex;
  translator: Translator;
  locale(code: string): Locale;
  localeCodes(): string[];
}

/** One link of a menu as every page of a locale shows it, around the `aria-current` that depends on the page. */
interface MenuLink {
  item: string;
  url: string;
  /** `<li><a href="…"` and its hreflang. */
  opening: string;
  /** `>label</a></li>`, with the language named when the link leads to another locale's page. */
  closing: string;
}

/**
 * The header's and footer's menus. Their links are the same on every page of a locale but for
 * `aria-current`, so each menu is made once per locale and build (`reset` starts a build) and a
 * page only chooses which link is current.
 */
export class Menus {
  private readonly sources: MenuSources;
  private readonly made = new Map<string, MenuLink[]>();
  /** Each locale's link to its home saying the page is not translated, for the language switcher. */
  private readonly untranslated = new Map<string, string>();

  constructor(sources: MenuSources) {
    this.sources = sources;
  }

  reset(): void {
    this.made.clear();
    this.untranslated.clear();
  }

  /**
   * The language switcher's `<li>`s: the page with this key in every other locale, or while it is not
   * translated, that locale's home, saying so in its language.
   */
  languages(key: string | undefined, locale: string): string[] {
    return this.sources
      .localeCodes()
      .filter((code) => code !== locale)
      .map((code) => {
        const version = key === undefined ? undefined : this.sources.translations.find(key, code);
        const link = version
          ? `<a href="${escapeHtml(version.url)}"${this.languageAttributes(code)}>${escapeHtml(this.sources.locale(code).name)}</a>`
          : this.untranslatedLink(code);
        return `<li>\n      ${link}\n    </li>`;
      });
  }

  private languageAttributes(code: string): string {
    const lang = escapeHtml(code);
    return ` lang="${lang}" hreflang="${lang}"`;
  }

  private untranslatedLink(code: string): string {
    let link = this.untranslated.get(code);
    if (link === undefined) {
      const { translations, translator } = this.sources;
      const note = escapeHtml(translator.t("nav.untranslated", code));
      link = `<a href="${escapeHtml(translations.url("home", code))}"${this.languageAttributes(code)}>${escapeHtml(this.sources.locale(code).name)} <span class="untranslated">(${note})</span></a>`;
      this.untranslated.set(code, link);
    }
    return link;
  }

  /**
   * One `<li>` per item (page keys), labelled by the UI string `labels` names, `{item}` standing for
   * the item ("nav.{item}", so that the translations check sees which strings are used): the page in this
   * locale or, until it is translated, in the fallback locale. The link to the page itself is
   * `aria-current="page"`; given `section`, the link to the page's section is `aria-current="true"`.
   */
  items(items: string[], options: { locale: string; fallbackLocale: string; labels: string; pageUrl: string; section?: string }): string[] {
    const { pageUrl, section } = options;
    return this.linksOf(items, options).map(({ item, url, opening, closing }) => {
      const current = pageUrl === url ? ' aria-current="page"' : section !== undefined && section === item ? ' aria-current="true"' : "";
      return opening + current + closing;
    });
  }

  private linksOf(items: string[], { locale, fallbackLocale, labels }: { locale: string; fallbackLocale: string; labels: string }): MenuLink[] {
    const key = `${locale}\n${fallbackLocale}\n${labels}\n${items.join("\n")}`;
    let links = this.made.get(key);
    if (!links) {
      links = items.map((item) => this.linkOf(item, locale, fallbackLocale, labels));
      this.made.set(key, links);
    }
    return links;
  }

  private linkOf(item: string, locale: string, fallbackLocale: string, labels: string): MenuLink {
    const { translations, translator } = this.sources;
    const target = translations.findOrFallback(item, locale, fallbackLocale);
    const elsewhere = target.locale !== locale;
    const label = escapeHtml(translator.t(labels.replaceAll("{item}", item), locale));
    const language = elsewhere ? ` <span class="untranslated">(${escapeHtml(this.sources.locale(target.locale).name)})</span>` : "";
    return {
      item,
      url: target.url,
      opening: `<li><a href="${escapeHtml(target.url)}"${elsewhere ? ` hreflang="${escapeHtml(target.locale)}"` : ""}`,
      closing: `>${label}${language}</a></li>`,
    };
  }
}
