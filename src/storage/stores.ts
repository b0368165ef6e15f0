import { STORE_NAME as APPLICATIONS } from "./applications.ts";
import { type StoreLocation, SubmissionStore } from "./submission-store.ts";

/**
 * Every store of personal data the forms write: the retention run, `submissions delete` and
 * `submissions export --email` go through all of them. A new form adds its store's name here.
 */
export const SUBMISSION_STORES: readonly string[] = [APPLICATIONS];

/** Each form's store, production's and the deploy previews' alike: the notice's promises hold for both. */
export function openSubmissionStores(location: StoreLocation): SubmissionStore[] {
  return SUBMISSION_STORES.flatMap((name) => [new SubmissionStore(name, location), new SubmissionStore(name, location, { preview: true })]);
}
