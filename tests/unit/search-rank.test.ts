import { describe, expect, it } from "vitest";
// The browser's own module: its ranking and message helpers run here unchanged.
import { fill, pluralMessage, rankResults } from "../../src/assets/js/search.js";
import en from "../../_data/strings/en/search.json" with { type: "json" };
import fr from "../../_data/strings/fr/search.json" with { type: "json" };

const result = (title: string, type: string, aliases?: string) => ({
  url: `/${title}/`,
  meta: { title, ...(aliases ? { aliases } : {}) },
  filters: { type: [type] },
});

describe("search ranking", () => {
  const news = result("Les Sintés dans l'histoire", "news");
  const term = result("Sintés (Manouches)", "glossary", "Sinti | Sintés | Manouches");
  const other = result("Roms", "glossary", "Rom | Roms");

  it("puts the glossary term whose alias is the query first", () => {
    expect(rankResults([news, other, term], "sinti").map((r) => r.url)).toEqual([term.url, news.url, other.url]);
  });

  it("matches the term without its parenthesis, whatever the case", () => {
    expect(rankResults([news, term], "SINTÉS")[0]).toBe(term);
  });

  it("keeps Pagefind's order when no term is named exactly", () => {
    expect(rankResults([news, term, other], "histoire")).toEqual([news, term, other]);
  });

  it("does not promote a news item titled like a term", () => {
    const article = result("Roms", "news");
    expect(rankResults([article, other], "Roms")).toEqual([other, article]);
  });
});

describe("search messages", () => {
  it("fills the count and the query", () => {
    expect(fill("{count} résultats pour « {query} »", { count: 3, query: "Roms" })).toBe("3 résultats pour « Roms »");
  });

  // The search page's data attributes, as layouts/search.njk writes them from the strings.
  const messages = (strings: typeof en) => ({ msgResultsOne: strings.results.one, msgResultsOther: strings.results.other });
  const status = (strings: typeof en, locale: string, count: number) =>
    fill(pluralMessage(messages(strings), "msgResults", count, locale), { count, query: "Roma" });

  it("chooses the message by the language's plural rules", () => {
    expect(status(en, "en-GB", 1)).toBe("1 result for “Roma”");
    expect(status(en, "en-GB", 2)).toBe("2 results for “Roma”");
    expect(status(fr, "fr-FR", 1)).toBe("1 résultat pour « Roma »");
    expect(status(fr, "fr-FR", 12)).toBe("12 résultats pour « Roma »");
  });

  it("falls back to the 'other' message for a category the strings do not have (French 'many')", () => {
    expect(new Intl.PluralRules("fr-FR").select(1_000_000)).toBe("many");
    expect(status(fr, "fr-FR", 1_000_000)).toBe("1000000 résultats pour « Roma »");
  });
});
