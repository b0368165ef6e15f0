import type { Config } from "@netlify/functions";
import fc from "fast-check";
import cooperate, { config as cooperateConfig } from "../../src/functions/cooperate.ts";
import participate, { config as participateConfig } from "../../src/functions/participate.ts";
import { AREAS, COOPERATION } from "../../src/form/cooperation.ts";
import { ALL_COUNTRIES, COE_MEMBER_STATES } from "../../src/form/countries.ts";
import type { FormDefinition } from "../../src/form/fields.ts";
import type { FormHandler } from "../../src/form/handler.ts";
import { PARTICIPATION } from "../../src/form/participation.ts";
import { DAY_MS } from "../../src/storage/keys.ts";
import { privacy } from "../../src/storage/privacy-settings.ts";
import type { SubmissionRecord } from "../../src/storage/submission-store.ts";
import { storedApplication, validFields } from "./applications.ts";

/**
 * What the tests that every form must pass need to know of one form: its definition, its function as
 * Netlify runs it, a valid submission, and a few wrong ones with the messages a person would read.
 */
export interface FormCase {
  form: FormDefinition;
  handler: FormHandler;
  config: Config;
  /** A complete, valid submission as a browser sends it, named by its title field (random when not given). */
  valid(title?: string): Record<string, string>;
  /** The stored fields of valid(), as the schema cleans them (line ends as typed). */
  cleaned(fields: Record<string, string>): Record<string, string>;
  /** The fields of a stored record (no locale, no honeypot), named by its title field. */
  storedFields(title: string): Record<string, string>;
  /** The CSV's first line. */
  csvHeader: string;
  /** Wrong values for a French 422 page, and the links it must show: [field, message]. */
  invalidFr: { fields: Record<string, string>; errors: [string, string][] };
  /** Wrong values for an English JSON 422, and the errors it must carry. */
  invalidEn: { fields: Record<string, string>; errors: Record<string, string> };
  /** Valid submissions of any content, for the property test. */
  arbitrary(text: (max: number) => fc.Arbitrary<string>): fc.Arbitrary<Record<string, string>>;
  /** What the secretariat's email says of valid() sent in English: its subject, and lines that name its choices as people read them. */
  emailEn: { subject: (title: string) => string; lines: string[] };
  /** How a person fills the form in a browser: control id → value (a "check" for radios and checkboxes). */
  browserFill(title: string, email: string): [id: string, value: string][];
}

const unique = (label: string) => `${label} ${Math.random().toString(36).slice(2)}`;
const EMAILS = ["a@example.org", "jeanne.dupont@mairie.example.fr", "x+y@sub.example.eu"];

export const PARTICIPATION_CASE: FormCase = {
  form: PARTICIPATION,
  handler: participate,
  config: participateConfig,
  valid: (title) => validFields(title ?? unique("Ville de Strasbourg")),
  cleaned: (fields) => ({ ...fields, message: fields.message.replace(/\r\n/g, "\n") }),
  storedFields: (title) => storedApplication(title, 0).fields,
  csvHeader: "id,received_at,locale,authority,authority_type,country,contact_name,position,email,phone,message,consent,privacy_notice_version,client_hash",
  invalidFr: {
    fields: { email: "jeanne@", consent: "", country: "RU" },
    errors: [
      ["country", "Choisissez dans la liste un État membre du Conseil de l’Europe"],
      ["email", "Indiquez une adresse électronique au bon format, par exemple nom@exemple.org"],
      ["consent", "Cochez la case pour accepter la notice de confidentialité"],
    ],
  },
  invalidEn: {
    fields: { authority: "", authority_type: "city" },
    errors: { authority: "Enter the name of the authority", authority_type: "Choose one of the types of authority listed" },
  },
  arbitrary: (text) =>
    fc.record({
      authority: text(60),
      authority_type: fc.constantFrom(...PARTICIPATION.fields.authority_type.options),
      country: fc.constantFrom(...COE_MEMBER_STATES),
      contact_name: text(60),
      position: text(60),
      email: fc.constantFrom(...EMAILS),
      consent: fc.constant("yes"),
      locale: fc.constantFrom("fr", "en"),
    }),
  emailEn: {
    subject: (title) => `Application to join the Alliance: ${title}`,
    lines: ["Country: France (FR)", "Type of authority: Municipality: city, town or village"],
  },
  browserFill: (title, email) => [
    ["#f-authority", title],
    ["#f-authority_type-region", "check"],
    ["#f-country", "RO"],
    ["#f-contact_name", "Ioana Popescu"],
    ["#f-position", "Councillor"],
    ["#f-email", email],
    ["#f-phone", "+40 21 123 45 67"],
    ["#f-message", "Line one\nLine two"],
    ["#f-consent", "check"],
  ],
};

