import { toDateTime } from "../i18n/dates.ts";

/** What validation needs to know of one content file. */
export interface ContentItem {
  inputPath: string;
  url: string | false;
  locale: string | undefined;
  data: Record<string, unknown>;
}

/** A content problem, always naming the file (and the line when there is one) and the field so an editor can fix it. */
export class ContentError extends Error {
  readonly file: string;
  readonly field: string;
  readonly line?: number;

  constructor(file: string, field: string, problem: string, line?: number) {
    super(`${file}${line ? `:${line}` : ""}: ${field}: ${problem}`);
    this.name = "ContentError";
    this.file = file;
    this.field = field;
    this.line = line;
  }
}

/**
 * Checks every localized content item; throws on the first problem found so the build
 * stops with one clear message.
 */
export function validateContent(items: ContentItem[], localeCodes: string[]): void {
  const seenKeys = new Map<string, string>();
  const seenUrls = new Map<string, string>();
  for (const item of items) {
    const { inputPath: file, data } = item;
    if (item.locale === undefined || !localeCodes.includes(item.locale)) {
      throw new ContentError(
        file,
        "locale",
        `folder "${item.locale ?? ""}" is not a configured locale (${localeCodes.join(", ")}); add it to _data/locales.json or move the file`,
      );
    }
    if (typeof data.title !== "string" || data.title.trim() === "") {
      throw new ContentError(file, "title", "missing; every page needs a title");
    }
    if (typeof data.key !== "string" || data.key.trim() === "") {
      throw new ContentError(file, "key", "missing; give the same key to every translation of this item");
    }
    if (data.date !== undefined && !isValidDate(data.date)) {
      throw new ContentError(file, "date", `"${String(data.date)}" is not a date; write it as YYYY-MM-DD`);
    }
    const keyId = `${item.locale}:${data.key}`;
    const otherWithKey = seenKeys.get(keyId);
    if (otherWithKey) {
      throw new ContentError(file, "key", `"${data.key}" is already used by ${otherWithKey} in locale "${item.locale}"`);
    }
    seenKeys.set(keyId, file);
    if (item.url) {
      const otherWithUrl = seenUrls.get(item.url);
      if (otherWithUrl) throw new ContentError(file, "permalink", `URL ${item.url} is already produced by ${otherWithUrl}`);
      seenUrls.set(item.url, file);
    }
  }
}

export function isValidDate(value: unknown): boolean {
  if (!(value instanceof Date) && typeof value !== "string") return false;
  try {
    toDateTime(value);
    return true;
  } catch {
    return false;
  }
}
