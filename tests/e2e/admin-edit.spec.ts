/**
 * The CMS end to end, offline: Sveltia's test-repo backend keeps the repository in the browser's own
 * storage (the origin private file system), seeded here with real files of the site. One entry holds
 * both languages of an item; what an editor saves through the interface is read back from that
 * storage and built into a fixture site.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { expect, type Locator, type Page, test } from "@playwright/test";
import { parse, stringify } from "yaml";
import { FIELD_LABELS } from "../../src/cms/labels.ts";
import { readLocales } from "../../src/i18n/site-strings.ts";
import { PARTICIPANTS_FILE, readParticipants, siteTextLocales } from "../../src/participants/data.ts";
import { parsePrize } from "../../src/prize/editions.ts";
import { fixtureSite, repoRoot } from "../helpers/fixture-build.ts";

test.use({ locale: "en-US", screenshot: "only-on-failure" });
// One browser storage per test, and a build: these take their time.
test.describe.configure({ mode: "serial", timeout: 180_000 });

const SEEDED = ["content/fr/news/lancement-de-l-alliance.md", "content/en/news/launch-of-the-alliance.md"];
/** Field labels as the CMS shows them in an entry holding every language: "Title / Titre". */
const label = (name: string) => [...new Set([FIELD_LABELS.en[name], FIELD_LABELS.fr[name]])].join(" / ");
const NEWS = "News / Actualités";
const GLOSSARY = "Glossary / Glossaire";
/** Sveltia wraps names in bidirectional isolates (⁨…⁩). */
const isolated = (text: string) => `\u2068${text}\u2069`;

/** Opens the CMS on the test-repo backend, its storage holding the seeded files (some of them changed: `changed`, by path). */
async function openTestRepo(page: Page, seeded = SEEDED, changed: Record<string, string> = {}): Promise<void> {
  await page.route(/\/admin\/config\.yml/, async (route) => {
    const config = parse(await (await route.fetch()).text());
    config.backend = { name: "test-repo" };
    config.publish_mode = "simple";
    await route.fulfill({ contentType: "text/yaml", body: stringify(config) });
  });
  await page.goto("/admin/version.json");
  const files = Object.fromEntries(seeded.map((path) => [path, changed[path] ?? readFileSync(join(repoRoot, path), "utf8")]));
  await page.evaluate(async (files) => {
    const root = await (await navigator.storage.getDirectory()).getDirectoryHandle("sveltia-cms-test", { create: true });
    for (const [path, text] of Object.entries(files)) {
      const parts = path.split("/");
      let dir = root;
      for (const part of parts.slice(0, -1)) dir = await dir.getDirectoryHandle(part, { create: true });
      const writable = await (await dir.getFileHandle(parts.at(-1)!, { create: true })).createWritable();
      await writable.write(text);
      await writable.close();
    }
  }, files);
  await page.goto("/admin/");
  await page.getByRole("button", { name: /test repository/i }).click();
  await expect(page.getByRole("treeitem", { name: NEWS })).toBeVisible({ timeout: 30_000 });
}

/** Every file under a folder of the test repository, by path. */
async function storedFiles(page: Page, folder: string): Promise<Record<string, string>> {
  return page.evaluate(async (folder) => {
    const files: Record<string, string> = {};
    let dir: FileSystemDirectoryHandle;
    try {
      dir = await (await navigator.storage.getDirectory()).getDirectoryHandle("sveltia-cms-test");
      for (const part of folder.split("/")) dir = await dir.getDirectoryHandle(part);
    } catch {
      return files; // Not written yet.
    }
    for await (const [name, handle] of dir.entries()) if (handle.kind === "file") files[`${folder}/${name}`] = await (await handle.getFile()).text();
    return files;
  }, folder);
}

/** An item's front matter, as the CMS stored it. */
const frontMatter = (text: string) => parse(text.split("---\n")[1]) as Record<string, unknown>;

/** The editor's pane for one language ("English", "French"), as the locale switcher names it. */
const pane = (page: Page, language: string) => page.getByRole("group", { name: `Edit ${isolated(language)} Content` });