export const COOPERATION_CASE: FormCase = {
  form: COOPERATION,
  handler: cooperate,
  config: cooperateConfig,
  valid: (title) => ({
    organisation: title ?? unique("Association Romani Baxt"),
    country: "XK",
    contact_name: "Jeanne Dupont",
    email: "jeanne.dupont@example.org",
    organisation_url: "https://www.example.org/about",
    area: "education",
    proposal: "Bonjour,\r\nnous proposons des ateliers de médiation scolaire.",
    consent: "yes",
    locale: "fr",
    website: "",
  }),
  cleaned: (fields) => ({ ...fields, proposal: fields.proposal.replace(/\r\n/g, "\n") }),
  storedFields: (organisation) => ({
    organisation,
    country: "RS",
    contact_name: "Ana García",
    email: "ana@example.org",
    organisation_url: "",
    area: "housing",
    proposal: "A proposal.",
    consent: "yes",
  }),
  csvHeader: "id,received_at,locale,organisation,country,contact_name,email,organisation_url,area,proposal,consent,privacy_notice_version,client_hash",
  invalidFr: {
    fields: { country: "ZZ", organisation_url: "ftp://example.org", consent: "" },
    errors: [
      ["country", "Choisissez un pays dans la liste"],
      ["organisation_url", "Indiquez une adresse web commençant par https:// ou http://, par exemple https://www.exemple.org"],
      ["consent", "Cochez la case pour accepter la notice de confidentialité"],
    ],
  },
  invalidEn: {
    fields: { organisation: "", area: "sport" },
    errors: { organisation: "Enter the name of the organisation", area: "Choose one of the areas of work listed" },
  },
  arbitrary: (text) =>
    fc.record({
      organisation: text(60),
      country: fc.constantFrom(...ALL_COUNTRIES),
      contact_name: text(60),
      email: fc.constantFrom(...EMAILS),
      organisation_url: fc.oneof(fc.constant(""), fc.webUrl({ validSchemes: ["https", "http"] })),
      area: fc.constantFrom(...AREAS),
      proposal: text(200),
      consent: fc.constant("yes"),
      locale: fc.constantFrom("fr", "en"),
    }),
  emailEn: {
    subject: (title) => `Partnership proposal from an NGO: ${title}`,
    lines: ["Country: Kosovo (XK)", "Main area of work: Education", "Website of the organisation: https://www.example.org/about"],
  },
  browserFill: (title, email) => [
    ["#f-organisation", title],
    ["#f-country", "MD"],
    ["#f-contact_name", "Ioana Popescu"],
    ["#f-email", email],
    ["#f-organisation_url", "https://www.example.md/"],
    ["#f-area", "health"],
    ["#f-proposal", "Line one\nLine two"],
    ["#f-consent", "check"],
  ],
};

/** Every form the site has, each with its test data: the tests for a form's guarantees run over all of them. */
export const FORM_CASES: readonly FormCase[] = [PARTICIPATION_CASE, COOPERATION_CASE];

/** The name a stored record carries in its form's title field. */
export function titleOf(form: FormDefinition, record: { fields: object }): string {
  return (record.fields as Record<string, string>)[form.titleField];
}

/** A record of this form as its store keeps it, received `daysAgo` days before now, with a client hash. */
export function storedRecord({ storedFields }: FormCase, title: string, daysAgo: number, fields: Record<string, string> = {}): Omit<SubmissionRecord, "id"> {
  return {
    receivedAt: new Date(Date.now() - daysAgo * DAY_MS).toISOString(),
    locale: "en",
    fields: { email: "ana@example.org", ...storedFields(title), ...fields },
    clientHash: "0".repeat(32),
    privacyNoticeVersion: privacy.noticeVersion,
  };
}
