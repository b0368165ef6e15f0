/**
 * `npm run submissions -- <command>`: the secretariat's view of the applications.
 *
 *   list [--json]                  every application, oldest first
 *   export --csv                   every application as CSV, on standard output
 *   purge [--older-than <days>]    deletes applications received more than <days> days ago
 *                                  (default: the retention period of _data/participation.json)
 *
 * Reads the local Blobs sandbox of `npm start` (.netlify/blobs-serve) by default, or the production
 * store when NETLIFY_SITE_ID and NETLIFY_AUTH_TOKEN are set.
 */
import { join } from "node:path";
import { parseArgs } from "node:util";
import { participation } from "../src/form/settings.ts";
import { ApplicationStore, type ApplicationRecord } from "../src/storage/applications.ts";
import { applicationsCsv } from "../src/storage/csv.ts";
import { localSiteId, SANDBOX_DIR, startSandbox } from "../src/storage/sandbox.ts";

const DAY_MS = 86_400_000;
const usage = "usage: npm run submissions -- list [--json] | export --csv | purge [--older-than <days>]";

async function main(argv: string[]): Promise<number> {
  const { positionals, values } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { json: { type: "boolean" }, csv: { type: "boolean" }, "older-than": { type: "string" } },
  });
  const [command, ...rest] = positionals;
  if (rest.length || !["list", "export", "purge"].includes(command) || (command === "export" && !values.csv)) {
    console.error(usage);
    return 2;
  }
  const days = values["older-than"] ?? String(participation.retentionDays);
  if (command === "purge" && !/^\d+$/.test(days)) {
    console.error(`--older-than: "${days}" is not a whole number of days\n${usage}`);
    return 2;
  }

  const { store, where, close } = await openStore();
  try {
    const records = await store.list();
    if (command === "list") process.stdout.write(values.json ? `${JSON.stringify(records, null, 2)}\n` : listing(records, where));
    else if (command === "export") process.stdout.write(applicationsCsv(records));
    else {
      const cutoff = Date.now() - Number(days) * DAY_MS;
      const old = records.filter((r) => Date.parse(r.receivedAt) < cutoff);
      for (const record of old) await store.remove(record.id);
      console.log(`Deleted ${old.length} application(s) received more than ${days} day(s) ago; ${records.length - old.length} kept (${where}).`);
    }
  } finally {
    await close();
  }
  return 0;
}

/** The production store when a site id and token are given, else the local sandbox (served for the time of the command). */
async function openStore(): Promise<{ store: ApplicationStore; where: string; close: () => Promise<void> }> {
  // A function runtime's context would take precedence over the location given here.
  delete process.env.NETLIFY_BLOBS_CONTEXT;
  const { NETLIFY_SITE_ID: siteID, NETLIFY_AUTH_TOKEN: token } = process.env;
  if (siteID && token) return { store: ApplicationStore.open({ kind: "site", siteID, token }), where: `site ${siteID}`, close: async () => {} };
  const root = process.cwd();
  const sandbox = await startSandbox(join(root, SANDBOX_DIR), localSiteId(root));
  return { store: ApplicationStore.open(sandbox.location), where: `local sandbox ${SANDBOX_DIR}`, close: sandbox.stop };
}

function listing(records: ApplicationRecord[], where: string): string {
  const lines = records.map((r) =>
    [r.receivedAt, r.id, r.locale, r.fields.country, r.fields.authority, `${r.fields.contact_name} <${r.fields.email}>`].join("  "),
  );
  return `${[...lines, `${records.length} application(s) in the ${where}.`].join("\n")}\n`;
}

process.exitCode = await main(process.argv.slice(2)).catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  return 1;
});
