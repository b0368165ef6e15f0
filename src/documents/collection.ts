import { localeOfPath } from "../i18n/locales.ts";
import { type Adopted, newestAdoptedFirst, readAdopted } from "./adopted.ts";
import { KINDS, type Kind } from "./validate.ts";

interface Item {
  inputPath: string;
  data: Record<string, unknown>;
}

/** A front matter date not yet checked (collections are built before the content checks) sorts as not given. */
const adoptedOf = (item: Item): Adopted => readAdopted(item.data.adopted) ?? { precision: "not-given" };

/** The adopted texts of one locale, newest first, undated last, then in file order: the `documents_<locale>` collections. */
export function documentsOfLocale<T extends Item>(items: T[], locale: string, contentDir: string): T[] {
  return items
    .filter((item) => item.data.type === "document" && localeOfPath(item.inputPath, contentDir) === locale)
    .sort((a, b) => newestAdoptedFirst(adoptedOf(a), adoptedOf(b)) || a.inputPath.localeCompare(b.inputPath));
}

/** One page of the listing filtered by kind. */
export interface KindPage {
  kind: Kind;
  /** Its URL segment under the listing, in the locale's words. */
  slug: string;
  /** Its translation key, the same in every locale. */
  key: string;
}

/** The kinds of text a locale has, in the fixed order of KINDS: one filter page each. */
export function kindPages(documents: Item[], slugOf: (kind: Kind) => string): KindPage[] {
  const present = new Set(documents.map((item) => item.data.kind));
  return KINDS.filter((kind) => present.has(kind)).map((kind) => ({ kind, slug: slugOf(kind), key: `documents-${kind}` }));
}
