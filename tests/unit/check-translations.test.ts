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
  cpSync(join(repoRoot, "_data"), join(root, "_data"), { recursive: true });
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
      "content/fr/actualites/seule.md": item("only-french", "Seule"),
      "content/fr/a-propos.md": item("about", "À propos"),
      "content/en/about.md": item("about", "About"),
    });
    const result = checkTranslations({ root: fixture.root });
    expect(result.errors).toEqual([]);
    expect(result.warnings).toEqual([{ where: "content/fr/actualites/seule.md", message: expect.stringContaining('"only-french" has no version in en') }]);
    expect(result.tables).toEqual([
      { title: "Items missing in a locale", columns: ["key", "fr", "en"], rows: [["only-french", "content/fr/actualites/seule.md", "MISSING"]] },
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
    });
    const result = checkTranslations({ root: fixture.root });
    expect(result.errors).toEqual([
      { where: "_data/strings/fr/extra.json", message: 'UI string "extra.nested.bye" is missing in "fr" (it exists in en); the build fails until it is added' },
    ]);
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
