import { documentType } from "../documents/validate.ts";
import { termType } from "../glossary/terms.ts";
import { newsType } from "../news/validate.ts";
import { practiceType } from "../practices/validate.ts";
import { pageType } from "./page.ts";
import { type CheckedFile, ContentError, type ContentFile, type ContentType, contentError, parseFields, type ValidationContext } from "./validate.ts";

/**
 * Every kind of content the site knows, each with its schema. A file is of the first kind that
 * applies to it; pages, which take every file, come last. A new kind is one schema and one entry here.
 */
export const CONTENT_TYPES = [newsType, termType, documentType, practiceType, pageType].map(registered);

/** A kind as the checks hold it: they pass each kind's fields back to the same kind only. */
function registered<Fields, Entry>(type: ContentType<Fields, Entry>): ContentType<unknown, unknown> {
  return type as unknown as ContentType<unknown, unknown>;
}

/** Every content file once checked, in Eleventy's order, and each kind's entries. */
export class CheckedContent {
  readonly files: CheckedFile[];

  constructor(files: CheckedFile[]) {
    this.files = files;
  }

  /** The files of one kind, with what that kind read from each. */
  of<Entry>(type: { name: string; read?(...args: never[]): Entry }): CheckedFile<Entry>[] {
    return this.files.filter((checked) => checked.type === type.name) as CheckedFile<Entry>[];
  }
}

/**
 * Checks every localized content file, then the rules across files; throws one ContentError,
 * `<file>:<line>: <field>: <problem>`, for the first problem found, so the build stops with one clear message.
 */
export function checkContent(files: ContentFile[], localeCodes: string[], context: ValidationContext): CheckedContent {
  return new ContentCheck().check(files, localeCodes, context, () => undefined);
}

/** What a file's own check depends on beyond its version on disk, compared before a remembered result is reused. */
interface Remembered {
  version: string;
  fileSlug: string;
  locale: string;
  body: string;
  /** What the file's kind read from it (not the file: it would keep last build's page data alive). */
  type: string;
  entry: unknown;
}

/** A paginated template may make several pages of its own (one key each): one entry per page. */
const rememberedAt = (file: ContentFile): string => `${file.inputPath}\n${file.url}`;

/**
 * checkContent for one build after another (`npm run dev`): remembers each file's own check by its
 * path and version (`versionOf`: what changes when the file or anything in its data cascade changes),
 * so that a rebuild checks on their own only the files saved since; the rules across files run every
 * time. A file that fails is not remembered, so the first problem is checkContent's, in the same order.
 */
export class ContentCheck {
  private remembered = new Map<string, Remembered>();
  private localeCodes = "";

  check(files: ContentFile[], localeCodes: string[], context: ValidationContext, versionOf: (file: ContentFile) => string | undefined): CheckedContent {
    if (localeCodes.join() !== this.localeCodes) {
      this.remembered = new Map();
      this.localeCodes = localeCodes.join();
    }
    // A page deleted, renamed or moved to another URL since is forgotten: re-created, it is checked again.
    // Forgotten first, so that a bad file stopping the checks below does not keep it remembered.
    const pages = new Set(files.map(rememberedAt));
    for (const at of this.remembered.keys()) if (!pages.has(at)) this.remembered.delete(at);
    const checked = new CheckedContent(files.map((file) => this.checkOne(file, localeCodes, context, versionOf(file))));
    checkAcrossFiles(checked);
    return checked;
  }

  private checkOne(file: ContentFile, localeCodes: string[], context: ValidationContext, version: string | undefined): CheckedFile {
    const at = rememberedAt(file);
    const known = this.remembered.get(at);
    if (known && known.version === version && known.fileSlug === file.fileSlug && known.locale === file.locale && known.body === file.body) {
      // This build's page, with what its kind read from the same text last time.
      return { file, type: known.type, entry: known.entry };
    }
    const checked = checkFile(file, localeCodes, context);
    if (version === undefined) this.remembered.delete(at);
    else this.remembered.set(at, { version, fileSlug: file.fileSlug, locale: file.locale, body: file.body, type: checked.type, entry: checked.entry });
    return checked;
  }
}

/** One file on its own: its folder is a locale, its front matter fits its kind's schema, its kind's own rules. */
function checkFile(file: ContentFile, localeCodes: string[], context: ValidationContext): CheckedFile {
  if (!localeCodes.includes(file.locale)) {
    throw new ContentError(
      file.inputPath,
      "locale",
      `folder "${file.locale}" is not a configured locale (${localeCodes.join(", ")}); add it to _data/locales.json or move the file`,
    );
  }
  const type = CONTENT_TYPES.find((candidate) => candidate.appliesTo(file.data))!;
  const fields = parseFields(type.schema, file);
  return { file, type: type.name, entry: type.read ? type.read(file, fields, context) : fields };
}

/**
 * The rules that need every file: each kind's own first (news slugs, glossary spellings and related
 * terms), whose messages say more than the general ones, then one key per item and locale and one
 * file per URL.
 */
function checkAcrossFiles(checked: CheckedContent): void {
  for (const type of CONTENT_TYPES) type.acrossFiles?.(checked.of(type));
  const keys = new Map<string, string>();
  const urls = new Map<string, string>();
  for (const { file } of checked.files) {
    const key = String(file.data.key);
    const other = keys.get(`${file.locale}:${key}`);
    if (other) throw contentError(file, "key", `"${key}" is already used by ${other} in locale "${file.locale}"`);
    keys.set(`${file.locale}:${key}`, file.inputPath);
    if (!file.url) continue;
    const otherWithUrl = urls.get(file.url);
    if (otherWithUrl) throw contentError(file, "permalink", `URL ${file.url} is already produced by ${otherWithUrl}`);
    urls.set(file.url, file.inputPath);
  }
}
