import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { submissionsCsv } from "../../src/storage/csv.ts";
import { privacy } from "../../src/storage/privacy-settings.ts";
import { startTestBlobs, type TestBlobs } from "../helpers/blobs-sandbox.ts";
import { COOPERATION_CASE, FORM_CASES, PARTICIPATION_CASE, storedRecord, titleOf } from "../helpers/form-cases.ts";
import { repoRoot } from "../helpers/fixture-site.ts";

const run = promisify(execFile);

/** The secretariat's CLI, run as `npm run submissions` runs it, on a sandbox the test filled. */
let blobs: TestBlobs;
const cli = (...args: string[]) =>
  run(process.execPath, [`${repoRoot}/scripts/submissions.ts`, ...args], {
    cwd: blobs.root,
    env: { ...process.env, NETLIFY_SITE_ID: "", NETLIFY_AUTH_TOKEN: "" },
  });

beforeAll(async () => {
  blobs = await startTestBlobs();
});
afterAll(() => blobs?.stop());

describe.each(FORM_CASES)("npm run submissions --form $form.name", (formCase) => {
  const { form } = formCase;
  const store = () => blobs.storeOf(form);
  const titles = async () => (await store().list()).map((r) => titleOf(form, r));
  const textarea = form.name === "participation" ? "message" : "proposal";
  beforeAll(async () => {
    await store().saveOnce(storedRecord(formCase, `Andalusia ${form.name}`, 3, { [textarea]: 'Line one\nsays "hello", then =1+1' }));
    await store().saveOnce(storedRecord(formCase, `=HYPERLINK("http://evil/${form.name}")`, 1));
    await store().saveOnce(storedRecord(formCase, `Old ${form.name}`, privacy.retentionDays + 5));
  });

  it("list --json prints every submission of the form, oldest first", async () => {
    const { stdout } = await cli("list", "--json", "--form", form.name);
    expect(JSON.parse(stdout).map((r: { fields: object }) => titleOf(form, r))).toEqual([
      `Old ${form.name}`,
      `Andalusia ${form.name}`,
      `=HYPERLINK("http://evil/${form.name}")`,
    ]);
  });

  it("list prints one line per submission and a count", async () => {
    const { stdout } = await cli("list", "--form", form.name);
    expect(stdout).toContain(`Andalusia ${form.name}`);
    expect(stdout).toContain("ana@example.org");
    expect(stdout).toContain(`3 submission(s) of the ${form.name} form`);
  });

  it("export --csv writes a spreadsheet-safe CSV", async () => {
    const { stdout } = await cli("export", "--csv", "--form", form.name);
    const lines = stdout.replace(/^\uFEFF/, "").split("\r\n");
    expect(lines[0]).toBe(formCase.csvHeader);
    expect(stdout).toContain('"Line one\nsays ""hello"", then =1+1"');
    expect(stdout).toContain(`"'=HYPERLINK(""http://evil/${form.name}"")"`);
    expect(stdout).toBe(submissionsCsv(form, await store().list()));
  });

  it("purge --form deletes what is older than the retention period from that form's stores, and --older-than overrides it", async () => {
    const first = await cli("purge", "--form", form.name);
    expect(first.stdout).toContain("Deleted 1 record(s)");
    expect(first.stdout).not.toContain(FORM_CASES.find((c) => c !== formCase)!.form.store);
    expect(await titles()).toEqual([`Andalusia ${form.name}`, `=HYPERLINK("http://evil/${form.name}")`]);
    await cli("purge", "--older-than", "2", "--form", form.name);
    expect(await titles()).toEqual([`=HYPERLINK("http://evil/${form.name}")`]);
  });
});

describe("npm run submissions, whatever the form", () => {
  it("without --form, list shows the participation form's submissions", async () => {
    const { stdout } = await cli("list");
    expect(stdout).toContain("submission(s) of the participation form");
    expect(stdout).not.toContain("cooperation");
  });

  it("without --form, purge goes through every form's stores, production's and the previews'", async () => {
    const { stdout } = await cli("purge");
    for (const { form } of FORM_CASES) for (const name of [form.store, `${form.store}-preview`]) expect(stdout).toContain(`${name}: `);
  });

  it("refuses a command it does not know, a form it does not know, a number of days that is not one, or a delete that names nothing", async () => {
    for (const args of [
      ["drop"],
      ["constructor"],
      ["list", "--form", "newsletter"],
      ["list", "--form"],
      ["purge", "--older-than", "soon"],
      ["purge", "--older-than", "0"],
      ["delete"],
      ["export"],
      ["export", "--csv", "--email", "a@b.c"],
    ]) {
      await expect(cli(...args), args.join(" ")).rejects.toMatchObject({ code: 2, stderr: expect.stringContaining("usage:") });
    }
  });
});

