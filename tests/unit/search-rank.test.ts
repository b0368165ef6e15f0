import { describe, expect, it } from "vitest";
// The browser's own module: its ranking and message helpers run here unchanged.
import { fill, rankResults } from "../../src/assets/js/search.js";

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
});
