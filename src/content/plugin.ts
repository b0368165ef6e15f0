import type UserConfig from "@11ty/eleventy/UserConfig";
import { localeOfPath } from "../i18n/locales.ts";
import { readLocales } from "../i18n/plugin.ts";
import type { TranslationIndex } from "../i18n/translations.ts";
import { assertAllFrontMatterClosed, frontMatterParsingOptions } from "./front-matter.ts";
import { validateContent, type ContentItem } from "./validate.ts";

export interface ContentOptions {
  contentDir: string;
  dataDir: string;
  index: TranslationIndex;
}

interface CollectionApi {
  getAll(): CollectionItem[];
}

interface CollectionItem {
  inputPath: string;
  url: string | false;
  data: Record<string, unknown> & { pagination?: { pageNumber: number } };
  date: Date;
}

/** Content checks and collections: every localized item is validated before anything renders. */
export default function contentPlugin(eleventyConfig: UserConfig, { contentDir, dataDir, index }: ContentOptions): void {
  eleventyConfig.setFrontMatterParsingOptions(frontMatterParsingOptions);
  eleventyConfig.on("eleventy.before", () => assertAllFrontMatterClosed(contentDir));

  const isLocalized = (item: CollectionItem) => localeOfPath(item.inputPath, contentDir) !== undefined;
  // Later pages of a paginated listing share the first page's key; they are not translations of their own.
  const isFirstPage = (item: CollectionItem) => (item.data.pagination?.pageNumber ?? 0) === 0;

  eleventyConfig.addCollection("localized", (api: CollectionApi) => {
    const items = api.getAll().filter((item) => isLocalized(item) && isFirstPage(item));
    const codes = readLocales(dataDir).map((l) => l.code);
    const checked: ContentItem[] = items.map((item) => ({
      inputPath: item.inputPath,
      url: item.url,
      locale: localeOfPath(item.inputPath, contentDir),
      data: item.data,
    }));
    validateContent(checked, codes);
    index.rebuild(
      items.map((item) => ({
        key: String(item.data.key),
        locale: localeOfPath(item.inputPath, contentDir)!,
        url: item.url || "",
        title: String(item.data.title),
        inputPath: item.inputPath,
      })),
    );
    return items;
  });

  for (const code of readLocales(dataDir).map((l) => l.code)) {
    eleventyConfig.addCollection(`news_${code}`, (api: CollectionApi) =>
      api.getAll()
        .filter((item) => item.data.type === "news" && localeOfPath(item.inputPath, contentDir) === code)
        .sort((a, b) => b.date.getTime() - a.date.getTime()),
    );
  }
}
