import { type FormDefinition, fieldSpec } from "./fields.ts";

/** Looks up a UI string of the `form` namespace's locale: the build's Translator or the function's bundled one. */
export type Translate = (key: string, values?: Record<string, string | number>) => string;

/** Everything a person reads about one field, in one language: the page and the server both use this. */
export interface FieldText {
  label: string;
  hint?: string;
  required?: string;
  invalid?: string;
  tooLong?: string;
  notText: string;
  controlCharacters: string;
}

/**
 * `intl` (e.g. "fr-FR") formats the numbers in messages the way the language writes them. A form's own
 * strings are under `form.<form name>` (written out in full, so that the translations check finds every
 * key); what every form says the same way is under `form` itself.
 */
export function fieldText(form: FormDefinition, name: string, t: Translate, intl: string): FieldText {
  const spec = fieldSpec(form, name);
  const label = t(`form.${form.name}.fields.${name}.label`);
  const message = (kind: "required" | "invalid") => (spec.messages.includes(kind) ? t(`form.${form.name}.errors.${name}.${kind}`) : undefined);
  return {
    label,
    hint: spec.hint ? t(`form.${form.name}.fields.${name}.hint`) : undefined,
    required: message("required"),
    invalid: message("invalid"),
    tooLong: spec.maxLength ? t("form.errors.tooLong", { label, max: new Intl.NumberFormat(intl).format(spec.maxLength) }) : undefined,
    notText: t("form.errors.notText", { label }),
    controlCharacters: t("form.errors.controlCharacters", { label }),
  };
}
