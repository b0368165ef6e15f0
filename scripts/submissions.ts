/**
 * `npm run submissions -- <command>`: the secretariat's view of what the forms stored.
 *
 *   list [--json]                  every submission of the form, oldest first
 *   export --csv                   every submission of the form as CSV, on standard output
 *   export --email <address>       every record with that contact address, in every store, as JSON (the right of access)
 *   delete <id>                    deletes that record, from whichever store holds it
 *   delete --email <address>       deletes every record with that contact address, in every store
 *   approve <id>                   adds the authority of that participation application to _data/participants.yaml
 *                                  (a change to commit through a pull request)
 *   purge [--older-than <days>]    the retention run, as the daily scheduled function does it: deletes the
 *                                  records received more than <days> days ago (default: the retention
 *                                  period of _data/privacy.json) and removes client hashes past their period
 *
 *   --form participation|cooperation   the form whose store a command reads (src/form/forms.ts). list and
 *                                  export --csv show one form's submissions: the participation form's
 *                                  unless told. delete, export --email and purge go through every form's
 *                                  stores unless told, so that a person's data is found wherever it is.
 *
 * Reads the local Blobs sandbox of `npm start` (.netlify/blobs-serve) by default, or the production
 * stores when NETLIFY_SITE_ID and NETLIFY_AUTH_TOKEN are set.
 */
import { join } from "node:path";
import { parseArgs } from "node:util";
import { approvalReport, approveApplication } from "../src/participants/approve.ts";
import type { FormDefinition } from "../src/form/fields.ts";
import { FORMS, formNamed } from "../src/form/forms.ts";
import { PARTICIPATION } from "../src/form/participation.ts";
import { submissionsCsv } from "../src/storage/csv.ts";
import { deleteRecords, type FoundRecord, findByEmail, findById } from "../src/storage/personal-data.ts";
import { privacy } from "../src/storage/privacy-settings.ts";
import { enforceRetention } from "../src/storage/retention.ts";
import { localSiteId, SANDBOX_DIR, startSandbox } from "../src/storage/sandbox.ts";
import { openFormStore, openSubmissionStores } from "../src/storage/stores.ts";
import type { StoreLocation, SubmissionStore, SubmissionRecord } from "../src/storage/submission-store.ts";

const usage = [
  "usage: npm run submissions -- list [--json] | export --csv | export --email <address>",
  "                            | delete <id> | delete --email <address> | purge [--older-than <days>]",
  "                            | approve <id>",
  `                            [--form ${FORMS.map((form) => form.name).join("|")}]`,
].join("\n");

class UsageError extends Error {}

async function main(argv: string[]): Promise<number> {
  const { positionals, values } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { json: { type: "boolean" }, csv: { type: "boolean" }, email: { type: "string" }, "older-than": { type: "string" }, form: { type: "string" } },
  });
  const [command, ...rest] = positionals;
  if (!Object.hasOwn(commands, command ?? "")) throw new UsageError(`unknown command "${command ?? ""}"`);
  const run = commands[command as keyof typeof commands];
  const chosen = values.form === undefined ? undefined : formNamed(values.form);
  if (values.form !== undefined && !chosen) throw new UsageError(`--form: "${values.form}" is not a form (${FORMS.map((form) => form.name).join(", ")})`);
  const { location, where, close } = await openLocation();
  try {
    return await run({ rest, values, form: chosen ?? PARTICIPATION, stores: storesOf(chosen, location), location, where });
  } finally {
    await close();
  }
}

interface Invocation {
  rest: string[];
  values: { json?: boolean; csv?: boolean; email?: string; "older-than"?: string; form?: string };
  /** The form --form names, else the participation form. */
  form: FormDefinition;
  /** The stores --form names (production's and the previews'), else every form's. */
  stores: SubmissionStore[];
  location: StoreLocation;
  where: string;
}

function storesOf(form: FormDefinition | undefined, location: StoreLocation): SubmissionStore[] {
  return form ? [openFormStore(form, location), openFormStore(form, location, { preview: true })] : openSubmissionStores(location);
}

