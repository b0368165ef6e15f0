import * as v from "valibot";
import { block, text } from "./validate.ts";

/** A source a page rests on: cited by its title, linked when it has a public address. */
export interface Source {
  title: string;
  /** Absent for a document cited by its title only (no public address known). */
  url?: string;
}

const NOT_A_LIST = "must be a list of sources, each with a title and, if it has one, a url";
const MISSING = "missing; list at least one source, each with a title and, if it has one, a url";

/** One source of `sources:` in front matter; its problems name it by position (`sources.0.url`). */
const sourceSchema = v.pipe(
  v.looseObject(
    {
      title: text("must be the title of the source"),
      url: v.optional(v.pipe(v.string("must be an absolute http(s) URL"), v.regex(/^https?:\/\/[^/\s]+/, "must be an absolute http(s) URL"))),
    },
    block("must be a block with a title (and a url)", { title: "missing; write the title of the source" }),
  ),
  v.transform(({ title, url }): Source => (url === undefined ? { title } : { title, url })),
);

/**
 * The sources of a page, the one schema every kind with `sources:` uses (news accounts, glossary
 * terms, good practices): optional where a kind may have none, else at least one.
 */
export const sourcesSchema = v.array(sourceSchema, NOT_A_LIST);

export const requiredSourcesSchema = v.pipe(v.array(sourceSchema, MISSING), v.minLength(1, MISSING));

/** The message of a required `sources` field when it is absent, for a kind's block message. */
export const MISSING_SOURCES = MISSING;
