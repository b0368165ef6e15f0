import { CheckedContent, ContentCheck } from "../content/content-types.ts";
import { FrontMatterCheck } from "../content/front-matter.ts";
import { SourceStamps } from "../content/source-stamps.ts";
import { type ContentFile, fileOnDisk } from "../content/validate.ts";
import { buildGlossary, type GlossaryTerm, type LocaleGlossary, termType } from "../glossary/terms.ts";
import { type Locale, localeOfPath } from "../i18n/locales.ts";
import { readSiteData } from "../i18n/site-strings.ts";
import { Translator } from "../i18n/strings.ts";
import { TranslationIndex } from "../i18n/translations.ts";
import { createMarkdown } from "../markdown/markdown.ts";
import { newsOfLocale, neighbours } from "../news/collection.ts";
import { accountOf } from "../news/account.ts";
import { resolveEvent, type EventFields } from "../news/event.ts";
import { type ImageField, NewsImages } from "../news/images.ts";
import { type NewsEntry, NewsIndex, type NewsItem } from "../news/news-index.ts";
import type { Directories, PageItem } from "./eleventy.ts";

export interface SiteModelOptions {
  /** Folders relative to the working directory, so tests can build fixture sites with the site's config. */
  contentDir: string;
  dataDir: string;
}

/** A rule on the whole site that a plugin owns (the form's pages against _data/participation.json), run with the content checks. */
export type SiteRule = (pages: PageItem[]) => void;

/** Front matter allows `tags: word` as well as a list. */
export const tagList = (tags: unknown): string[] => (tags === undefined ? [] : ([] as string[]).concat(tags as string | string[]));

/**
 * What the plugins share for one build: the locales, the UI strings, the translation index, the
 * news and the glossaries. Created once by .eleventy.ts and refreshed at two points of each build
 * (see lifecycle.ts): its data files before Eleventy reads anything, its content once every page
 * is known and before any renders. Plugins, filters and templates only read it.
 */
export class SiteModel {
  readonly contentDir: string;
  readonly dataDir: string;
  locales: Locale[] = [];
  translator!: Translator;
  readonly translations = new TranslationIndex();
  readonly news = new NewsIndex();
  readonly images: NewsImages;
  glossaries = new Map<string, LocaleGlossary>();
  /** Every localized page (a paginated listing: its first page), in Eleventy's order. */
  localizedPages: PageItem[] = [];
  /** Every localized file as the content checks read it, for the kinds whose plugins list their entries (good practices). */
  checked = new CheckedContent([]);
  private outputDir = "_site";
  private readonly rules: SiteRule[] = [];
  /** Renders term definitions to plain text; the site's renderer links terms, which needs the glossary first. */
  private readonly markdown = createMarkdown();
  /** The checks remember what they found, so that a rebuild of `npm run dev` re-checks only what changed. */
  private readonly frontMatter = new FrontMatterCheck();
  private readonly contentCheck = new ContentCheck();
  private readonly stamps = new SourceStamps();

  constructor({ contentDir, dataDir }: SiteModelOptions) {
    this.contentDir = contentDir;
    this.dataDir = dataDir;
    this.images = new NewsImages({ contentDir, outputDir: () => this.outputDir });
    // Plugins declare per-locale collections and pages when the config loads, so the data is read now too.
    this.readData();
  }

  localeCodes(): string[] {
    return this.locales.map((locale) => locale.code);
  }

  locale(code: string): Locale {
    const locale = this.locales.find((l) => l.code === code);
    if (!locale) throw new Error(`Unknown locale "${code}"`);
    return locale;
  }

  /** The Intl locale of a locale code (dates, collation, country names); the code itself if it is not configured. */
  intlOf(code: string): string {
    return this.locales.find((l) => l.code === code)?.intl ?? code;
  }

  /** The locale of a content file, from its first folder under content/. */
  localeOf(inputPath: string): string | undefined {
    return localeOfPath(inputPath, this.contentDir);
  }

  addRule(rule: SiteRule): void {
    this.rules.push(rule);
  }

  /**
   * Before Eleventy reads any template: locales and UI strings (a missing string stops the build),
   * every content file's front matter closed, the last build's images forgotten.
   */
  startBuild(directories: Directories): void {
    this.outputDir = directories.output;
    this.readData();
    this.stamps.read(this.contentDir, [directories.data, directories.includes]);
    this.frontMatter.assertAllClosed(this.stamps);
    this.images.reset();
  }

  /**
   * Once Eleventy knows every page, its data and its URL, before anything renders: every file is
   * checked, then the rules across files, then the indexes are built.
   */
  async settle(pages: PageItem[]): Promise<void> {
    // Later pages of a paginated listing share the first page's key; they are not translations of their own.
    // A paginated template whose pages each have a key (the adopted texts' filter by kind) makes pages of their own.
    const firstKeys = new Map(pages.filter((page) => (page.data.pagination?.pageNumber ?? 0) === 0).map((page) => [page.inputPath, page.data.key]));
    const localized = pages.filter(
      (page) =>
        this.localeOf(page.inputPath) !== undefined && ((page.data.pagination?.pageNumber ?? 0) === 0 || page.data.key !== firstKeys.get(page.inputPath)),
    );
    const checked = this.contentCheck.check(
      localized.map(this.contentFile),
      this.localeCodes(),
      {
        markdown: this.markdown,
        intlOf: (code) => this.intlOf(code),
      },
      (file) => this.stamps.versionOf(file.inputPath),
    );
    for (const rule of this.rules) rule(pages);

    this.localizedPages = localized;
    this.checked = checked;
    this.translations.rebuild(
      localized.map((page) => ({
        key: String(page.data.key),
        locale: this.localeOf(page.inputPath)!,
        url: page.url || "",
        title: String(page.data.title),
        inputPath: page.inputPath,
      })),
    );
    this.glossaries = this.buildGlossaries(checked.of(termType).map(({ entry }) => entry));
    await this.buildNews(localized);
  }

  private readData(): void {
    const { locales, strings } = readSiteData(this.dataDir);
    this.locales = locales;
    this.translator = new Translator(strings, locales);
  }

  private contentFile = (page: PageItem): ContentFile => ({
    ...fileOnDisk(page.inputPath),
    locale: this.localeOf(page.inputPath)!,
    url: page.url,
    fileSlug: page.fileSlug,
    data: page.data,
    body: page.rawInput,
  });

  /** Each locale's glossary and matcher (a method, so that the glossary benchmark can time it). */
  protected buildGlossaries(terms: GlossaryTerm[]): Map<string, LocaleGlossary> {
    const { locales, warnings } = buildGlossary(terms, this.locales);
    for (const warning of warnings) console.warn(warning);
    return locales;
  }

  /** Each locale's news, newest first, with what their pages show beyond the body; their images start encoding. */
  private async buildNews(pages: PageItem[]): Promise<void> {
    for (const { code } of this.locales) {
      // Their front matter has passed the news schema.
      const items = newsOfLocale(pages, code, this.contentDir) as unknown as NewsItem[];
      for (const item of items) {
        if (item.data.image) await this.images.prepare(item.inputPath, item.data.image as ImageField);
      }
      const around = neighbours(items);
      const entries: NewsEntry[] = items.map((item) => ({
        item,
        locale: code,
        around: around.get(item.inputPath)!,
        event: item.data.event ? resolveEvent(item.data.event as EventFields) : undefined,
        account: accountOf(item.data),
        tags: tagList(item.data.tags),
        image: this.images.fallback(item.inputPath),
      }));
      this.news.set(code, entries);
    }
    this.images.encode();
  }
}
