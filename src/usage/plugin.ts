import type UserConfig from "@11ty/eleventy/UserConfig";
import type { SiteStrings } from "../i18n/site-strings.ts";
import { addKosovoNote } from "./kosovo-note.ts";

export interface UsageOptions {
  strings: SiteStrings;
}

/** Council of Europe usage that a built page must follow: the footnote on Kosovo, in the page's language. */
export default function usagePlugin(eleventyConfig: UserConfig, { strings }: UsageOptions): void {
  eleventyConfig.addTransform("kosovo-note", function (this: { page: { url?: string | false; outputPath?: string | false } }, content: string) {
    const { url, outputPath } = this.page;
    if (typeof outputPath !== "string" || !outputPath.endsWith(".html") || typeof url !== "string") return content;
    const locale = url.split("/")[1];
    if (!strings.locales.some((l) => l.code === locale)) return content;
    return addKosovoNote(content, {
      note: strings.translator.t("footer.kosovoNote", locale),
      reference: strings.translator.t("footer.kosovoReference", locale),
    });
  });
}
