import { createHash, createHmac, randomBytes } from "node:crypto";
import { getStore, type Store } from "@netlify/blobs";
import type { Application } from "../form/fields.ts";

/** The Netlify Blobs store that holds the applications. */
export const STORE_NAME = "applications";
/** A second store for the key that hashes client addresses, so that no export of the applications carries it. */
const SETTINGS_STORE_NAME = "applications-settings";
const CLIENT_KEY = "client-hash-key";
/** The same application sent again within this time (a double click, a retry) is stored once. */
export const DUPLICATE_WINDOW_MS = 10 * 60_000;

/** One stored application. */
export interface ApplicationRecord {
  id: string;
  /** ISO 8601, UTC. */
  receivedAt: string;
  locale: string;
  fields: Omit<Application, "locale">;
  /** A keyed hash of the client's address, never the address itself; null when the platform gave none. */
  clientHash: string | null;
  /** Version of the privacy notice the person agreed to. */
  privacyNoticeVersion: string;
}

export type NewApplication = Omit<ApplicationRecord, "id">;

/**
 * Where the store is. In a Netlify Function (in production, or under `npm start`'s local emulation)
 * the runtime says; from outside, a site id and token reach the production store, and an edge URL
 * reaches a local Blobs sandbox (a BlobsServer).
 */
export type StoreLocation =
  | { kind: "function" }
  | { kind: "site"; siteID: string; token: string }
  | { kind: "sandbox"; edgeURL: string; siteID: string; token: string };

/** A hash of what makes an application the same one: its fields, not when or in which language it came. */
export function contentHash(fields: NewApplication["fields"]): string {
  const canonical = JSON.stringify(
    Object.keys(fields)
      .sort()
      .map((name) => [name, fields[name as keyof typeof fields]]),
  );
  return createHash("sha256").update(canonical).digest("hex");
}

/**
 * Keys name the ten-minute window the application arrived in, then its content: the same
 * application twice in one window is one key, and different applications never share one.
 */
export function applicationKey(receivedAt: Date, hash: string): string {
  const window = new Date(Math.floor(receivedAt.getTime() / DUPLICATE_WINDOW_MS) * DUPLICATE_WINDOW_MS);
  return `${window.toISOString().slice(0, 16).replace(/[-:]/g, "")}Z-${hash.slice(0, 32)}`;
}

export class ApplicationStore {
  private readonly store: Store;
  private readonly settings: Store;
  private readonly strong: boolean;

  private constructor(store: Store, settings: Store, strong: boolean) {
    this.store = store;
    this.settings = settings;
    this.strong = strong;
  }

  /** `preview`: the stores of deploy previews and branch deploys, whose test applications stay apart from production's. */
  static open(location: StoreLocation, { preview = false } = {}): ApplicationStore {
    const { kind, ...options } = location;
    const consistency = kind === "function" ? ("strong" as const) : undefined;
    const open = (name: string) => getStore({ name: preview ? `${name}-preview` : name, consistency, ...options });
    return new ApplicationStore(open(STORE_NAME), open(SETTINGS_STORE_NAME), kind === "function");
  }

  /**
   * An HMAC of the client's address. Its key is IP_HASH_SECRET when set, else a random key kept in
   * the settings store (created once): a leaked export alone cannot be turned back into addresses.
   */
  async hashClient(address: string | undefined, secret = process.env.IP_HASH_SECRET): Promise<string | null> {
    if (!address) return null;
    const key = secret || (await this.clientKey());
    return createHmac("sha256", key).update(address).digest("hex").slice(0, 32);
  }

  private async clientKey(): Promise<string> {
    const existing = await this.settings.get(CLIENT_KEY, { type: "text", ...this.consistency() });
    if (existing) return existing;
    await this.settings.set(CLIENT_KEY, randomBytes(32).toString("hex"), { onlyIfNew: true });
    // Read back: a concurrent first submission may have created it first.
    return (await this.settings.get(CLIENT_KEY, { type: "text", ...this.consistency() }))!;
  }

  /**
   * Stores an application unless the same one arrived less than ten minutes earlier.
   * Returns its id (the earlier one's for a duplicate) and whether it was stored now.
   */
  async saveOnce(application: NewApplication): Promise<{ id: string; created: boolean }> {
    const hash = contentHash(application.fields);
    const receivedAt = new Date(application.receivedAt);
    // A duplicate may have landed in the previous window, if that one ended less than ten minutes ago.
    const previousId = applicationKey(new Date(receivedAt.getTime() - DUPLICATE_WINDOW_MS), hash);
    const previous = (await this.store.get(previousId, { type: "json", ...this.consistency() })) as ApplicationRecord | null;
    if (previous && receivedAt.getTime() - Date.parse(previous.receivedAt) < DUPLICATE_WINDOW_MS) return { id: previousId, created: false };

    const id = applicationKey(receivedAt, hash);
    const { modified } = await this.store.setJSON(id, { id, ...application } satisfies ApplicationRecord, { onlyIfNew: true });
    return { id, created: modified };
  }

  /** Every stored application, oldest first. */
  async list(): Promise<ApplicationRecord[]> {
    const { blobs } = await this.store.list();
    const records = await Promise.all(
      blobs.map(({ key }) => this.store.get(key, { type: "json", ...this.consistency() }) as Promise<ApplicationRecord | null>),
    );
    return records.filter((r): r is ApplicationRecord => r !== null).sort((a, b) => a.receivedAt.localeCompare(b.receivedAt) || a.id.localeCompare(b.id));
  }

  async remove(id: string): Promise<void> {
    await this.store.delete(id);
  }

  private consistency() {
    return this.strong ? { consistency: "strong" as const } : {};
  }
}
