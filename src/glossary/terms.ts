import type MarkdownIt from "markdown-it";
import { ContentError } from "../content/validate.ts";
import { typesetText } from "../typography/typeset.ts";
import { firstSentence, plainText } from "./definition.ts";
import { PhraseMatcher } from "./matcher.ts";
import { hasWord, tokenize } from "./tokens.ts";

export interface TermSource {
  title: string;
  /** Absent for a document cited by its title only (no public address known). */
  url?: string;
}

/** One term in one locale, as pages, the linker and the export use it. */
export interface GlossaryTerm {
  key: string;
  locale: string;
  term: string;
  aliases: string[];
  related: string[];
  sources: TermSource[];
  url: string;
  inputPath: string;
  /** Plain text of the whole definition, paragraphs separated by a blank line. */
  definition: string;
  /** Its first sentence: the short definition shown by links and the index. */
  summary: string;
}

/** A term file as Eleventy gives it: front matter data and the Markdown body. */
export interface TermFile {
  inputPath: string;
  locale: string;
  url: string;
  data: Record<string, unknown>;
  body: string;
}

/** What the glossary needs to know of a configured locale. */
export interface GlossaryLocale {
  code: string;
  /** Intl locale for collation and sentence boundaries. */
  intl: string;
}

/** The glossary of one locale: its terms in the locale's alphabetical order and one matcher for all of them. */
export interface LocaleGlossary {
  locale: string;
  terms: GlossaryTerm[];
  byKey: Map<string, GlossaryTerm>;
  matcher: PhraseMatcher;
}

export interface Glossary {
  locales: Map<string, LocaleGlossary>;
  /** Terms missing in some locale: reported, not fatal. */
  warnings: string[];
}

const KEY = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

function stringList(file: string, field: string, value: unknown, what: string): string[] {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value) || value.some((item) => typeof item !== "string" || item.trim() === "")) {
    throw new ContentError(file, field, `must be a list of ${what}`);
  }
  return value.map((item: string) => item.trim());
}

function readSources(file: string, value: unknown): TermSource[] {
  if (!Array.isArray(value) || value.length === 0) {
    throw new ContentError(file, "sources", "missing; list at least one source, each with a title and, if it has one, a url");
  }
  return value.map((source: unknown, n) => {
    const { title, url } = (source ?? {}) as Record<string, unknown>;
    if (typeof title !== "string" || title.trim() === "") throw new ContentError(file, "sources", `source ${n + 1} has no title`);
    if (url === undefined) return { title: title.trim() };
    if (typeof url !== "string" || !/^https?:\/\/[^/\s]+/.test(url)) {
      throw new ContentError(file, "sources", `source ${n + 1}: "${String(url)}" is not an absolute http(s) URL`);
    }
    return { title: title.trim(), url };
  });
}

/** Checks one term file on its own; cross-file checks come after every file is read. */
function readTerm(file: TermFile, md: MarkdownIt, intl: string): GlossaryTerm {
  const { inputPath, data } = file;
  const key = data.key;
  if (typeof key !== "string" || !KEY.test(key)) {
    throw new ContentError(inputPath, "key", "missing or malformed; use lowercase letters, digits and hyphens, the same in every locale");
  }
  const term = data.term;
  if (typeof term !== "string" || !hasWord(term)) throw new ContentError(inputPath, "term", "missing; write the term as it should appear");
  const aliases = stringList(inputPath, "aliases", data.aliases, "spellings");
  const wordless = aliases.find((alias) => !hasWord(alias));
  if (wordless) throw new ContentError(inputPath, "aliases", `"${wordless}" contains no word`);
  const related = stringList(inputPath, "related", data.related, "term keys");
  if (related.includes(key)) throw new ContentError(inputPath, "related", `"${key}" is this term's own key`);
  const sources = readSources(inputPath, data.sources);
  if (!file.url) throw new ContentError(inputPath, "permalink", "a term needs a page of its own to link to; remove `permalink: false`");
  const definition = typesetText(plainText(md, file.body), file.locale);
  if (definition === "") throw new ContentError(inputPath, "definition", "missing; write the definition as the text of the file, below the front matter");
  return {
    key,
    locale: file.locale,
    term: term.trim(),
    aliases: [...new Set(aliases)].filter((alias) => alias !== term.trim()),
    related,
    sources,
    url: file.url,
    inputPath,
    definition,
    summary: firstSentence(definition, intl),
  };
}

/** The comparable form of a spelling: "Roms  et Gens du Voyage" and "roms et gens du voyage" are one claim. */
const claimOf = (phrase: string) => tokenize(phrase).forms.join(" ");

function buildLocale(locale: GlossaryLocale, terms: GlossaryTerm[]): LocaleGlossary {
  const byKey = new Map<string, GlossaryTerm>();
  const claims = new Map<string, GlossaryTerm>();
  for (const term of terms) {
    const other = byKey.get(term.key);
    if (other) throw new ContentError(term.inputPath, "key", `"${term.key}" is already used by ${other.inputPath} in locale "${locale.code}"`);
    byKey.set(term.key, term);
    for (const [field, phrase] of [["term", term.term], ...term.aliases.map((alias) => ["aliases", alias])]) {
      const claimant = claims.get(claimOf(phrase));
      if (claimant && claimant !== term) {
        throw new ContentError(
          term.inputPath,
          field,
          `"${phrase}" is already claimed by ${claimant.inputPath} ("${claimant.term}"); a spelling can link to one term only`,
        );
      }
      claims.set(claimOf(phrase), term);
    }
  }
  const collator = new Intl.Collator(locale.intl);
  const sorted = [...terms].sort((a, b) => collator.compare(a.term, b.term));
  const phrases = sorted.flatMap((term) => [term.term, ...term.aliases].map((text) => ({ text, key: term.key })));
  return { locale: locale.code, terms: sorted, byKey, matcher: new PhraseMatcher(phrases) };
}

/**
 * Reads and checks every term file, then builds each locale's glossary and matcher once.
 * Bad input throws a ContentError naming the file and the field.
 */
export function buildGlossary(files: TermFile[], locales: GlossaryLocale[], md: MarkdownIt): Glossary {
  const intlOf = new Map(locales.map((l) => [l.code, l.intl]));
  const terms = files.filter((file) => intlOf.has(file.locale)).map((file) => readTerm(file, md, intlOf.get(file.locale)!));
  const glossaries = new Map(
    locales.map((locale) => [
      locale.code,
      buildLocale(
        locale,
        terms.filter((t) => t.locale === locale.code),
      ),
    ]),
  );

  const allKeys = new Set(terms.map((term) => term.key));
  for (const term of terms) {
    const unknown = term.related.find((key) => !allKeys.has(key));
    if (unknown) throw new ContentError(term.inputPath, "related", `"${unknown}" is not the key of any glossary term`);
  }

  const warnings: string[] = [];
  for (const key of allKeys) {
    const missing = locales.filter((locale) => !glossaries.get(locale.code)!.byKey.has(key)).map((l) => l.code);
    if (missing.length === 0) continue;
    const present = terms.filter((term) => term.key === key).map((term) => term.inputPath);
    warnings.push(`Glossary: term "${key}" (${present.join(", ")}) has no version in: ${missing.join(", ")}`);
  }
  return { locales: glossaries, warnings };
}
