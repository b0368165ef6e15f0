import settings from "../../_data/participation.json" with { type: "json" };
import { COE_MEMBER_STATES } from "./countries.ts";
import { CONSENT_FIELD, CONTACT_NAME_FIELD, EMAIL_FIELD, type FormDefinition, LOCALE_FIELD } from "./fields.ts";

/**
 * Digits, spaces and + ( ) . / -, written so that it means the same as an HTML `pattern`
 * (compiled with the `v` flag by browsers) and on the server.
 */
const PHONE_PATTERN = String.raw`[\d+\(\) .\/\-]*`;

const FIELDS = {
  authority: { kind: "text", required: true, maxLength: 200, autocomplete: "organization", hint: true, messages: ["required"] },
  authority_type: {
    kind: "radio",
    required: true,
    options: ["municipality", "region", "other"],
    optionLabels: "strings",
    hint: false,
    messages: ["required", "invalid"],
  },
  country: { kind: "select", required: true, options: COE_MEMBER_STATES, optionLabels: "countries", hint: true, messages: ["required", "invalid"] },
  contact_name: CONTACT_NAME_FIELD,
  position: { kind: "text", required: true, maxLength: 200, autocomplete: "organization-title", hint: true, messages: ["required"] },
  email: EMAIL_FIELD,
  phone: { kind: "tel", required: false, maxLength: 40, pattern: PHONE_PATTERN, autocomplete: "tel", hint: true, messages: ["invalid"] },
  message: { kind: "textarea", required: false, maxLength: 2000, hint: true, messages: [] },
  consent: CONSENT_FIELD,
  locale: LOCALE_FIELD,
} as const;

/** An authority's application to join the Alliance: /fr/participer/, /en/join/, sent to /api/participate. */
export const PARTICIPATION = {
  name: "participation",
  action: "/api/participate",
  fields: FIELDS,
  titleField: "authority",
  store: "applications",
  pageKeys: { form: "join", thanks: "thank-you", privacy: "privacy" },
  settingsFile: "_data/participation.json",
  pages: settings.pages,
  layout: "join.njk",
} as const satisfies FormDefinition<keyof typeof FIELDS>;

export type ParticipationField = keyof typeof FIELDS;
