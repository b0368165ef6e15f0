import { COOPERATION } from "./cooperation.ts";
import type { FormDefinition } from "./fields.ts";
import { PARTICIPATION } from "./participation.ts";

/** Every form of the site: the page plugin, the local server and the secretariat's tools go through them all. */
export const FORMS: readonly FormDefinition[] = [PARTICIPATION, COOPERATION];

/** The form of this name (the CLI's --form), or undefined. */
export function formNamed(name: string): FormDefinition | undefined {
  return FORMS.find((form) => form.name === name);
}
