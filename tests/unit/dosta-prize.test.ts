import { describe, expect, it } from "vitest";
import { parsePrize, readPrize } from "../../src/prize/editions.ts";
import { repoRoot } from "../helpers/fixture-site.ts";

const path = "./_data/dosta-prize.json";
const edition = { id: "2011", label: "2011", winners: [{ name: "Jyväskylä", country: "FI", rank: 1 }] };
/** Parses data written as an editor would, one field a line, so that messages can give lines. */
/** The site's locales: a note is written in each, a name overridden in any. */
const locales = ["fr", "en"];
const parse = (data: unknown) => () => parsePrize(data, path, JSON.stringify(data, null, 2), locales);
const withWinner = (winner: Record<string, unknown>) => ({ editions: [{ ...edition, winners: [winner] }] });

describe("the Dosta!-Congress Prize's data file", () => {
  it("accepts names written once or overridden in a language, notes in every language, ranks, shared ranks, links to practices, and an edition without winners", () => {
    const data = {
      editions: [
        {
          id: "2008-2009",
          label: "2008/09",
          winners: [
            { name: "Mostar", country: "BA", rank: 1 },
            { name: "Prijedor", country: "BA", rank: 1 },
            { name: "Lom", country: "BG" },
          ],
        },
        { id: "2015", label: "2015", winners: [{ name: "Ghent", nameIn: { fr: "Gand" }, country: "BE", rank: 1, practice: "ghent-x" }] },
        { id: "2017", label: "2017", note: { en: "Winners not in the record.", fr: "Lauréats absents des sources." } },
      ],
    };
    expect(parse(data)().editions.map(({ id, winners }) => [id, winners.length])).toEqual([
      ["2008-2009", 3],
      ["2015", 1],
      ["2017", 0],
    ]);
  });

  it.each([
    ["a file without editions", {}, ": editions: missing; list the prize's editions"],
    ["no edition at all", { editions: [] }, ":2: editions: must list at least one edition"],
    ["an edition without an id", { editions: [{ label: "2011", winners: [] }] }, ":3: editions.0.id: missing; write the edition's year, e.g. 2011"],
    [
      "an id that is not a year",
      { editions: [{ ...edition, id: "2008/09" }] },
      ":4: editions.0.id: must be the edition's year, e.g. 2011, or its years, e.g. 2008-2009",
    ],
    [
      "an edition without winners or a note",
      { editions: [{ ...edition, winners: [] }] },
      ":3: editions.0.note: missing; an edition without winners says in a note what the record lacks",
    ],
    [
      "an edition that leaves winners out without a note",
      { editions: [{ id: "2017", label: "2017" }] },
      ":3: editions.0.note: missing; an edition without winners says in a note what the record lacks",
    ],
    [
      "a note in one language only",
      { editions: [{ ...edition, note: { en: "Its ranks are not known." } }] },
      ':13: editions.0.note.fr: missing; write the note in "fr" too, as in every language of the site',
    ],
    [
      "a note written once, as a text",
      { editions: [{ ...edition, note: "Its ranks are not known." }] },
      ':13: editions.0.note: must be an object with the note in each language: "fr": …, "en": …',
    ],
    [
      "a misspelt field of an edition",
      { editions: [{ ...edition, notes: "n" }] },
      ":13: editions.0.notes: is not a known field; the fields are id, label, note, winners",
    ],
    ["a winner without a name", withWinner({ country: "FI" }), ":7: editions.0.winners.0.name: missing; write the municipality's name"],
    ["a winner without a country", withWinner({ name: "Surčin" }), ":7: editions.0.winners.0.country: missing; write its ISO 3166-1 alpha-2 code"],
    [
      "a country written as a name",
      withWinner({ name: "Surčin", country: "Serbia" }),
      ':9: editions.0.winners.0.country: "Serbia" is not an ISO 3166-1 alpha-2 country code',
    ],
    [
      "a rank beyond three",
      withWinner({ name: "Surčin", country: "RS", rank: 4 }),
      ":10: editions.0.winners.0.rank: 4 is not a rank; write 1, 2 or 3, or leave rank out",
    ],
    ["a rank written in words", withWinner({ name: "Surčin", country: "RS", rank: "first" }), ':10: editions.0.winners.0.rank: "first" is not a rank'],
    [
      "a misspelt rank",
      withWinner({ name: "Surčin", country: "RS", rnak: 1 }),
      ":10: editions.0.winners.0.rnak: is not a known field; the fields are name, nameIn, country, rank, practice",
    ],
    [
      "a name written per language (the CMS has no widget for it)",
      withWinner({ name: { en: "Ghent", fr: "Gand" }, country: "BE" }),
      ":8: editions.0.winners.0.name: must be the municipality's name, as most languages write it",
    ],
    ["a name that is a number", withWinner({ name: 12, country: "RS" }), ":8: editions.0.winners.0.name: must be the municipality's name"],
    [
      "a blank name in one language",
      withWinner({ name: "Ghent", nameIn: { fr: " " }, country: "BE" }),
      ":10: editions.0.winners.0.nameIn.fr: must be the municipality's name in this language, or be left out",
    ],
    [
      "a name in a language the site does not have",
      withWinner({ name: "Ghent", nameIn: { nl: "Gent" }, country: "BE" }),
      ":10: editions.0.winners.0.nameIn.nl: is not a language of the site; the languages are fr, en",
    ],
    [
      "names overridden as a text",
      withWinner({ name: "Ghent", nameIn: "Gand", country: "BE" }),
      ':9: editions.0.winners.0.nameIn: must be an object with the name in the languages that write it otherwise: { "fr": … }',
    ],
    ["two editions with one id", { editions: [edition, edition] }, ':15: editions.1.id: "2011" is already the id of editions.0'],
  ])("names %s: file, line, field and problem", (_, data, message) => {
    expect(parse(data)).toThrow(`${path}${message}`);
  });
});

