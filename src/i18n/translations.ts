/** One rendered item as the translation index knows it. */
export interface IndexedItem {
  key: string;
  locale: string;
  url: string;
  title: string;
  inputPath: string;
}

/**
 * Maps each translation `key` to its version in every locale. Language switcher, hreflang links,
 * navigation and sitemap alternates all read from this one index.
 */
export class TranslationIndex {
  private byKey = new Map<string, Map<string, IndexedItem>>();

  rebuild(items: IndexedItem[]): void {
    const byKey = new Map<string, Map<string, IndexedItem>>();
    for (const item of items) {
      let versions = byKey.get(item.key);
      if (!versions) {
        versions = new Map();
        byKey.set(item.key, versions);
      }
      versions.set(item.locale, item);
    }
    this.byKey = byKey;
  }

  /** The item with this key in this locale, if it has been written. */
  find(key: string, locale: string): IndexedItem | undefined {
    return this.byKey.get(key)?.get(locale);
  }

  /** URL of the item with this key in this locale; an unknown key is a template bug, so it throws. */
  url(key: string, locale: string): string {
    const item = this.find(key, locale);
    if (!item) throw new Error(`No page with key "${key}" in locale "${locale}"`);
    return item.url;
  }

  /**
   * The item in this locale or, while it is not translated yet, in the fallback locale: navigation
   * then leads to a page that exists rather than to none. An unknown key still throws.
   */
  findOrFallback(key: string, locale: string, fallbackLocale: string): IndexedItem {
    const item = this.find(key, locale) ?? this.find(key, fallbackLocale);
    if (!item) throw new Error(`No page with key "${key}" in locale "${locale}" nor in "${fallbackLocale}"`);
    return item;
  }

  /** Every existing version of the item, in the order of `localeCodes`. */
  versions(key: string, localeCodes: string[]): IndexedItem[] {
    const versions = this.byKey.get(key);
    if (!versions) return [];
    return localeCodes.flatMap((code) => versions.get(code) ?? []);
  }
}
