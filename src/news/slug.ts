/**
 * A URL slug from a title in any Latin-script language: "L'Alliance à Strasbourg" → "l-alliance-a-strasbourg".
 * Accents are dropped, not transliterated beyond that; the result is at most `maxLength` characters, cut at a hyphen.
 */
export function slugify(title: string, maxLength = 60): string {
  const slug = title
    .toLowerCase()
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/œ/g, "oe")
    .replace(/æ/g, "ae")
    .replace(/ß/g, "ss")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
  if (slug.length <= maxLength) return slug;
  const cut = slug.slice(0, maxLength + 1);
  return cut.slice(0, cut.lastIndexOf("-") > 0 ? cut.lastIndexOf("-") : maxLength);
}
