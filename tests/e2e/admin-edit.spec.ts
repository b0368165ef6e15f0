/**
 * The CMS end to end, offline: Sveltia's test-repo backend keeps the repository in the browser's own
 * storage (the origin private file system), seeded here with real files of the site. What an editor
 * saves through the interface is read back from that storage and built into a fixture site.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { expect, type Page, test } from "@playwright/test";
import { parse, stringify } from "yaml";
import { FIELD_LABELS } from "../../src/cms/labels.ts";
import { fixtureSite, repoRoot } from "../helpers/fixture-build.ts";

/** The field labels the CMS shows, per collection locale. */
const labels = FIELD_LABELS;

test.use({ locale: "en-US", screenshot: "only-on-failure" });
// One browser storage per test, and a build: these take their time.
test.describe.configure({ mode: "serial", timeout: 180_000 });

const SEEDED = ["content/fr/news/lancement-de-l-alliance.md", "content/en/news/launch-of-the-alliance.md"];

/** Opens the CMS on the test-repo backend, its storage holding the seeded files. */
async function openTestRepo(page: Page): Promise<void> {
  await page.route(/\/admin\/config\.yml/, async (route) => {
    const config = parse(await (await route.fetch()).text());
    config.backend = { name: "test-repo" };
    config.publish_mode = "simple";
    await route.fulfill({ contentType: "text/yaml", body: stringify(config) });
  });
  await page.goto("/admin/version.json");
  const files = Object.fromEntries(SEEDED.map((path) => [path, readFileSync(join(repoRoot, path), "utf8")]));
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
  await expect(page.getByRole("treeitem", { name: /Actualités \(fr\)/ })).toBeVisible({ timeout: 30_000 });
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

/** One field of the open editor: the editor draws fields as they scroll into view. */
async function field(page: Page, label: string) {
  const group = page.getByRole("group", { name: `“⁨${label}⁩” Field` });
  for (let tries = 0; tries < 15 && !(await group.isVisible()); tries++) {
    await page
      .getByRole("group", { name: /” Field$/ })
      .last()
      .scrollIntoViewIfNeeded();
    await page.waitForTimeout(200);
  }
  return group;
}

/** Fills the new-entry form of one collection and saves it. */
async function createNews(
  page: Page,
  collection: RegExp,
  locale: "fr" | "en",
  item: { title: string; key: string; date: string; summary: string; body: string; tag: string },
) {
  await page.getByRole("treeitem", { name: collection }).click();
  await page.getByRole("button", { name: "Create New Entry" }).first().click();
  await expect(page.getByText(/^Creating /)).toBeVisible();
  // The editor may still be settling: type the title until it stays.
  const label = labels[locale];
  const title = page.getByRole("textbox", { name: label.title, exact: true });
  await expect(async () => {
    await title.fill(item.title);
    await page.waitForTimeout(300);
    await expect(title).toHaveValue(item.title, { timeout: 100 });
  }).toPass();
  await page.getByRole("textbox", { name: label.key, exact: true }).fill(item.key);
  await page.getByRole("textbox", { name: label.date, exact: true }).fill(item.date);
  await page.getByRole("textbox", { name: label.summary, exact: true }).fill(item.summary);
  await (await field(page, label.tags)).getByRole("textbox").first().fill(item.tag);
  await (await field(page, label.body)).getByRole("textbox").first().fill(item.body);
  await page.getByRole("button", { name: "Save", exact: true }).click();
}

test("a news item created in French and English through the CMS builds, with one key, localized file names, in both feeds", async ({ page }) => {
  await openTestRepo(page);
  const key = "cms-editors-test-item";
  await createNews(page, /Actualités \(fr\)/, "fr", {
    title: "Un essai de l'éditeur",
    key,
    date: "2026-11-30",
    summary: "Un résumé écrit dans le navigateur.",
    body: "Le corps de l'article.",
    tag: "essai",
  });
  await expect(page.getByText("Entry saved.")).toBeVisible({ timeout: 15_000 });
  await expect
    .poll(async () => Object.keys(await storedFiles(page, "content/fr/news")), { timeout: 15_000 })
    .toContain("content/fr/news/un-essai-de-l-editeur.md");
  // Back on the list, the first save's notice gone, before the second item.
  await expect(page.getByText("Entry saved.")).toBeHidden({ timeout: 15_000 });
  await createNews(page, /News \(en\)/, "en", {
    title: "A test of the editor",
    key,
    date: "2026-11-30",
    summary: "A summary written in the browser.",
    body: "The body of the article.",
    tag: "test",
  });
  await expect(page.getByText("Entry saved.")).toBeVisible({ timeout: 15_000 });

  // Localized file names, from each locale's title.
  await expect
    .poll(async () => Object.keys(await storedFiles(page, "content/en/news")), { timeout: 15_000 })
    .toContain("content/en/news/a-test-of-the-editor.md");
  const fr = await storedFiles(page, "content/fr/news");
  const en = await storedFiles(page, "content/en/news");
  expect(Object.keys(fr)).toContain("content/fr/news/un-essai-de-l-editeur.md");
  const frText = fr["content/fr/news/un-essai-de-l-editeur.md"];
  const enText = en["content/en/news/a-test-of-the-editor.md"];
  for (const text of [frText, enText]) expect(text).toContain(`key: ${key}`);

  const site = fixtureSite();
  try {
    site.write("content/fr/news/un-essai-de-l-editeur.md", frText);
    site.write("content/en/news/a-test-of-the-editor.md", enText);
    const { status, log } = site.build();
    expect(status, log).toBe(0);
    const frFeed = readFileSync(join(site.output, "fr/feed.xml"), "utf8");
    const enFeed = readFileSync(join(site.output, "en/feed.xml"), "utf8");
    expect(frFeed).toContain("/fr/actualites/un-essai-de-l-editeur/");
    expect(enFeed).toContain("/en/news/a-test-of-the-editor/");
  } finally {
    site.remove();
  }
});

test("editing an existing item keeps its key and its file name", async ({ page }) => {
  await openTestRepo(page);
  await page.getByRole("treeitem", { name: /Actualités \(fr\)/ }).click();
  await page
    .getByText(/officiellement lancée/)
    .first()
    .click();
  const summary = page.getByRole("textbox", { name: labels.fr.summary, exact: true });
  await summary.fill(`${await summary.inputValue()} Corrigé.`);
  await page.getByRole("button", { name: "Save", exact: true }).click();
  await expect(page.getByText("Entry saved.")).toBeVisible({ timeout: 15_000 });
  const fr = await storedFiles(page, "content/fr/news");
  expect(Object.keys(fr)).toEqual(["content/fr/news/lancement-de-l-alliance.md"]);
  expect(fr["content/fr/news/lancement-de-l-alliance.md"]).toContain("Corrigé.");
  expect(fr["content/fr/news/lancement-de-l-alliance.md"]).toMatch(/^key: 2013-03-alliance-launch$/m);
});

test("an entry missing a required field is not saved, and the CMS names the field", async ({ page }) => {
  await openTestRepo(page);
  await page.getByRole("treeitem", { name: /Actualités \(fr\)/ }).click();
  await page.getByRole("button", { name: "Create New Entry" }).first().click();
  await page.getByRole("textbox", { name: labels.fr.title, exact: true }).fill("Sans résumé");
  await page.getByRole("textbox", { name: labels.fr.key, exact: true }).fill("without-summary");
  await page.getByRole("textbox", { name: labels.fr.date, exact: true }).fill("2026-11-30");
  await page.getByRole("button", { name: "Save", exact: true }).click();
  // The editor names the field (its label) and says it is required.
  await expect(page.getByRole("group", { name: `“⁨${labels.fr.summary}⁩” Field` })).toContainText(/required/i);
  await page.screenshot({ path: "test-results/cms-required.png" });
  const fr = await storedFiles(page, "content/fr/news");
  expect(Object.keys(fr)).toEqual(["content/fr/news/lancement-de-l-alliance.md"]);
});
