import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "smol-toml";
import { describe, expect, it } from "vitest";
import { redirectMatches } from "../../src/checks/netlify-config.ts";
import { OLD_SITE_KEY, parseOldAddresses, readOldAddresses } from "../../src/redirects/old-addresses.ts";
import {
  BLOCK_END,
  BLOCK_START,
  currentOldAddressBlock,
  oldAddressRules,
  renderOldAddressBlock,
  replaceOldAddressBlock,
  resolveOldAddressRules,
} from "../../src/redirects/rules.ts";
import { repoRoot } from "../helpers/fixture-site.ts";

const file = "_data/old-addresses.json";
const table = (rows: string[]) => `{\n  "locales": ["fr", "en"],\n  "pages": [\n${rows.map((row) => `    ${row}`).join(",\n")}\n  ]\n}\n`;
const about = '{ "id": 33, "key": "about", "subject": "About us" }';
const launch = '{ "id": 50, "key": "launch", "subject": "Launch" }';
const urls = {
  about: { fr: "/fr/a-propos/", en: "/en/about/" },
  launch: { fr: "/fr/actualites/lancement/", en: "/en/news/launch/" },
  [OLD_SITE_KEY]: { fr: "/fr/ancien-site/", en: "/en/old-site/" },
};

describe("the table of old addresses", () => {
  it("reads each old page's id, the key of its new page and its subject", () => {
    expect(parseOldAddresses(table([about, launch]), file)).toEqual({
      locales: ["fr", "en"],
      pages: [
        { id: 33, key: "about", subject: "About us" },
        { id: 50, key: "launch", subject: "Launch" },
      ],
    });
  });

  it("names the file, the row's line and the field of a bad row", () => {
    expect(() => parseOldAddresses(table([about, '{ "id": "50", "key": "launch", "subject": "Launch" }']), file)).toThrow(
      `${file}:5: pages[1].id: must be the old page's number`,
    );
    expect(() => parseOldAddresses(table([about, '{ "id": 50, "key": " ", "subject": "Launch" }']), file)).toThrow(
      `${file}:5: pages[1].key: must not be empty`,
    );
    expect(() => parseOldAddresses(table([about, '{ "id": 50, "subject": "Launch" }']), file)).toThrow(`${file}:5: pages[1].key:`);
    expect(() => parseOldAddresses(table([about, '{ "id": 2.5, "key": "launch", "subject": "Launch" }']), file)).toThrow(
      `${file}:5: pages[1].id: must be a whole number`,
    );
  });

  it("refuses an old page listed twice, at the line of its second row", () => {
    expect(() => parseOldAddresses(table([about, launch, '{ "id": 33, "key": "launch", "subject": "Again" }']), file)).toThrow(
      `${file}:6: pages[2].id: 33 is already the id of pages[0]; an old page has one row`,
    );
  });

  it("needs the old site's languages, as its addresses spell them", () => {
    expect(() => parseOldAddresses('{ "locales": [], "pages": [] }', file)).toThrow(`${file}: locales: must name the old site's languages`);
    expect(() => parseOldAddresses('{ "locales": ["English"], "pages": [] }', file)).toThrow(`${file}: locales.0: must be language codes`);
  });

  it("refuses a file that is not JSON, naming it", () => {
    expect(() => parseOldAddresses("{ pages: [] }", file)).toThrow(`${file}: (file): is not valid JSON`);
  });
});

