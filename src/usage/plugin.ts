import type { EleventyConfig } from "../model/eleventy.ts";
import type { SiteModel } from "../model/site-model.ts";
import { addKosovoNote } from "./kosovo-note.ts";

export interface UsageOptions {
  model: SiteModel;
}

/** Council of Europe usage that a built page must follow: the footnote on Kosovo, in the page's language. */
export default function usagePlugin(eleventyConfig: EleventyConfig, { model }: UsageOptions): void {
  eleventyConfig.addTransform("kosovo-note", function (this: { page: { url?: string | false; outputPath?: string | false } }, content: string) {
    const { url, outputPath } = this.page;
    if (typeof outputPath !== "string" || !outputPath.endsWith(".html") || typeof url !== "string") return content;
    const locale = url.split("/")[1];
    if (!model.locales.some((l) => l.code === locale)) return content;
    return addKosovoNote(content, {
      note: model.translator.t("footer.kosovoNote", locale),
      reference: model.translator.t("footer.kosovoReference", locale),
    });
  });
}
