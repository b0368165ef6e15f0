import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { fieldNames } from "../../src/form/fields.ts";
import { startTestBlobs, type TestBlobs } from "../helpers/blobs-sandbox.ts";
import { FORM_CASES } from "../helpers/form-cases.ts";

let blobs: TestBlobs;
beforeAll(async () => {
  blobs = await startTestBlobs();
  for (const level of ["info", "warn", "error"] as const) vi.spyOn(console, level).mockImplementation(() => undefined);
});
afterAll(() => blobs?.stop());

const SITE = "https://alliance.example.org";

const hostile = fc.oneof(
  fc.string({ unit: "binary", maxLength: 300 }),
  fc.constantFrom(
    "<script>alert(1)</script>",
    '"><img src=x onerror=alert(1)>',
    '=HYPERLINK("http://evil")',
    "'; DROP TABLE applications; --",
    "\u202eevil\u202c",
    "\u0000\u0001\u001b[31m",
    "x".repeat(40_000),
    "../../../etc/passwd",
    "__proto__",
    "constructor",
  ),
);

describe.each(FORM_CASES)("the $form.name form's function, under random and hostile requests", ({ form, handler, valid, arbitrary }) => {
  /** Field values that can never make a valid submission: consent is never "yes". */
  const brokenFields = fc
    .record({
      overrides: fc.dictionary(fc.constantFrom(...fieldNames(form), "website", "__proto__", "extra"), hostile, { maxKeys: 6 }),
      consent: hostile.filter((value) => value.trim().normalize("NFC") !== "yes"),
    })
    .map(({ overrides, consent }) => ({ ...valid("Property test"), ...overrides, consent }));

  const body = fc.oneof(
    brokenFields.map((fields) => ({ type: "application/x-www-form-urlencoded", body: new URLSearchParams(fields).toString() as BodyInit })),
    brokenFields.map((fields) => ({ type: "application/json", body: JSON.stringify(fields) as BodyInit })),
    brokenFields.map((fields) => {
      const form = new FormData();
      for (const [name, value] of Object.entries(fields)) form.append(name, value);
      return { type: undefined, body: form as BodyInit };
    }),
    fc.record({
      type: fc.constantFrom("application/json", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x"),
      body: hostile.map((s) => s as BodyInit),
    }),
    fc.record({
      type: fc.constantFrom("application/json", "application/x-www-form-urlencoded", "multipart/form-data; boundary=----x"),
      body: fc.uint8Array({ maxLength: 2000 }).map((b) => b as BodyInit),
    }),
    fc.record({
      type: fc.oneof(
        fc.string(),
        fc.constantFrom("text/plain", "APPLICATION/JSON; charset=latin1", "multipart/form-data", "application/x-www-form-urlencoded;;;", "*/*"),
      ),
      body: fc.string().map((s) => s as BodyInit),
    }),
    fc.jsonValue().map((value) => ({ type: "application/json", body: JSON.stringify(value) as BodyInit })),
  );

  const headers = fc.record(
    {
      origin: fc.constantFrom(SITE, "https://evil.example", "null", "", "http://alliance.example.org"),
      "sec-fetch-site": fc.constantFrom("same-origin", "same-site", "cross-site", "none", "CROSS-SITE", "garbage"),
      accept: fc.oneof(fc.constantFrom("application/json", "text/html", "*/*", "application/json;q=0.1, text/html", ""), fc.string({ maxLength: 60 })),
      "accept-language": fc.oneof(fc.constantFrom("fr", "en-GB,en;q=0.9", "de", "*"), fc.string({ maxLength: 40 })),
      referer: fc.oneof(fc.constantFrom(`${SITE}${form.pages.fr.form}`, `${SITE}/xx/`, "not a url"), fc.webUrl()),
      "content-length": fc.oneof(fc.nat().map(String), fc.string({ maxLength: 10 })),
    },
    { requiredKeys: [] },
  );

  const method = fc.constantFrom("POST", "POST", "POST", "GET", "PUT", "PATCH", "DELETE", "OPTIONS");

  function build(m: string, h: Record<string, string>, b: { type?: string; body: BodyInit }): Request | undefined {
    const init: RequestInit = { method: m, headers: {} };
    if (m !== "GET") init.body = b.body;
    try {
      const request = new Request(`${SITE}${form.action}`, init);
      for (const [name, value] of Object.entries(h)) request.headers.set(name, value);
      if (b.type !== undefined) request.headers.set("content-type", b.type);
      return request;
    } catch {
      return undefined; // a header value fetch itself refuses (e.g. a line break) never reaches a function
    }
  }

  describe("random and hostile requests", () => {
    it("never cause a 5xx, never echo markup, and never store anything", async () => {
      const statuses = new Map<number, number>();
      await fc.assert(
        fc.asyncProperty(method, headers, body, async (m, h, b) => {
          const request = build(m, h, b);
          if (!request) return;
          const response = await handler(request, { ip: "203.0.113.9" });
          statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1);
          expect([400, 403, 405, 413, 415, 422]).toContain(response.status);
          const text = await response.text();
          expect(text).not.toMatch(/<script|<img|onerror=|HYPERLINK/i);
        }),
        {
          numRuns: 400,
          // One sure example of each refusal, besides the random ones.
          examples: [
            ["GET", {}, { type: "application/json", body: "{}" }],
            ["POST", { origin: "https://evil.example" }, { type: "application/json", body: "{}" }],
            ["POST", {}, { type: "text/plain", body: "authority=x" }],
            ["POST", {}, { type: "application/json", body: "x".repeat(40_000) }],
            ["POST", {}, { type: "application/json", body: "{" }],
            ["POST", {}, { type: "application/x-www-form-urlencoded", body: "consent=no" }],
          ],
        },
      );
      expect(await blobs.storeOf(form).list()).toEqual([]);
      // Every refusal was reached, including the schema's (not only the early checks).
      expect([...statuses.keys()].sort()).toEqual([400, 403, 405, 413, 415, 422]);
    });

    it("any submission that follows the rules is accepted and stored once", async () => {
      const text = (max: number) =>
        fc
          .string({ unit: "grapheme", minLength: 1, maxLength: max })
          .filter((s) => s.trim().length > 0 && !/[\p{Cc}\u2028\u2029\u202a-\u202e\u2066-\u2069]/u.test(s));
      const submission = arbitrary(text);
      const before = (await blobs.storeOf(form).list()).length;
      const distinct = new Set<string>();
      await fc.assert(
        fc.asyncProperty(submission, async (fields) => {
          const request = new Request(`${SITE}${form.action}`, {
            method: "POST",
            body: JSON.stringify(fields),
            headers: { "content-type": "application/json", origin: SITE },
          });
          const response = await handler(request);
          expect(response.status).toBe(201);
          const { locale, ...rest } = fields;
          distinct.add(JSON.stringify(Object.values(rest).map((value) => value.normalize("NFC").trim())));
        }),
        { numRuns: 60 },
      );
      expect((await blobs.storeOf(form).list()).length - before).toBe(distinct.size);
    });
  });
});