describe("the old addresses' rules", () => {
  const rules = resolveOldAddressRules(parseOldAddresses(table([launch, about]), file), urls, { file, text: table([launch, about]) });

  it("send each id, alone or whatever slug follows it, to its page in the same locale, then any other old page to the locale's old-site page", () => {
    expect(rules.map(({ from, to }) => [from, to])).toEqual([
      ["/fr/page/33", "/fr/a-propos/"],
      ["/fr/page/33-*", "/fr/a-propos/"],
      ["/fr/page/50", "/fr/actualites/lancement/"],
      ["/fr/page/50-*", "/fr/actualites/lancement/"],
      ["/fr/page/*", "/fr/ancien-site/"],
      ["/en/page/33", "/en/about/"],
      ["/en/page/33-*", "/en/about/"],
      ["/en/page/50", "/en/news/launch/"],
      ["/en/page/50-*", "/en/news/launch/"],
      ["/en/page/*", "/en/old-site/"],
    ]);
  });

  it("match the old site's addresses as Netlify's patterns do: the id and its dash, not a longer id", () => {
    expect(redirectMatches("/en/page/33-*", "/en/page/33-about-us.html")).toBe(true);
    expect(redirectMatches("/en/page/33-*", "/en/page/33-a-propos-de-nous.html")).toBe(true);
    expect(redirectMatches("/en/page/33-*", "/en/page/333-other.html")).toBe(false);
    expect(redirectMatches("/en/page/3-*", "/en/page/33-about-us.html")).toBe(false);
    expect(redirectMatches("/en/page/*", "/en/page/999-anything.html")).toBe(true);
    expect(redirectMatches("/fr/*", "/fr")).toBe(true);
  });

  it("name every key that has no page, in which locales, at its row's line", () => {
    const text = table([about, '{ "id": 181, "key": "dosta-prize", "subject": "Prize" }']);
    const { fr, en } = urls.about;
    expect(() => resolveOldAddressRules(parseOldAddresses(text, file), { about: { fr }, [OLD_SITE_KEY]: urls[OLD_SITE_KEY] }, { file, text })).toThrow(
      `${file}:4: pages[0].key: no page has the key "about" in en in the last build\n${file}:5: pages[1].key: no page has the key "dosta-prize" in fr, en in the last build`,
    );
    expect(() => resolveOldAddressRules(parseOldAddresses(text, file), { about: { fr, en } }, { file, text })).toThrow(`no page has the key "${OLD_SITE_KEY}"`);
  });

  it("are written between netlify.toml's markers, and writing them again changes nothing", () => {
    const toml = `[build]\n  publish = "_site"\n\n${BLOCK_START}\n${BLOCK_END}\n\n[[redirects]]\n  from = "/*"\n  to = "/en/404.html"\n  status = 404\n`;
    const written = replaceOldAddressBlock(toml, renderOldAddressBlock(rules));
    const parsed = parse(written) as { redirects: { from: string; to: string; status: number }[] };
    expect(parsed.redirects.map((r) => r.from)).toEqual([...rules.map((r) => r.from), "/*"]);
    expect(parsed.redirects.slice(0, -1).every((r) => r.status === 301)).toBe(true);
    expect(replaceOldAddressBlock(written, renderOldAddressBlock(rules))).toBe(written);
    expect(() => currentOldAddressBlock("[build]\n", "netlify.toml")).toThrow("netlify.toml: the old addresses' block is missing");
  });
});

describe("netlify.toml", () => {
  const toml = readFileSync(join(repoRoot, "netlify.toml"), "utf8");
  const redirects = (parse(toml) as { redirects: { from: string; to: string; status?: number }[] }).redirects;

  it("has one permanent redirect for every old page of the table in every locale, each locale's catch-all after its ids", () => {
    const expected = oldAddressRules(readOldAddresses(join(repoRoot, "_data")), () => "").map((rule) => rule.from);
    const block = redirects.filter((rule) => rule.from.includes("/page/"));
    expect(block.map((rule) => rule.from)).toEqual(expected);
    expect(block.every((rule) => (rule.status ?? 301) === 301)).toBe(true);
  });

  it("keeps the page-not-found rules last, after the old addresses", () => {
    const firstNotFound = redirects.findIndex((rule) => rule.status === 404);
    expect(redirects.slice(firstNotFound).every((rule) => rule.status === 404)).toBe(true);
    expect(redirects.findLastIndex((rule) => rule.from.includes("/page/"))).toBeLessThan(firstNotFound);
  });
});
