import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { EleventyConfig, PageItem } from "../model/eleventy.ts";
import type { SiteModel } from "../model/site-model.ts";
import { countryOptions } from "./countries.ts";
import { FIELD_NAMES, FIELDS, FORM_ACTION, HONEYPOT, fieldId, isFormLocale, type FieldName, type FieldSpec } from "./fields.ts";
import { fieldText } from "./messages.ts";
import type { ParticipationSettings } from "./settings.ts";

/** The page keys whose URLs the function must know (it redirects to, and links to, them). */
const PAGE_KEYS = { form: "join", thanks: "thank-you", privacy: "privacy" } as const;

/** The participation form's page side: each field's constraints, texts and messages, from the same definitions as the server's. */
export default function formPlugin(eleventyConfig: EleventyConfig, { model }: { model: SiteModel }): void {
  const readSettings = () => JSON.parse(readFileSync(join(model.dataDir, "participation.json"), "utf8")) as ParticipationSettings;
  let participation = readSettings();
  eleventyConfig.on("eleventy.before", () => {
    participation = readSettings();
  });

  eleventyConfig.addGlobalData("formAction", FORM_ACTION);
  eleventyConfig.addGlobalData("formHoneypot", HONEYPOT);
  eleventyConfig.addGlobalData(
    "formFieldNames",
    FIELD_NAMES.filter((name) => name !== "locale"),
  );

  /** Everything the page needs to render one field: its HTML constraints and its texts in the page's language. */
  eleventyConfig.addFilter("formField", (name: FieldName, locale: string) => {
    const spec: FieldSpec = FIELDS[name];
    const intl = model.intlOf(locale);
    const text = fieldText(name, (key, values) => model.translator.t(key, locale, values), intl);
    const choices =
      name === "country"
        ? countryOptions(intl).map(({ code, name: label }) => ({ value: code, label }))
        : spec.kind === "radio"
          ? spec.options!.map((value) => ({ value, label: model.translator.t(`form.fields.${name}.options.${value}`, locale), id: `f-${name}-${value}` }))
          : [];
    return { name, id: fieldId(name), hintId: `f-${name}-hint`, ...spec, ...text, choices };
  });

  /**
   * The function knows the form, thank-you and privacy pages by the URLs in _data/participation.json:
   * a page moved in content/ without updating that file, or the form put on a page in a locale the
   * function does not speak, fails the build here, with one message naming the file.
   */
  model.addRule((items: PageItem[]) => {
    const urlOf = (key: string, locale: string) => items.find((item) => item.data.key === key && model.localeOf(item.inputPath) === locale)?.url;
    for (const [locale, pages] of Object.entries(participation.pages)) {
      for (const [role, key] of Object.entries(PAGE_KEYS) as [keyof typeof PAGE_KEYS, string][]) {
        const built = urlOf(key, locale);
        if (built !== pages[role]) {
          throw new Error(
            `_data/participation.json: pages.${locale}.${role}: "${pages[role]}" is not the URL of the page with key "${key}" in "${locale}" (${built || "no such page"})`,
          );
        }
      }
    }
    for (const item of items.filter((i) => i.data.layout === "join.njk")) {
      const locale = model.localeOf(item.inputPath) ?? "";
      if (!isFormLocale(locale) || !participation.pages[locale]) {
        throw new Error(
          `${item.inputPath}: layout: the participation form has no "${locale}" version; add the locale to FORM_LOCALES (src/form/fields.ts), its strings to src/form/strings.ts and its pages to _data/participation.json`,
        );
      }
    }
  });

  eleventyConfig.addFilter("formPages", (locale: string) => participation.pages[locale]);
}
