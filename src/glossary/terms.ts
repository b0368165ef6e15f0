import * as v from "valibot";
import { MISSING_SOURCES, requiredSourcesSchema, type Source } from "../content/sources.ts";
import { block, ContentError, contentError, text, type ContentType } from "../content/validate.ts";
import { typesetText } from "../typography/typeset.ts";
import { firstSentence, plainText } from "./definition.ts";
import { PhraseMatcher } from "./matcher.ts";
import { hasWord, tokenize } from "./tokens.ts";

/** One term in one locale, as pages, the linker and the export use it. */
export interface GlossaryTerm {
  key: string;
  locale: string;
  term: string;
  aliases: string[];
  related: string[];
  sources: Source[];
  url: string;
  inputPath: string;
  /** Plain text of the whole definition, paragraphs separated by a blank line. */
  definition: string;
  /** Its first sentence: the short definition shown by links and the index. */
  summary: string;
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

const list = (what: string) => {
  const problem = `must be a list of ${what}`;
  return v.nullish(v.array(text(problem), problem), []);
};

/** A term file's front matter. */
const termSchema = v.pipe(
  v.looseObject(
    {
      key: v.custom<string>(
        (value) => typeof value === "string" && KEY.test(value),
        "missing or malformed; use lowercase letters, digits and hyphens, the same in every locale",
      ),
      term: v.pipe(
        v.custom<string>((value) => typeof value === "string" && hasWord(value), "missing; write the term as it should appear"),
        v.trim(),
      ),
      aliases: v.pipe(
        list("spellings"),
        v.rawCheck(({ dataset, addIssue }) => {
          const wordless = dataset.typed ? dataset.value.find((alias) => !hasWord(alias)) : undefined;
          if (wordless !== undefined) addIssue({ message: `"${wordless}" contains no word` });
        }),
      ),
      related: list("term keys"),
      sources: requiredSourcesSchema,
    },
    block("must be front matter fields", {
      key: "missing or malformed; use lowercase letters, digits and hyphens, the same in every locale",
      term: "missing; write the term as it should appear",
      sources: MISSING_SOURCES,
    }),
  ),
  v.forward(
    v.partialCheck(
      [["key"], ["related"]],
      ({ key, related }) => !related.includes(key),
      (issue) => `"${(issue.input as { key: string }).key}" is this term's own key`,
    ),
    ["related"],
  ),
);

/** The comparable form of a spelling: "Roms  et Gens du Voyage" and "roms et gens du voyage" are one claim. */
const claimOf = (phrase: string) => tokenize(phrase).forms.join(" ");

/** A glossary term: one file per term and locale, its definition the text of the file. */
export const termType: ContentType<v.InferOutput<typeof termSchema>, GlossaryTerm> = {
  name: "term",
  appliesTo: (data) => data.type === "term",
  schema: termSchema,
  read(file, fields, { markdown, intlOf }) {
    if (!file.url) throw contentError(file, "permalink", "a term needs a page of its own to link to; remove `permalink: false`");
    const definition = typesetText(plainText(markdown, file.body), file.locale);
    if (definition === "")
      throw new ContentError(file.inputPath, "definition", "missing; write the definition as the text of the file, below the front matter");
    return {
      key: fields.key,
      locale: file.locale,
      term: fields.term,
      aliases: [...new Set(fields.aliases)].filter((alias) => alias !== fields.term),
      related: fields.related,
      sources: fields.sources,
      url: file.url,
      inputPath: file.inputPath,
      definition,
      summary: firstSentence(definition, intlOf(file.locale)),
    };
  },
  acrossFiles(checked) {
    // A spelling links to one term of its locale only.
    const claims = new Map<string, GlossaryTerm>();
    for (const { file, entry: term } of checked) {
      for (const [field, phrase] of [["term", term.term], ...term.aliases.map((alias) => ["aliases", alias])]) {
        const claim = `${term.locale}:${claimOf(phrase)}`;
        const claimant = claims.get(claim);
        if (claimant && claimant !== term) {
          throw contentError(file, field, `"${phrase}" is already claimed by ${claimant.inputPath} ("${claimant.term}"); a spelling can link to one term only`);
        }
        claims.set(claim, term);
      }
    }
    const allKeys = new Set(checked.map(({ entry }) => entry.key));
    for (const { file, entry: term } of checked) {
      const unknown = term.related.find((key) => !allKeys.has(key));
      if (unknown) throw contentError(file, "related", `"${unknown}" is not the key of any glossary term`);
    }
  },
};

function buildLocale(locale: GlossaryLocale, terms: GlossaryTerm[]): LocaleGlossary {
  const byKey = new Map(terms.map((term) => [term.key, term]));
  const collator = new Intl.Collator(locale.intl);
  const sorted = [...terms].sort((a, b) => collator.compare(a.term, b.term));
  const phrases = sorted.flatMap((term) => [term.term, ...term.aliases].map((text) => ({ text, key: term.key })));
  return { locale: locale.code, terms: sorted, byKey, matcher: new PhraseMatcher(phrases) };
}

/**
 * Each locale's glossary and matcher, built once from terms that passed their checks (termType,
 * through the content checks); terms missing in some locale are reported, not fatal.
 */
export function buildGlossary(terms: GlossaryTerm[], locales: GlossaryLocale[]): Glossary {
  const glossaries = new Map(
    locales.map((locale) => [
      locale.code,
      buildLocale(
        locale,
        terms.filter((t) => t.locale === locale.code),
      ),
    ]),
  );
  const warnings: string[] = [];
  for (const key of new Set(terms.map((term) => term.key))) {
    const missing = locales.filter((locale) => !glossaries.get(locale.code)!.byKey.has(key)).map((l) => l.code);
    if (missing.length === 0) continue;
    const present = terms.filter((term) => term.key === key).map((term) => term.inputPath);
    warnings.push(`Glossary: term "${key}" (${present.join(", ")}) has no version in: ${missing.join(", ")}`);
  }
  return { locales: glossaries, warnings };
}
