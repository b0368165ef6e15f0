import { PARTICIPATION, type ParticipationField } from "../form/participation.ts";
import { type StoreLocation, SubmissionStore, type SubmissionRecord } from "./submission-store.ts";

/** The Netlify Blobs store that holds the applications of authorities. */
export const STORE_NAME = PARTICIPATION.store;

/** One stored application. */
export interface ApplicationRecord extends SubmissionRecord {
  fields: Record<Exclude<ParticipationField, "locale">, string>;
}

export type NewApplication = Omit<ApplicationRecord, "id">;

export class ApplicationStore extends SubmissionStore<ApplicationRecord> {
  /** `preview`: the store of deploy previews and branch deploys, whose test applications stay apart from production's. */
  static open(location: StoreLocation, options: { preview?: boolean } = {}): ApplicationStore {
    return new ApplicationStore(STORE_NAME, location, options);
  }
}
