import { FIELDS, type FieldName, type FieldSpec } from "./fields.ts";

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

/** `intl` (e.g. "fr-FR") formats the numbers in messages the way the language writes them. */
export function fieldText(name: FieldName, t: Translate, intl: string): FieldText {
  const spec: FieldSpec = FIELDS[name];
  const label = t(`form.fields.${name}.label`);
  const own = (kind: "required" | "invalid") => (spec.messages.includes(kind) ? t(`form.errors.${name}.${kind}`) : undefined);
  return {
    label,
    hint: spec.hint ? t(`form.fields.${name}.hint`) : undefined,
    required: own("required"),
    invalid: own("invalid"),
    tooLong: spec.maxLength ? t("form.errors.tooLong", { label, max: new Intl.NumberFormat(intl).format(spec.maxLength) }) : undefined,
    notText: t("form.errors.notText", { label }),
    controlCharacters: t("form.errors.controlCharacters", { label }),
  };
}