/** One field of a pane: the editor draws fields as they scroll into view. */
async function field(pane: Locator, name: string): Promise<Locator> {
  const group = pane.getByRole("group", { name: `“${isolated(label(name))}” Field` });
  for (let tries = 0; tries < 15 && !(await group.isVisible()); tries++) {
    await pane
      .getByRole("group", { name: /” Field$/ })
      .last()
      .scrollIntoViewIfNeeded();
    await pane.page().waitForTimeout(200);
  }
  return group;
}

/**
 * Picks `option` in a picker field. A click that comes while the picker is still loading the items it
 * lists leaves its list closed, so the picker is opened again until the option shows.
 */
async function pick(picker: Locator, option: string): Promise<void> {
  const choice = picker.page().getByRole("option", { name: option, exact: true });
  await expect(async () => {
    if (!(await choice.isVisible())) await picker.getByRole("combobox").click();
    await expect(choice).toBeVisible({ timeout: 2_000 });
  }).toPass({ timeout: 60_000 });
  await choice.click();
}

interface Version {
  title: string;
  summary: string;
  body: string;
  tag: string;
}

/** Types one language's version of the item into its pane. */
async function fillVersion(edit: Locator, version: Version): Promise<void> {
  const title = edit.getByRole("textbox", { name: label("title"), exact: true });
  // The editor may still be settling: type the title until it stays.
  await expect(async () => {
    await title.fill(version.title);
    await edit.page().waitForTimeout(300);
    await expect(title).toHaveValue(version.title, { timeout: 100 });
  }).toPass();
  await edit.getByRole("textbox", { name: label("summary"), exact: true }).fill(version.summary);
  await (await field(edit, "tags")).getByRole("textbox").first().fill(version.tag);
  await (await field(edit, "body")).getByRole("textbox").first().fill(version.body);
}

/** Opens a new news entry: the default locale's pane on the left, French beside it. */
async function newNewsEntry(page: Page): Promise<{ en: Locator; fr: Locator }> {
  await page.getByRole("treeitem", { name: NEWS }).click();
  await page.getByRole("button", { name: "Create New Entry" }).first().click();
  await expect(page.getByText(/^Creating /)).toBeVisible();
  // The locale switcher of the second pane shows the other language beside the first.
  await page.getByRole("radiogroup", { name: "Switch Locale" }).last().getByRole("radio", { name: "French" }).click();
  return { en: pane(page, "English"), fr: pane(page, "French") };
}

test("a news item created in French and English in one entry builds, with one key, localized file names, in both feeds", async ({ page }) => {
  await openTestRepo(page);
  const { en, fr } = await newNewsEntry(page);
  await expect(fr).toBeVisible();
  await en.getByRole("textbox", { name: label("date"), exact: true }).fill("2026-11-30");
  await fillVersion(en, { title: "A test of the editor", summary: "A summary written in the browser.", body: "The body of the article.", tag: "test" });
  await fillVersion(fr, { title: "Un essai de l'éditeur", summary: "Un résumé écrit dans le navigateur.", body: "Le corps de l'article.", tag: "essai" });
  await page.screenshot({ path: "test-results/cms-both-languages.png" });
  await page.getByRole("button", { name: "Save", exact: true }).click();
  await expect(page.getByText("Entry saved.")).toBeVisible({ timeout: 15_000 });

  // One save, two files: each language's file name from its own title, in the same folder name.
  const frPath = "content/fr/news/un-essai-de-l-editeur.md";
  const enPath = "content/en/news/a-test-of-the-editor.md";
  await expect.poll(async () => Object.keys(await storedFiles(page, "content/fr/news")), { timeout: 15_000 }).toContain(frPath);
  const frText = (await storedFiles(page, "content/fr/news"))[frPath];
  const enText = (await storedFiles(page, "content/en/news"))[enPath];
  expect(enText, "the English file").toBeDefined();
  // One key in both, the default locale's file name; the date typed once, in both.
  expect(frontMatter(frText).key).toBe("a-test-of-the-editor");
  expect(frontMatter(enText).key).toBe("a-test-of-the-editor");
  expect(frontMatter(frText)).toMatchObject({ title: "Un essai de l'éditeur", date: "2026-11-30", tags: ["essai"] });
  expect(frontMatter(enText)).toMatchObject({ title: "A test of the editor", date: "2026-11-30", tags: ["test"] });
  expect(frText).toContain("Le corps de l'article.");

  const site = fixtureSite();
  try {
    site.write(frPath, frText);
    site.write(enPath, enText);
    const { status, log } = site.build();
    expect(status, log).toBe(0);
    expect(readFileSync(join(site.output, "fr/feed.xml"), "utf8")).toContain("/fr/actualites/un-essai-de-l-editeur/");
    expect(readFileSync(join(site.output, "en/feed.xml"), "utf8")).toContain("/en/news/a-test-of-the-editor/");
    // Each version links to the other: the build paired them by their key.
    expect(readFileSync(join(site.output, "fr/actualites/un-essai-de-l-editeur/index.html"), "utf8")).toContain(
      'hreflang="en" href="http://localhost:8080/en/news/a-test-of-the-editor/"',
    );
  } finally {
    site.remove();
  }
});

