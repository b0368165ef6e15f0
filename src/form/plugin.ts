import { readFileSync } from "node:fs";
import { basename, join } from "node:path";
import type { EleventyConfig, PageItem } from "../model/eleventy.ts";
import type { SiteModel } from "../model/site-model.ts";
import { countryOptions } from "./countries.ts";
import { type FormDefinition, type FormPages, fieldId, fieldNames, fieldSpec, HONEYPOT, isFormLocale } from "./fields.ts";
import { FORMS, formNamed } from "./forms.ts";
import { fieldText } from "./messages.ts";
import { STATUS_MESSAGES, statusMessage } from "./responses.ts";

/** The forms' page side: each field's constraints, texts and messages, from the same definitions as the server's. */
export default function formPlugin(eleventyConfig: EleventyConfig, { model }: { model: SiteModel }): void {
  /** Each form's page URLs as the site's own data says them (a fixture or a branch may differ from the function's bundled copy). */
  const readPages = () =>
    new Map(
      FORMS.map((form) => [
        form.name,
        (JSON.parse(readFileSync(join(model.dataDir, basename(form.settingsFile)), "utf8")) as { pages: Record<string, FormPages> }).pages,
      ]),
    );
  let pages = readPages();
  eleventyConfig.on("eleventy.before", () => {
    pages = readPages();
  });
  const formOf = (name: string): FormDefinition => {
    const form = formNamed(name);
    if (!form) throw new Error(`no form named "${name}" (src/form/forms.ts)`);
    return form;
  };

  eleventyConfig.addGlobalData("formHoneypot", HONEYPOT);

  /** What a form's page needs besides its fields: where it is sent, its visible fields, its pages and its status messages. */
  eleventyConfig.addFilter("formInfo", (name: string, locale: string) => {
    const form = formOf(name);
    const t = (key: string, values?: Record<string, string | number>) => model.translator.t(key, locale, values);
    return {
      name,
      action: form.action,
      fieldNames: fieldNames(form).filter((field) => field !== "locale"),
      pages: pages.get(name)?.[locale],
      statuses: STATUS_MESSAGES.map((status) => ({ status, message: statusMessage(form, status, t) })),
    };
  });

  /** Everything the page needs to render one field: its HTML constraints and its texts in the page's language. */
  eleventyConfig.addFilter("formField", (name: string, formName: string, locale: string) => {
    const form = formOf(formName);
    const spec = fieldSpec(form, name);
    const intl = model.intlOf(locale);
    const t = (key: string, values?: Record<string, string | number>) => model.translator.t(key, locale, values);
    const text = fieldText(form, name, t, intl);
    const choices =
      spec.optionLabels === "countries"
        ? countryOptions(intl, spec.options).map(({ code, name: label }) => ({ value: code, label }))
        : spec.optionLabels === "strings"
          ? spec.options!.map((value) => ({ value, label: t(`form.${form.name}.fields.${name}.options.${value}`), id: `f-${name}-${value}` }))
          : [];
    const choose = spec.kind === "select" ? t(`form.${form.name}.fields.${name}.choose`) : undefined;
    const link = spec.kind === "checkbox" ? t(`form.${form.name}.fields.${name}.link`) : undefined;
    return { name, id: fieldId(form, name), hintId: `f-${name}-hint`, ...spec, ...text, choices, choose, link };
  });

  /**
   * A function knows its form's form, thank-you and privacy pages by the URLs in _data/<form>.json:
   * a page moved in content/ without updating that file, or a form put on a page in a locale the
   * function does not speak, fails the build here, with one message naming the file.
   */
  model.addRule((items: PageItem[]) => {
    const urlOf = (key: string, locale: string) => items.find((item) => item.data.key === key && model.localeOf(item.inputPath) === locale)?.url;
    for (const form of FORMS) {
      const formPages = pages.get(form.name) ?? {};
      for (const [locale, urls] of Object.entries(formPages)) {
        for (const [role, key] of Object.entries(form.pageKeys) as [keyof FormPages, string][]) {
          const built = urlOf(key, locale);
          if (built !== urls[role]) {
            throw new Error(
              `${form.settingsFile}: pages.${locale}.${role}: "${urls[role]}" is not the URL of the page with key "${key}" in "${locale}" (${built || "no such page"})`,
            );
          }
        }
      }
      for (const item of items.filter((i) => i.data.layout === form.layout)) {
        const locale = model.localeOf(item.inputPath) ?? "";
        if (!isFormLocale(locale) || !formPages[locale]) {
          throw new Error(
            `${item.inputPath}: layout: the ${form.name} form has no "${locale}" version; add the locale to FORM_LOCALES (src/form/fields.ts), its strings to src/form/strings.ts and its pages to ${form.settingsFile}`,
          );
        }
      }
    }
  });
}
