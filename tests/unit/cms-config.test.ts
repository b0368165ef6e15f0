import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import matter from "gray-matter";
import { parse as parseToml } from "smol-toml";
import * as v from "valibot";
import { describe, expect, it } from "vitest";
import { cmsConfig, collectionFolder, TRANSLATION_KEY } from "../../src/cms/config.ts";
import { type CmsField, requiredPaths } from "../../src/cms/fields.ts";
import { CONTENT_TYPES } from "../../src/content/content-types.ts";
import { siteTextLocales } from "../../src/participants/data.ts";
import { repoRoot } from "../helpers/fixture-build.ts";
import { parseCsp } from "../helpers/header-policy.ts";

const locales = siteTextLocales(join(repoRoot, "_data"));
const config = cmsConfig({ locales, repo: "owner/name" });

/** A folder's data files (type, layout), then each Markdown file's front matter, as Eleventy's data cascade joins them. */
function filesOf(folder: string): { path: string; data: Record<string, unknown>; frontMatter: Record<string, unknown> }[] {
  const folderData = readdirSync(folder)
    .filter((file) => file.endsWith(".11tydata.json"))
    .map((file) => JSON.parse(readFileSync(join(folder, file), "utf8")) as Record<string, unknown>);
  return readdirSync(folder)
    .filter((file) => file.endsWith(".md"))
    .sort()
    .map((name) => {
      const frontMatter = matter(readFileSync(join(folder, name), "utf8")).data as Record<string, unknown>;
      return { path: join(folder, name), data: Object.assign({}, ...folderData, frontMatter) as Record<string, unknown>, frontMatter };
    });
}

/** A collection's folder for one locale, on disk. */
const folderOf = (type: string, locale: string) => join(repoRoot, collectionFolder(type).replace("{{locale}}", locale));

/** One real file of a kind, as the build reads its front matter. */
function realFile(type: string, locale: string): { path: string; data: Record<string, unknown> } {
  const kind = CONTENT_TYPES.find((candidate) => candidate.name === type)!;
  const file = filesOf(folderOf(type, locale)).find(
    ({ data }) => CONTENT_TYPES.find((candidate) => candidate.appliesTo(data)) === kind && v.safeParse(kind.schema, data).success,
  );
  if (!file) throw new Error(`no valid ${type} file in ${folderOf(type, locale)}`);
  return file;
}

type Collection = { name: string; folder: string; fields: CmsField[]; i18n?: unknown; slug?: string; filter?: { field: string; value: unknown } };
const collection = (name: string) => config.collections.find((c) => c.name === name) as Collection;

/**
 * The fields the build refuses to do without, whatever else is given: the file is first stripped of
 * every field it stays valid without (an event and then its place, an account's date and then its
 * sources: requirements that depend on another field, which the build checks on the pull request),
 * then each remaining field left out makes it fail, on that field.
 */
function fieldsTheBuildRequires(type: string, data: Record<string, unknown>): string[] {
  const kind = CONTENT_TYPES.find((candidate) => candidate.name === type)!;
  const without = (fields: Record<string, unknown>, name: string) => Object.fromEntries(Object.entries(fields).filter(([field]) => field !== name));
  let minimal = data;
  for (let changed = true; changed; ) {
    changed = false;
    for (const name of Object.keys(minimal)) {
      if (v.safeParse(kind.schema, without(minimal, name)).success) {
        minimal = without(minimal, name);
        changed = true;
      }
    }
  }
  return Object.keys(minimal).filter((name) => {
    const result = v.safeParse(kind.schema, without(minimal, name));
    return !result.success && result.issues.some((issue) => (v.getDotPath(issue) ?? "").split(".")[0] === name);
  });
}

