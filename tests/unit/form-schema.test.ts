import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { AREAS, COOPERATION } from "../../src/form/cooperation.ts";
import { ALL_COUNTRIES, COE_MEMBER_STATES, countryName, countryOptions } from "../../src/form/countries.ts";
import { type FormDefinition, fieldNames, fieldSpec } from "../../src/form/fields.ts";
import { PARTICIPATION } from "../../src/form/participation.ts";
import { validateSubmission } from "../../src/form/schema.ts";
import { intlLocale, translate } from "../../src/form/strings.ts";
import { typesetStrings } from "../../src/typography/typeset.ts";
import { COOPERATION_CASE, FORM_CASES, PARTICIPATION_CASE } from "../helpers/form-cases.ts";

/** Each form's own strings, as people read them: typeset, like every UI string. */
type OwnStrings = { errors: Record<string, Record<string, string>>; fields: Record<string, { label: string }> };
const strings = (locale: string) =>
  typesetStrings(JSON.parse(readFileSync(`_data/strings/${locale}/form.json`, "utf8")), locale) as unknown as Record<string, OwnStrings>;
const validator = (form: FormDefinition) => {
  const validate = (input: unknown, locale: "fr" | "en" = "en") => validateSubmission(form, input, translate(locale), intlLocale(locale));
  const errorsOf = (input: unknown, locale: "fr" | "en" = "en") => {
    const result = validate(input, locale);
    return result.ok ? {} : result.errors;
  };
  return { validate, errorsOf };
};

describe.each(FORM_CASES)("the $form.name form's schema", ({ form, valid: validFields }) => {
  const { validate, errorsOf } = validator(form);
  const title = form.titleField;
  const names = fieldNames(form);
  const textarea = names.find((name) => fieldSpec(form, name).kind === "textarea")!;
  const optional = names.filter((name) => !fieldSpec(form, name).required);

  it("accepts a complete submission and cleans it: trimmed, NFC, line ends as typed, unknown fields dropped", () => {
    const result = validate({ ...validFields("  Ville de Besançon  ".replace("ç", "c\u0327")), [textarea]: "Bonjour,\r\nune ligne.", extra: "dropped" });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.submission[title]).toBe("Ville de Besançon");
    expect(result.submission[textarea]).toBe("Bonjour,\nune ligne.");
    expect(result.submission).not.toHaveProperty("extra");
    expect(result.submission).not.toHaveProperty("website");
  });

  it.each(["fr", "en"] as const)("names every missing required field with its own message from the %s strings", (locale) => {
    const own = strings(locale)[form.name].errors;
    const required = names.filter((name) => fieldSpec(form, name).required && name !== "locale");
    expect(errorsOf({ locale }, locale)).toEqual(Object.fromEntries(required.map((name) => [name, own[name].required])));
  });

  it("lets optional fields stay empty or absent", () => {
    expect(optional.length).toBeGreaterThan(0);
    const rest = Object.fromEntries(Object.entries(validFields()).filter(([name]) => !optional.includes(name)));
    expect(validate(rest).ok).toBe(true);
    expect(validate({ ...rest, ...Object.fromEntries(optional.map((name) => [name, "   "])) }).ok).toBe(true);
  });

  const limited = names.filter((name) => fieldSpec(form, name).maxLength);
  it.each(limited)("%s: accepts its maximum length and refuses one character more", (name) => {
    const spec = fieldSpec(form, name);
    const max = spec.maxLength!;
    const filler =
      spec.kind === "email"
        ? (n: number) => `${"a".repeat(n - 12)}@example.org`
        : spec.kind === "tel"
          ? (n: number) => "1".repeat(n)
          : spec.kind === "url"
            ? (n: number) => `https://example.org/${"é".repeat(n - 20)}`
            : (n: number) => "é".repeat(n);
    expect(validate({ ...validFields(), [name]: filler(max) }).ok).toBe(true);
    expect(errorsOf({ ...validFields(), [name]: filler(max + 1) })[name]).toMatch(new RegExp(`${max}|${max.toLocaleString("en-GB")}`));
  });

  it("counts a textarea's line breaks as the browser does (CRLF as one)", () => {
    const lines = "a\r\n".repeat(1000).slice(0, -2); // 1999 characters as typed, 2998 on the wire
    expect(validate({ ...validFields(), [textarea]: lines }).ok).toBe(true);
  });

  it.each([
    ["jeanne@example.org", true],
    ["j.d+alliance@mairie-strasbourg.fr", true],
    ["jeanne@localhost", false],
    ["jeanne", false],
    ["@example.org", false],
    ["jeanne@exa mple.org", false],
  ])("email %j → %s", (email, ok) => expect(validate({ ...validFields(), email }).ok).toBe(ok));

  it("accepts only the consent value yes and the form locales", () => {
    expect(errorsOf({ ...validFields(), consent: "on" }).consent).toBeDefined();
    expect(errorsOf({ ...validFields(), locale: "de" }).locale).toBeDefined();
  });

  it("refuses values that are not text (a JSON number, list or object, an uploaded file)", () => {
    const file = new File(["x"], "x.txt");
    const label = strings("en")[form.name].fields[title].label;
    for (const value of [42, true, ["a"], { a: 1 }, file]) {
      expect(errorsOf({ ...validFields(), [title]: value })[title]).toBe(`${label}: enter text`);
    }
  });

  it("refuses invisible control characters, but keeps a text area's line breaks", () => {
    for (const bad of ["a\u0000b", "a\u001bb", "a\nb", "a\u202eb", "a\u2066b", "a\u0085b"]) {
      expect(errorsOf({ ...validFields(), contact_name: bad }).contact_name, JSON.stringify(bad)).toBe(
        "Contact person: remove the invisible control characters",
      );
    }
    expect(validate({ ...validFields(), [textarea]: "line\nline\ttab" }).ok).toBe(true);
    expect(errorsOf({ ...validFields(), [textarea]: "a\u0007b" })[textarea]).toBeDefined();
  });

  it("accepts anything at all as input without throwing", () => {
    for (const input of [null, undefined, 0, "text", [], [validFields()], Object.create(null)]) expect(validate(input).ok).toBe(false);
  });
});

