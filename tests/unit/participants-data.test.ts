import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { PARTICIPANTS_FILE, type Participant, participantName, readParticipants } from "../../src/participants/data.ts";
import { repoRoot } from "../helpers/fixture-site.ts";

const real = readFileSync(join(repoRoot, PARTICIPANTS_FILE), "utf8");
const read = (text: string) => readParticipants(text, PARTICIPANTS_FILE, { locales: ["fr", "en"], defaultLocale: "en" }, 2026);
/** The message for the real file with one passage replaced (the passage must be there: a test that edits nothing proves nothing). */
const messageFor = (passage: string, replacement: string) => {
  expect(real, "the passage to replace").toContain(passage);
  try {
    read(real.replace(passage, replacement));
  } catch (error) {
    return (error as Error).message;
  }
  return "no error";
};
const lineOf = (passage: string) => real.slice(0, real.indexOf(passage)).split("\n").length;

describe("the real participants file", () => {
  const data = read(real);

  it("ends with the last published figure, 130 from 29 countries, dated only as after June 2015, with its source", () => {
    expect(data.history.at(-1)).toEqual({
      count: 130,
      countries: 29,
      after: { year: 2015, month: 6 },
      source: { fr: "roma-alliance.org, page d'accueil (compteur de la colonne latérale)", en: "roma-alliance.org, home page (sidebar counter)" },
    });
  });

  it("gives the counts facts.md lists, oldest first", () => {
    expect(data.history.map((p) => [p.count, p.date ?? p.after])).toEqual([
      [114, { year: 2013, season: "spring" }],
      [120, { year: 2013, month: 6 }],
      [122, { year: 2014, month: 3 }],
      [127, { year: 2015, month: 5 }],
      [129, { year: 2015, month: 6 }],
      [130, { year: 2015, month: 6 }],
    ]);
  });

  it("names the participants facts.md names, with country and year, in both languages", () => {
    const names = (p: Participant) => [participantName(p, "fr"), participantName(p, "en")];
    expect(data.participants.map((p) => [...names(p), p.country, p.joined, p.founding])).toEqual([
      ["Héraklion", "Heraklion", "GR", 2013, true],
      ["Strasbourg", "Strasbourg", "FR", 2013, true],
      ["Conseil général du Val-de-Marne", "Val-de-Marne General Council", "FR", 2013, false],
      ["Kragujevac", "Kragujevac", "RS", 2014, false],
      ["Tivat", "Tivat", "ME", 2015, false],
      ["Région d'Andalousie", "Region of Andalusia", "ES", 2015, false],
    ]);
  });

  it("a name written once, overridden where French writes it otherwise: every other language writes it as `name`", () => {
    expect(data.participants.map((p) => [p.name, p.nameIn ?? null]).slice(0, 3)).toEqual([
      ["Heraklion", { fr: "Héraklion" }],
      ["Strasbourg", null],
      ["Val-de-Marne General Council", { fr: "Conseil général du Val-de-Marne" }],
    ]);
  });
});

