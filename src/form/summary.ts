import type { ApplicationRecord } from "../storage/applications.ts";
import { FIELDS, isFormLocale, type FieldName, type FormLocale } from "./fields.ts";
import { countryName } from "./countries.ts";
import { defaultLocale, intlLocale, translate } from "./strings.ts";

/** An application as the secretariat reads it: each field's label and value in the application's language. */
export function describeApplication(record: ApplicationRecord): { locale: FormLocale; rows: [string, string][] } {
  const locale = isFormLocale(record.locale) ? record.locale : defaultLocale;
  const t = translate(locale);
  const intl = intlLocale(locale);
  const value = (name: Exclude<FieldName, "locale">): string => {
    const raw = record.fields[name];
    if (name === "country") return `${countryName(raw, intl)} (${raw})`;
    if (name === "authority_type") return FIELDS.authority_type.options.includes(raw as never) ? t(`form.fields.authority_type.options.${raw}`) : raw;
    return raw;
  };
  const names = (Object.keys(FIELDS) as FieldName[]).filter((name): name is Exclude<FieldName, "locale"> => name !== "locale");
  const received = new Intl.DateTimeFormat(intl, { dateStyle: "long", timeStyle: "short", timeZone: "Europe/Paris" }).format(new Date(record.receivedAt));
  return {
    locale,
    rows: [
      [t("form.email.reference"), record.id],
      [t("form.email.received"), received],
      ...names.filter((name) => name !== "consent").map((name): [string, string] => [t(`form.fields.${name}.label`), value(name)]),
      [t("form.fields.locale.label"), locale],
      [t("form.email.privacyVersion"), record.privacyNoticeVersion],
    ],
  };
}
