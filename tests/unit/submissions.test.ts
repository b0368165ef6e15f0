import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ApplicationStore } from "../../src/storage/applications.ts";
import { applicationsCsv } from "../../src/storage/csv.ts";
import { privacy } from "../../src/storage/privacy-settings.ts";
import { storedApplication as application } from "../helpers/applications.ts";
import { repoRoot } from "../helpers/fixture-site.ts";
import { startTestBlobs, type TestBlobs } from "../helpers/blobs-sandbox.ts";

const run = promisify(execFile);

/** The secretariat's CLI, run as `npm run submissions` runs it, on a sandbox the test filled. */
let blobs: TestBlobs;
const cli = (...args: string[]) =>
  run(process.execPath, [`${repoRoot}/scripts/submissions.ts`, ...args], {
    cwd: blobs.root,
    env: { ...process.env, NETLIFY_SITE_ID: "", NETLIFY_AUTH_TOKEN: "" },
  });
const authorities = async (store = blobs.store) => (await store.list()).map((r) => r.fields.authority);

beforeAll(async () => {
  blobs = await startTestBlobs();
  await blobs.store.saveOnce(application("Region of Andalusia", 3, { message: 'Line one\nsays "hello", then =1+1' }));
  await blobs.store.saveOnce(application('=HYPERLINK("http://evil")', 1));
  await blobs.store.saveOnce(application("Old Region", privacy.retentionDays + 5));
});
afterAll(() => blobs?.stop());

describe("npm run submissions", () => {
  it("list --json prints every application, oldest first", async () => {
    const { stdout } = await cli("list", "--json");
    expect(JSON.parse(stdout).map((r: { fields: { authority: string } }) => r.fields.authority)).toEqual([
      "Old Region",
      "Region of Andalusia",
      '=HYPERLINK("http://evil")',
    ]);
  });

  it("list prints one line per application and a count", async () => {
    const { stdout } = await cli("list");
    expect(stdout).toContain("Region of Andalusia");
    expect(stdout).toContain("ana@example.org");
    expect(stdout).toMatch(/3 application\(s\)/);
  });

  it("export --csv writes a spreadsheet-safe CSV", async () => {
    const { stdout } = await cli("export", "--csv");
    const lines = stdout.replace(/^\uFEFF/, "").split("\r\n");
    expect(lines[0]).toBe(
      "id,received_at,locale,authority,authority_type,country,contact_name,position,email,phone,message,consent,privacy_notice_version,client_hash",
    );
    expect(stdout).toContain('"Line one\nsays ""hello"", then =1+1"');
    expect(stdout).toContain(`"'=HYPERLINK(""http://evil"")"`);
    expect(stdout).toBe(applicationsCsv(await blobs.store.list()));
  });

  it("refuses a command it does not know, a number of days that is not one, or a delete that names nothing", async () => {
    for (const args of [
      ["drop"],
      ["constructor"],
      ["purge", "--older-than", "soon"],
      ["purge", "--older-than", "0"],
      ["delete"],
      ["export"],
      ["export", "--csv", "--email", "a@b.c"],
    ]) {
      await expect(cli(...args), args.join(" ")).rejects.toMatchObject({ code: 2, stderr: expect.stringContaining("usage:") });
    }
  });

  it("purge deletes what is older than the retention period by default, and --older-than overrides it", async () => {
    const first = await cli("purge");
    expect(first.stdout).toContain("Deleted 1 record(s)");
    expect(await authorities()).toEqual(["Region of Andalusia", '=HYPERLINK("http://evil")']);
    await cli("purge", "--older-than", "2");
    expect(await authorities()).toEqual(['=HYPERLINK("http://evil")']);
  });
});

describe("a person's own data, on request", () => {
  const preview = () => ApplicationStore.open(blobs.sandbox.location, { preview: true });
  let ids: { jeanne: string; jeannePreview: string; other: string };
  beforeAll(async () => {
    const jeanne = { email: "Jeanne.Dupont@example.org", contact_name: "Jeanne Dupont" };
    ids = {
      jeanne: (await blobs.store.saveOnce(application("Ville de Colmar", 4, jeanne))).id,
      // The same person again, on a deploy preview: its store is searched too.
      jeannePreview: (await preview().saveOnce(application("Ville de Colmar (test)", 2, { ...jeanne, email: "jeanne.dupont@example.org " }))).id,
      other: (await blobs.store.saveOnce(application("Ville de Mulhouse", 4, { email: "someone@example.org" }))).id,
    };
  });

  it("export --email gives every record with that address, from every store, whatever its case", async () => {
    const { stdout, stderr } = await cli("export", "--email", "jeanne.dupont@EXAMPLE.org");
    const records = JSON.parse(stdout) as { store: string; id: string; fields: { authority: string; email: string } }[];
    expect(records.map((r) => [r.store, r.id]).sort()).toEqual(
      [
        ["applications", ids.jeanne],
        ["applications-preview", ids.jeannePreview],
      ].sort(),
    );
    expect(records.find((r) => r.id === ids.jeanne)).toEqual({ store: "applications", ...(await blobs.store.get(ids.jeanne)) });
    expect(stderr).toContain("2 record(s)");
  });

  it("delete <id> deletes that one record and says so; an unknown id deletes nothing and fails", async () => {
    const { stdout } = await cli("delete", ids.other);
    expect(stdout).toContain(`deleted applications ${ids.other}`);
    expect(stdout).toContain("Deleted 1 record(s)");
    expect(await blobs.store.get(ids.other)).toBeNull();
    expect(await blobs.store.get(ids.jeanne)).not.toBeNull();
    await expect(cli("delete", ids.other)).rejects.toMatchObject({ code: 1, stdout: expect.stringContaining("Deleted 0 record(s)") });
  });

  it("delete --email deletes every record with that address, in every store, and nothing else", async () => {
    const before = await authorities();
    const { stdout } = await cli("delete", "--email", "jeanne.dupont@example.org");
    expect(stdout).toContain(`deleted applications ${ids.jeanne}`);
    expect(stdout).toContain(`deleted applications-preview ${ids.jeannePreview}`);
    expect(stdout).toContain("Deleted 2 record(s)");
    expect(await authorities()).toEqual(before.filter((a) => a !== "Ville de Colmar"));
    expect(await authorities(preview())).toEqual([]);
    expect(JSON.parse((await cli("export", "--email", "jeanne.dupont@example.org")).stdout)).toEqual([]);
  });
});
