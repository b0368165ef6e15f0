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

export interface CountryOption {
  code: string;
  name: string;
}

/**
 * Where the Council of Europe names a member state otherwise than Intl (CLDR) does, by language:
 * its list of member states writes "Czech Republic", not "Czechia"; "Bosnia and Herzegovina", not "&".
 */
const COE_NAMES: Record<string, Partial<Record<CountryCode, string>>> = {
  fr: { CZ: "République tchèque", MD: "République de Moldova", SK: "République slovaque", TR: "Türkiye" },
  en: { BA: "Bosnia and Herzegovina", CZ: "Czech Republic", MD: "Republic of Moldova", SK: "Slovak Republic", TR: "Türkiye" },
};

/** Names the member states in one language (an Intl locale such as "fr-FR"): Intl, with the Council of Europe's overrides. */
function namer(intlLocale: string): (code: string) => string {
  const names = new Intl.DisplayNames([intlLocale], { type: "region", fallback: "code" });
  const overrides = COE_NAMES[new Intl.Locale(intlLocale).language] ?? {};
  return (code) => overrides[code as CountryCode] ?? names.of(code) ?? code;
}

/** The member states named in one language, in that language's alphabetical order. */
export function countryOptions(intlLocale: string): CountryOption[] {
  const name = namer(intlLocale);
  const collator = new Intl.Collator(intlLocale);
  return COE_MEMBER_STATES.map((code) => ({ code, name: name(code) })).sort((a, b) => collator.compare(a.name, b.name));
}

/** One country's name in one language. */
export function countryName(code: string, intlLocale: string): string {
  return namer(intlLocale)(code);
}

/** Codes of ISO 3166-1's user-assigned ranges and exceptional reservations (EU, UN…), which name no country. */
const NOT_A_COUNTRY = /^(?:AA|Q[M-Z]|X[A-Z]|ZZ|EU|EZ|UN)$/;
const regionNames = new Intl.DisplayNames(["en"], { type: "region", fallback: "none" });

/** Whether a value is an ISO 3166-1 alpha-2 code of a country (any country, not only a member state), in capitals. */
export function isCountryCode(value: unknown): value is string {
  return typeof value === "string" && /^[A-Z]{2}$/.test(value) && !NOT_A_COUNTRY.test(value) && regionNames.of(value) !== undefined;
}
