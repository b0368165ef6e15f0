import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import participate from "../../src/functions/participate.ts";
import { formRequest, validFields } from "../helpers/applications.ts";
import { startTestBlobs, type TestBlobs } from "../helpers/blobs-sandbox.ts";

let blobs: TestBlobs;
beforeAll(async () => {
  blobs = await startTestBlobs();
  vi.spyOn(console, "info").mockImplementation(() => undefined);
});
afterAll(() => blobs?.stop());

describe("concurrent submissions", () => {
  it("200 different valid applications at once give exactly 200 records", async () => {
    const fields = Array.from({ length: 200 }, (_, i) => validFields(`Concurrent authority ${i}`));
    const responses = await Promise.all(
      fields.map((f, i) => participate(formRequest(f, { headers: { accept: "application/json" } }), { ip: `192.0.2.${i % 250}` })),
    );
    expect(responses.map((r) => r.status)).toEqual(Array(200).fill(201));
    const ids = await Promise.all(responses.map(async (r) => (await r.json()).id));
    expect(new Set(ids).size).toBe(200);
    const records = await blobs.store.list();
    expect(records).toHaveLength(200);
    expect(new Set(records.map((r) => r.fields.authority))).toEqual(new Set(fields.map((f) => f.authority)));
  });

  it("the same application sent 20 times at once is stored once", async () => {
    const fields = validFields("Same authority twenty times");
    const before = (await blobs.store.list()).length;
    const responses = await Promise.all(Array.from({ length: 20 }, () => participate(formRequest(fields, { headers: { accept: "application/json" } }))));
    expect(new Set(responses.map((r) => r.status))).toEqual(new Set([201]));
    expect(new Set(await Promise.all(responses.map(async (r) => (await r.json()).id))).size).toBe(1);
    expect((await blobs.store.list()).length).toBe(before + 1);
  });
});