test("editing an existing item in one language keeps its key and both file names", async ({ page }) => {
  await openTestRepo(page);
  await page.getByRole("treeitem", { name: NEWS }).click();
  await page
    .getByRole("row")
    .filter({ hasText: /formally launched/ })
    .first()
    .click();
  await page.getByRole("radiogroup", { name: "Switch Locale" }).last().getByRole("radio", { name: "French" }).click();
  const summary = pane(page, "French").getByRole("textbox", { name: label("summary"), exact: true });
  await summary.fill(`${await summary.inputValue()} Corrigé.`);
  await page.getByRole("button", { name: "Save", exact: true }).click();
  await expect(page.getByText("Entry saved.")).toBeVisible({ timeout: 15_000 });
  const fr = await storedFiles(page, "content/fr/news");
  const en = await storedFiles(page, "content/en/news");
  expect(Object.keys(fr)).toEqual([SEEDED[0]]);
  expect(Object.keys(en)).toEqual([SEEDED[1]]);
  expect(fr[SEEDED[0]]).toContain("Corrigé.");
  for (const text of [fr[SEEDED[0]], en[SEEDED[1]]]) expect(text).toMatch(/^key: 2013-03-alliance-launch$/m);
});

test("an entry missing a required field is not saved, and the CMS names the field and the language", async ({ page }) => {
  await openTestRepo(page);
  const { en, fr } = await newNewsEntry(page);
  await en.getByRole("textbox", { name: label("date"), exact: true }).fill("2026-11-30");
  await fillVersion(en, { title: "Without a French summary", summary: "The English summary.", body: "Text.", tag: "test" });
  await fr.getByRole("textbox", { name: label("title"), exact: true }).fill("Sans résumé");
  await page.getByRole("button", { name: "Save", exact: true }).click();
  // The French pane names the field (its label) and says it is required.
  await expect(fr.getByRole("group", { name: `“${isolated(label("summary"))}” Field` })).toContainText(/required/i);
  await page.screenshot({ path: "test-results/cms-required.png" });
  expect(Object.keys(await storedFiles(page, "content/fr/news"))).toEqual([SEEDED[0]]);
  expect(Object.keys(await storedFiles(page, "content/en/news"))).toEqual([SEEDED[1]]);
});

