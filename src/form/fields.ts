/**
 * What a form is: a definition (its name, where it is sent, its fields, its pages, its store) that the
 * schema, the request parsing, the function, the page and the secretariat's tools all read. The
 * participation form (participation.ts) and the cooperation form (cooperation.ts) are two of them (forms.ts).
 */

/** The honeypot field: hidden from people and assistive technology, so only robots fill it. */
export const HONEYPOT = "website";

/** Locales the forms and their functions are translated into (their strings are bundled with the functions). */
export const FORM_LOCALES = ["fr", "en"] as const;
export type FormLocale = (typeof FORM_LOCALES)[number];

export type FieldKind = "text" | "email" | "tel" | "url" | "textarea" | "select" | "radio" | "checkbox" | "hidden";

/** One field of a form: the single definition of its rules, read by the page and by the server. */
export interface FieldSpec {
  kind: FieldKind;
  required: boolean;
  maxLength?: number;
  /** The only accepted values (select, radio, checkbox, hidden). */
  options?: readonly string[];
  /** How the options are named to people: countries by Intl in the page's language, others by the form's strings. */
  optionLabels?: "countries" | "strings";
  /** An HTML `pattern`: the whole value must match it. */
  pattern?: string;
  autocomplete?: string;
  /** Whether the page shows a hint under the label (form.<form>.fields.<name>.hint). */
  hint: boolean;
  /** Messages this field has of its own, besides the shared ones (tooLong, notText, controlCharacters). */
  messages: readonly ("required" | "invalid")[];
}

/** The URLs of a form's pages in one locale (the build checks them against the content). */
export interface FormPages {
  form: string;
  thanks: string;
  privacy: string;
}

/**
 * One form. Its strings are under `form.<name>` in _data/strings/<locale>/form.json (what all forms
 * share is under `form`); its function's file sets `config.path` to `action`.
 */
export interface FormDefinition<Name extends string = string> {
  /** "participation", "cooperation": the CLI's --form, the log events' prefix, the strings' namespace. */
  name: string;
  /** The function's path, where the form is sent. */
  action: string;
  /** The fields, in the form's order; `locale` and `email` are every form's. */
  fields: Readonly<Record<Name, FieldSpec>>;
  /** The field that names who sent it (an email's subject, a listing's line). */
  titleField: Name;
  /** The Netlify Blobs store its submissions are kept in (and `<store>-preview` for deploy previews). */
  store: string;
  /** The page keys of its form, thank-you and privacy pages, and the file that gives their URLs per locale. */
  pageKeys: Readonly<Record<keyof FormPages, string>>;
  settingsFile: string;
  pages: Readonly<Record<string, FormPages>>;
  /** The layout of the page that shows it. */
  layout: string;
}

/** What a form's submission is made of, as stored: every field, each a string ("" when an optional one is left empty). */
export type Submission = Record<string, string>;

export function isFormLocale(value: unknown): value is FormLocale {
  return typeof value === "string" && (FORM_LOCALES as readonly string[]).includes(value);
}

export function fieldNames(form: FormDefinition): string[] {
  return Object.keys(form.fields);
}

export function fieldSpec(form: FormDefinition, name: string): FieldSpec {
  return (form.fields as Record<string, FieldSpec>)[name];
}

/** The id of a field's control in the page; a radio group's first option stands for the group. */
export function fieldId(form: FormDefinition, name: string): string {
  const spec = fieldSpec(form, name);
  return spec.kind === "radio" ? `f-${name}-${spec.options![0]}` : `f-${name}`;
}

/** The field that says which language the form was sent in: the same in every form. */
export const LOCALE_FIELD = { kind: "hidden", required: true, options: FORM_LOCALES, hint: false, messages: ["invalid"] } as const satisfies FieldSpec;

/** The consent checkbox: the same in every form, each with its own words. */
export const CONSENT_FIELD = { kind: "checkbox", required: true, options: ["yes"], hint: true, messages: ["required"] } as const satisfies FieldSpec;

/** Contact fields every form has. */
export const CONTACT_NAME_FIELD = {
  kind: "text",
  required: true,
  maxLength: 200,
  autocomplete: "name",
  hint: true,
  messages: ["required"],
} as const satisfies FieldSpec;
export const EMAIL_FIELD = {
  kind: "email",
  required: true,
  maxLength: 254,
  autocomplete: "email",
  hint: true,
  messages: ["required", "invalid"],
} as const satisfies FieldSpec;
