/**
 * The Sveltia CMS configuration (config.yml), written at build from the content model: each content
 * type's schema gives its fields and which are required (src/cms/fields.ts), so the editor and the
 * build never disagree. See CONTRIBUTING.md («Modifier le site dans le navigateur»).
 *
 * Sveltia links a translation to its original by a front-matter key (`canonical_slug`) only inside one
 * collection whose locales differ by one `{{locale}}` folder: content/{{locale}}/news. This site's
 * folders also change name per locale (content/fr/news, content/en/news), which Sveltia cannot
 * map, so each content type has one collection per locale and the editor gives both the same `key`.
 */
import { CONTENT_TYPES } from "../content/content-types.ts";
import { participantsSchema, type TextLocales } from "../participants/data.ts";
import { prizeSchema } from "../prize/editions.ts";
import { type CmsField, fieldsOf, type WidgetHints } from "./fields.ts";

/** Where each content type's files live, per locale, under content/<locale>/. "" is the locale's own folder. */
export const COLLECTION_FOLDERS: Record<string, Record<string, string>> = {
  news: { fr: "news", en: "news" },
  term: { fr: "glossary", en: "glossary" },
  document: { fr: "documents", en: "documents" },
  practice: { fr: "good-practices", en: "good-practices" },
  page: { fr: "", en: "" },
};

/** Collection names and labels, in the editors' words. */
const LABELS: Record<string, Record<string, string>> = {
  news: { fr: "Actualités", en: "News" },
  term: { fr: "Glossaire", en: "Glossary" },
  document: { fr: "Textes adoptés", en: "Adopted texts" },
  practice: { fr: "Bonnes pratiques", en: "Good practices" },
  page: { fr: "Pages", en: "Pages" },
};

const date = { widget: "datetime", time_format: false, date_format: "YYYY-MM-DD", format: "YYYY-MM-DD" };
const longText = { widget: "text" };

/** What valibot cannot say: which text is long, which is a date, an image, a list of words. */
const HINTS: WidgetHints = {
  date,
  summary: longText,
  description: longText,
  written: date,
  key: {
    hint: "Identical in both languages / identique dans les deux langues: e.g. launch-of-the-alliance",
    pattern: ["^[a-z0-9]+(-[a-z0-9]+)*$", "lowercase letters, digits and hyphens"],
  },
  tags: { widget: "list", field: undefined },
  "image.src": { widget: "image" },
  draft: { default: false },
  "event.start": { hint: "2013-12-12 or 2013-12-12T09:30" },
  "event.end": { hint: "2013-12-12 or 2013-12-12T17:00" },
};

export interface CmsConfigOptions {
  /** The site's locales, the default first. */
  locales: TextLocales;
  /** "owner/name" of the GitHub repository (Netlify's build gives REPOSITORY_URL). */
  repo: string;
  branch?: string;
  /** Field labels per locale, by field name (src/cms/labels.ts). */
  labels?: Record<string, Record<string, string>>;
}

/** Labels in one language, or "fr / en" for the data files both languages share; a field without one shows its name. */
function labelled(fields: CmsField[], labelOf: (name: string) => string | undefined): CmsField[] {
  return fields.map((field) => ({
    ...field,
    label: labelOf(field.name) ?? field.name,
    ...(field.fields ? { fields: labelled(field.fields, labelOf) } : {}),
    ...(field.field ? { field: labelled([field.field], labelOf)[0] } : {}),
  }));
}

/** The whole configuration, as an object that config.yml writes out. */
export function cmsConfig({ locales, repo, branch = "main", labels = {} }: CmsConfigOptions) {
  const codes = [locales.defaultLocale, ...locales.locales.filter((code) => code !== locales.defaultLocale)];
  const typeNames = CONTENT_TYPES.map((type) => type.name);
  const folderCollections = codes.flatMap((locale) => typeNames.map((type) => folderCollection(type, locale, (name) => labels[locale]?.[name])));
  const bothLanguages = (name: string) => {
    const names = codes.map((code) => labels[code]?.[name]).filter((label) => label !== undefined);
    return names.length ? [...new Set(names)].join(" / ") : undefined;
  };
  return {
    backend: {
      name: "github",
      repo,
      branch,
      // Netlify's GitHub OAuth provider: the site's Access control > OAuth settings (CONTRIBUTING.md).
      base_url: "https://api.netlify.com",
      auth_endpoint: "auth",
      squash_merges: true,
    },
    // Every save is a branch and a pull request, checked and previewed before it is merged.
    publish_mode: "editorial_workflow",
    media_folder: "content/media",
    public_folder: "/media",
    // File names as the build wants them: lowercase ASCII letters, digits and hyphens.
    slug: { encoding: "ascii", clean_accents: true, sanitize_replacement: "-", trim: true, lowercase: true },
    // An optional field left blank is left out: the build refuses `place: ""`.
    output: { omit_empty_optional_fields: true },
    collections: [...folderCollections, dataFiles(locales, bothLanguages)],
  };
}

function folderCollection(type: string, locale: string, labelOf: (name: string) => string | undefined) {
  const contentType = CONTENT_TYPES.find((candidate) => candidate.name === type)!;
  const folder = COLLECTION_FOLDERS[type][locale];
  const fields: CmsField[] = [...fieldsOf(contentType.schema, HINTS), { name: "body", label: "body", widget: "markdown", required: false }];
  // What names an item and its file: a page's title, a glossary term's term.
  const identifier = ["title", "term"].find((name) => fields.some((field) => field.name === name))!;
  // The name and the key first, as an editor starts an item.
  const first = (field: CmsField) => (field.name === identifier ? 0 : field.name === "key" ? 1 : 2);
  fields.sort((a, b) => first(a) - first(b));
  return {
    name: `${type}-${locale}`,
    label: `${LABELS[type]?.[locale] ?? type} (${locale})`,
    folder: folder ? `content/${locale}/${folder}` : `content/${locale}`,
    extension: "md",
    format: "yaml-frontmatter",
    create: true,
    identifier_field: identifier,
    slug: `{{${identifier}}}`,
    summary: `{{${identifier}}}`,
    // Images beside the item's file: the folder the Markdown links them from.
    media_folder: "",
    public_folder: "",
    // A listing page (index.md, index.njk) is not an item of the collection.
    filter: type === "page" ? undefined : { field: "key", pattern: ".+" },
    sortable_fields: fields.some((field) => field.name === "date") ? ["date", identifier] : [identifier],
    fields: labelled(fields, labelOf),
  };
}

function dataFiles(locales: TextLocales, labelOf: (name: string) => string | undefined) {
  return {
    name: "data",
    label: "Data / Données",
    files: [
      {
        name: "participants",
        label: "Participants",
        file: "_data/participants.yaml",
        format: "yaml",
        fields: labelled(fieldsOf(participantsSchema(locales)), labelOf),
      },
      {
        name: "dosta-prize",
        label: "Dosta!-Congress Prize / Prix Dosta!-Congrès",
        file: "_data/dosta-prize.json",
        format: "json",
        fields: labelled(fieldsOf(prizeSchema), labelOf),
      },
    ],
  };
}

/** "owner/name" from Netlify's REPOSITORY_URL (https://github.com/owner/name), or a local stand-in. */
export function repositoryName(url = process.env.REPOSITORY_URL): string {
  const match = /github\.com[/:]([^/]+\/[^/.]+)/.exec(url ?? "");
  return match?.[1] ?? "local/roma-alliance-site";
}
