import * as v from "valibot";
import { hasWord } from "../glossary/tokens.ts";
import { sourcesSchema } from "./sources.ts";
import { block, dateSchema, text, type ContentType } from "./validate.ts";

/** What every page has, whatever its kind: the fields the translation index reads. */
/** The message of each page field when it is missing. */
export const missingPageFields = {
  title: "missing; every page needs a title",
  key: "missing; give the same key to every translation of this item",
};

export const pageIdentity = {
  title: text(missingPageFields.title),
  key: text(missingPageFields.key),
};

/** A page: every localized file that no other content type claims. */
export const pageType: ContentType = {
  name: "page",
  appliesTo: () => true,
  schema: v.looseObject(
    {
      ...pageIdentity,
      date: v.optional(dateSchema),
      // What a page's facts rest on, where its layout lists them (the Dosta!-Congress Prize page).
      sources: v.optional(sourcesSchema),
      // The glossary page's proper names that contain a term and are never linked (src/glossary/linker.ts).
      names: v.optional(
        v.custom<string[]>(
          (value) => Array.isArray(value) && value.every((name) => typeof name === "string" && hasWord(name)),
          "must be a list of proper names, each with at least one word",
        ),
      ),
    },
    block("must be front matter fields", missingPageFields),
  ),
};
