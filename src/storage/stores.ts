import type { FormDefinition } from "../form/fields.ts";
import { FORMS } from "../form/forms.ts";
import { type StoreLocation, SubmissionStore } from "./submission-store.ts";

/**
 * Every store of personal data the forms write, one per form (src/form/forms.ts): the retention run,
 * `submissions delete` and `submissions export --email` go through all of them.
 */
export const SUBMISSION_STORES: readonly string[] = FORMS.map((form) => form.store);

/** One form's store; `preview`: the one of deploy previews and branch deploys, whose test submissions stay apart from production's. */
export function openFormStore(form: FormDefinition, location: StoreLocation, options: { preview?: boolean } = {}): SubmissionStore {
  return new SubmissionStore(form.store, location, options);
}

/** Each form's store, production's and the deploy previews' alike: the notice's promises hold for both. */
export function openSubmissionStores(location: StoreLocation): SubmissionStore[] {
  return SUBMISSION_STORES.flatMap((name) => [new SubmissionStore(name, location), new SubmissionStore(name, location, { preview: true })]);
}
