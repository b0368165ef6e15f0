import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { COE_MEMBER_STATES, countryName, countryOptions } from "../../src/form/countries.ts";
import { FIELD_NAMES, FIELDS, type FieldName, type FieldSpec } from "../../src/form/fields.ts";
import { validateApplication } from "../../src/form/schema.ts";
import { intlLocale, translate } from "../../src/form/strings.ts";
import { validFields } from "../helpers/applications.ts";

const strings = (locale: string) => JSON.parse(readFileSync(`_data/strings/${locale}/form.json`, "utf8"));
const validate = (input: unknown, locale: "fr" | "en" = "en") => validateApplication(input, translate(locale), intlLocale(locale));
const errorsOf = (input: unknown, locale: "fr" | "en" = "en") => {
  const result = validate(input, locale);
  return result.ok ? {} : result.errors;
};

describe("the application schema", () => {
  it("accepts a complete application and cleans it: trimmed, NFC, line ends as typed, unknown fields dropped", () => {
    const result = validate({ ...validFields("  Ville de Besançon  ".replace("ç", "c\u0327")), extra: "dropped" });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.application.authority).toBe("Ville de Besançon");
    expect(result.application.message).toBe("Bonjour,\nnous souhaitons participer.");
    expect(result.application).not.toHaveProperty("extra");
    expect(result.application).not.toHaveProperty("website");
  });

  it.each(["fr", "en"] as const)("names every missing required field with its own message from the %s strings", (locale) => {
    const own = strings(locale).errors;
    const required = FIELD_NAMES.filter((name) => (FIELDS[name] as FieldSpec).required && name !== "locale");
    expect(errorsOf({ locale }, locale)).toEqual(Object.fromEntries(required.map((name) => [name, own[name].required])));
  });

  it("lets optional fields stay empty or absent", () => {
    const { phone, message, ...rest } = validFields();
    expect(validate(rest).ok).toBe(true);
    expect(validate({ ...rest, phone: "", message: "   " }).ok).toBe(true);
  });

  const limited = FIELD_NAMES.filter((name) => (FIELDS[name] as FieldSpec).maxLength);
  it.each(limited)("%s: accepts its maximum length and refuses one character more", (name) => {
    const max = (FIELDS[name] as FieldSpec).maxLength!;
    const filler =
      name === "email" ? (n: number) => `${"a".repeat(n - 12)}@example.org` : name === "phone" ? (n: number) => "1".repeat(n) : (n: number) => "é".repeat(n);
    expect(validate({ ...validFields(), [name]: filler(max) }).ok).toBe(true);
    expect(errorsOf({ ...validFields(), [name]: filler(max + 1) })[name as FieldName]).toMatch(new RegExp(`${max}|${max.toLocaleString("en-GB")}`));
  });

  it("counts a textarea's line breaks as the browser does (CRLF as one)", () => {
    const lines = "a\r\n".repeat(1000).slice(0, -2); // 1999 characters as typed, 2998 on the wire
    expect(validate({ ...validFields(), message: lines }).ok).toBe(true);
  });

  it.each([
    ["jeanne@example.org", true],
    ["j.d+alliance@mairie-strasbourg.fr", true],
    ["jeanne@localhost", false],
    ["jeanne", false],
    ["@example.org", false],
    ["jeanne@exa mple.org", false],
  ])("email %j → %s", (email, ok) => expect(validate({ ...validFields(), email }).ok).toBe(ok));

  it.each([
    ["+33 1 23 45 67 89", true],
    ["(0)3.88/41-20", true],
    ["", true],
    ["call me", false],
    ["+33 1 23 <b>", false],
  ])("phone %j → %s", (phone, ok) => expect(validate({ ...validFields(), phone }).ok).toBe(ok));

  it("accepts every member state, and nothing else", () => {
    for (const country of COE_MEMBER_STATES) expect(validate({ ...validFields(), country }).ok, country).toBe(true);
    for (const country of ["RU", "BY", "US", "fr", "FRA", "F R"]) expect(errorsOf({ ...validFields(), country }).country, country).toBeDefined();
  });

  it("accepts only the listed types of authority, the consent value yes, and the form locales", () => {
    for (const type of FIELDS.authority_type.options) expect(validate({ ...validFields(), authority_type: type }).ok).toBe(true);
    expect(errorsOf({ ...validFields(), authority_type: "ngo" }).authority_type).toBeDefined();
    expect(errorsOf({ ...validFields(), consent: "on" }).consent).toBeDefined();
    expect(errorsOf({ ...validFields(), locale: "de" }).locale).toBeDefined();
  });

  it("refuses values that are not text (a JSON number, list or object, an uploaded file)", () => {
    const file = new File(["x"], "x.txt");
    for (const value of [42, true, ["a"], { a: 1 }, file]) {
      expect(errorsOf({ ...validFields(), authority: value }).authority).toBe("Name of the local or regional authority: enter text");
    }
  });

  it("refuses invisible control characters, but keeps the message's line breaks", () => {
    for (const bad of ["a\u0000b", "a\u001bb", "a\nb", "a\u202eb", "a\u2066b", "a\u0085b"]) {
      expect(errorsOf({ ...validFields(), contact_name: bad }).contact_name, JSON.stringify(bad)).toBe(
        "Contact person: remove the invisible control characters",
      );
    }
    expect(validate({ ...validFields(), message: "line\nline\ttab" }).ok).toBe(true);
    expect(errorsOf({ ...validFields(), message: "a\u0007b" }).message).toBeDefined();
  });

  it("accepts anything at all as input without throwing", () => {
    for (const input of [null, undefined, 0, "text", [], [validFields()], Object.create(null)]) expect(validate(input).ok).toBe(false);
  });
});

