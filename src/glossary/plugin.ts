import { mkdir, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import type UserConfig from "@11ty/eleventy/UserConfig";
import type MarkdownIt from "markdown-it";
import { localeOfPath, type Locale } from "../i18n/locales.ts";
import type { SiteStrings } from "../i18n/site-strings.ts";
import { createMarkdown } from "../markdown/markdown.ts";
import { firstSentence, plainText } from "./definition.ts";
import { ContentError } from "../content/validate.ts";
import { letterGroups } from "./letters.ts";
import { PhraseMatcher } from "./matcher.ts";
import { hasWord } from "./tokens.ts";
import { glossaryLinker, linkText } from "./linker.ts";
import type { LinkLabels } from "./markup.ts";
import { exportPath, glossaryExport, termJsonLd, termSetJsonLd, type GlossaryPage } from "./structured-data.ts";
import { buildGlossary, type GlossaryTerm, type LocaleGlossary } from "./terms.ts";

export interface GlossaryOptions {
  contentDir: string;
  strings: SiteStrings;
}

interface CollectionItem {
  inputPath: string;
  url: string | false;
  rawInput: string;
  data: Record<string, unknown>;
}

/** Everything the build knows of one locale's glossary, rebuilt once per build. */
interface LocaleState {
  glossary: LocaleGlossary;
  labels: LinkLabels;
  intl: string;
  digitsLabel: string;
  page?: GlossaryPage;
  names: PhraseMatcher;
}

/** Page data a computed value reads. */
interface PageData {
  type?: unknown;
  term?: unknown;
  title?: unknown;
  description?: unknown;
  locale?: string;
  locales?: Locale[];
  page?: { rawInput?: string };
}

const isTerm = (data: PageData) => data.type === "term";

/**
 * The terminology glossary: term files (type "term", set by each glossary folder's data file) are
 * read and checked once per build, before any page renders; Markdown pages then link their terms,
 * templates show the index and term pages, and each locale's glossary is exported as JSON.
 */
export default function glossaryPlugin(eleventyConfig: UserConfig, { contentDir, strings }: GlossaryOptions): void {
  const plainMarkdown = createMarkdown();
  let states = new Map<string, LocaleState>();
  const stateOf = (locale: string): LocaleState => {
    const state = states.get(locale);
    if (!state) throw new Error(`Glossary: unknown locale "${locale}"`);
    return state;
  };

  // Editors write `term` once; the page title, required of every page, comes from it.
  eleventyConfig.addGlobalData("eleventyComputed.title", () => (data: PageData) => (isTerm(data) && typeof data.term === "string" ? data.term : data.title));
  eleventyConfig.addGlobalData("eleventyComputed.description", () => (data: PageData) => {
    if (!isTerm(data) || data.description || !data.page?.rawInput) return data.description;
    const intl = data.locales?.find((l) => l.code === data.locale)?.intl ?? "en";
    return firstSentence(plainText(plainMarkdown, data.page.rawInput), intl);
  });

  eleventyConfig.addCollection("glossaryTerms", (api: { getAll(): CollectionItem[] }) => {
    const { locales, translator } = strings;
    const items = api.getAll();
    const files = items
      .filter((item) => item.data.type === "term")
      .map((item) => ({
        inputPath: item.inputPath,
        locale: localeOfPath(item.inputPath, contentDir) ?? "",
        url: item.url || "",
        data: item.data,
        body: item.rawInput,
      }));
    const { locales: glossaries, warnings } = buildGlossary(files, locales, plainMarkdown);
    for (const warning of warnings) console.warn(warning);

    states = new Map(
      locales.map(({ code, intl }) => {
        const index = items.find((item) => item.data.key === "glossary" && localeOfPath(item.inputPath, contentDir) === code);
        const state: LocaleState = {
          glossary: glossaries.get(code)!,
          labels: { show: (term) => translator.t("glossary.showDefinition", code, { term }), close: translator.t("glossary.close", code) },
          intl,
          digitsLabel: translator.t("glossary.digits", code),
          page: index?.url ? { url: index.url, title: String(index.data.title) } : undefined,
          names: nameMatcher(index),
        };
        return [code, state];
      }),
    );
    return [...glossaries.values()].flatMap((glossary) => glossary.terms);
  });

  eleventyConfig.amendLibrary("md", (md: MarkdownIt) => md.use(glossaryLinker, { glossaryFor: (locale: string) => states.get(locale) }));

  eleventyConfig.addFilter("glossaryTerm", (key: string, locale: string) => stateOf(locale).glossary.byKey.get(key));
  eleventyConfig.addFilter("glossaryRelated", (term: GlossaryTerm) => term.related.flatMap((key) => stateOf(term.locale).glossary.byKey.get(key) ?? []));
  eleventyConfig.addFilter("glossaryLetters", (locale: string) => {
    const { glossary, intl, digitsLabel } = stateOf(locale);
    return letterGroups(glossary.terms, intl, digitsLabel);
  });
  /** Links the given term in a UI string, with the same matcher and markup as Markdown pages. */
  eleventyConfig.addFilter("glossaryLinks", (text: string, locale: string, key: string, pageUrl: string) => {
    const { glossary, labels } = stateOf(locale);
    return linkText(text, { glossary, labels, pageUrl, linked: new Set(), only: new Set([key]), idPrefix: "glossary-note" });
  });
  eleventyConfig.addFilter("glossaryExportUrl", (locale: string) => exportPath(glossaryPage(stateOf(locale), locale).url));
  eleventyConfig.addFilter("glossaryTermJsonLd", (term: GlossaryTerm) => termJsonLd(term, glossaryPage(stateOf(term.locale), term.locale)));
  eleventyConfig.addFilter("glossarySetJsonLd", (locale: string) => {
    const state = stateOf(locale);
    return termSetJsonLd(state.glossary, glossaryPage(state, locale));
  });

  eleventyConfig.on("eleventy.after", async ({ dir }: { dir: { output: string } }) => {
    for (const state of states.values()) {
      if (!state.page) continue;
      const target = join(dir.output, exportPath(state.page.url));
      await mkdir(dirname(target), { recursive: true });
      await writeFile(target, `${JSON.stringify(glossaryExport(state.glossary, state.page), null, 2)}\n`);
    }
  });
}

/** The glossary page's `names`: proper names that contain a term and are never linked (see linker.ts). */
function nameMatcher(index: CollectionItem | undefined): PhraseMatcher {
  const names = index?.data.names ?? [];
  if (!Array.isArray(names) || names.some((name) => typeof name !== "string" || !hasWord(name))) {
    throw new ContentError(index!.inputPath, "names", "must be a list of proper names, each with at least one word");
  }
  return new PhraseMatcher(names.map((text: string) => ({ text, key: "" })));
}

function glossaryPage(state: LocaleState, locale: string): GlossaryPage {
  if (!state.page) throw new Error(`Glossary: no page with key "glossary" in locale "${locale}"`);
  return state.page;
}
