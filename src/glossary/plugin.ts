import { mkdir, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import type MarkdownIt from "markdown-it";
import { createMarkdown } from "../markdown/markdown.ts";
import type { AfterBuildEvent, EleventyConfig } from "../model/eleventy.ts";
import type { SiteModel } from "../model/site-model.ts";
import { typesetText } from "../typography/typeset.ts";
import { firstSentence, plainText } from "./definition.ts";
import { letterGroups } from "./letters.ts";
import { PhraseMatcher } from "./matcher.ts";
import { glossaryLinker, linkText } from "./linker.ts";
import type { LinkLabels } from "./markup.ts";
import { exportPath, glossaryExport, termJsonLd, termSetJsonLd, type GlossaryPage } from "./structured-data.ts";
import type { GlossaryTerm, LocaleGlossary } from "./terms.ts";

/** Everything the pages need of one locale's glossary, derived once per build from the site model. */
interface LocaleState {
  glossary: LocaleGlossary;
  labels: LinkLabels;
  intl: string;
  digitsLabel: string;
  page?: GlossaryPage;
  names: PhraseMatcher;
  /** UI strings with their term linked (the footer note), by key, text and whether the page is the term's own. */
  linkedStrings: Map<string, string>;
}

/** Page data a computed value reads. */
interface PageData {
  type?: unknown;
  term?: unknown;
  title?: unknown;
  description?: unknown;
  locale?: string;
  page?: { rawInput?: string };
}

const isTerm = (data: PageData) => data.type === "term";

/**
 * The terminology glossary, read and checked by the site model: Markdown pages link their terms,
 * templates show the index and term pages, and each locale's glossary is exported as JSON.
 */
export default function glossaryPlugin(eleventyConfig: EleventyConfig, { model }: { model: SiteModel }): void {
  const plainMarkdown = createMarkdown();
  // Keyed by the model's glossary of a locale, which every build replaces.
  const states = new WeakMap<LocaleGlossary, LocaleState>();
  const stateOf = (locale: string): LocaleState => {
    const glossary = model.glossaries.get(locale);
    if (!glossary) throw new Error(`Glossary: unknown locale "${locale}"`);
    let state = states.get(glossary);
    if (!state) {
      const { translator } = model;
      const index = model.translations.find("glossary", locale);
      state = {
        glossary,
        labels: { show: (term) => translator.t("glossary.showDefinition", locale, { term }), close: translator.t("glossary.close", locale) },
        intl: model.intlOf(locale),
        digitsLabel: translator.t("glossary.digits", locale),
        page: index?.url ? { url: index.url, title: index.title } : undefined,
        names: nameMatcher(model.localizedPages.find((page) => page.inputPath === index?.inputPath)?.data.names),
        linkedStrings: new Map(),
      };
      states.set(glossary, state);
    }
    return state;
  };

  // Editors write `term` once; the page title, required of every page, comes from it. Computed in the glossary
  // folders' data files (content/<locale>/glossary/glossary.11tydata.js), which call these: as global computed
  // data, they made Eleventy run its computed-data machinery on every page of the site.
  eleventyConfig.addGlobalData("termTitle", () => (data: PageData) => (isTerm(data) && typeof data.term === "string" ? data.term : data.title));
  // Eleventy calls a computed value twice per page: first on a proxy of the page's data to learn what it
  // reads, then for its value. Both see the same text, so each term's description is made once per build.
  const descriptions = new Map<string, string>();
  eleventyConfig.on("eleventy.before", () => descriptions.clear());
  eleventyConfig.addGlobalData("termDescription", () => (data: PageData) => {
    if (!isTerm(data) || data.description || !data.page?.rawInput) return data.description;
    // Every page has one (the i18n plugin's preprocessor), but the type cannot say so.
    if (!data.locale) return data.description;
    const key = `${data.locale}\n${data.page.rawInput}`;
    let description = descriptions.get(key);
    if (description === undefined) {
      // Computed after the typography preprocessor has run: typeset here, as the term's summary is.
      description = firstSentence(typesetText(plainText(plainMarkdown, data.page.rawInput), data.locale), model.intlOf(data.locale));
      descriptions.set(key, description);
    }
    return description;
  });

  eleventyConfig.amendLibrary("md", (md: MarkdownIt) =>
    md.use(glossaryLinker, { glossaryFor: (locale: string) => (model.glossaries.has(locale) ? stateOf(locale) : undefined) }),
  );

  eleventyConfig.addFilter("glossaryTerm", (key: string, locale: string) => stateOf(locale).glossary.byKey.get(key));
  eleventyConfig.addFilter("glossaryRelated", (term: GlossaryTerm) => term.related.flatMap((key) => stateOf(term.locale).glossary.byKey.get(key) ?? []));
  eleventyConfig.addFilter("glossaryLetters", (locale: string) => {
    const { glossary, intl, digitsLabel } = stateOf(locale);
    return letterGroups(glossary.terms, intl, digitsLabel);
  });
  /** Links the given term in a UI string, with the same matcher and markup as Markdown pages. */
  eleventyConfig.addFilter("glossaryLinks", (text: string, locale: string, key: string, pageUrl: string) => {
    const { glossary, labels, linkedStrings } = stateOf(locale);
    // Only that term is linked, and not on its own page: every other page of the locale gets the same
    // HTML, made once per build instead of on each of them.
    const onTermPage = glossary.byKey.get(key)?.url === pageUrl;
    const cacheKey = `${key}\n${onTermPage}\n${text}`;
    let html = linkedStrings.get(cacheKey);
    if (html === undefined) {
      html = linkText(text, { glossary, labels, pageUrl, linked: new Set(), only: new Set([key]), idPrefix: "glossary-note" });
      linkedStrings.set(cacheKey, html);
    }
    return html;
  });
  eleventyConfig.addFilter("glossaryExportUrl", (locale: string) => exportPath(glossaryPage(stateOf(locale), locale).url));
  eleventyConfig.addFilter("glossaryTermJsonLd", (term: GlossaryTerm) => termJsonLd(term, glossaryPage(stateOf(term.locale), term.locale)));
  eleventyConfig.addFilter("glossarySetJsonLd", (locale: string) => {
    const state = stateOf(locale);
    return termSetJsonLd(state.glossary, glossaryPage(state, locale));
  });

  eleventyConfig.on("eleventy.after", async ({ directories }: AfterBuildEvent) => {
    for (const locale of model.glossaries.keys()) {
      const state = stateOf(locale);
      if (!state.page) continue;
      const target = join(directories.output, exportPath(state.page.url));
      await mkdir(dirname(target), { recursive: true });
      await writeFile(target, `${JSON.stringify(glossaryExport(state.glossary, state.page), null, 2)}\n`);
    }
  });
}

/** The glossary page's `names` (checked with the page schema): proper names that contain a term and are never linked (see linker.ts). */
function nameMatcher(names: unknown): PhraseMatcher {
  return new PhraseMatcher(((names ?? []) as string[]).map((text) => ({ text, key: "" })));
}

function glossaryPage(state: LocaleState, locale: string): GlossaryPage {
  if (!state.page) throw new Error(`Glossary: no page with key "glossary" in locale "${locale}"`);
  return state.page;
}
