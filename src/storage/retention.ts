/**
 * The retention run: deletes every record older than the retention period and removes client hashes
 * older than their own, shorter period, in every store. The scheduled function and
 * `npm run submissions -- purge` both call enforceRetention, so both delete exactly the same records.
 *
 * It reads as little as it can. Keys begin with the time a record arrived (keys.ts), so the records
 * to look at are listed by day, month or year prefix; each store's settings remember up to when the
 * last complete run dealt with everything, and a daily run lists only the day that crossed each
 * limit. A store with no such record yet (the first run) is listed whole, once.
 */
import { arrivedBefore, DAY_MS, dayPrefixes, keyWindow } from "./keys.ts";
import { mapLimited } from "./pool.ts";
import type { SubmissionStore } from "./submission-store.ts";

export interface RetentionPolicy {
  /** Records received more than this many days ago are deleted. */
  retentionDays: number;
  /** Client hashes of records received more than this many days ago are removed. */
  clientHashDays: number;
}

export interface StoreRetention {
  store: string;
  deleted: number;
  hashesRemoved: number;
  /** When the oldest record still kept arrived (ISO), or null when the store is empty. */
  oldestKept: string | null;
}

export interface RetentionRun {
  /** Records received before this time are deleted (ISO). */
  cutoff: string;
  /** Records received before this time lose their client hash (ISO). */
  hashCutoff: string;
  /** False when the time limit stopped the run early: the next run takes up where it left off. */
  complete: boolean;
  deleted: number;
  hashesRemoved: number;
  oldestKept: string | null;
  stores: StoreRetention[];
}

/** Requests under way at once per store. */
const CONCURRENCY = 16;

export async function enforceRetention(
  stores: readonly SubmissionStore[],
  policy: RetentionPolicy,
  { now = new Date(), timeLimitMs = Number.POSITIVE_INFINITY }: { now?: Date; timeLimitMs?: number } = {},
): Promise<RetentionRun> {
  const started = Date.now();
  const outOfTime = () => Date.now() - started > timeLimitMs;
  const cutoff = now.getTime() - policy.retentionDays * DAY_MS;
  const hashCutoff = now.getTime() - policy.clientHashDays * DAY_MS;
  const results = await Promise.all(stores.map((store) => enforceOn(store, cutoff, hashCutoff, now, outOfTime)));
  const kept = results.map((r) => r.oldestKept).filter((t): t is string => t !== null);
  return {
    cutoff: new Date(cutoff).toISOString(),
    hashCutoff: new Date(hashCutoff).toISOString(),
    complete: results.every((r) => r.complete),
    deleted: sum(results.map((r) => r.deleted)),
    hashesRemoved: sum(results.map((r) => r.hashesRemoved)),
    oldestKept: kept.sort()[0] ?? null,
    stores: results.map(({ complete: _, ...report }) => report),
  };
}

async function enforceOn(
  store: SubmissionStore,
  cutoff: number,
  hashCutoff: number,
  now: Date,
  outOfTime: () => boolean,
): Promise<StoreRetention & { complete: boolean }> {
  const state = await store.retentionState();
  const deletedBefore = state.deletedBefore ? Date.parse(state.deletedBefore) : null;
  const hashesRemovedBefore = state.hashesRemovedBefore ? Date.parse(state.hashesRemovedBefore) : null;
  // Without a record of an earlier run, every key: older records, and keys of any form, are dealt with too.
  const every = deletedBefore === null || hashesRemovedBefore === null ? await store.keys() : [];
  let complete = true;
  const limited = (keys: string[], task: (key: string) => Promise<void>) =>
    mapLimited(keys, CONCURRENCY, async (key) => {
      if (outOfTime()) complete = false;
      else await task(key);
    });

  const gone = new Set<string>();
  const expiring = deletedBefore === null ? every : await keysOfDays(store, deletedBefore, cutoff);
  await limited(expiring, async (key) => {
    if (await isExpired(store, key, cutoff)) {
      await store.remove(key);
      gone.add(key);
    }
  });

  let hashesRemoved = 0;
  const hashed = hashesRemovedBefore === null ? every : await keysOfDays(store, Math.max(hashesRemovedBefore, cutoff), hashCutoff);
  await limited(
    hashed.filter((key) => !gone.has(key) && arrivedBefore(key, hashCutoff) !== "no"),
    async (key) => {
      if (await store.dropClientHash(key, hashCutoff)) hashesRemoved++;
    },
  );

  if (complete) {
    await store.saveRetentionState({
      deletedBefore: new Date(Math.max(cutoff, deletedBefore ?? cutoff)).toISOString(),
      hashesRemovedBefore: new Date(Math.max(hashCutoff, hashesRemovedBefore ?? hashCutoff)).toISOString(),
    });
  }
  // Out of time, the log line goes without it rather than past the limit.
  return { store: store.name, deleted: gone.size, hashesRemoved, oldestKept: complete ? await oldestKept(store, cutoff, now) : null, complete };
}

async function isExpired(store: SubmissionStore, key: string, cutoff: number): Promise<boolean> {
  const answer = arrivedBefore(key, cutoff);
  if (answer !== "ask") return answer === "yes";
  const record = await store.get(key);
  return record !== null && Date.parse(record.receivedAt) < cutoff;
}

/** The keys of every record that arrived on a UTC day from `from`'s to `to`'s, both included. */
async function keysOfDays(store: SubmissionStore, from: number, to: number): Promise<string[]> {
  return (await mapLimited(dayPrefixes(new Date(from), new Date(to)), CONCURRENCY, (prefix) => store.keys(prefix))).flat();
}

/** When the oldest record kept arrived: in the first day, month or year from the cutoff's day on that holds one. */
async function oldestKept(store: SubmissionStore, cutoff: number, now: Date): Promise<string | null> {
  const [first, ...rest] = dayPrefixes(new Date(cutoff), now);
  const onCutoffDay = await oldestAmong(store, await store.keys(first), cutoff);
  if (onCutoffDay || !rest.length) return onCutoffDay;
  // Not on the cutoff's own day: the rest are listed at once, not one round trip after another.
  for (const keys of await mapLimited(rest, CONCURRENCY, (prefix) => store.keys(prefix))) {
    const oldest = await oldestAmong(store, keys, cutoff);
    if (oldest) return oldest;
  }
  return null;
}

/** The earliest arrival at or after the cutoff among these keys' records. */
async function oldestAmong(store: SubmissionStore, listed: string[], cutoff: number): Promise<string | null> {
  const keys = listed.filter((key) => keyWindow(key) && arrivedBefore(key, cutoff) !== "yes").sort();
  // Keys order records by their ten-minute window; within one window only the records can tell.
  for (const window of new Set(keys.map((key) => key.slice(0, key.indexOf("Z-") + 2)))) {
    const records = await Promise.all(keys.filter((key) => key.startsWith(window)).map((key) => store.get(key)));
    const times = records.flatMap((r) => (r && Date.parse(r.receivedAt) >= cutoff ? [r.receivedAt] : [])).sort();
    if (times.length) return times[0];
  }
  return null;
}

function sum(values: number[]): number {
  return values.reduce((a, b) => a + b, 0);
}