const commands = {
  async list({ rest, values, form, location, where }: Invocation) {
    if (rest.length) throw new UsageError("list takes no argument");
    const records = await openFormStore(form, location).list();
    process.stdout.write(values.json ? `${JSON.stringify(records, null, 2)}\n` : listing(form, records, where));
    return 0;
  },

  async export({ rest, values, form, stores, location, where }: Invocation) {
    if (rest.length || Boolean(values.csv) === (values.email !== undefined)) throw new UsageError("export takes either --csv or --email <address>");
    if (values.csv) {
      process.stdout.write(submissionsCsv(form, await openFormStore(form, location).list()));
      return 0;
    }
    const found = await findByEmail(stores, values.email!);
    process.stdout.write(
      `${JSON.stringify(
        found.map(({ store, record }) => ({ store: store.name, ...record })),
        null,
        2,
      )}\n`,
    );
    console.error(`${found.length} record(s) with the address ${values.email} in the ${where}.`);
    return 0;
  },

  async delete({ rest, values, stores, where }: Invocation) {
    if (rest.length !== (values.email === undefined ? 1 : 0)) throw new UsageError("delete takes either one id or --email <address>");
    const found = values.email === undefined ? await findById(stores, rest[0]) : await findByEmail(stores, values.email);
    await deleteRecords(found);
    for (const line of found.map(deletedLine)) console.log(line);
    const what = values.email === undefined ? `the id ${rest[0]}` : `the address ${values.email}`;
    console.log(`Deleted ${found.length} record(s) with ${what} from the ${where}.`);
    // A mistyped id deletes nothing: say so by the exit status too.
    return values.email === undefined && found.length === 0 ? 1 : 0;
  },

  async approve({ rest, location }: Invocation) {
    if (rest.length !== 1) throw new UsageError("approve takes one application id");
    const approval = await approveApplication({ location, id: rest[0], root: process.cwd() });
    for (const line of approvalReport(approval)) console.log(line);
    return 0;
  },

  async purge({ rest, values, stores, where }: Invocation) {
    const days = values["older-than"] ?? String(privacy.retentionDays);
    if (rest.length) throw new UsageError("purge takes no argument");
    if (!/^[1-9]\d*$/.test(days)) throw new UsageError(`--older-than: "${days}" is not a whole number of days`);
    const run = await enforceRetention(stores, { retentionDays: Number(days), clientHashDays: privacy.clientHashDays });
    for (const store of run.stores)
      console.log(`${store.store}: ${store.deleted} deleted, ${store.hashesRemoved} client hash(es) removed, oldest kept ${store.oldestKept ?? "none"}`);
    console.log(
      `Deleted ${run.deleted} record(s) received more than ${days} day(s) ago (before ${run.cutoff}); removed ${run.hashesRemoved} client hash(es) from records received before ${run.hashCutoff} (${where}).`,
    );
    return 0;
  },
};

function deletedLine({ store, record }: FoundRecord): string {
  return `deleted ${store.name} ${record.id}: received ${record.receivedAt}, ${record.fields.email}`;
}

/** The production stores when a site id and token are given, else the local sandbox (served for the time of the command). */
async function openLocation(): Promise<{ location: StoreLocation; where: string; close: () => Promise<void> }> {
  // A function runtime's context would take precedence over the location given here.
  delete process.env.NETLIFY_BLOBS_CONTEXT;
  const { NETLIFY_SITE_ID: siteID, NETLIFY_AUTH_TOKEN: token } = process.env;
  if (siteID && token) return { location: { kind: "site", siteID, token }, where: `site ${siteID}`, close: async () => {} };
  const root = process.cwd();
  const sandbox = await startSandbox(join(root, SANDBOX_DIR), localSiteId(root));
  return { location: sandbox.location, where: `local sandbox ${SANDBOX_DIR}`, close: sandbox.stop };
}

/** One line per submission: when, its id and language, and who sent it (every form has a country, a contact name and address). */
function listing(form: FormDefinition, records: SubmissionRecord[], where: string): string {
  const lines = records.map((r) => {
    const fields = r.fields as Record<string, string>;
    return [r.receivedAt, r.id, r.locale, fields.country, fields[form.titleField], `${fields.contact_name} <${fields.email}>`].join("  ");
  });
  return `${[...lines, `${records.length} submission(s) of the ${form.name} form in the ${where}.`].join("\n")}\n`;
}

process.exitCode = await main(process.argv.slice(2)).catch((error: unknown) => {
  if (error instanceof UsageError || (error instanceof TypeError && "code" in error && String(error.code).startsWith("ERR_PARSE_ARGS"))) {
    console.error(`${error.message}\n${usage}`);
    return 2;
  }
  console.error(error instanceof Error ? error.message : error);
  return 1;
});
