import type UserConfig from "@11ty/eleventy/UserConfig";
import { localeOfPath } from "../i18n/locales.ts";
import { readLocales } from "../i18n/plugin.ts";
import type { TranslationIndex } from "../i18n/translations.ts";
import { assertAllFrontMatterClosed, frontMatterParsingOptions } from "./front-matter.ts";
import { jsonDataParser } from "./frozen-data.ts";
import { ContentError, isValidDate, validateContent, type ContentItem } from "./validate.ts";

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

/** Content checks and the `localized` collection: every localized item is validated before anything renders (news: src/news/). */
export default function contentPlugin(eleventyConfig: UserConfig, { contentDir, dataDir, index }: ContentOptions): void {
  eleventyConfig.setFrontMatterParsingOptions(frontMatterParsingOptions);
  eleventyConfig.addDataExtension("json", { parser: jsonDataParser(dataDir) });
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

  // Eleventy would stop at a bad date with its own wording; say it the way every content problem is said.
  eleventyConfig.addDateParsing(function (this: { page: { inputPath: string } }, value: unknown) {
    if (typeof value === "string" && !isValidDate(value)) {
      throw new ContentError(this.page.inputPath, "date", `"${value}" is not a date; write it as YYYY-MM-DD`);
    }
    return undefined;
  });
}
