import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { neighbours, newestFirst, pageLinks } from "../../src/news/collection.ts";

const item = (inputPath: string, day: string) => ({ inputPath, date: new Date(`${day}T00:00:00Z`) });

describe("news order", () => {
  it("puts the newest first, and same-day items in file order", () => {
    const items = [item("c.md", "2013-03-20"), item("b.md", "2013-12-12"), item("a.md", "2013-12-12"), item("d.md", "2018-04-12")];
    expect(items.sort(newestFirst).map((i) => i.inputPath)).toEqual(["d.md", "a.md", "b.md", "c.md"]);
  });

  it("gives each article its newer and older neighbour, none beyond the ends", () => {
    const sorted = [item("new.md", "2018-04-12"), item("mid.md", "2015-06-12"), item("old.md", "2011-09-22")];
    const around = neighbours(sorted);
    expect(around.get("new.md")).toEqual({ newer: undefined, older: sorted[1] });
    expect(around.get("mid.md")).toEqual({ newer: sorted[0], older: sorted[2] });
    expect(around.get("old.md")).toEqual({ newer: sorted[1], older: undefined });
  });
});

describe("listing page links", () => {
  const hrefs = (n: number) => Array.from({ length: n }, (_, i) => (i === 0 ? "/fr/actualites/" : `/fr/actualites/page/${i + 1}/`));

  it("shows every page when there are few", () => {
    expect(pageLinks(hrefs(3), 1)).toEqual([
      { kind: "page", number: 1, href: "/fr/actualites/", current: false },
      { kind: "page", number: 2, href: "/fr/actualites/page/2/", current: true },
      { kind: "page", number: 3, href: "/fr/actualites/page/3/", current: false },
    ]);
  });

  it("shortens a long list to the ends and the pages around the current one", () => {
    const shown = pageLinks(hrefs(200), 99).map((link) => (link.kind === "gap" ? "…" : link.number));
    expect(shown).toEqual([1, "…", 98, 99, 100, 101, 102, "…", 200]);
  });

  it("always links the first, last and current pages, in order, with no two gaps in a row", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 300 }).chain((n) => fc.tuple(fc.constant(n), fc.integer({ min: 0, max: n - 1 }))),
        ([n, current]) => {
          const links = pageLinks(hrefs(n), current);
          const numbers = links.flatMap((link) => (link.kind === "page" ? [link.number] : []));
          expect(numbers[0]).toBe(1);
          expect(numbers.at(-1)).toBe(n);
          expect(numbers).toContain(current + 1);
          expect(numbers).toEqual([...numbers].sort((a, b) => a - b));
          expect(links.filter((link) => link.kind === "page" && link.current)).toHaveLength(1);
          expect(links.length).toBeLessThanOrEqual(9);
          for (const [i, link] of links.entries()) expect(link.kind === "gap" && links[i + 1]?.kind === "gap").toBe(false);
        },
      ),
    );
  });
});
