import type { Feed } from "feed";
import { formatDate } from "../i18n/dates.ts";
import type { EleventyConfig } from "../model/eleventy.ts";
import type { SiteModel } from "../model/site-model.ts";
import { absoluteUrl, siteOrigin } from "../site/url.ts";
import { buildCalendar } from "./calendar.ts";
import { buildFeed, FEED_SIZE, serializeFeed, type FeedFormat } from "./feeds.ts";

type Output = FeedFormat | "calendar";

/** Media types of the <link rel="alternate"> that advertise each output. */
const MEDIA_TYPES: Record<Output, string> = {
  rss: "application/rss+xml",
  atom: "application/atom+xml",
  json: "application/feed+json",
  calendar: "text/calendar",
};

export interface FeedLink {
  output: Output;
  type: string;
  href: string;
}

/**
 * Per-locale subscriptions: RSS 2.0, Atom 1.0 and JSON Feed of the 20 newest news items, and an
 * iCalendar of their events. Each is computed once per locale and build, never per page.
 */
export default function feedsPlugin(eleventyConfig: EleventyConfig, { model }: { model: SiteModel }): void {
  // The feed pages are declared once, for the locales the config started with.
  const locales = model.locales;
  const t = (key: string, locale: string) => model.translator.t(key, locale);
  const feeds = new Map<string, Promise<Feed>>();
  const links = new Map<string, FeedLink[]>();
  eleventyConfig.on("eleventy.before", () => {
    feeds.clear();
    links.clear();
  });

  /** Site paths of a locale's outputs; the calendar's file name is localized (evenements.ics, events.ics). */
  const pathOf = (locale: string, output: Output): string => {
    const file = { rss: "feed.xml", atom: "atom.xml", json: "feed.json", calendar: t("feeds.calendarFile", locale) }[output];
    return `/${locale}/${file}`;
  };

  const buildFeedOf = async (locale: string): Promise<Feed> => {
    // The feed gives its images' sizes in bytes: it waits for its own, encoded while the pages render.
    const newest = model.news.ofLocale(locale).slice(0, FEED_SIZE);
    await model.images.written(newest.map((entry) => entry.item.inputPath));
    return buildFeed(
      {
        language: locale,
        title: t("feeds.title", locale),
        description: t("site.tagline", locale),
        link: absoluteUrl(model.translations.url("news", locale)),
        author: { name: t("site.name", locale), link: absoluteUrl(model.translations.url("home", locale)) },
        icon: absoluteUrl("/favicon.svg"),
        account: {
          written: t("news.written", locale),
          note: t("news.accountNote", locale),
          sources: t("news.sources", locale),
          formatDate: (date) => formatDate(date, model.intlOf(locale)),
        },
        self: { rss: absoluteUrl(pathOf(locale, "rss")), atom: absoluteUrl(pathOf(locale, "atom")), json: absoluteUrl(pathOf(locale, "json")) },
      },
      newest.map((entry) => (entry.image ? { ...entry, image: model.images.fallback(entry.item.inputPath) } : entry)),
    );
  };
  /** One feed per locale and build, whichever of its three formats asks first. */
  const feedOf = (locale: string): Promise<Feed> => {
    let feed = feeds.get(locale);
    if (!feed) {
      feed = buildFeedOf(locale);
      feeds.set(locale, feed);
    }
    return feed;
  };

  const render = async (locale: string, output: Output): Promise<string> => {
    if (output === "calendar") {
      return buildCalendar(
        { language: locale, name: t("feeds.calendarName", locale), description: t("site.tagline", locale), host: new URL(siteOrigin()).hostname },
        model.news.ofLocale(locale),
      );
    }
    return serializeFeed(await feedOf(locale), output);
  };

  const outputs: Output[] = ["rss", "atom", "json", "calendar"];
  // One virtual template, one page per locale and output (Nunjucks: the site's only template languages are md and njk).
  eleventyConfig.addFilter("feedOutput", render);
  eleventyConfig.addTemplate("feeds.njk", "{{ target.locale | feedOutput(target.output) | safe }}", {
    layout: false,
    eleventyExcludeFromCollections: true,
    // Rendered after the news items, whose bodies the feeds carry.
    eleventyImport: { collections: locales.map(({ code }) => `news_${code}`) },
    feedTargets: locales.flatMap(({ code }) => outputs.map((output) => ({ locale: code, output }))),
    pagination: { data: "feedTargets", size: 1, alias: "target" },
    permalink: "{{ target.locale | feedUrl(target.output) }}",
  });

  /** The <link rel="alternate"> of a locale's feeds and calendar, for every page's head. */
  eleventyConfig.addFilter("feedLinks", (locale: string): FeedLink[] => {
    let list = links.get(locale);
    if (!list) {
      list = outputs.map((output) => ({ output, type: MEDIA_TYPES[output], href: absoluteUrl(pathOf(locale, output)) }));
      links.set(locale, list);
    }
    return list;
  });
  eleventyConfig.addFilter("feedUrl", (locale: string, output: Output) => pathOf(locale, output));
}
