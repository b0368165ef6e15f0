import { ContentError } from "../content/content-error.ts";
import { OLD_SITE_KEY, type OldAddressTable, rowLine } from "./old-addresses.ts";
import type { PageUrls } from "./page-urls.ts";

/** One permanent redirect of an old address, as netlify.toml writes it. */
export interface OldAddressRule {
  from: string;
  to: string;
  /** What the old page was about (a comment above the rule). */
  subject: string;
}

/**
 * Every old address of the table, in each of the old site's locales, then that locale's catch-all. An old page's id is
 * followed by a slug in whichever language the page was first written (facts.md: the English site has
 * French slugs), so only "/{lang}/page/{id}-" is matched and the splat takes the rest; the id alone
 * ("/en/page/157", as facts.md and this site's source links cite old pages) is matched too. The first
 * rule that matches wins on Netlify, so the catch-all "/{lang}/page/*" comes after every id of its locale.
 */
export function oldAddressRules({ locales, pages }: OldAddressTable, urlOf: (key: string, locale: string) => string): OldAddressRule[] {
  const byId = [...pages].sort((a, b) => a.id - b.id);
  return locales.flatMap((locale) => [
    ...byId.flatMap((entry) => {
      const to = urlOf(entry.key, locale);
      const subject = `page ${entry.id}: ${entry.subject}`;
      return [
        { from: `/${locale}/page/${entry.id}`, to, subject },
        { from: `/${locale}/page/${entry.id}-*`, to, subject },
      ];
    }),
    { from: `/${locale}/page/*`, to: urlOf(OLD_SITE_KEY, locale), subject: "any other page of the old site" },
  ]);
}

/**
 * The rules, with each key's URL taken from a build's page URLs. Every key that has no page in some
 * locale is named, in one message, at the line of the table's first row with that key.
 */
export function resolveOldAddressRules(table: OldAddressTable, urls: PageUrls, source: { file: string; text: string }): OldAddressRule[] {
  const missing = new Map<string, string[]>();
  const rules = oldAddressRules(table, (key, locale) => {
    const url = urls[key]?.[locale];
    if (!url && !missing.get(key)?.includes(locale)) missing.set(key, [...(missing.get(key) ?? []), locale]);
    return url ?? "";
  });
  if (!missing.size) return rules;
  const rowOf = (key: string) => table.pages.findIndex((entry) => entry.key === key);
  const problems = [...missing.entries()]
    .sort(([a], [b]) => rowOf(a) - rowOf(b))
    .map(([key, where]) => {
      const index = rowOf(key);
      const field = index === -1 ? `(the "${OLD_SITE_KEY}" page)` : `pages[${index}].key`;
      const line = index === -1 ? undefined : rowLine(source.text, index);
      return new ContentError(source.file, field, `no page has the key "${key}" in ${where.join(", ")} in the last build`, line).message;
    });
  throw new Error(problems.join("\n"));
}

export const BLOCK_START = "# BEGIN old addresses: written by `npm run redirects` from _data/old-addresses.json. Do not edit by hand.";
export const BLOCK_END = "# END old addresses";

/** The rules as netlify.toml's [[redirects]] between the two marker lines. */
export function renderOldAddressBlock(rules: OldAddressRule[]): string {
  const body = rules.map(
    (rule) =>
      `# ${rule.subject.replace(/\s+/g, " ")}\n[[redirects]]\n  from = ${JSON.stringify(rule.from)}\n  to = ${JSON.stringify(rule.to)}\n  status = 301\n`,
  );
  return `${BLOCK_START}\n${body.join("\n")}${BLOCK_END}`;
}

/** The block as netlify.toml has it now, markers included; an error when the markers are missing or out of order. */
export function currentOldAddressBlock(toml: string, file = "netlify.toml"): string {
  const start = toml.indexOf(BLOCK_START);
  const end = toml.indexOf(BLOCK_END);
  if (start === -1 || end === -1 || end < start) {
    throw new Error(`${file}: the old addresses' block is missing: put the lines "${BLOCK_START}" and "${BLOCK_END}" before the "page not found" rules`);
  }
  return toml.slice(start, end + BLOCK_END.length);
}

/** netlify.toml with its old addresses' block replaced by this one. */
export function replaceOldAddressBlock(toml: string, block: string, file = "netlify.toml"): string {
  const current = currentOldAddressBlock(toml, file);
  return toml.replace(current, () => block);
}
