import isoCodes from "i18n-iso-countries/codes.json" with { type: "json" };

/**
 * The 46 member states of the Council of Europe (ISO 3166-1 alpha-2), the countries an
 * applying authority can belong to. Names are never stored here: they come from Intl in the
 * page's language.
 */
export const COE_MEMBER_STATES = [
  "AD",
  "AL",
  "AM",
  "AT",
  "AZ",
  "BA",
  "BE",
  "BG",
  "CH",
  "CY",
  "CZ",
  "DE",
  "DK",
  "EE",
  "ES",
  "FI",
  "FR",
  "GB",
  "GE",
  "GR",
  "HR",
  "HU",
  "IE",
  "IS",
  "IT",
  "LI",
  "LT",
  "LU",
  "LV",
  "MC",
  "MD",
  "ME",
  "MK",
  "MT",
  "NL",
  "NO",
  "PL",
  "PT",
  "RO",
  "RS",
  "SE",
  "SI",
  "SK",
  "SM",
  "TR",
  "UA",
] as const;

export type CountryCode = (typeof COE_MEMBER_STATES)[number];

/**
 * Every country an organisation can be based in: the ISO 3166-1 alpha-2 codes as i18n-iso-countries
 * keeps them (its table follows the ISO 3166 Maintenance Agency), which include XK, the code the
 * European Union and the Council of Europe use for Kosovo (the site adds the Council of Europe's note
 * wherever Kosovo is named).
 */
export const ALL_COUNTRIES: readonly string[] = (isoCodes as string[][]).map(([alpha2]) => alpha2).sort();

export interface CountryOption {
  code: string;
  name: string;
}

/**
 * Where the Council of Europe names a member state otherwise than Intl (CLDR) does, by language:
 * its list of member states writes "Czech Republic", not "Czechia"; "Bosnia and Herzegovina", not "&".
 */
const COE_NAMES: Record<string, Record<string, string>> = {
  fr: { CZ: "République tchèque", MD: "République de Moldova", SK: "République slovaque", TR: "Türkiye" },
  en: { BA: "Bosnia and Herzegovina", CZ: "Czech Republic", MD: "Republic of Moldova", SK: "Slovak Republic", TR: "Türkiye" },
};

/** Names the member states in one language (an Intl locale such as "fr-FR"): Intl, with the Council of Europe's overrides. */
function namer(intlLocale: string): (code: string) => string {
  const names = new Intl.DisplayNames([intlLocale], { type: "region", fallback: "code" });
  const language = new Intl.Locale(intlLocale).language;
  const overrides = COE_NAMES[language] ?? {};
  // CLDR's English short names join with "&" ("Trinidad & Tobago"); the Council of Europe writes "and".
  const written = language === "en" ? (name: string) => name.replaceAll(" & ", " and ") : (name: string) => name;
  return (code) => overrides[code] ?? written(names.of(code) ?? code);
}

/** Countries (the member states unless told) named in one language, in that language's alphabetical order. */
export function countryOptions(intlLocale: string, codes: readonly string[] = COE_MEMBER_STATES): CountryOption[] {
  const name = namer(intlLocale);
  const collator = new Intl.Collator(intlLocale);
  return codes.map((code) => ({ code, name: name(code) })).sort((a, b) => collator.compare(a.name, b.name));
}

/** One country's name in one language. */
export function countryName(code: string, intlLocale: string): string {
  return namer(intlLocale)(code);
}

/** Whether a value is an ISO 3166-1 alpha-2 code of a country (any country, not only a member state), in capitals. */
export function isCountryCode(value: unknown): value is string {
  return typeof value === "string" && ALL_COUNTRIES.includes(value);
}
