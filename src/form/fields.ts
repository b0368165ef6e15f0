import { COE_MEMBER_STATES } from "./countries.ts";

/** Where the form is sent: the participation function's path (src/functions/participate.ts declares the same). */
export const FORM_ACTION = "/api/participate";

/** The honeypot field: hidden from people and assistive technology, so only robots fill it. */
export const HONEYPOT = "website";

/** Locales the form and its function are translated into (their strings are bundled with the function). */
export const FORM_LOCALES = ["fr", "en"] as const;
export type FormLocale = (typeof FORM_LOCALES)[number];

/**
 * Digits, spaces and + ( ) . / -, written so that it means the same as an HTML `pattern`
 * (compiled with the `v` flag by browsers) and on the server.
 */
const PHONE_PATTERN = String.raw`[\d+\(\) .\/\-]*`;

export type FieldKind = "text" | "email" | "tel" | "textarea" | "select" | "radio" | "checkbox" | "hidden";

/** One field of the participation form: the single definition of its rules, read by the page and by the server. */
export interface FieldSpec {
  kind: FieldKind;
  required: boolean;
  maxLength?: number;
  /** The only accepted values (select, radio, checkbox, hidden). */
  options?: readonly string[];
  /** An HTML `pattern`: the whole value must match it. */
  pattern?: string;
  autocomplete?: string;
  /** Whether the page shows a hint under the label (form.fields.<name>.hint). */
  hint: boolean;
  /** Messages this field has of its own, besides the shared ones (tooLong, notText, controlCharacters). */
  messages: readonly ("required" | "invalid")[];
}

export const FIELDS = {
  authority: { kind: "text", required: true, maxLength: 200, autocomplete: "organization", hint: true, messages: ["required"] },
  authority_type: {
    kind: "radio",
    required: true,
    options: ["municipality", "region", "other"],
    hint: false,
    messages: ["required", "invalid"],
  },
  country: { kind: "select", required: true, options: COE_MEMBER_STATES, hint: true, messages: ["required", "invalid"] },
  contact_name: { kind: "text", required: true, maxLength: 200, autocomplete: "name", hint: true, messages: ["required"] },
  position: { kind: "text", required: true, maxLength: 200, autocomplete: "organization-title", hint: true, messages: ["required"] },
  email: { kind: "email", required: true, maxLength: 254, autocomplete: "email", hint: true, messages: ["required", "invalid"] },
  phone: { kind: "tel", required: false, maxLength: 40, pattern: PHONE_PATTERN, autocomplete: "tel", hint: true, messages: ["invalid"] },
  message: { kind: "textarea", required: false, maxLength: 2000, hint: true, messages: [] },
  consent: { kind: "checkbox", required: true, options: ["yes"], hint: true, messages: ["required"] },
  locale: { kind: "hidden", required: true, options: FORM_LOCALES, hint: false, messages: ["invalid"] },
} as const satisfies Record<string, FieldSpec>;

export type FieldName = keyof typeof FIELDS;
export const FIELD_NAMES = Object.keys(FIELDS) as FieldName[];

/** The fields an application is made of, as stored: every field, each a string ("" when an optional one is left empty). */
export type Application = Record<FieldName, string>;

export function isFormLocale(value: unknown): value is FormLocale {
  return typeof value === "string" && (FORM_LOCALES as readonly string[]).includes(value);
}

/** The id of a field's control in the page; a radio group's first option stands for the group. */
export function fieldId(name: FieldName): string {
  const spec: FieldSpec = FIELDS[name];
  return spec.kind === "radio" ? `f-${name}-${spec.options![0]}` : `f-${name}`;
}
