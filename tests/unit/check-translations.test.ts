import { execFileSync } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { checkTranslations } from "../../src/checks/translations.ts";
import { repoRoot } from "../helpers/fixture-site.ts";

/** A project folder with its own git history, commit by commit, each on its own day. */
function project() {
  const root = mkdtempSync(join(tmpdir(), "alliance-translations-"));
  cpSync(join(repoRoot, "_data/locales.json"), join(root, "_data/locales.json"));
  // UI strings of its own, named by its own layout: only the strings a test adds can be missing or unused.
  for (const code of ["fr", "en"]) {
    mkdirSync(join(root, "_data/strings", code), { recursive: true });
    writeFileSync(join(root, "_data/strings", code, "site.json"), JSON.stringify({ name: `Alliance (${code})` }));
  }
  mkdirSync(join(root, "layouts"));
  writeFileSync(join(root, "layouts/base.njk"), '<title>{{ "site.name" | t(locale) }}</title>\n');
  let day = 1;
  const git = (...args: string[]) => {
    const date = `2024-01-${String(day).padStart(2, "0")}T12:00:00Z`;
    execFileSync("git", args, {
      cwd: root,
      stdio: "ignore",
      env: {
        ...process.env,
        GIT_AUTHOR_DATE: date,
        GIT_COMMITTER_DATE: date,
        GIT_AUTHOR_NAME: "Editor",
        GIT_AUTHOR_EMAIL: "editor@example.org",
        GIT_COMMITTER_NAME: "Editor",
        GIT_COMMITTER_EMAIL: "editor@example.org",
      },
    });
  };
  git("init", "-q");
  const write = (path: string, content: string) => {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), content);
  };
  return {
    root,
    write,
    commit(files: Record<string, string>) {
      for (const [path, content] of Object.entries(files)) write(path, content);
      git("add", "-A");
      git("commit", "-q", "-m", `day ${day}`);
      day++;
    },
    remove: () => rmSync(root, { recursive: true, force: true }),
  };
}

const item = (key: string, title: string, body = "Text.") => `---\nkey: ${key}\ntitle: ${title}\n---\n\n${body}\n`;
let fixture: ReturnType<typeof project>;
afterEach(() => fixture?.remove());

