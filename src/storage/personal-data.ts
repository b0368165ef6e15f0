/** A person's own records, across every store: found by id or by contact address, to hand over or delete. */
import { mapLimited } from "./pool.ts";
import type { SubmissionRecord, SubmissionStore } from "./submission-store.ts";

export interface FoundRecord {
  store: SubmissionStore;
  record: SubmissionRecord;
}

/** Addresses compare as people write them: case and surrounding spaces aside. */
const sameAddress = (a: unknown, b: string) => typeof a === "string" && a.trim().toLowerCase() === b.trim().toLowerCase();

/** Every record whose contact address is `email`, in every store (each store is read whole: there is no index by address). */
export async function findByEmail(stores: readonly SubmissionStore[], email: string): Promise<FoundRecord[]> {
  const found = await Promise.all(
    stores.map(async (store) => (await store.list()).filter((record) => sameAddress(record.fields.email, email)).map((record) => ({ store, record }))),
  );
  return found.flat();
}

/** The record with this id, in whichever store holds it. */
export async function findById(stores: readonly SubmissionStore[], id: string): Promise<FoundRecord[]> {
  const found = await Promise.all(stores.map(async (store) => ({ store, record: await store.get(id) })));
  return found.filter((f): f is FoundRecord => f.record !== null);
}

export async function deleteRecords(found: readonly FoundRecord[]): Promise<void> {
  await mapLimited(found, 16, ({ store, record }) => store.remove(record.id));
}