test("every kind of content pairs its translations into one entry, and leaves out a section's own pages", async ({ page }) => {
  const both = (fr: string, en: string) => [`content/fr/${fr}.md`, `content/en/${en}.md`];
  await openTestRepo(page, [
    ...SEEDED,
    ...both("glossary/roms", "glossary/roma"),
    ...both("glossary/index", "glossary/index"),
    ...both("documents/recommandation-sur-la-mediation", "documents/recommendation-on-mediation"),
    ...both("good-practices/graz-emploi", "good-practices/graz-employment"),
    ...both("good-practices/par-pays", "good-practices/by-country"),
    ...both("a-propos", "about"),
  ]);
  for (const [collection, title] of [
    [NEWS, /formally launched/],
    [GLOSSARY, /^Roma$/],
    ["Adopted texts / Textes adoptés", /Recommendation/],
    ["Good practices / Bonnes pratiques", /Graz/],
    ["Pages", /^About/],
  ] as const) {
    await page.getByRole("treeitem", { name: collection, exact: true }).click();
    // One entry per item, listed by its default locale's title: the two files are one entry.
    const rows = page.getByRole("grid", { name: "Entries" }).getByRole("row");
    await expect(rows, collection).toHaveCount(1);
    await expect(page.getByRole("grid", { name: "Entries" }).getByRole("row", { name: title }), collection).toHaveCount(1);
  }
});

/** Every Markdown file of some folders of the site, as paths from the repository's root. */
const markdownIn = (...folders: string[]) =>
  folders.flatMap((folder) =>
    readdirSync(join(repoRoot, folder))
      .filter((name) => name.endsWith(".md"))
      .map((name) => `${folder}/${name}`),
  );

/** Saves the open entry and returns the stored text of each of its files. */
async function save(page: Page, paths: string[]): Promise<string[]> {
  await page.getByRole("button", { name: "Save", exact: true }).click();
  await expect(page.getByText("Entry saved.")).toBeVisible({ timeout: 15_000 });
  const folders = [...new Set(paths.map((path) => path.slice(0, path.lastIndexOf("/"))))];
  const stored = Object.assign({}, ...(await Promise.all(folders.map((folder) => storedFiles(page, folder))))) as Record<string, string>;
  return paths.map((path) => stored[path]);
}

/** Builds the site with some files as the CMS saved them; returns the built pages at `outputs`. */
function builtPages(files: Record<string, string>, outputs: string[]): string[] {
  const site = fixtureSite();
  try {
    for (const [path, text] of Object.entries(files)) site.write(path, text);
    const { status, log } = site.build();
    expect(status, log).toBe(0);
    return outputs.map((output) => readFileSync(join(site.output, output), "utf8"));
  } finally {
    site.remove();
  }
}

/** Builds the site with some files as the CMS saved them; returns the built page at `output`. */
const builtWith = (files: Record<string, string>, output: string): string => builtPages(files, [output])[0];

/** What a multiple picker shows as picked: the name of each item, in order. */
const picked = (field: Locator) =>
  field
    .getByRole("grid", { name: "Selected Options" })
    .getByRole("row")
    .evaluateAll((rows) => rows.map((row) => row.querySelector("[role=gridcell]")?.textContent?.trim()));

test("a glossary term's related terms are picked by their names and saved as their keys, which the build accepts", async ({ page }) => {
  await openTestRepo(page, [...SEEDED, ...markdownIn("content/fr/glossary", "content/en/glossary")]);
  await page.getByRole("treeitem", { name: GLOSSARY, exact: true }).click();
  await page
    .getByRole("grid", { name: "Entries" })
    .getByRole("row", { name: /^Abdal$/ })
    .click();
  const related = await field(pane(page, "English"), "related");
  // The keys already there (dom, lom, roma-and-travellers) are shown as the terms they name.
  await expect.poll(() => picked(related)).toEqual(["Dom", "Lom", "Roma and Travellers"]);
  // "Rroma" is in content/en/glossary/rroma.md, whose key is rrom: the picker stores the key, not the file name.
  await pick(related, "Rroma");
  await expect.poll(() => picked(related)).toEqual(["Dom", "Lom", "Roma and Travellers", "Rroma"]);
  // Typed once, in the English pane; the French pane shows the same terms under their French names.
  await page.getByRole("radiogroup", { name: "Switch Locale" }).last().getByRole("radio", { name: "French" }).click();
  await expect.poll(async () => picked(await field(pane(page, "French"), "related"))).toEqual(["Dom", "Lom", "Roms et Gens du voyage", "Rrom"]);
  await page.screenshot({ path: "test-results/cms-related-picked.png" });
  const paths = ["content/fr/glossary/abdal.md", "content/en/glossary/abdal.md"];
  const [fr, en] = await save(page, paths);
  for (const text of [fr, en]) expect(frontMatter(text).related).toEqual(["dom", "lom", "roma-and-travellers", "rrom"]);
  // The build finds every key among the terms (src/glossary/terms.ts) and links the term it names.
  const abdal = builtWith({ [paths[0]]: fr, [paths[1]]: en }, "en/glossary/abdal/index.html");
  expect(abdal).toContain('href="/en/glossary/rroma/"');
});

