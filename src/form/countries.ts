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

/** The member states named in one language (an Intl locale such as "fr-FR"), in that language's alphabetical order. */
export function countryOptions(intlLocale: string): CountryOption[] {
  const names = new Intl.DisplayNames([intlLocale], { type: "region", fallback: "code" });
  const collator = new Intl.Collator(intlLocale);
  return COE_MEMBER_STATES.map((code) => ({ code, name: names.of(code) ?? code })).sort((a, b) => collator.compare(a.name, b.name));
}

/** One country's name in one language. */
export function countryName(code: string, intlLocale: string): string {
  return new Intl.DisplayNames([intlLocale], { type: "region", fallback: "code" }).of(code) ?? code;
}