describe("the CMS configuration (config.yml), read from the content model", () => {
  it("holds both languages of an item in one entry: one folder per locale, translations linked by key", () => {
    expect(config.i18n).toMatchObject({
      structure: "multiple_folders",
      locales: [locales.defaultLocale, ...locales.locales.filter((l) => l !== locales.defaultLocale)],
    });
    expect(config.i18n.canonical_slug.key).toBe("key");
  });

  for (const type of CONTENT_TYPES.map((kind) => kind.name)) {
    it(`${type}: one collection for every locale, each locale's file named from its own title`, () => {
      const entries = collection(type);
      expect(entries, `no collection ${type}`).toBeDefined();
      expect(entries.i18n).toBe(true);
      expect(entries.folder).toMatch(/^content\/\{\{locale\}\}(\/|$)/);
      expect(entries.slug).toMatch(/^\{\{(title|term) \| localize\}\}$/);
      // The key is the CMS's to write (canonical_slug), never a field to type.
      expect(entries.fields.map((field) => field.name)).not.toContain(TRANSLATION_KEY);
    });

    for (const locale of locales.locales) {
      it(`${type} (${locale}): the collection's folder holds the type's files, and requires every field the build requires`, () => {
        const entries = collection(type);
        const { path, data } = realFile(type, locale);
        expect(path.startsWith(`${folderOf(type, locale)}/`)).toBe(true);
        const required = fieldsTheBuildRequires(type, data);
        expect(required.length, `${path}: the probe finds no required field`).toBeGreaterThan(0);
        const inCms = [...requiredPaths(entries.fields), config.i18n.canonical_slug.key];
        for (const field of required) expect(inCms, `${type}: ${field} is required by the build`).toContain(field);
        // And the CMS requires nothing the build does not: an optional field stays optional.
        for (const field of entries.fields.filter((f) => f.required))
          expect(required.includes(field.name) || !(field.name in data), `${field.name} is required in the CMS only`).toBe(true);
      });
    }

    it(`${type}: lists exactly the files the build reads as ${type}, leaving out a section's own pages`, () => {
      const entries = collection(type);
      const kind = CONTENT_TYPES.find((candidate) => candidate.name === type)!;
      for (const locale of locales.locales) {
        // Only a section folder's files directly inside it are the collection's (Sveltia reads no subfolder).
        for (const { path, data, frontMatter } of filesOf(folderOf(type, locale))) {
          // Sveltia reads the file alone: its filter sees the front matter, not the folder's data file.
          const listed = !entries.filter || (frontMatter[entries.filter.field] ?? null) === entries.filter.value;
          expect(listed, path).toBe(CONTENT_TYPES.find((candidate) => candidate.appliesTo(data)) === kind);
        }
      }
    });
  }

  it("copies what every translation gives alike from the default locale, and translates the rest", () => {
    for (const kind of CONTENT_TYPES) {
      const fields = collection(kind.name).fields;
      for (const name of kind.sharedFields ?? []) expect(fields.find((field) => field.name === name)?.i18n, `${kind.name}.${name}`).toBe("duplicate");
      expect(fields.find((field) => field.name === "title" || field.name === "term")?.i18n).toBe(true);
    }
    expect(collection("news").fields.find((field) => field.name === "date")?.i18n).toBe("duplicate");
  });

  it("asks for an image's alt text whenever an image is given, and writes no empty optional field", () => {
    const news = collection("news");
    expect(requiredPaths(news.fields)).toEqual(expect.arrayContaining(["image.src", "image.alt"]));
    expect(news.fields.find((field) => field.name === "image")?.required).toBe(false);
    expect(config.output.omit_empty_optional_fields).toBe(true);
  });

  it("saves through pull requests on GitHub, signed in through Netlify", () => {
    expect(config.publish_mode).toBe("editorial_workflow");
    expect(config.backend).toMatchObject({ name: "github", repo: "owner/name", base_url: "https://api.netlify.com" });
  });

  it("edits the participants and the prize files with their schemas' required fields", () => {
    const data = config.collections.find((c) => c.name === "data") as unknown as { files: { name: string; file: string; fields: CmsField[] }[] };
    const participants = data.files.find((file) => file.name === "participants")!;
    expect(participants.file).toBe("_data/participants.yaml");
    expect(requiredPaths(participants.fields)).toEqual(
      expect.arrayContaining(["participants", "participants.name", "participants.country", "participants.joined"]),
    );
    const prize = data.files.find((file) => file.name === "dosta-prize")!;
    expect(prize.file).toBe("_data/dosta-prize.json");
    expect(requiredPaths(prize.fields)).toContain("editions");
    // One text a field, which Sveltia can edit and save: a note in each of the site's locales (required once a
    // note is added), a name overridden in any of them, winners left out where none are known.
    const edition = prize.fields[0].fields!;
    const [note, winners] = ["note", "winners"].map((name) => edition.find((field) => field.name === name)!);
    expect(note).toMatchObject({ widget: "object", required: false });
    expect(note.fields!.map(({ name, widget, required }) => [name, widget, required])).toEqual(locales.locales.map((code) => [code, "string", true]));
    expect(winners).toMatchObject({ widget: "list", required: false });
    const nameIn = winners.fields!.find((field) => field.name === "nameIn")!;
    expect(nameIn).toMatchObject({ widget: "object", required: false });
    expect(nameIn.fields!.map(({ name, required }) => [name, required])).toEqual(locales.locales.map((code) => [code, false]));
    expect(winners.fields!.find((field) => field.name === "name")).toMatchObject({ widget: "string", required: true });
  });

  it("gives the participants file one text a field, the texts per language in each of the site's locales", () => {
    const data = config.collections.find((c) => c.name === "data") as unknown as { files: { name: string; fields: CmsField[] }[] };
    const fields = data.files.find((file) => file.name === "participants")!.fields;
    const named = (list: CmsField[], name: string) => list.find((field) => field.name === name)!;
    const perLocale = (field: CmsField) => field.fields!.map(({ name, widget, required }) => [name, widget, required]);
    const everyLocale = locales.locales.map((code) => [code, "string", true]);
    // A source's title and a count's source: one text per locale, each required (a count's source once it is given).
    const title = named(named(fields, "sources").fields!, "title");
    expect(title).toMatchObject({ widget: "object", required: true });
    expect(perLocale(title)).toEqual(everyLocale);
    const source = named(named(fields, "history").fields!, "source");
    expect(source).toMatchObject({ widget: "object", required: false });
    expect(perLocale(source)).toEqual(everyLocale);
    // A name is one text; a language that writes it otherwise overrides it, any of them optional.
    const participant = named(fields, "participants").fields!;
    expect(named(participant, "name")).toMatchObject({ widget: "string", required: true });
    expect(named(participant, "nameIn")).toMatchObject({ widget: "object", required: false });
    expect(perLocale(named(participant, "nameIn"))).toEqual(locales.locales.map((code) => [code, "string", false]));
  });
});

