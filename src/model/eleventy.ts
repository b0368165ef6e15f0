/**
 * The parts of Eleventy's API that this project uses, declared once. Eleventy ships no types for
 * collection items or event arguments; these say what the plugins read of them.
 */
import type UserConfig from "@11ty/eleventy/UserConfig";

/** The object every plugin receives (`eleventyConfig`). */
export type EleventyConfig = UserConfig;

/** Data of one page after the data cascade and computed data (front matter, folder data, global data). */
export type PageData = Record<string, unknown> & {
  pagination?: { pageNumber: number };
};

/** One page as Eleventy's collections hand it out (a paginated template: its first page only). */
export interface PageItem<Data extends PageData = PageData> {
  inputPath: string;
  /** The file name without extension (the folder name for x/index.md). */
  fileSlug: string;
  url: string | false;
  date: Date;
  /** The file's text after its front matter. */
  rawInput: string;
  data: Data;
  /** The rendered body: readable only once the page has been rendered. */
  content?: string;
}

/** What a collection callback receives. */
export interface CollectionApi {
  getAll(): PageItem[];
}

/** The build's folders, command-line options included (`--output=_preview`): read these, never the deprecated `dir`. */
export interface Directories {
  input: string;
  output: string;
  includes: string;
  data: string;
}

/** Argument of `eleventy.before`. */
export interface BeforeBuildEvent {
  directories: Directories;
  runMode: "build" | "watch" | "serve";
  /** True under --incremental: `results` then lists only the templates this build rewrote. */
  incremental: boolean;
}

/** One file Eleventy wrote. */
export interface WrittenTemplate {
  inputPath: string;
  outputPath: string | false;
  url: string;
}

/** Argument of `eleventy.after`. */
export interface AfterBuildEvent extends BeforeBuildEvent {
  results: WrittenTemplate[];
}

/** Argument of `eleventy.contentMap`: every page's URL, known before anything renders. */
export interface ContentMapEvent {
  inputPathToUrl: Record<string, string[]>;
  urlToInputPath: Record<string, { inputPath: string; groupNumber: number }>;
}

/** `this` inside filters and date parsing callbacks. */
export interface TemplateContext {
  page: { inputPath: string; url?: string };
}
