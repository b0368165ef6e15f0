import { escapeAsTemplates as escapeHtml } from "../html/escape.ts";
import type { FeedLink } from "../feeds/plugin.ts";
import { absoluteUrls } from "../site/url.ts";
import type { MenuSources } from "./menus.ts";

/** One page as its head describes it. */
export interface HeadMetaPage {
  title: string;
  description: string;
  url: string;
  key: string;
  locale: string;
  /** A news item: Open Graph type "article". */
  article: boolean;
  defaultLocale: string;
  /** The locale's feeds (the feeds plugin's `feedLinks`): the same on every page of a locale, read from its first. */
  feeds: FeedLink[];
}

const OG_IMAGE = "/og-image.png";

/**
 * A page's description, canonical and alternate links, feeds, Open Graph and Twitter cards, as the
 * head-meta partial wrote them (each tag on a line of its own, indented by two spaces). What is the
 * same on every page of a locale (feeds, site name, image) is written once per locale and build.
 */
export class HeadMeta {
  private readonly sources: MenuSources;
  private readonly perLocale = new Map<string, { feeds: string[]; site: string[]; image: string[] }>();

  constructor(sources: MenuSources) {
    this.sources = sources;
  }

  reset(): void {
    this.perLocale.clear();
  }

  tags(page: HeadMetaPage): string {
    const { translations } = this.sources;
    for (const field of ["title", "description"] as const) {
      if (page[field] === undefined) throw new Error(`Page ${page.url} has no ${field} for its head`);
    }
    const title = escapeHtml(page.title);
    const description = escapeHtml(page.description);
    const url = absoluteUrls.of(page.url);
    const versions = translations.versions(page.key, this.sources.localeCodes());
    const defaultVersion = translations.find(page.key, page.defaultLocale);
    const shared = this.sharedOf(page);
    const lines = [
      `<meta name="description" content="${description}">`,
      `<link rel="canonical" href="${escapeHtml(url)}">`,
      ...versions.map((version) => `<link rel="alternate" hreflang="${escapeHtml(version.locale)}" href="${escapeHtml(absoluteUrls.of(version.url))}">`),
      `<link rel="alternate" hreflang="x-default" href="${escapeHtml(defaultVersion ? absoluteUrls.of(defaultVersion.url) : url)}">`,
      ...shared.feeds,
      `<meta property="og:type" content="${page.article ? "article" : "website"}">`,
      ...shared.site,
      `<meta property="og:title" content="${title}">`,
      `<meta property="og:description" content="${description}">`,
      `<meta property="og:url" content="${escapeHtml(url)}">`,
      ...shared.image,
      `<meta property="og:locale" content="${escapeHtml(this.sources.locale(page.locale).ogLocale)}">`,
      ...versions
        .filter((version) => version.locale !== page.locale)
        .map((version) => `<meta property="og:locale:alternate" content="${escapeHtml(this.sources.locale(version.locale).ogLocale)}">`),
      `<meta name="twitter:card" content="summary_large_image">`,
      `<meta name="twitter:title" content="${title}">`,
      `<meta name="twitter:description" content="${description}">`,
      `<meta name="twitter:image" content="${escapeHtml(absoluteUrls.of(OG_IMAGE))}">`,
    ];
    return lines.map((line) => `\n  ${line}`).join("");
  }

  /** The tags every page of the locale has alike. */
  private sharedOf({ locale, feeds }: HeadMetaPage): { feeds: string[]; site: string[]; image: string[] } {
    let shared = this.perLocale.get(locale);
    if (!shared) {
      const t = (key: string) => escapeHtml(this.sources.translator.t(key, locale));
      const siteName = t("site.name");
      shared = {
        feeds: feeds.map(
          (feed) => `<link rel="alternate" type="${escapeHtml(feed.type)}" href="${escapeHtml(feed.href)}" title="${t(`feeds.${feed.output}`)}">`,
        ),
        site: [`<meta property="og:site_name" content="${siteName}">`],
        image: [
          `<meta property="og:image" content="${escapeHtml(absoluteUrls.of(OG_IMAGE))}">`,
          `<meta property="og:image:width" content="1200">`,
          `<meta property="og:image:height" content="630">`,
          `<meta property="og:image:alt" content="${siteName}">`,
        ],
      };
      this.perLocale.set(locale, shared);
    }
    return shared;
  }
}
