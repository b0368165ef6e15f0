import { describe, expect, it } from "vitest";
import { resolveEvent } from "../../src/news/event.ts";
import { type ArticleFacts, articleJsonLd } from "../../src/news/json-ld.ts";

const url = "https://alliance.example/fr/actualites/colloque/";
const publisher = { name: "Alliance", url: "https://alliance.example/fr/", logo: "https://alliance.example/og-image.png" };
const facts: ArticleFacts = {
  title: "Colloque de la LDH",
  summary: "Les Roms ont des droits.",
  date: new Date("2013-12-12T00:00:00Z"),
  url,
  language: "fr",
  tags: [],
  place: undefined,
  event: undefined,
  image: undefined,
  publisher,
};
type Node = Record<string, unknown>;
const graphOf = (data: Record<string, unknown>) => data["@graph"] as Node[];

describe("a news article's schema.org data", () => {
  it("is a NewsArticle with its date, language and publisher, and nothing it does not have", () => {
    const data = articleJsonLd(facts);
    expect(data["@context"]).toBe("https://schema.org");
    const organisation = { "@type": "Organization", ...publisher };
    expect(graphOf(data)).toEqual([
      {
        "@type": "NewsArticle",
        "@id": `${url}#article`,
        headline: "Colloque de la LDH",
        description: "Les Roms ont des droits.",
        datePublished: "2013-12-12",
        inLanguage: "fr",
        url,
        mainEntityOfPage: url,
        author: organisation,
        publisher: organisation,
      },
    ]);
  });

  it("adds the image and the tags as keywords when the article has them", () => {
    const [article] = graphOf(articleJsonLd({ ...facts, image: "https://alliance.example/img/a.jpeg", tags: ["ROMACT", "LDH"] }));
    expect(article).toMatchObject({ image: ["https://alliance.example/img/a.jpeg"], keywords: "ROMACT, LDH" });
  });

  it("describes the event a timed article announces, in its own time zone, and links the two", () => {
    const event = resolveEvent({ start: "2013-12-12T09:30", end: "2013-12-12T17:30", timezone: "Europe/Paris" });
    const [article, node] = graphOf(articleJsonLd({ ...facts, event, place: "Maison de l'Europe de Paris" }));
    expect(node).toEqual({
      "@type": "Event",
      "@id": `${url}#event`,
      name: "Colloque de la LDH",
      description: "Les Roms ont des droits.",
      startDate: "2013-12-12T09:30:00+01:00",
      endDate: "2013-12-12T17:30:00+01:00",
      eventStatus: "https://schema.org/EventScheduled",
      eventAttendanceMode: "https://schema.org/OfflineEventAttendanceMode",
      location: { "@type": "Place", name: "Maison de l'Europe de Paris", address: "Maison de l'Europe de Paris" },
      url,
      inLanguage: "fr",
    });
    expect(article.about).toEqual({ "@id": `${url}#event` });
  });

  it("gives an all-day event days, and no end when none was given", () => {
    const [, node] = graphOf(articleJsonLd({ ...facts, event: resolveEvent({ start: "2013-12-12" }), place: "Paris" }));
    expect(node.startDate).toBe("2013-12-12");
    expect(node).not.toHaveProperty("endDate");
  });

  it("has no Event without a place: an Event needs a location", () => {
    const graph = graphOf(articleJsonLd({ ...facts, event: resolveEvent({ start: "2013-12-12" }) }));
    expect(graph.map((node) => node["@type"])).toEqual(["NewsArticle"]);
    expect(graph[0]).not.toHaveProperty("about");
  });
});
