/**
 * `npm run bench:purge [-- --records 5000]`: the retention run (src/storage/retention.ts, what the daily
 * scheduled function and `npm run submissions -- purge` do) over a local Blobs server holding that many
 * applications, received evenly over the last 1,000 days. Times two runs: the first one (no earlier run
 * recorded, so every key is listed) and the next day's (only the days that crossed a limit), with the
 * requests each made. Netlify stops a scheduled function after 30 s. Prints numbers, asserts nothing.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { ApplicationStore } from "../../src/storage/applications.ts";
import { mapLimited } from "../../src/storage/pool.ts";
import { DAY_MS } from "../../src/storage/keys.ts";
import { privacy } from "../../src/storage/privacy-settings.ts";
import { enforceRetention, type RetentionRun } from "../../src/storage/retention.ts";
import { startSandbox } from "../../src/storage/sandbox.ts";
import { openSubmissionStores } from "../../src/storage/stores.ts";
import { table, writeSection } from "./report.ts";

const { values } = parseArgs({ options: { records: { type: "string", default: "5000" } } });
const records = Number(values.records);
const SPAN_DAYS = 1000;

const root = mkdtempSync(join(tmpdir(), "alliance-purge-bench-"));
const requests: Record<string, number> = {};
const count = ({ type }: { type: string }) => {
  requests[type] = (requests[type] ?? 0) + 1;
};
const sandbox = await startSandbox(join(root, "blobs"), "0", { onRequest: count });
try {
  const store = ApplicationStore.open(sandbox.location);
  const now = Date.now();
  const started = performance.now();
  await mapLimited(
    Array.from({ length: records }, (_, i) => i),
    32,
    async (i) => {
      const { created } = await store.saveOnce({
        receivedAt: new Date(now - (i / records) * SPAN_DAYS * DAY_MS).toISOString(),
        locale: i % 2 ? "en" : "fr",
        fields: {
          authority: `Authority ${i}`,
          authority_type: "municipality",
          country: "FR",
          contact_name: `Contact ${i}`,
          position: "Mayor",
          email: `contact${i}@example.org`,
          phone: "",
          message: "We would like to join.",
          consent: "yes",
        },
        clientHash: "0".repeat(32),
        privacyNoticeVersion: privacy.noticeVersion,
      });
      if (!created) throw new Error(`application ${i} was not stored`);
    },
  );
  console.log(`${records} applications stored in ${((performance.now() - started) / 1000).toFixed(1)} s`);

  const rows: (string | number)[][] = [];
  for (const [label, at] of [
    ["first run (every key listed)", now],
    ["next day's run", now + DAY_MS],
  ] as const) {
    for (const key of Object.keys(requests)) delete requests[key];
    const t0 = performance.now();
    const run: RetentionRun = await enforceRetention(openSubmissionStores(sandbox.location), privacy, { now: new Date(at) });
    const seconds = ((performance.now() - t0) / 1000).toFixed(2);
    const counts = ["list", "get", "set", "delete"].map((type) => requests[type] ?? 0);
    rows.push([label, seconds, run.deleted, run.hashesRemoved, ...counts]);
    console.log(`${label}: ${seconds} s, ${run.deleted} deleted, ${run.hashesRemoved} hashes removed, requests ${JSON.stringify(requests)}`);
  }
  writeSection(
    "purge",
    [
      `## Retention run (\`npm run bench:purge\`, ${records.toLocaleString("en")} applications over ${SPAN_DAYS} days)`,
      "",
      `Retention ${privacy.retentionDays} days, client hash ${privacy.clientHashDays} days, against a local Blobs server (BlobsServer); the scheduled function's limit on Netlify is 30 s, and the run stops starting work after 20 s. Load average when it ended: ${loadavg()[0].toFixed(1)}.`,
      "",
      table(["run", "seconds", "deleted", "hashes removed", "lists", "reads", "writes", "deletes"], rows),
    ].join("\n"),
  );
} finally {
  await sandbox.stop();
  rmSync(root, { recursive: true, force: true });
}
