import type { Translator } from "./strings.ts";

/** What a paginated listing's computed title reads of its page's data. */
export interface PaginatedTitleData {
  title: string;
  locale: string;
  pagination: { pageNumber: number; pages: unknown[] };
}

/**
 * A paginated listing's title: its own on the first page, with the page's number on the later ones
 * ("Actualités – page 2 sur 3"), which their heading shows too.
 */
export function paginatedTitle({ title, locale, pagination }: PaginatedTitleData, translator: Translator): string {
  if (pagination.pageNumber === 0) return title;
  return `${title} – ${translator.t("pagination.current", locale, { n: pagination.pageNumber + 1, total: pagination.pages.length })}`;
}
