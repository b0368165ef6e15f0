import * as yaml from "js-yaml";
import { describe, expect, it } from "vitest";
import { checkContent } from "../../src/content/content-types.ts";
import type { ContentFile } from "../../src/content/validate.ts";
import type { DocumentEntry } from "../../src/documents/validate.ts";
import { documentType } from "../../src/documents/validate.ts";
import { createMarkdown } from "../../src/markdown/markdown.ts";

/** A text's front matter as an editor writes it, one field a line, in the order given. */
const good: Record<string, unknown> = {
  key: "strasbourg-declaration",
  title: "The Strasbourg Declaration on Roma",
  summary: "A declaration.",
  kind: "declaration",
  issuedBy: "high-level-meeting",
  adopted: "2010-10-20",
  reference: "CM(2010)133 final",
  officialTexts: [{ language: "en", url: "https://wcd.coe.int/ViewDoc.jsp?Ref=CM(2010)133&Language=lanEnglish" }, { language: "fr" }],
};

/** A content file whose text and data come from the same YAML, so that messages can give a line. */
function file(fields: Record<string, unknown>, { locale = "en", slug = "strasbourg-declaration-on-roma" } = {}): ContentFile {
  const front = yaml.dump(fields, { flowLevel: 3, lineWidth: -1 });
  const text = `---\n${front}---\n\nThe text.\n`;
  return {
    inputPath: `./content/${locale}/documents/${slug}.md`,
    source: () => text,
    locale,
    url: `/${locale}/documents/${slug}/`,
    fileSlug: slug,
    data: { type: "document", ...(yaml.load(front, { schema: yaml.CORE_SCHEMA }) as object) },
    body: "The text.",
  };
}

const check = (...files: ContentFile[]) => checkContent(files, ["en", "fr"], { markdown: createMarkdown(), intlOf: (code) => code });
/** The line of `field:` in the file's text (1-based), as an editor would count it. */
const lineOf = (contentFile: ContentFile, field: string) =>
  contentFile.source!()
    .split("\n")
    .findIndex((line) => line.startsWith(`${field}:`)) + 1;
const without = (field: string) => Object.fromEntries(Object.entries(good).filter(([name]) => name !== field));

