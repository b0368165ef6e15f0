import { afterEach, describe, expect, it } from "vitest";
import { fixtureSite, type FixtureSite } from "../helpers/fixture-site.ts";

/** Bad content as an editor would write it: the real build must stop with one message naming file and field. */
let site: FixtureSite;
afterEach(() => site?.remove());

function buildWith(files: Record<string, string | null>) {
  site = fixtureSite();
  for (const [path, content] of Object.entries(files)) site.write(path, content);
  return site.build();
}

const page = (frontMatter: string, body = "Texte.") => `---\n${frontMatter}\n---\n\n${body}\n`;

describe("the build refuses bad content", () => {
  it("a page without a title", () => {
    const { status, log } = buildWith({ "content/fr/sans-titre.md": page("key: untitled") });
    expect(status).not.toBe(0);
    expect(log).toContain("content/fr/sans-titre.md: title: missing");
  });

  it("a date that is not a date, at its line", () => {
    const { status, log } = buildWith({ "content/fr/mauvaise-date.md": page("key: bad-date\ntitle: Mauvaise date\ndate: 2013-13-45") });
    expect(status).not.toBe(0);
    expect(log).toContain('content/fr/mauvaise-date.md:4: date: "2013-13-45" is not a date; write it as YYYY-MM-DD');
  });

  it("a folder that is not a configured locale", () => {
    const { status, log } = buildWith({ "content/de/seite.md": page("key: about\ntitle: Über uns") });
    expect(status).not.toBe(0);
    expect(log).toContain('content/de/seite.md: locale: folder "de" is not a configured locale');
  });

  it("two items with one key in one locale, at the line of the key", () => {
    const { status, log } = buildWith({ "content/en/about-again.md": page("title: About again\nkey: about") });
    expect(status).not.toBe(0);
    expect(log).toMatch(/content\/en\/(about\.md:\d+|about-again\.md:3): key: "about" is already used by .*content\/en\/(about-again|about)\.md/);
  });

  it("two items with one URL", () => {
    const { status, log } = buildWith({ "content/en/other.md": page("key: other\ntitle: Other\npermalink: /en/about/") });
    expect(status).not.toBe(0);
    expect(log).toContain("content/en/other.md");
    expect(log).toContain("content/en/about.md");
    expect(log).toContain("/en/about/");
  });

  it("a UI string missing in one locale", () => {
    site = fixtureSite();
    site.write("_data/strings/en/extra.json", JSON.stringify({ hello: "Hello" }));
    const { status, log } = site.build();
    expect(status).not.toBe(0);
    expect(log).toContain('locale "fr" is missing the string "extra.hello"');
  });
});
