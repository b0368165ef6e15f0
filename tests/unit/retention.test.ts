import { getStore } from "@netlify/blobs";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import retention, { config } from "../../src/functions/retention.ts";
import { readNetlifyConfig } from "../../src/checks/netlify-config.ts";
import { COOPERATION } from "../../src/form/cooperation.ts";
import { ApplicationStore } from "../../src/storage/applications.ts";
import { DAY_MS } from "../../src/storage/keys.ts";
import { privacy } from "../../src/storage/privacy-settings.ts";
import { enforceRetention } from "../../src/storage/retention.ts";
import { openSubmissionStores } from "../../src/storage/stores.ts";
import { SubmissionStore, type SubmissionRecord } from "../../src/storage/submission-store.ts";
import { storedApplication } from "../helpers/applications.ts";
import { COOPERATION_CASE, storedRecord } from "../helpers/form-cases.ts";
import { startTestBlobs, type TestBlobs } from "../helpers/blobs-sandbox.ts";
import { repoRoot } from "../helpers/fixture-site.ts";

/** The scheduled function against a real Blobs server holding records of many ages, in both forms' production stores and a preview's. */
const { retentionDays: keepDays, clientHashDays: hashDays } = privacy;
const MINUTE = 60_000 / DAY_MS;
/** Ages in days, around each limit to the minute, and far from them. */
const AGES = [
  0,
  1,
  hashDays - 1,
  hashDays - MINUTE,
  hashDays + MINUTE,
  hashDays + 1,
  100,
  keepDays - 1,
  keepDays - MINUTE,
  keepDays + MINUTE,
  keepDays + 1,
  keepDays + 400,
  3000,
];

let blobs: TestBlobs;
const requests: { type: string; url: string }[] = [];
let preview: ApplicationStore;
let proposals: SubmissionStore;
const stores = () => [blobs.store, preview, proposals];
/** A record's name, whichever form's it is. */
const nameOf = (record: { fields: object }) => {
  const fields = record.fields as Record<string, string>;
  return fields.authority ?? fields.organisation;
};
const everything = async () => Object.fromEntries((await Promise.all(stores().map((s) => s.list()))).flat().map((r) => [r.id, r]));

async function seed(now: number): Promise<Record<string, SubmissionRecord>> {
  for (const [i, age] of AGES.entries()) {
    await blobs.store.saveOnce(storedApplication(`Authority aged ${age}`, age, { now }));
    // A record that never had a hash (the platform gave no address) stays as it is.
    if (i % 4 === 0) await preview.saveOnce({ ...storedApplication(`Preview aged ${age}`, age, { now }), clientHash: null });
    else await preview.saveOnce(storedApplication(`Preview aged ${age}`, age, { now }));
    const proposal = storedRecord(COOPERATION_CASE, `Proposal aged ${age}`, 0);
    await proposals.saveOnce({ ...proposal, receivedAt: new Date(now - age * DAY_MS).toISOString() });
  }
  return everything();
}

const runAt = async (request: Request, context: object) => {
  const info = vi.spyOn(console, "info").mockImplementation(() => undefined);
  try {
    const response = await retention(request, context);
    return { response, lines: info.mock.calls.map((call) => JSON.parse(String(call[0])) as Record<string, unknown>) };
  } finally {
    info.mockRestore();
  }
};
const scheduled = () =>
  new Request("https://alliance.example.org/.netlify/functions/retention", {
    method: "POST",
    body: JSON.stringify({ next_run: new Date(Date.now() + DAY_MS).toISOString() }),
  });

beforeAll(async () => {
  blobs = await startTestBlobs({ onRequest: (request) => void requests.push(request) });
  preview = ApplicationStore.open(blobs.sandbox.location, { preview: true });
  proposals = blobs.storeOf(COOPERATION);
});
afterAll(() => blobs?.stop());

