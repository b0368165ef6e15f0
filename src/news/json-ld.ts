import { isoDate } from "../i18n/dates.ts";
import { schemaDate, type NewsEvent } from "./event.ts";

export interface ArticleFacts {
  title: string;
  summary: string;
  date: Date;
  /** The day an account of past events was written: its real publication date. */
  written?: Date;
  /** Absolute URL of the article. */
  url: string;
  /** BCP 47 code of the article's language. */
  language: string;
  tags: string[];
  place: string | undefined;
  event: NewsEvent | undefined;
  /** Absolute URL of the article's image. */
  image: string | undefined;
  publisher: { name: string; url: string; logo: string };
}

/** schema.org data of a news article: a NewsArticle, and the Event it announces or reports when it has one. */
export function articleJsonLd(facts: ArticleFacts): Record<string, unknown> {
  const publisher = { "@type": "Organization", name: facts.publisher.name, url: facts.publisher.url, logo: facts.publisher.logo };
  const article: Record<string, unknown> = {
    "@type": "NewsArticle",
    "@id": `${facts.url}#article`,
    headline: facts.title,
    description: facts.summary,
    datePublished: isoDate(facts.written ?? facts.date),
    inLanguage: facts.language,
    url: facts.url,
    mainEntityOfPage: facts.url,
    author: publisher,
    publisher,
  };
  if (facts.image) article.image = [facts.image];
  if (facts.tags.length) article.keywords = facts.tags.join(", ");
  const graph: Record<string, unknown>[] = [article];

  if (facts.event && facts.place) {
    const event: Record<string, unknown> = {
      "@type": "Event",
      "@id": `${facts.url}#event`,
      name: facts.title,
      description: facts.summary,
      startDate: schemaDate(facts.event, "start"),
      eventStatus: "https://schema.org/EventScheduled",
      eventAttendanceMode: "https://schema.org/OfflineEventAttendanceMode",
      location: { "@type": "Place", name: facts.place, address: facts.place },
      url: facts.url,
      inLanguage: facts.language,
    };
    if (facts.event.hasEnd) event.endDate = schemaDate(facts.event, "end");
    if (facts.image) event.image = [facts.image];
    article.about = { "@id": event["@id"] };
    graph.push(event);
  }
  return { "@context": "https://schema.org", "@graph": graph };
}
