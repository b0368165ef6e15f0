import { readFileSync } from "node:fs";
import { join } from "node:path";
import type UserConfig from "@11ty/eleventy/UserConfig";
import { readLocales, readStrings } from "../i18n/plugin.ts";
import { Translator } from "../i18n/strings.ts";
import type { TranslationIndex } from "../i18n/translations.ts";
import { countryOptions } from "./countries.ts";
import { FIELD_NAMES, FIELDS, FORM_ACTION, HONEYPOT, fieldId, isFormLocale, type FieldName, type FieldSpec } from "./fields.ts";
import { fieldText } from "./messages.ts";
import type { ParticipationSettings } from "./settings.ts";

export interface FormOptions {
  dataDir: string;
  index: TranslationIndex;
}

/** The page keys whose URLs the function must know (it redirects to, and links to, them). */
const PAGE_KEYS = { form: "join", thanks: "thank-you", privacy: "privacy" } as const;

/** The participation form's page side: each field's constraints, texts and messages, from the same definitions as the server's. */
export default function formPlugin(eleventyConfig: UserConfig, { dataDir, index }: FormOptions): void {
  const readSettings = () => JSON.parse(readFileSync(join(dataDir, "participation.json"), "utf8")) as ParticipationSettings;
  let locales = readLocales(dataDir);
  let translator = new Translator(readStrings(dataDir, locales), locales);
  let participation = readSettings();
  eleventyConfig.on("eleventy.before", () => {
    locales = readLocales(dataDir);
    translator = new Translator(readStrings(dataDir, locales), locales);
    participation = readSettings();
  });

  eleventyConfig.addGlobalData("formAction", FORM_ACTION);
  eleventyConfig.addGlobalData("formHoneypot", HONEYPOT);
  eleventyConfig.addGlobalData("formFieldNames", FIELD_NAMES.filter((name) => name !== "locale"));

  /** Everything the page needs to render one field: its HTML constraints and its texts in the page's language. */
  eleventyConfig.addFilter("formField", (name: FieldName, locale: string) => {
    const spec: FieldSpec = FIELDS[name];
    const intl = locales.find((l) => l.code === locale)?.intl ?? locale;
    const text = fieldText(name, (key, values) => translator.t(key, locale, values), intl);
    const choices =
      name === "country"
        ? countryOptions(intl).map(({ code, name: label }) => ({ value: code, label }))
        : spec.kind === "radio"
          ? spec.options!.map((value) => ({ value, label: translator.t(`form.fields.${name}.options.${value}`, locale), id: `f-${name}-${value}` }))
          : [];
    return { name, id: fieldId(name), hintId: `f-${name}-hint`, ...spec, ...text, choices };
  });

  /**
   * The form, thank-you and privacy URLs of a locale, as _data/participation.json gives them to the
   * function; a page moved in content/ without updating that file fails the build here.
   */
  eleventyConfig.addFilter("formPages", (locale: string) => {
    const pages = participation.pages[locale];
    if (!isFormLocale(locale) || !pages) {
      throw new Error(`_data/participation.json: pages: the participation form has no "${locale}" version; add the locale to src/form/fields.ts (FORM_LOCALES), its strings to src/form/strings.ts and its pages here`);
    }
    for (const [role, key] of Object.entries(PAGE_KEYS) as [keyof typeof PAGE_KEYS, string][]) {
      const built = index.find(key, locale)?.url;
      if (built !== pages[role]) {
        throw new Error(`_data/participation.json: pages.${locale}.${role}: "${pages[role]}" is not the URL of the page with key "${key}" in "${locale}" (${built ?? "no such page"})`);
      }
    }
    return pages;
  });
}