test("a good practice's prize edition is picked by its label and saved as its id, which the build accepts", async ({ page }) => {
  const paths = ["content/fr/good-practices/graz-emploi.md", "content/en/good-practices/graz-employment.md"];
  await openTestRepo(page, [...SEEDED, ...paths, "_data/dosta-prize.json"]);
  await page.getByRole("treeitem", { name: "Good practices / Bonnes pratiques", exact: true }).click();
  await page.getByRole("grid", { name: "Entries" }).getByRole("row", { name: /Graz/ }).click();
  const prize = await field(pane(page, "English"), "prize");
  // The record writes the edition "2008/09"; its id, which the build checks, is 2008-2009.
  await pick(prize, "2008/09");
  const [fr, en] = await save(page, paths);
  for (const text of [fr, en]) expect(frontMatter(text).prize).toBe("2008-2009");
  const graz = builtWith({ [paths[0]]: fr, [paths[1]]: en }, "en/good-practices/graz-employment/index.html");
  expect(graz).toContain("#edition-2008-2009");
});

test("a prize winner's good practice is picked by its title and saved as its key, which the build accepts", async ({ page }) => {
  // One edition, one winner, without its practice: the editor draws a long file's fields only as
  // they scroll into view, and this winner's picker is then at the top (the real file is saved below).
  const prizePath = "_data/dosta-prize.json";
  const seeded = { editions: [{ id: "2011", label: "2011", winners: [{ name: "Madrid region", country: "ES" }] }] };
  // The Madrid region's English file under another name, as an older item's can be: its key is still madrid-region-housing.
  const madrid = "content/en/good-practices/madrid-region-housing.md";
  const renamed = "content/en/good-practices/madrid-region-a-model-on-housing.md";
  const practices = markdownIn("content/fr/good-practices", "content/en/good-practices").map((path) => (path === madrid ? renamed : path));
  await openTestRepo(page, [...SEEDED, ...practices, prizePath], {
    [prizePath]: JSON.stringify(seeded, null, 2),
    [renamed]: readFileSync(join(repoRoot, madrid), "utf8"),
  });
  await page.getByRole("treeitem", { name: "Data / Données", exact: true }).click();
  await page.getByRole("row", { name: /Dosta/ }).click();
  const practice = await field(page.getByRole("group", { name: `Edit ${isolated("_default")} Content` }), "practice");
  await pick(practice, "Madrid region: a model on housing");
  const [saved] = await save(page, [prizePath]);
  expect(JSON.parse(saved).editions[0].winners[0]).toEqual({ name: "Madrid region", country: "ES", practice: "madrid-region-housing" });
  // The build finds the key among the good practices (src/prize/plugin.ts) and links the winner to it.
  const prizePage = builtWith({ [prizePath]: saved }, "en/dosta-prize/index.html");
  expect(prizePage).toContain('href="/en/good-practices/madrid-region-housing/"');
});