describe("the translations check", () => {
  it("lists an item missing in a locale, as a warning naming the file", () => {
    fixture = project();
    fixture.commit({
      "content/fr/news/seule.md": item("only-french", "Seule"),
      "content/fr/a-propos.md": item("about", "À propos"),
      "content/en/about.md": item("about", "About"),
    });
    const result = checkTranslations({ root: fixture.root });
    expect(result.errors).toEqual([]);
    expect(result.warnings).toEqual([{ where: "content/fr/news/seule.md", message: expect.stringContaining('"only-french" has no version in en') }]);
    expect(result.tables).toEqual([
      { title: "Items missing in a locale", columns: ["key", "fr", "en"], rows: [["only-french", "content/fr/news/seule.md", "MISSING"]] },
    ]);
  });

  it("finds a translation older than its source by git history, the source being the locale written first", () => {
    fixture = project();
    fixture.commit({ "content/en/about.md": item("about", "About") }); // English written first: the source
    fixture.commit({ "content/fr/a-propos.md": item("about", "À propos") });
    fixture.commit({ "content/en/about.md": item("about", "About", "New paragraph.") });
    const result = checkTranslations({ root: fixture.root });
    expect(result.errors).toEqual([]);
    expect(result.tables).toEqual([
      {
        title: "Translations older than their source (by git history)",
        columns: ["key", "translation", "last changed", "source", "source last changed"],
        rows: [["about", "content/fr/a-propos.md", "2024-01-02", "content/en/about.md", "2024-01-03"]],
      },
    ]);
    expect(result.warnings[0]).toEqual({ where: "content/fr/a-propos.md", message: expect.stringContaining("older than its source content/en/about.md") });

    // Bringing the translation up to date clears it; so does a source change only in the translation.
    fixture.commit({ "content/fr/a-propos.md": item("about", "À propos", "Nouveau paragraphe.") });
    expect(checkTranslations({ root: fixture.root }).tables).toEqual([]);
  });

  it("counts an uncommitted change to the source as the newest", () => {
    fixture = project();
    fixture.commit({ "content/fr/index.md": item("home", "Accueil"), "content/en/index.md": item("home", "Home") });
    fixture.write("content/fr/index.md", item("home", "Accueil", "Texte modifié."));
    const result = checkTranslations({ root: fixture.root });
    expect(result.tables[0].rows).toEqual([["home", "content/en/index.md", "2024-01-01", "content/fr/index.md", "not committed"]]);
  });

  it("fails on a UI string missing in a locale, naming the file to add it to", () => {
    fixture = project();
    fixture.commit({
      "_data/strings/en/extra.json": JSON.stringify({ hello: "Hello", nested: { bye: "Bye" } }),
      "_data/strings/fr/extra.json": JSON.stringify({ hello: "Bonjour" }),
      "layouts/extra.njk": '{{ "extra.hello" | t(locale) }} {{ "extra.nested.bye" | t(locale) }}\n',
    });
    const result = checkTranslations({ root: fixture.root });
    expect(result.errors).toEqual([
      { where: "_data/strings/fr/extra.json", message: 'UI string "extra.nested.bye" is missing in "fr" (it exists in en); the build fails until it is added' },
    ]);
  });

  it("fails on a UI string that no template, script or code names, in each locale's file; keys built from a pattern count as named", () => {
    fixture = project();
    const strings = {
      named: "In a layout",
      types: { news: "News", page: "Pages" },
      fields: { email: { label: "Email", link: "Why" }, phone: { label: "Phone", link: "Why" } },
      errors: { tooLong: "Too long", required: "Required" },
      status: { sent: "Sent" },
      unused: "Nothing names me",
      old: { label: "Nothing names me either" },
    };
    fixture.commit({
      "_data/strings/fr/extra.json": JSON.stringify(strings),
      "_data/strings/en/extra.json": JSON.stringify(strings),
      "layouts/extra.njk": [
        '{{ "extra.named" | t(locale) }}',
        '{%- for type in ["news", "page"] %}{{ ("extra.types." + type) | t(locale) }}{% endfor %}',
        "{{ ('extra.fields.' ~ f.name ~ '.link') | t(locale) }}",
        "",
      ].join("\n"),
      "src/messages.ts": `export const label = (name: string) => t(\`extra.fields.\${name}.label\`);\n`,
      "src/assets/js/status.js": 'const message = (code) => strings.get("extra.errors.{code}".replace("{code}", code));\n',
      // Only the site's own files count, not the tests'.
      "tests/status.test.ts": 'expect(t("extra.status.sent")).toBe("Sent");\n',
    });
    const result = checkTranslations({ root: fixture.root, codeRoot: fixture.root });
    const unused = (key: string) =>
      ["fr", "en"].map((code) => ({
        where: `_data/strings/${code}/extra.json`,
        message: `UI string "${key}" is used nowhere (no template, script or code names it): remove it from every locale, or use it`,
      }));
    expect(result.errors).toEqual([...unused("extra.status.sent"), ...unused("extra.unused"), ...unused("extra.old.label")]);
    expect(result.summary).toContain("0 UI strings missing, 3 unused");
  });

  it("warns, without failing, outside a git work tree", () => {
    fixture = project();
    rmSync(join(fixture.root, ".git"), { recursive: true });
    fixture.write("content/fr/index.md", item("home", "Accueil"));
    fixture.write("content/en/index.md", item("home", "Home"));
    const result = checkTranslations({ root: fixture.root });
    expect(result.errors).toEqual([]);
    expect(result.warnings).toEqual([{ message: expect.stringContaining("no git history") }]);
  });
});