describe("the prize's editions as the site publishes them", () => {
  const { editions } = readPrize(`${repoRoot}/_data`);
  const byId = new Map(editions.map((e) => [e.id, e]));
  const ranks = (id: string) => byId.get(id)!.winners.map(({ name, country, rank }) => [name, country, rank ?? null]);

  it("holds the six editions, oldest first", () => {
    expect(editions.map(({ label }) => label)).toEqual(["2007", "2008/09", "2011", "2013", "2015", "2017"]);
  });

  it("gives each winner the rank and country the record gives, and no rank it does not", () => {
    expect(ranks("2007")).toEqual([["Vitez", "BA", 1]]);
    expect(ranks("2008-2009")).toEqual([
      ["Mostar", "BA", 1],
      ["Prijedor", "BA", 1],
      ["Volos", "GR", null],
      ["Lom", "BG", null],
    ]);
    expect(ranks("2011")).toEqual([
      ["Jyväskylä", "FI", 1],
      ["Surčin", "RS", 1],
      ["Southwark", "GB", null],
      ["Madrid region", "ES", null],
    ]);
    expect(ranks("2013")).toEqual([
      ["Obrnice", "CZ", null],
      ["Heraklion", "GR", null],
      ["Kocaeli", "TR", null],
    ]);
    expect(ranks("2015")).toEqual([
      ["Ghent", "BE", 1],
      ["Kragujevac", "RS", 2],
      ["Reggio Emilia", "IT", 2],
      ["Madrid", "ES", 3],
    ]);
    // Written otherwise in French only: the French page shows these.
    const french = editions.flatMap(({ winners }) => winners.flatMap(({ name, nameIn }) => (nameIn ? [[name, nameIn.fr]] : [])));
    expect(french).toEqual([
      ["Madrid region", "Communauté de Madrid"],
      ["Heraklion", "Héraklion"],
      ["Ghent", "Gand"],
    ]);
    expect(byId.get("2017")!.winners).toEqual([]);
    expect(byId.get("2017")!.note).toMatchObject({ en: expect.stringContaining("Its winners are not known") });
  });
});