describe("a mistake in the participants file stops the build with its line and field", () => {
  it("a country that is not a member state's code", () => {
    expect(messageFor("country: RS", "country: Serbia")).toBe(
      `${PARTICIPANTS_FILE}:${lineOf("country: RS")}: participants.3.country: must be the ISO 3166-1 alpha-2 code of a Council of Europe member state, such as FR`,
    );
  });

  it("a date that is not a month or a season", () => {
    expect(messageFor("date: 2014-03", "date: March 2014")).toBe(
      `${PARTICIPANTS_FILE}:${lineOf("date: 2014-03")}: history.2.date: write it as YYYY-MM or YYYY-spring (summer, autumn, winter)`,
    );
  });

  it("a count that is not a whole number", () => {
    expect(messageFor("count: 127", "count: 127.5")).toBe(
      `${PARTICIPANTS_FILE}:${lineOf("count: 127")}: history.3.count: must be a whole number of participants`,
    );
  });

  it("counts out of order", () => {
    expect(messageFor("date: 2014-03", "date: 2013-01")).toBe(
      `${PARTICIPANTS_FILE}:${lineOf("date: 2014-03")}: history.2.date: is earlier than the count before it; list the counts oldest first`,
    );
  });

  it("a count with neither date nor after, or with both", () => {
    expect(messageFor("    after: 2015-06\n", "")).toMatch(/:\d+: history\.5\.date: give either date \(when it was published\) or after/);
    expect(messageFor("    after: 2015-06\n", "    after: 2015-06\n    date: 2015-07\n")).toMatch(/history\.5\.date: give either date/);
  });

  it("an `after` that is a season", () => {
    expect(messageFor("after: 2015-06", "after: 2015-summer")).toBe(`${PARTICIPANTS_FILE}:${lineOf("after: 2015-06")}: history.5.after: write it as YYYY-MM`);
  });

  it("the shown figure without its source", () => {
    const source =
      "    source:\n      fr: roma-alliance.org, page d'accueil (compteur de la colonne latérale)\n      en: roma-alliance.org, home page (sidebar counter)\n";
    expect(messageFor(source, "")).toBe(
      `${PARTICIPANTS_FILE}:${lineOf("  - count: 130")}: history.5.source: missing; the last count is the figure the site shows and needs its source`,
    );
  });

  it("a name written per language, as the file once had it (the CMS has no widget for it)", () => {
    expect(messageFor("  - name: Heraklion\n    nameIn:\n", "  - name:\n      en: Heraklion\n    nameIn:\n")).toBe(
      `${PARTICIPANTS_FILE}:${lineOf("  - name: Heraklion")}: participants.0.name: must be the name as most languages write it, one text; a language that writes it otherwise gives it under nameIn`,
    );
  });

  it("a name overridden in a language the site does not have, blank, or as one text", () => {
    const nameIn = "    nameIn:\n      fr: Héraklion\n";
    expect(messageFor(nameIn, `${nameIn}      de: Iraklio\n`)).toBe(
      `${PARTICIPANTS_FILE}:${lineOf(nameIn) + 2}: participants.0.nameIn.de: is not a language of the site; the languages are fr, en`,
    );
    expect(messageFor("      fr: Héraklion\n", "      fr: ' '\n")).toBe(
      `${PARTICIPANTS_FILE}:${lineOf("      fr: Héraklion")}: participants.0.nameIn.fr: must be the name in this language, or be left out`,
    );
    expect(messageFor(nameIn, "    nameIn: Héraklion\n")).toBe(
      `${PARTICIPANTS_FILE}:${lineOf(nameIn)}: participants.0.nameIn: must be the name in the languages that write it otherwise, one per line below it, e.g. fr: …`,
    );
  });

  it("a title or a source that lacks a language of the site, is written once, or holds another language", () => {
    const enTitle = "      en: roma-alliance.org, pages 56 and 62\n";
    expect(messageFor(enTitle, "")).toBe(
      `${PARTICIPANTS_FILE}:${lineOf("  - title:\n      fr: roma-alliance.org, pages 56")}: sources.2.title.en: missing; write the title in "en" too, as in every language of the site`,
    );
    const wikipedia =
      "  - title:\n      fr: Wikipedia, European Alliance of Cities and Regions for Roma Inclusion\n      en: Wikipedia, European Alliance of Cities and Regions for Roma Inclusion\n";
    expect(messageFor(wikipedia, "  - title: Wikipedia, European Alliance of Cities and Regions for Roma Inclusion\n")).toBe(
      `${PARTICIPANTS_FILE}:${lineOf(wikipedia)}: sources.3.title: must be the title in each language of the site, one per line below it: fr: …, en: …`,
    );
    const frSource = "      fr: roma-alliance.org, page d'accueil (compteur de la colonne latérale)\n";
    expect(messageFor(frSource, "")).toMatch(/:\d+: history\.5\.source\.fr: missing; write the source in "fr" too, as in every language of the site$/);
    expect(messageFor(frSource, `${frSource}      it: roma-alliance.org\n`)).toBe(
      `${PARTICIPANTS_FILE}:${lineOf(frSource) + 1}: history.5.source.it: is not a language of the site; the languages are fr, en`,
    );
    expect(messageFor(frSource, "      fr: ''\n")).toBe(`${PARTICIPANTS_FILE}:${lineOf(frSource)}: history.5.source.fr: must be the source in this language`);
  });

  it("a missing name, a misspelt field", () => {
    expect(messageFor("  - name: Tivat\n", "  - nom: Tivat\n")).toBe(
      `${PARTICIPANTS_FILE}:${lineOf("  - name: Tivat")}: participants.4.name: missing; the fields are name, nameIn, country, joined, founding, application`,
    );
    expect(messageFor("    country: ME\n", "    country: ME\n    contry: ME\n")).toBe(
      `${PARTICIPANTS_FILE}:${lineOf("    country: ME") + 1}: participants.4.contry: unknown field; the fields are name, nameIn, country, joined, founding, application`,
    );
  });

  it("a year before the Alliance's launch, or to come", () => {
    expect(messageFor("joined: 2014", "joined: 2012")).toBe(
      `${PARTICIPANTS_FILE}:${lineOf("joined: 2014")}: participants.3.joined: must be a year from 2013 (the Alliance's launch) to 2026`,
    );
    expect(messageFor("joined: 2014", "joined: 2027")).toMatch(/participants\.3\.joined: must be a year from 2013 to 2026$/);
  });

  it("a founding participant that joined later", () => {
    expect(messageFor("    country: FR\n    joined: 2013\n    founding: true", "    country: FR\n    joined: 2014\n    founding: true")).toMatch(
      /participants\.1\.joined: a founding participant joined at the launch, in 2013$/,
    );
  });

  it("one application approved twice", () => {
    const twice = `${real}  - name: Colmar\n    country: FR\n    joined: 2026\n    application: abc\n  - name: Colmar bis\n    country: FR\n    joined: 2026\n    application: abc\n`;
    const lines = twice.split("\n");
    expect(() => read(twice)).toThrow(
      `${PARTICIPANTS_FILE}:${lines.length - 1}: participants.7.application: "abc" is already the application of participants.6`,
    );
  });

  it("a source without a title, or with an address that is not one", () => {
    expect(messageFor("  - title:\n      fr: Wikipedia,", "  - titel:\n      fr: Wikipedia,")).toMatch(
      /:\d+: sources\.3\.title: missing; the fields are title, url$/,
    );
    expect(messageFor("url: https://en.wikipedia.org", "url: en.wikipedia.org")).toMatch(/sources\.3\.url: must be an absolute http\(s\) URL$/);
  });

  it("YAML that does not parse, at its line", () => {
    expect(messageFor("  - count: 122\n", "  - count: [122\n")).toMatch(new RegExp(`^${PARTICIPANTS_FILE}:\\d+: yaml: `));
  });
});
