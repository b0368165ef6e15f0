/**
 * The form's strings as the function carries them: the same _data files the site is built from,
 * bundled into the function by static imports.
 */
import locales from "../../_data/locales.json" with { type: "json" };
import site from "../../_data/site.json" with { type: "json" };
import en from "../../_data/strings/en/form.json" with { type: "json" };
import fr from "../../_data/strings/fr/form.json" with { type: "json" };
import type { Locale } from "../i18n/locales.ts";
import { Translator } from "../i18n/strings.ts";
import { typesetStrings } from "../typography/typeset.ts";
import { FORM_LOCALES, type FormLocale } from "./fields.ts";
import type { Translate } from "./messages.ts";

const formLocales = (locales as Locale[]).filter((l) => (FORM_LOCALES as readonly string[]).includes(l.code));
// Typeset as the site's own copy of these strings is (src/i18n/site-strings.ts): the function's messages and the page's agree.
const translator = new Translator({ fr: { form: typesetStrings(fr, "fr") }, en: { form: typesetStrings(en, "en") } }, formLocales);

export function translate(locale: FormLocale): Translate {
  return (key, values) => translator.t(key, locale, values);
}

/** The Intl locale of a form locale ("fr" → "fr-FR"), for dates and country names. */
export function intlLocale(locale: FormLocale): string {
  return formLocales.find((l) => l.code === locale)!.intl;
}

export const contactEmail: string = site.email;
export const defaultLocale = (FORM_LOCALES as readonly string[]).includes(site.defaultLocale) ? (site.defaultLocale as FormLocale) : FORM_LOCALES[0];
