import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { participation } from "../../src/form/settings.ts";
import { applicationsCsv } from "../../src/storage/csv.ts";
import type { NewApplication } from "../../src/storage/applications.ts";
import { repoRoot } from "../helpers/fixture-site.ts";
import { startTestBlobs, type TestBlobs } from "../helpers/blobs-sandbox.ts";

const run = promisify(execFile);
const DAY = 86_400_000;

function application(authority: string, daysAgo: number, extra: Partial<NewApplication["fields"]> = {}): NewApplication {
  return {
    receivedAt: new Date(Date.now() - daysAgo * DAY).toISOString(),
    locale: "en",
    fields: {
      authority,
      authority_type: "region",
      country: "ES",
      contact_name: "Ana García",
      position: "Director",
      email: "ana@example.org",
      phone: "",
      message: "",
      consent: "yes",
      ...extra,
    },
    clientHash: "0".repeat(32),
    privacyNoticeVersion: participation.privacyNoticeVersion,
  };
}

/** The secretariat's CLI, run as `npm run submissions` runs it, on a sandbox the test filled. */
let blobs: TestBlobs;
const cli = (...args: string[]) =>
  run(process.execPath, [`${repoRoot}/scripts/submissions.ts`, ...args], {
    cwd: blobs.root,
    env: { ...process.env, NETLIFY_SITE_ID: "", NETLIFY_AUTH_TOKEN: "" },
  });

beforeAll(async () => {
  blobs = await startTestBlobs();
  await blobs.store.saveOnce(application("Region of Andalusia", 3, { message: 'Line one\nsays "hello", then =1+1' }));
  await blobs.store.saveOnce(application('=HYPERLINK("http://evil")', 1));
  await blobs.store.saveOnce(application("Old Region", participation.retentionDays + 5));
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

  it("refuses a command it does not know, or a number of days that is not one", async () => {
    await expect(cli("drop")).rejects.toMatchObject({ code: 2 });
    await expect(cli("purge", "--older-than", "soon")).rejects.toMatchObject({ code: 2 });
  });

  it("purge deletes what is older than the retention period by default, and --older-than overrides it", async () => {
    const first = await cli("purge");
    expect(first.stdout).toContain("Deleted 1 application(s)");
    expect((await blobs.store.list()).map((r) => r.fields.authority)).toEqual(["Region of Andalusia", '=HYPERLINK("http://evil")']);
    await cli("purge", "--older-than", "2");
    expect((await blobs.store.list()).map((r) => r.fields.authority)).toEqual(['=HYPERLINK("http://evil")']);
  });
});
