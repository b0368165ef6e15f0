import * as v from "valibot";
import { block, dateSchema, text, type ContentType } from "./validate.ts";

/** What every page has, whatever its kind: the fields the translation index reads. */
export const pageIdentity = {
  title: text("missing; every page needs a title"),
  key: text("missing; give the same key to every translation of this item"),
};

/** The message of each page field when it is missing. */
export const missingPageFields = {
  title: "missing; every page needs a title",
  key: "missing; give the same key to every translation of this item",
};

/** A page: every localized file that no other content type claims. */
export const pageType: ContentType = {
  name: "page",
  appliesTo: () => true,
  schema: v.looseObject({ ...pageIdentity, date: v.optional(dateSchema) }, block("must be front matter fields", missingPageFields)),
};
