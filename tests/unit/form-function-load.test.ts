import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { formRequest } from "../helpers/applications.ts";
import { startTestBlobs, type TestBlobs } from "../helpers/blobs-sandbox.ts";
import { FORM_CASES, titleOf } from "../helpers/form-cases.ts";

let blobs: TestBlobs;
beforeAll(async () => {
  blobs = await startTestBlobs();
  vi.spyOn(console, "info").mockImplementation(() => undefined);
});
afterAll(() => blobs?.stop());

describe.each(FORM_CASES)("concurrent submissions of the $form.name form", ({ form, handler, valid }) => {
  const send = (fields: Record<string, string>) => formRequest(fields, { action: form.action, headers: { accept: "application/json" } });
  const store = () => blobs.storeOf(form);

  it("200 different valid submissions at once give exactly 200 records", async () => {
    const fields = Array.from({ length: 200 }, (_, i) => valid(`Concurrent sender ${i}`));
    const responses = await Promise.all(fields.map((f, i) => handler(send(f), { ip: `192.0.2.${i % 250}` })));
    expect(responses.map((r) => r.status)).toEqual(Array(200).fill(201));
    const ids = await Promise.all(responses.map(async (r) => (await r.json()).id));
    expect(new Set(ids).size).toBe(200);
    const records = await store().list();
    expect(records).toHaveLength(200);
    expect(new Set(records.map((r) => titleOf(form, r)))).toEqual(new Set(fields.map((f) => f[form.titleField])));
  });

  it("the same submission sent 20 times at once is stored once", async () => {
    const fields = valid("Same sender twenty times");
    const before = (await store().list()).length;
    const responses = await Promise.all(Array.from({ length: 20 }, () => handler(send(fields))));
    expect(new Set(responses.map((r) => r.status))).toEqual(new Set([201]));
    expect(new Set(await Promise.all(responses.map(async (r) => (await r.json()).id))).size).toBe(1);
    expect((await store().list()).length).toBe(before + 1);
  });
});
