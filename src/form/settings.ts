import settings from "../../_data/participation.json" with { type: "json" };
import type { FormLocale } from "./fields.ts";

/** _data/participation.json: editors' settings of the participation form, read by the site, the function and the CLI. */
export interface ParticipationSettings {
  /** Per locale, the URLs of the form, thank-you and privacy pages (the build checks them against the content). */
  pages: Record<string, { form: string; thanks: string; privacy: string }>;
}

export const participation: ParticipationSettings = settings;

export function formPages(locale: FormLocale): ParticipationSettings["pages"][string] {
  return participation.pages[locale];
}
