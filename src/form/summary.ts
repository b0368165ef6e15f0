import type { SubmissionRecord } from "../storage/submission-store.ts";
import { countryName } from "./countries.ts";
import { type FormDefinition, type FormLocale, fieldNames, fieldSpec, isFormLocale } from "./fields.ts";
import { defaultLocale, intlLocale, translate } from "./strings.ts";

/** A submission as the secretariat reads it: each field's label and value in the submission's language. */
export function describeSubmission(form: FormDefinition, record: SubmissionRecord): { locale: FormLocale; rows: [string, string][] } {
  const locale = isFormLocale(record.locale) ? record.locale : defaultLocale;
  const t = translate(locale);
  const intl = intlLocale(locale);
  const fields = record.fields as Record<string, string>;
  const value = (name: string): string => {
    const raw = fields[name] ?? "";
    const spec = fieldSpec(form, name);
    if (spec.optionLabels === "countries") return `${countryName(raw, intl)} (${raw})`;
    if (spec.optionLabels === "strings" && spec.options?.includes(raw)) return t(`form.${form.name}.fields.${name}.options.${raw}`);
    return raw;
  };
  const received = new Intl.DateTimeFormat(intl, { dateStyle: "long", timeStyle: "short", timeZone: "Europe/Paris" }).format(new Date(record.receivedAt));
  return {
    locale,
    rows: [
      [t("form.email.reference"), record.id],
      [t("form.email.received"), received],
      ...fieldNames(form)
        .filter((name) => name !== "consent" && name !== "locale")
        .map((name): [string, string] => [t(`form.${form.name}.fields.${name}.label`), value(name)]),
      [t(`form.${form.name}.fields.locale.label`), locale],
      [t("form.email.privacyVersion"), record.privacyNoticeVersion],
    ],
  };
}