describe("a person's own data, on request, in every form's stores", () => {
  const applications = () => blobs.storeOf(PARTICIPATION_CASE.form);
  const proposals = () => blobs.storeOf(COOPERATION_CASE.form);
  const applicationsPreview = () => blobs.storeOf(PARTICIPATION_CASE.form, { preview: true });
  const jeanne = { email: "Jeanne.Dupont@example.org", contact_name: "Jeanne Dupont" };
  let ids: { application: string; preview: string; proposal: string; other: string; otherProposal: string };
  beforeAll(async () => {
    ids = {
      application: (await applications().saveOnce(storedRecord(PARTICIPATION_CASE, "Ville de Colmar", 4, jeanne))).id,
      // The same person again, on a deploy preview: its store is searched too.
      preview: (
        await applicationsPreview().saveOnce(storedRecord(PARTICIPATION_CASE, "Ville de Colmar (test)", 2, { ...jeanne, email: "jeanne.dupont@example.org " }))
      ).id,
      // And through the other form, for her organisation.
      proposal: (await proposals().saveOnce(storedRecord(COOPERATION_CASE, "Association de Colmar", 5, jeanne))).id,
      other: (await applications().saveOnce(storedRecord(PARTICIPATION_CASE, "Ville de Mulhouse", 4, { email: "someone@example.org" }))).id,
      otherProposal: (await proposals().saveOnce(storedRecord(COOPERATION_CASE, "Association de Mulhouse", 4, { email: "someone@example.org" }))).id,
    };
  });

  it("export --email gives every record with that address, from every store of every form, whatever its case", async () => {
    const { stdout, stderr } = await cli("export", "--email", "jeanne.dupont@EXAMPLE.org");
    const records = JSON.parse(stdout) as { store: string; id: string }[];
    expect(records.map((r) => [r.store, r.id]).sort()).toEqual(
      [
        ["applications", ids.application],
        ["applications-preview", ids.preview],
        ["cooperation", ids.proposal],
      ].sort(),
    );
    expect(records.find((r) => r.id === ids.proposal)).toEqual({ store: "cooperation", ...(await proposals().get(ids.proposal)) });
    expect(stderr).toContain("3 record(s)");
  });

  it("export --email --form gives only that form's records", async () => {
    const { stdout } = await cli("export", "--email", "jeanne.dupont@example.org", "--form", "cooperation");
    expect((JSON.parse(stdout) as { id: string }[]).map((r) => r.id)).toEqual([ids.proposal]);
  });

  it("delete <id> deletes that one record, whichever form's it is, and says so; an unknown id deletes nothing and fails", async () => {
    const { stdout } = await cli("delete", ids.otherProposal);
    expect(stdout).toContain(`deleted cooperation ${ids.otherProposal}`);
    expect(stdout).toContain("Deleted 1 record(s)");
    expect(await proposals().get(ids.otherProposal)).toBeNull();
    expect(await applications().get(ids.other)).not.toBeNull();
    await expect(cli("delete", ids.otherProposal)).rejects.toMatchObject({ code: 1, stdout: expect.stringContaining("Deleted 0 record(s)") });
  });

  it("delete --email deletes every record with that address, in every store of every form, and nothing else", async () => {
    const before = [...(await applications().list()), ...(await proposals().list())].map((r) => r.id);
    const { stdout } = await cli("delete", "--email", "jeanne.dupont@example.org");
    expect(stdout).toContain(`deleted applications ${ids.application}`);
    expect(stdout).toContain(`deleted applications-preview ${ids.preview}`);
    expect(stdout).toContain(`deleted cooperation ${ids.proposal}`);
    expect(stdout).toContain("Deleted 3 record(s)");
    const after = [...(await applications().list()), ...(await proposals().list())].map((r) => r.id);
    expect(after).toEqual(before.filter((id) => id !== ids.application && id !== ids.proposal));
    expect(await applicationsPreview().list()).toEqual([]);
    expect(JSON.parse((await cli("export", "--email", "jeanne.dupont@example.org")).stdout)).toEqual([]);
  });
});