describe("the participation form's own rules", () => {
  const { validate, errorsOf } = validator(PARTICIPATION);
  const validFields = PARTICIPATION_CASE.valid;

  it.each([
    ["+33 1 23 45 67 89", true],
    ["(0)3.88/41-20", true],
    ["", true],
    ["call me", false],
    ["+33 1 23 <b>", false],
  ])("phone %j → %s", (phone, ok) => expect(validate({ ...validFields(), phone }).ok).toBe(ok));

  it("accepts every member state, and nothing else", () => {
    for (const country of COE_MEMBER_STATES) expect(validate({ ...validFields(), country }).ok, country).toBe(true);
    for (const country of ["RU", "BY", "US", "XK", "fr", "FRA", "F R"]) expect(errorsOf({ ...validFields(), country }).country, country).toBeDefined();
  });

  it("accepts only the listed types of authority", () => {
    for (const type of PARTICIPATION.fields.authority_type.options) expect(validate({ ...validFields(), authority_type: type }).ok).toBe(true);
    expect(errorsOf({ ...validFields(), authority_type: "ngo" }).authority_type).toBeDefined();
  });
});

describe("the cooperation form's own rules", () => {
  const { validate, errorsOf } = validator(COOPERATION);
  const validFields = COOPERATION_CASE.valid;

  it("accepts any country of ISO 3166-1, Kosovo included, and nothing else", () => {
    for (const country of ALL_COUNTRIES) expect(validate({ ...validFields(), country }).ok, country).toBe(true);
    for (const country of ["RU", "BY", "US", "XK", "JP", "BR"]) expect(ALL_COUNTRIES, country).toContain(country);
    for (const country of ["ZZ", "EU", "UN", "QO", "xk", "FRA", "F R", ""]) expect(errorsOf({ ...validFields(), country }).country, country).toBeDefined();
  });

  it("accepts only the listed areas of work", () => {
    for (const area of AREAS) expect(validate({ ...validFields(), area }).ok, area).toBe(true);
    for (const area of ["sport", "Education", ""]) expect(errorsOf({ ...validFields(), area }).area, area).toBeDefined();
  });

  it.each([
    ["https://www.example.org/", true],
    ["http://example.org/about?lang=fr#team", true],
    ["HTTPS://EXAMPLE.ORG", true],
    ["https://romani-baxt.example/déjà", true],
    ["", true],
    ["www.example.org", false],
    ["example.org", false],
    ["ftp://example.org", false],
    ["javascript:alert(1)", false],
    ["data:text/html,<b>x</b>", false],
    ["mailto:ngo@example.org", false],
    ["https://", false],
    ["https://exa mple.org", false],
    ["http://[::1", false],
  ])("website %j → %s", (organisation_url, ok) => expect(validate({ ...validFields(), organisation_url }).ok).toBe(ok));
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

describe("the list of every country", () => {
  it("has every ISO 3166-1 alpha-2 code once, and Kosovo, named by Intl with the Council of Europe's usage", () => {
    expect(new Set(ALL_COUNTRIES).size).toBe(ALL_COUNTRIES.length);
    expect(ALL_COUNTRIES.length).toBeGreaterThanOrEqual(249);
    for (const code of ALL_COUNTRIES) expect(code).toMatch(/^[A-Z]{2}$/);
    for (const code of COE_MEMBER_STATES) expect(ALL_COUNTRIES).toContain(code);
    for (const [intl, names] of [
      ["fr-FR", { XK: "Kosovo", CZ: "République tchèque", TT: "Trinité-et-Tobago" }],
      ["en-GB", { XK: "Kosovo", CZ: "Czech Republic", TT: "Trinidad and Tobago", AG: "Antigua and Barbuda" }],
    ] as const) {
      const options = Object.fromEntries(countryOptions(intl, ALL_COUNTRIES).map((c) => [c.code, c.name]));
      expect(options).toMatchObject(names);
      // Every country has a name of its own, not its code.
      for (const code of ALL_COUNTRIES) expect(options[code], code).not.toBe(code);
    }
  });
});