describe("the scheduled retention function", () => {
  it("is declared to Netlify as a daily schedule with no path, so it is never a page or an endpoint", async () => {
    expect(config).toEqual({ schedule: expect.stringMatching(/^\d{1,2} \d{1,2} \* \* \*$/) });
    const paths = (await readNetlifyConfig(repoRoot)).functionPaths;
    expect(paths).toContain("/.netlify/functions/retention");
    expect(paths.filter((path) => !path.startsWith("/.netlify/functions/")).sort()).toEqual(["/api/cooperate", "/api/participate"]);
  });

  let before: Record<string, SubmissionRecord>;
  let now: number;
  beforeAll(async () => {
    now = Date.now();
    before = await seed(now);
  });

  it("does nothing outside production: deploy previews, branch deploys and local runs only log that they skipped", async () => {
    for (const context of [{ deploy: { context: "deploy-preview", published: false } }, { deploy: { context: "dev" } }, { deploy: { context: "" } }, {}]) {
      const { response, lines } = await runAt(scheduled(), context);
      expect(response.status).toBe(204);
      expect(lines).toEqual([{ event: "retention.skipped", context: context.deploy?.context || "none", published: false }]);
    }
    expect(await everything()).toEqual(before);
  });

  it("in production deletes exactly the expired records and the hashes past their period, in every store, and changes nothing else", async () => {
    const { response, lines } = await runAt(scheduled(), { deploy: { context: "production" } });
    expect(response.status).toBe(204);
    const after = await everything();
    const ageOf = (r: SubmissionRecord) => (now - Date.parse(r.receivedAt)) / DAY_MS;
    for (const [id, record] of Object.entries(before)) {
      const age = ageOf(record);
      if (age > keepDays) expect(after[id], `${nameOf(record)} should be deleted`).toBeUndefined();
      else if (age > hashDays) expect(after[id], nameOf(record)).toEqual({ ...record, clientHash: null });
      else expect(after[id], nameOf(record)).toEqual(record);
    }
    expect(Object.keys(after).every((id) => id in before)).toBe(true);

    const expired = Object.values(before).filter((r) => ageOf(r) > keepDays);
    const hashed = Object.values(before).filter((r) => ageOf(r) > hashDays && ageOf(r) <= keepDays && r.clientHash !== null);
    const oldest = Object.values(after)
      .map((r) => r.receivedAt)
      .sort()[0];
    expect(expired).toHaveLength(12);
    // One structured line: what went, and what is the oldest record kept.
    expect(lines).toEqual([
      expect.objectContaining({ event: "retention.run", complete: true, deleted: expired.length, hashesRemoved: hashed.length, oldestKept: oldest }),
    ]);
    expect(lines[0].stores).toEqual([
      expect.objectContaining({ store: "applications", deleted: 4 }),
      expect.objectContaining({ store: "applications-preview", deleted: 4 }),
      expect.objectContaining({ store: "cooperation", deleted: 4 }),
      expect.objectContaining({ store: "cooperation-preview", deleted: 0 }),
    ]);
  });

  it("the next day lists only the days that crossed a limit, and reads only their records", async () => {
    const before = await everything();
    requests.length = 0;
    const tomorrow = new Date(now + DAY_MS);
    const run = await enforceRetention(openSubmissionStores(blobs.sandbox.location), privacy, { now: tomorrow });
    const during = requests.filter((r) => !r.url.includes("-settings"));
    const after = await everything();
    const ageOf = (r: SubmissionRecord) => (tomorrow.getTime() - Date.parse(r.receivedAt)) / DAY_MS;
    const crossed = Object.values(before).filter((r) => ageOf(r) > keepDays);
    expect(crossed.map(nameOf).sort()).toEqual([
      `Authority aged ${keepDays - MINUTE}`,
      `Preview aged ${keepDays - MINUTE}`,
      `Proposal aged ${keepDays - MINUTE}`,
    ]);
    expect(run).toMatchObject({ complete: true, deleted: crossed.length });
    expect(Object.keys(after).sort()).toEqual(
      Object.keys(before)
        .filter((id) => !crossed.some((r) => r.id === id))
        .sort(),
    );
    for (const record of Object.values(after)) expect(record.clientHash === null || ageOf(record) <= hashDays, nameOf(record)).toBe(true);

    // Every listing named a day, a month or a year, and every record read was in one of them: none far from a limit.
    const prefixes = during.filter((r) => r.type === "list").map((r) => new URL(r.url, "http://x").searchParams.get("prefix") ?? "");
    expect(prefixes.length).toBeGreaterThan(0);
    for (const prefix of prefixes) expect(prefix).toMatch(/^\d{4}(\d{2}(\d{2})?)?$/);
    const reads = during.filter((r) => r.type === "get").map((r) => r.url.split("/").pop()!);
    for (const key of reads)
      expect(
        prefixes.some((prefix) => key.startsWith(prefix)),
        key,
      ).toBe(true);
    const farFromLimits = Object.values(before).filter((r) => [0, 1, 100].includes(Math.round(ageOf(r)) - 1));
    expect(farFromLimits).toHaveLength(9);
    for (const record of farFromLimits) expect(reads, nameOf(record)).not.toContain(record.id);
  });

  it("a second run on the same day finds nothing more to do", async () => {
    const before = await everything();
    const run = await enforceRetention(openSubmissionStores(blobs.sandbox.location), privacy, { now: new Date(now + DAY_MS) });
    expect(run).toMatchObject({ complete: true, deleted: 0, hashesRemoved: 0 });
    expect(await everything()).toEqual(before);
  });

  it("stopped by its time limit, says so, records nothing as done, and the next run finishes the work", async () => {
    const store = new SubmissionStore("time-limit-test", blobs.sandbox.location);
    for (const age of [keepDays + 1, keepDays + 2, 5]) await store.saveOnce(storedApplication(`Aged ${age}`, age));
    const stopped = await enforceRetention([store], privacy, { timeLimitMs: -1 });
    expect(stopped).toMatchObject({ complete: false, deleted: 0 });
    expect(await store.retentionState()).toEqual({});
    expect(await enforceRetention([store], privacy)).toMatchObject({ complete: true, deleted: 2 });
    expect((await store.list()).map((r) => r.id)).toHaveLength(1);
  });

  it("a run that fails logs one error line and answers 500", async () => {
    const saved = process.env.NETLIFY_BLOBS_CONTEXT;
    delete process.env.NETLIFY_BLOBS_CONTEXT; // no store to reach
    const error = vi.spyOn(console, "error").mockImplementation(() => undefined);
    try {
      const { response } = await runAt(scheduled(), { deploy: { context: "production", published: true } });
      expect(response.status).toBe(500);
      expect(error.mock.calls.map((call) => JSON.parse(String(call[0])))).toEqual([
        { event: "retention.failed", error: expect.any(String), durationMs: expect.any(Number) },
      ]);
    } finally {
      process.env.NETLIFY_BLOBS_CONTEXT = saved;
      error.mockRestore();
    }
  });

  it("deals with records under keys of any other form on its first run, by reading them", async () => {
    const { kind: _, ...location } = blobs.sandbox.location;
    const raw = getStore({ name: "legacy-keys-test", ...location });
    const old = { ...storedApplication("Legacy, expired", keepDays + 3), id: "legacy-1" };
    const recent = { ...storedApplication("Legacy, hashed", hashDays + 3), id: "legacy-2" };
    await raw.setJSON(old.id, old);
    await raw.setJSON(recent.id, recent);
    const run = await enforceRetention([new SubmissionStore("legacy-keys-test", blobs.sandbox.location)], privacy);
    expect(run).toMatchObject({ complete: true, deleted: 1, hashesRemoved: 1 });
    expect(await raw.get(old.id)).toBeNull();
    expect(await raw.get(recent.id, { type: "json" })).toEqual({ ...recent, clientHash: null });
  });
});