describe("fields that name another item: pickers showing its name and storing what the build checks", () => {
  type DataFile = { name: string; fields: CmsField[] };
  const dataFiles = (config.collections.find((c) => c.name === "data") as unknown as { files: DataFile[] }).files;
  const fieldAt = (fields: CmsField[], path: string): CmsField | undefined => {
    const [name, ...rest] = path.split(".");
    const found = fields.find((field) => field.name === name);
    return rest.length ? fieldAt(found?.fields ?? [], rest.join(".")) : found;
  };
  /** The relation's target: its collection's fields, or its file's; every name it shows or stores is one of them. */
  const targetFields = (picker: CmsField): CmsField[] => {
    const target = picker.file ? dataFiles.find((file) => file.name === picker.file) : collection(String(picker.collection));
    expect(target, `${picker.name}: no ${String(picker.collection)}`).toBeDefined();
    return target!.fields;
  };

  it("a glossary term's related terms are picked among the terms by their names, several at once, and stored as their keys", () => {
    const related = collection("term").fields.find((field) => field.name === "related")!;
    expect(related).toMatchObject({ widget: "relation", collection: "term", multiple: true, required: false, i18n: "duplicate" });
    expect(related.field).toBeUndefined();
    // The key, not the file name ({{slug}}): rroma.md's key is rrom.
    expect(related.value_field).toBe(config.i18n.canonical_slug.key);
    expect(related.display_fields).toEqual(["term"]);
    expect(targetFields(related).map((field) => field.name)).toContain("term");
  });

  it("a prize winner's good practice is picked among the practices by its title and stored as its key", () => {
    const prize = dataFiles.find((file) => file.name === "dosta-prize")!;
    const practice = fieldAt(prize.fields, "editions.winners.practice")!;
    expect(practice).toMatchObject({ widget: "relation", collection: "practice", required: false, display_fields: ["title"] });
    expect(practice.multiple).toBeUndefined();
    expect(practice.value_field).toBe(config.i18n.canonical_slug.key);
    expect(targetFields(practice).map((field) => field.name)).toContain("title");
  });

  it("a good practice's prize edition is picked among the prize file's editions by its label and stored as its id", () => {
    const prize = collection("practice").fields.find((field) => field.name === "prize")!;
    expect(prize).toMatchObject({ widget: "relation", collection: "data", file: "dosta-prize", required: false, i18n: "duplicate" });
    expect(prize).toMatchObject({ value_field: "editions.*.id", display_fields: ["editions.*.label"] });
    for (const path of ["editions.id", "editions.label"]) expect(fieldAt(targetFields(prize), path), path).toBeDefined();
  });

  it("every item a field names today is an item of the picker's collection, under the key it is stored as", () => {
    // The keys of the files the collection lists (its filter leaves out a section's own pages).
    const keysIn = (type: string) => {
      const { filter } = collection(type);
      const listed = (frontMatter: Record<string, unknown>) => !filter || (frontMatter[filter.field] ?? null) === filter.value;
      return new Set(
        locales.locales.flatMap((locale) => filesOf(folderOf(type, locale)).flatMap(({ frontMatter }) => (listed(frontMatter) ? [frontMatter.key] : []))),
      );
    };
    const terms = keysIn("term");
    for (const locale of locales.locales)
      for (const { path, frontMatter } of filesOf(folderOf("term", locale)))
        for (const key of (frontMatter.related as string[] | undefined) ?? []) expect(terms.has(key), `${path}: related ${key}`).toBe(true);
    const practices = keysIn("practice");
    const { editions } = JSON.parse(readFileSync(join(repoRoot, "_data/dosta-prize.json"), "utf8")) as { editions: { winners?: { practice?: string }[] }[] };
    for (const winner of editions.flatMap((edition) => edition.winners ?? []))
      if (winner.practice) expect(practices.has(winner.practice), winner.practice).toBe(true);
  });
});