test("the real prize file, one label changed in the CMS, saves and still passes the build's checks, every other edition as it was", async ({ page }) => {
  const prizePath = "_data/dosta-prize.json";
  const original = JSON.parse(readFileSync(join(repoRoot, prizePath), "utf8")) as { $comment: string; editions: Record<string, unknown>[] };
  await openTestRepo(page, [...SEEDED, ...markdownIn("content/fr/good-practices", "content/en/good-practices"), prizePath]);
  await page.getByRole("treeitem", { name: "Data / Données", exact: true }).click();
  await page.getByRole("row", { name: /Dosta/ }).click();
  // The first edition's label, at the top of the file: the record writes "2007"; an editor corrects it.
  const editor = page.getByRole("group", { name: `Edit ${isolated("_default")} Content` });
  const first = editor.getByRole("textbox", { name: label("label"), exact: true }).first();
  await expect(first).toHaveValue("2007", { timeout: 15_000 });
  await first.fill("2007 (South-East Europe)");
  await page.screenshot({ path: "test-results/cms-prize-label.png" });
  // Saved at all: the CMS finds no field in error in the real file (names, notes, an edition without winners).
  const [saved] = await save(page, [prizePath]);
  const stored = JSON.parse(saved) as typeof original;
  // The build's own check of the file, for the site's locales.
  const { editions } = parsePrize(
    stored,
    `./${prizePath}`,
    saved,
    readLocales(join(repoRoot, "_data")).map((locale) => locale.code),
  );
  expect(editions.map(({ label }) => label)).toEqual(["2007 (South-East Europe)", "2008/09", "2011", "2013", "2015", "2017"]);
  expect(stored.editions[0]).toEqual({ ...original.editions[0], label: "2007 (South-East Europe)" });
  // Every other edition exactly as it was: its names in other languages, its note, no winners where none are known.
  expect(stored.editions.slice(1)).toEqual(original.editions.slice(1));
  expect(stored.$comment, "the file's own description").toBe(original.$comment);
  // And the whole build takes it: the French page shows the corrected label and the names French writes otherwise.
  const prizePage = builtWith({ [prizePath]: saved }, "fr/prix-dosta/index.html");
  expect(prizePage).toContain("2007 (South-East Europe)");
  for (const name of ["Gand", "Héraklion", "Communauté de Madrid"]) expect(prizePage).toContain(`<th scope="row">${name}</th>`);
});

test("the real participants file, one title changed in the CMS, saves and still passes the build's checks, everything else as it was", async ({ page }) => {
  const original = readFileSync(join(repoRoot, PARTICIPANTS_FILE), "utf8");
  const locales = siteTextLocales(join(repoRoot, "_data"));
  await openTestRepo(page, [...SEEDED, PARTICIPANTS_FILE]);
  await page.getByRole("treeitem", { name: "Data / Données", exact: true }).click();
  await page.getByRole("row", { name: /Participants/ }).click();
  // The first source's English title, at the top of the file: an editor rewords it.
  const before = "roma-alliance.org, home page (sidebar counter), captures from 2014 to 2019";
  const after = "roma-alliance.org, home page (sidebar counter), snapshots from 2014 to 2019";
  const editor = page.getByRole("group", { name: `Edit ${isolated("_default")} Content` });
  const title = editor.getByRole("textbox", { name: "en", exact: true }).first();
  await expect(title).toHaveValue(before, { timeout: 15_000 });
  await title.fill(after);
  await page.screenshot({ path: "test-results/cms-participants-title.png" });
  // Saved at all: the CMS finds no field in error in the real file (titles and sources per language, names overridden in one).
  const [saved] = await save(page, [PARTICIPANTS_FILE]);
  // The build's own check of the file, for the site's locales: it takes the stored file as it takes the real one.
  const stored = readParticipants(saved, PARTICIPANTS_FILE, locales);
  const expected = readParticipants(original, PARTICIPANTS_FILE, locales);
  expected.sources[0].title.en = after;
  expect(stored).toEqual(expected);
  // And the file holds what an editor wrote and nothing else: every other field exactly as it was.
  const written = parse(original) as { sources: { title: Record<string, string> }[] };
  written.sources[0].title.en = after;
  expect(parse(saved)).toEqual(written);
  // The whole build takes it: the English page lists the reworded source, the French one the names French writes otherwise.
  const [english, french] = builtPages({ [PARTICIPANTS_FILE]: saved }, ["en/participants/index.html", "fr/participants/index.html"]);
  expect(english).toContain(`<li>${after}</li>`);
  expect(english).toContain('<th scope="row">Heraklion');
  for (const name of ["Héraklion", "Conseil général du Val-de-Marne", "Région d’Andalousie"]) expect(french).toContain(`<th scope="row">${name}`);
});
