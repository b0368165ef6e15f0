import slugifyText from "@sindresorhus/slugify";

/**
 * Eleventy's own `slugify` (@sindresorhus/slugify, words kept whole), with two replacements of
 * ours: "œ", which its transliteration drops, becomes "oe"; "&" is left out, not written "and" in
 * a French slug.
 */
const options = {
  decamelize: false,
  customReplacements: [
    ["&", " "],
    ["œ", "oe"],
    ["Œ", "oe"],
  ] as [string, string][],
};

/**
 * A URL slug from a title in any Latin-script language: "L'Alliance à Strasbourg" → "l-alliance-a-strasbourg".
 * At most `maxLength` characters, cut at a hyphen.
 */
export function slugify(title: string, maxLength = 60): string {
  const slug = slugifyText(title, options);
  if (slug.length <= maxLength) return slug;
  const cut = slug.slice(0, maxLength + 1);
  return cut.slice(0, cut.lastIndexOf("-") > 0 ? cut.lastIndexOf("-") : maxLength);
}
