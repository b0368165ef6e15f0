import settings from "../../_data/cooperation.json" with { type: "json" };
import { ALL_COUNTRIES } from "./countries.ts";
import { CONSENT_FIELD, CONTACT_NAME_FIELD, EMAIL_FIELD, type FormDefinition, LOCALE_FIELD } from "./fields.ts";

/** The areas of work an organisation chooses its main one from (their names are the form's strings). */
export const AREAS = ["education", "housing", "employment", "health", "anti-discrimination-and-rights", "culture-and-remembrance", "other"] as const;

const FIELDS = {
  organisation: { kind: "text", required: true, maxLength: 200, autocomplete: "organization", hint: true, messages: ["required"] },
  country: { kind: "select", required: true, options: ALL_COUNTRIES, optionLabels: "countries", hint: true, messages: ["required", "invalid"] },
  contact_name: CONTACT_NAME_FIELD,
  email: EMAIL_FIELD,
  organisation_url: { kind: "url", required: false, maxLength: 500, autocomplete: "url", hint: true, messages: ["invalid"] },
  area: { kind: "select", required: true, options: AREAS, optionLabels: "strings", hint: false, messages: ["required", "invalid"] },
  proposal: { kind: "textarea", required: true, maxLength: 2000, hint: true, messages: ["required"] },
  consent: CONSENT_FIELD,
  locale: LOCALE_FIELD,
} as const;

/** A non-governmental organisation's proposal of a partnership: /fr/cooperer/, /en/cooperate/, sent to /api/cooperate. */
export const COOPERATION = {
  name: "cooperation",
  action: "/api/cooperate",
  fields: FIELDS,
  titleField: "organisation",
  store: "cooperation",
  pageKeys: { form: "cooperate", thanks: "thank-you-cooperation", privacy: "privacy" },
  settingsFile: "_data/cooperation.json",
  pages: settings.pages,
  layout: "cooperate.njk",
} as const satisfies FormDefinition<keyof typeof FIELDS>;

export type CooperationField = keyof typeof FIELDS;