describe("the country list", () => {
  it("has the 46 member states of the Council of Europe, each once", () => {
    expect(COE_MEMBER_STATES).toHaveLength(46);
    expect(new Set(COE_MEMBER_STATES).size).toBe(46);
    expect(COE_MEMBER_STATES).not.toContain("RU");
  });

  it("names them in the page's language, in that language's alphabetical order", () => {
    const fr = countryOptions("fr-FR");
    const en = countryOptions("en-GB");
    expect(fr.find((c) => c.code === "DE")?.name).toBe("Allemagne");
    expect(en.find((c) => c.code === "DE")?.name).toBe("Germany");
    const sorted = (names: string[], locale: string) => [...names].sort(new Intl.Collator(locale).compare);
    expect(fr.map((c) => c.name)).toEqual(
      sorted(
        fr.map((c) => c.name),
        "fr-FR",
      ),
    );
    expect(fr[0].code).toBe("AL"); // Albanie
    expect(en.map((c) => c.code).sort()).toEqual([...COE_MEMBER_STATES].sort());
  });

  // The names of the Council of Europe's own list of its 46 member states, in its two official languages.
  const coeNames = {
    "fr-FR": {
      AD: "Andorre",
      AL: "Albanie",
      AM: "Arménie",
      AT: "Autriche",
      AZ: "Azerbaïdjan",
      BA: "Bosnie-Herzégovine",
      BE: "Belgique",
      BG: "Bulgarie",
      CH: "Suisse",
      CY: "Chypre",
      CZ: "République tchèque",
      DE: "Allemagne",
      DK: "Danemark",
      EE: "Estonie",
      ES: "Espagne",
      FI: "Finlande",
      FR: "France",
      GB: "Royaume-Uni",
      GE: "Géorgie",
      GR: "Grèce",
      HR: "Croatie",
      HU: "Hongrie",
      IE: "Irlande",
      IS: "Islande",
      IT: "Italie",
      LI: "Liechtenstein",
      LT: "Lituanie",
      LU: "Luxembourg",
      LV: "Lettonie",
      MC: "Monaco",
      MD: "République de Moldova",
      ME: "Monténégro",
      MK: "Macédoine du Nord",
      MT: "Malte",
      NL: "Pays-Bas",
      NO: "Norvège",
      PL: "Pologne",
      PT: "Portugal",
      RO: "Roumanie",
      RS: "Serbie",
      SE: "Suède",
      SI: "Slovénie",
      SK: "République slovaque",
      SM: "Saint-Marin",
      TR: "Türkiye",
      UA: "Ukraine",
    },
    "en-GB": {
      AD: "Andorra",
      AL: "Albania",
      AM: "Armenia",
      AT: "Austria",
      AZ: "Azerbaijan",
      BA: "Bosnia and Herzegovina",
      BE: "Belgium",
      BG: "Bulgaria",
      CH: "Switzerland",
      CY: "Cyprus",
      CZ: "Czech Republic",
      DE: "Germany",
      DK: "Denmark",
      EE: "Estonia",
      ES: "Spain",
      FI: "Finland",
      FR: "France",
      GB: "United Kingdom",
      GE: "Georgia",
      GR: "Greece",
      HR: "Croatia",
      HU: "Hungary",
      IE: "Ireland",
      IS: "Iceland",
      IT: "Italy",
      LI: "Liechtenstein",
      LT: "Lithuania",
      LU: "Luxembourg",
      LV: "Latvia",
      MC: "Monaco",
      MD: "Republic of Moldova",
      ME: "Montenegro",
      MK: "North Macedonia",
      MT: "Malta",
      NL: "Netherlands",
      NO: "Norway",
      PL: "Poland",
      PT: "Portugal",
      RO: "Romania",
      RS: "Serbia",
      SE: "Sweden",
      SI: "Slovenia",
      SK: "Slovak Republic",
      SM: "San Marino",
      TR: "Türkiye",
      UA: "Ukraine",
    },
  };

  it.each(Object.entries(coeNames))("names every member state as the Council of Europe does, in %s", (intl, names) => {
    expect(Object.keys(names).sort()).toEqual([...COE_MEMBER_STATES].sort());
    expect(Object.fromEntries(countryOptions(intl).map((c) => [c.code, c.name]))).toEqual(names);
    for (const code of COE_MEMBER_STATES) expect(countryName(code, intl), code).toBe(names[code]);
  });
});