describe("an adopted text's front matter", () => {
  it("accepts a text with a day, a month, a year or no date, and what the site keeps of it", () => {
    const [{ entry }] = check(file(good)).of<DocumentEntry>(documentType);
    expect(entry).toMatchObject({ kind: "declaration", adopted: { precision: "day", iso: "2010-10-20" }, reference: "CM(2010)133 final" });
    expect(entry.officialTexts).toEqual([good.officialTexts && (good.officialTexts as object[])[0], { language: "fr" }]);
    for (const adopted of ["2017-03", 2017, "not-given"]) expect(() => check(file({ ...good, adopted }))).not.toThrow();
    const signed = check(
      file({
        ...good,
        reference: "not-given",
        otherLanguages: 21,
        signatories: [
          { date: 2017, count: 81, states: 32 },
          { date: 2019, count: [113, 115] },
        ],
      }),
    );
    expect(signed.of<DocumentEntry>(documentType)[0].entry).toMatchObject({
      reference: undefined,
      otherLanguages: 21,
      signatories: [
        { date: { precision: "year", iso: "2017" }, count: 81, states: 32 },
        { date: { precision: "year", iso: "2019" }, count: [113, 115] },
      ],
    });
  });

  it.each([
    ["a missing summary", without("summary"), "summary", "missing; write one or two sentences"],
    ["an empty summary", { ...good, summary: " " }, "summary", "must be one or two sentences of text"],
    ["a missing kind", without("kind"), "kind", "missing; must be one of declaration, recommendation, resolution"],
    ["an unknown kind", { ...good, kind: "treaty" }, "kind", "must be one of declaration, recommendation, resolution"],
    ["a missing adopting body", without("issuedBy"), "issuedBy", "missing; must be one of committee-of-ministers, high-level-meeting, congress"],
    ["an unknown adopting body", { ...good, issuedBy: "council" }, "issuedBy", "must be one of committee-of-ministers"],
    ["a missing adoption date", without("adopted"), "adopted", "missing; write the day (2010-10-20), the month (2017-03) or the year (2017)"],
    ["a date written the French way", { ...good, adopted: "20/10/2010" }, "adopted", '"20/10/2010" is not an adoption date'],
    ["a day that does not exist", { ...good, adopted: "2010-02-30" }, "adopted", '"2010-02-30" is not an adoption date'],
    ["a date written as words", { ...good, adopted: "unknown" }, "adopted", '"unknown" is not an adoption date; write the day'],
    ["a missing reference", without("reference"), "reference", "missing; write the official reference"],
    ["an empty reference", { ...good, reference: "" }, "reference", "must be the official reference, e.g. CM/Rec(2012)9, or not-given"],
    ["no official versions", without("officialTexts"), "officialTexts", "missing; list each language the official text exists in"],
    ["an empty list of versions", { ...good, officialTexts: [] }, "officialTexts", "missing; list each language"],
    ["a language named twice", { ...good, officialTexts: [{ language: "en" }, { language: "en" }] }, "officialTexts", "lists a language twice"],
    ["a missing title", without("title"), "title", "missing; every page needs a title"],
    ["a missing key", without("key"), "key", "missing; give the same key to every translation"],
    ["a count that is not a number", { ...good, otherLanguages: "many" }, "otherLanguages", "must be the number of other language versions"],
    ["signatories that are not a list", { ...good, signatories: 81 }, "signatories", "must be a list of counts"],
  ])("names the file, the line and the field of %s", (_, fields, field, problem) => {
    const bad = file(fields);
    const line = lineOf(bad, field);
    expect(() => check(bad)).toThrow(`./content/en/documents/strasbourg-declaration-on-roma.md${line ? `:${line}` : ""}: ${field}: ${problem}`);
    // A field that is written has a line in the message; a missing one has none to give.
    expect(line > 0).toBe(field in fields);
  });

  it.each([
    ["a version without a language", [{ url: "https://rm.coe.int/1680088eab" }], "officialTexts.0.language", "missing; write the language code"],
    ["a language that is not a code", [{ language: "English" }], "officialTexts.0.language", "must be a language code such as en or fr"],
    [
      "an address elsewhere than on a Council of Europe server",
      [{ language: "en", url: "https://example.org/strasbourg.pdf" }],
      "officialTexts.0.url",
      "must be the address of the text on a Council of Europe server",
    ],
    [
      "an address that only looks like one",
      [{ language: "en", url: "https://coe.int.example.org/text" }],
      "officialTexts.0.url",
      "must be the address of the text on a Council of Europe server",
    ],
    ["a version given as a bare address", ["https://rm.coe.int/1680088eab"], "officialTexts.0", "must be a block with a language (and a url)"],
  ])("names the version's field of %s", (_, officialTexts, field, problem) => {
    expect(() => check(file({ ...good, officialTexts }))).toThrow(`: ${field}: ${problem}`);
    // The message points at the line of the version in the list.
    expect(() => check(file({ ...good, officialTexts }))).toThrow(/strasbourg-declaration-on-roma\.md:1[0-9]: /);
  });

  it.each([
    ["a count without a date", [{ count: 81 }], "signatories.0.date", "missing; write when the count was given"],
    ["a count dated not-given", [{ date: "not-given", count: 81 }], "signatories.0.date", '"not-given" is not a date'],
    ["a date without a count", [{ date: 2017 }], "signatories.0.count", "missing; write the number of signatories"],
    ["a count that is not a whole number", [{ date: 2017, count: 81.5 }], "signatories.0.count", "must be a number of signatories, or [low, high]"],
    [
      "a range the wrong way round",
      [{ date: 2019, count: [115, 113] }],
      "signatories.0.count",
      "must be a number of signatories, or [low, high] when the sources differ",
    ],
    ["a number of states that is not a number", [{ date: 2017, count: 81, states: "32 states" }], "signatories.0.states", "must be a number of states"],
  ])("names the signatories' field of %s", (_, signatories, field, problem) => {
    expect(() => check(file({ ...good, signatories }))).toThrow(`: ${field}: ${problem}`);
  });

  it("refuses a file name that is not fit for a URL", () => {
    expect(() => check(file(good, { slug: "Déclaration" }))).toThrow('slug: "Déclaration" must be lowercase letters, digits and hyphens');
  });

  it("refuses translations that disagree on a fact of the text, naming both files and the line", () => {
    const english = file(good);
    const french = file(
      { ...good, title: "La Déclaration de Strasbourg sur les Roms", adopted: "2010-10-23" },
      { locale: "fr", slug: "declaration-de-strasbourg-sur-les-roms" },
    );
    expect(() => check(english, french)).toThrow(
      `./content/fr/documents/declaration-de-strasbourg-sur-les-roms.md:${lineOf(french, "adopted")}: adopted: differs from ./content/en/documents/strasbourg-declaration-on-roma.md, the same text in "en"`,
    );
    const otherReference = file({ ...good, reference: "CM(2010)133" }, { locale: "fr", slug: "declaration-de-strasbourg-sur-les-roms" });
    expect(() => check(english, otherReference)).toThrow("reference: differs from");
    expect(() => check(english, file({ ...good, title: "La Déclaration" }, { locale: "fr", slug: "declaration" }))).not.toThrow();
  });
});