describe("netlify.toml's policy for /admin/", () => {
  const { headers } = parseToml(readFileSync(join(repoRoot, "netlify.toml"), "utf8")) as { headers: { for: string; values: Record<string, string> }[] };
  const admin = headers.findIndex((rule) => rule.for === "/admin/*");

  it("comes after the site's own rule, so that its Content-Security-Policy is the one sent", () => {
    expect(admin).toBeGreaterThan(headers.findIndex((rule) => rule.for === "/*"));
    expect(headers.filter((rule) => rule.for === "/admin/*" || rule.for.startsWith("/admin"))).toHaveLength(1);
  });

  it("runs only the site's own scripts, never eval or inline script, is never framed nor indexed", () => {
    const { values } = headers[admin];
    const csp = parseCsp(values["Content-Security-Policy"]);
    expect(csp.get("script-src")).toEqual(["'self'"]);
    expect(values["Content-Security-Policy"]).not.toContain("unsafe-eval");
    expect(csp.get("default-src")).toEqual(["'none'"]);
    expect(csp.get("frame-ancestors")).toEqual(["'none'"]);
    expect(csp.get("base-uri")).toEqual(["'none'"]);
    expect(csp.get("object-src")).toEqual(["'none'"]);
    expect(csp.get("connect-src")).toEqual(expect.arrayContaining(["'self'", "https://api.github.com"]));
    expect(values["X-Robots-Tag"]).toContain("noindex");
    expect(values["Cross-Origin-Opener-Policy"]).toBe("same-origin-allow-popups");
  });
});
