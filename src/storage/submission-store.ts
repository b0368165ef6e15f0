import { createHash, createHmac, randomBytes } from "node:crypto";
import { getStore, type Store } from "@netlify/blobs";
import { DUPLICATE_WINDOW_MS, recordKey } from "./keys.ts";

/** What every form's stored record has: the retention run, deletion and access on request rely on it. */
export interface SubmissionRecord {
  /** The Blobs key: the time window it arrived in, then a hash of its content (see keys.ts). */
  id: string;
  /** ISO 8601, UTC. */
  receivedAt: string;
  locale: string;
  /** What the person typed; `email` is the contact address a request for access or deletion names. */
  fields: { email: string };
  /** A keyed hash of the client's address, never the address itself; null when the platform gave none or once its period is over. */
  clientHash: string | null;
  /** Version of the privacy notice the person agreed to. */
  privacyNoticeVersion: string;
}

/**
 * Where the stores are. In a Netlify Function (in production, or under `npm start`'s local emulation)
 * the runtime says; from outside, a site id and token reach the production stores, and an edge URL
 * reaches a local Blobs sandbox (a BlobsServer).
 */
export type StoreLocation =
  | { kind: "function" }
  | { kind: "site"; siteID: string; token: string }
  | { kind: "sandbox"; edgeURL: string; siteID: string; token: string };

/** Kept in each store's settings store by the retention run: everything received before these times is already dealt with. */
export interface RetentionState {
  deletedBefore?: string;
  hashesRemovedBefore?: string;
}

const CLIENT_KEY = "client-hash-key";
const RETENTION_STATE = "retention-state";

/** A hash of what makes a submission the same one: its fields, not when or in which language it came. */
export function contentHash(fields: object): string {
  const canonical = JSON.stringify(
    Object.keys(fields)
      .sort()
      .map((name) => [name, fields[name as keyof typeof fields]]),
  );
  return createHash("sha256").update(canonical).digest("hex");
}

/**
 * One form's Netlify Blobs store, and beside it a settings store for the key that hashes client
 * addresses (so that no export of the records carries it) and for the retention run's progress.
 */
export class SubmissionStore<R extends SubmissionRecord = SubmissionRecord> {
  /** The store's name as Netlify knows it ("applications", "applications-preview"). */
  readonly name: string;
  readonly #store: Store;
  readonly #settings: Store;
  readonly #read: { consistency?: "strong" };

  /** `preview`: the stores of deploy previews and branch deploys, whose test submissions stay apart from production's. */
  constructor(baseName: string, location: StoreLocation, { preview = false } = {}) {
    const { kind, ...options } = location;
    const consistency = kind === "function" ? ("strong" as const) : undefined;
    const open = (name: string) => getStore({ name: preview ? `${name}-preview` : name, consistency, ...options });
    this.name = preview ? `${baseName}-preview` : baseName;
    this.#store = open(baseName);
    this.#settings = open(`${baseName}-settings`);
    this.#read = consistency ? { consistency } : {};
  }

  /**
   * An HMAC of the client's address. Its key is IP_HASH_SECRET when set, else a random key kept in
   * the settings store (created once): a leaked export alone cannot be turned back into addresses.
   */
  async hashClient(address: string | undefined, secret = process.env.IP_HASH_SECRET): Promise<string | null> {
    if (!address) return null;
    const key = secret || (await this.#clientKey());
    return createHmac("sha256", key).update(address).digest("hex").slice(0, 32);
  }

  async #clientKey(): Promise<string> {
    const existing = await this.#settings.get(CLIENT_KEY, { type: "text", ...this.#read });
    if (existing) return existing;
    await this.#settings.set(CLIENT_KEY, randomBytes(32).toString("hex"), { onlyIfNew: true });
    // Read back: a concurrent first submission may have created it first.
    return (await this.#settings.get(CLIENT_KEY, { type: "text", ...this.#read }))!;
  }

  /**
   * Stores a submission unless the same one arrived less than ten minutes earlier.
   * Returns its id (the earlier one's for a duplicate) and whether it was stored now.
   */
  async saveOnce(submission: Omit<R, "id">): Promise<{ id: string; created: boolean }> {
    const hash = contentHash(submission.fields);
    const receivedAt = new Date(submission.receivedAt);
    // A duplicate may have landed in the previous window, if that one ended less than ten minutes ago.
    const previousId = recordKey(new Date(receivedAt.getTime() - DUPLICATE_WINDOW_MS), hash);
    const previous = await this.get(previousId);
    if (previous && receivedAt.getTime() - Date.parse(previous.receivedAt) < DUPLICATE_WINDOW_MS) return { id: previousId, created: false };

    const id = recordKey(receivedAt, hash);
    const { modified } = await this.#store.setJSON(id, { id, ...submission }, { onlyIfNew: true });
    return { id, created: modified };
  }

  async get(id: string): Promise<R | null> {
    return (await this.#store.get(id, { type: "json", ...this.#read })) as R | null;
  }

  /** The keys (record ids) that begin with `prefix`, without reading the records. */
  async keys(prefix?: string): Promise<string[]> {
    const { blobs } = await this.#store.list(prefix ? { prefix } : {});
    return blobs.map((blob) => blob.key);
  }

  /** Every stored record, oldest first. */
  async list(): Promise<R[]> {
    const records: (R | null)[] = await Promise.all((await this.keys()).map((key) => this.get(key)));
    return records.filter((r): r is R => r !== null).sort((a, b) => a.receivedAt.localeCompare(b.receivedAt) || a.id.localeCompare(b.id));
  }

  async remove(id: string): Promise<void> {
    await this.#store.delete(id);
  }

  /**
   * Removes the client hash of a record received before `before` (ms), unless the record changed or
   * went since it was read: a deleted record must never come back. Returns whether a hash was removed.
   */
  async dropClientHash(id: string, before: number): Promise<boolean> {
    const found = await this.#store.getWithMetadata(id, { type: "json", ...this.#read });
    const record = found?.data as R | undefined;
    if (!found || !record || record.clientHash === null || !(Date.parse(record.receivedAt) < before)) return false;
    const { modified } = await this.#store.setJSON(id, { ...record, clientHash: null }, { onlyIfMatch: found.etag });
    return modified;
  }

  async retentionState(): Promise<RetentionState> {
    return ((await this.#settings.get(RETENTION_STATE, { type: "json", ...this.#read })) as RetentionState | null) ?? {};
  }

  async saveRetentionState(state: RetentionState): Promise<void> {
    await this.#settings.setJSON(RETENTION_STATE, state);
  }
}
