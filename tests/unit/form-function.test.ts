import { parseHTML } from "linkedom";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { FORMS } from "../../src/form/forms.ts";
import { privacy } from "../../src/storage/privacy-settings.ts";
import { formRequest } from "../helpers/applications.ts";
import { startTestBlobs, type TestBlobs } from "../helpers/blobs-sandbox.ts";
import { FORM_CASES, titleOf } from "../helpers/form-cases.ts";

/** Each form's function with real Request objects, storing into a real Blobs server on a temporary folder. */
let blobs: TestBlobs;
beforeAll(async () => {
  blobs = await startTestBlobs();
});
afterAll(() => blobs?.stop());
beforeEach(() => {
  vi.spyOn(console, "info").mockImplementation(() => undefined);
  vi.spyOn(console, "warn").mockImplementation(() => undefined);
  vi.spyOn(console, "error").mockImplementation(() => undefined);
});

const json = { accept: "application/json" };

it("every form of the site is tested here", () => {
  expect(FORM_CASES.map((c) => c.form)).toEqual(FORMS);
});

describe.each(FORM_CASES)("the $form.name form's function", ({ form, handler, config, valid: validFields, cleaned, invalidFr, invalidEn }) => {
  const stored = async (title: string) => (await blobs.storeOf(form).list()).filter((r) => titleOf(form, r) === title);
  const title = (fields: Record<string, string>) => fields[form.titleField];
  const send = (fields: Record<string, string>, init: Parameters<typeof formRequest>[1] = {}) => formRequest(fields, { action: form.action, ...init });
  const url = `https://alliance.example.org${form.action}`;

  describe("a valid submission", () => {
    it("is stored once with its metadata and answered 303 to the locale's thank-you page", async () => {
      const fields = validFields();
      const response = await handler(send(fields), { ip: "203.0.113.7" });
      expect(response.status).toBe(303);
      expect(response.headers.get("location")).toBe(form.pages.fr.thanks);
      const [record, ...others] = await stored(title(fields));
      expect(others).toEqual([]);
      expect(record.locale).toBe("fr");
      expect(record.fields).toEqual({ ...cleaned(fields), locale: undefined, website: undefined });
      expect(Date.now() - Date.parse(record.receivedAt)).toBeLessThan(60_000);
      expect(record.privacyNoticeVersion).toBe(privacy.noticeVersion);
      expect(record.clientHash).toMatch(/^[0-9a-f]{32}$/);
      expect(JSON.stringify(record)).not.toContain("203.0.113.7");
    });

    it("answers 201 with its id when the request asks for JSON, in every accepted body type", async () => {
      for (const type of ["urlencoded", "multipart", "json"] as const) {
        const fields = { ...validFields(), locale: "en" };
        const response = await handler(send(fields, { type, headers: json }));
        expect(response.status, type).toBe(201);
        const { id } = await response.json();
        const [record] = await stored(title(fields));
        expect(record.id, type).toBe(id);
        expect(record.locale).toBe("en");
      }
    });

    it("sent twice (a double click, a retry) is stored once, and both answers carry the same id", async () => {
      const fields = validFields();
      const first = await (await handler(send(fields, { headers: json }))).json();
      const second = await handler(send(fields, { headers: json }));
      expect(second.status).toBe(201);
      expect((await second.json()).id).toBe(first.id);
      expect(await stored(title(fields))).toHaveLength(1);
    });

    it("hashes the same client address the same way, and different ones differently", async () => {
      const a = validFields(),
        b = validFields(),
        c = validFields();
      await handler(send(a), { ip: "198.51.100.1" });
      await handler(send(b), { ip: "198.51.100.1" });
      await handler(send(c), { ip: "198.51.100.2" });
      const [ra] = await stored(title(a)),
        [rb] = await stored(title(b)),
        [rc] = await stored(title(c));
      expect(ra.clientHash).toBe(rb.clientHash);
      expect(rc.clientHash).not.toBe(ra.clientHash);
    });
  });

  describe("invalid input is refused and nothing is stored", () => {
    it("422 with a localized page listing each error with a link to its field", async () => {
      const fields = { ...validFields(), ...invalidFr.fields };
      const response = await handler(send(fields));
      expect(response.status).toBe(422);
      expect(response.headers.get("content-type")).toContain("text/html");
      const { document } = parseHTML(await response.text());
      expect(document.documentElement.getAttribute("lang")).toBe("fr");
      const links = [...document.querySelectorAll(".errors a")].map((a) => [a.getAttribute("href"), a.textContent]);
      expect(links).toEqual(invalidFr.errors.map(([name, message]) => [`${form.pages.fr.form}#f-${name}`, message]));
      expect(await stored(title(fields))).toEqual([]);
    });

    it("422 with JSON { errors: { field: message } } when JSON is asked for", async () => {
      const fields = { ...validFields(), locale: "en", ...invalidEn.fields };
      const response = await handler(send(fields, { headers: json }));
      expect(response.status).toBe(422);
      expect(await response.json()).toEqual({ errors: invalidEn.errors });
    });

    it("refuses markup in the fields without repeating it in its answer", async () => {
      const attack = `<script>alert(1)</script>"'&`;
      const response = await handler(send({ ...validFields(attack.repeat(20)), email: attack }));
      const html = await response.text();
      expect(response.status).toBe(422);
      expect(html).not.toContain("<script");
      expect(await stored(attack.repeat(20))).toEqual([]);
    });

    it.each([
      ["GET", 405],
      ["PUT", 405],
      ["DELETE", 405],
    ])("%s → %i, naming POST in Allow", async (method, status) => {
      const response = await handler(new Request(url, { method }));
      expect(response.status).toBe(status);
      expect(response.headers.get("allow")).toBe("POST");
    });

    it.each([["text/plain"], ["application/xml"], ["application/jsonx"], [""]])("content type %j → 415", async (type) => {
      const request = new Request(url, {
        method: "POST",
        body: new URLSearchParams(validFields()).toString(),
        headers: type ? { "content-type": type } : {},
      });
      if (!type) request.headers.delete("content-type");
      expect((await handler(request)).status).toBe(415);
    });

    it("a body over 32 KB → 413, from its declared length or while streaming, without reading it all", async () => {
      const big = { ...validFields(), contact_name: "x".repeat(40_000) };
      expect((await handler(send(big))).status).toBe(413);
      // Refused from the declared length alone, before any of the body is read.
      const declared = formRequest(validFields());
      const headers = new Headers(declared.headers);
      headers.set("content-length", "40000");
      expect((await handler(new Request(declared.url, { method: "POST", headers, body: "x" }))).status).toBe(413);

      // A body that never ends: only a reader that stops early can answer.
      let pulled = 0;
      const endless = new ReadableStream<Uint8Array>({
        pull(controller) {
          pulled += 1;
          controller.enqueue(new TextEncoder().encode(`message=${"y".repeat(8_000)}`));
        },
      });
      const request = new Request(url, {
        method: "POST",
        body: endless,
        headers: { "content-type": "application/x-www-form-urlencoded" },
        duplex: "half",
      } as RequestInit);
      expect((await handler(request)).status).toBe(413);
      expect(pulled).toBeLessThan(10);
    });

    it.each([
      ["Sec-Fetch-Site: cross-site", { "sec-fetch-site": "cross-site" }],
      ["a foreign Origin", { origin: "https://evil.example" }],
      ["Origin: null", { origin: "null" }],
    ])("%s → 403", async (_name, headers) => {
      const fields = validFields();
      expect((await handler(send(fields, { headers }))).status).toBe(403);
      expect(await stored(title(fields))).toEqual([]);
    });

    it("accepts the site's own URL from Netlify's environment as an origin", async () => {
      const request = formRequest(validFields(), { headers: { origin: "https://www.example.org" } });
      vi.stubEnv("URL", "https://www.example.org");
      try {
        expect((await handler(request)).status).toBe(303);
      } finally {
        vi.unstubAllEnvs();
      }
    });

    it.each([
      ["broken JSON", "application/json", "{"],
      ["a JSON array", "application/json", "[]"],
      ["JSON null", "application/json", "null"],
      ["bytes that are not UTF-8", "application/x-www-form-urlencoded", new Uint8Array([0x61, 0x3d, 0xff, 0xfe])],
      ["multipart without a boundary", "multipart/form-data", "--x\r\n"],
    ])("%s → 400", async (_name, type, body) => {
      const response = await handler(new Request(url, { method: "POST", body, headers: { "content-type": type } }));
      expect(response.status).toBe(400);
    });

    it("answers refusals in the language of the page they came from", async () => {
      const response = await handler(new Request(url, { headers: { referer: `https://alliance.example.org${form.pages.en.form}` } }));
      const { document } = parseHTML(await response.text());
      expect(document.documentElement.getAttribute("lang")).toBe("en");
      expect(document.querySelector("a")?.getAttribute("href")).toBe(form.pages.en.form);
    });
  });

  describe("the honeypot", () => {
    it("filled: answered exactly as if accepted, nothing stored, logged", async () => {
      const fields = { ...validFields(), website: "https://spam.example" };
      const html = await handler(send(fields));
      expect(html.status).toBe(303);
      expect(html.headers.get("location")).toBe(form.pages.fr.thanks);
      const asJson = await handler(send(fields, { headers: json }));
      expect(asJson.status).toBe(201);
      expect((await asJson.json()).id).toMatch(/^\d{8}T\d{4}Z-[0-9a-f]{32}$/);
      expect(await stored(title(fields))).toEqual([]);
      expect(vi.mocked(console.warn).mock.calls.flat().join("\n")).toContain(`${form.name}.honeypot`);
    });
  });

  describe("every answer", () => {
    it("carries the function's own security headers", async () => {
      const responses = [
        await handler(send(validFields())),
        await handler(send({ ...validFields(), email: "" })),
        await handler(new Request(url)),
        await handler(send(validFields(), { headers: { origin: "https://evil.example" } })),
      ];
      for (const response of responses) {
        const csp = response.headers.get("content-security-policy") ?? "";
        expect(csp).toContain("default-src 'none'");
        expect(csp).toContain("frame-ancestors 'none'");
        expect(csp).not.toContain("unsafe-inline");
        expect(response.headers.get("x-content-type-options")).toBe("nosniff");
        expect(response.headers.get("strict-transport-security")).toContain("max-age=");
        expect(response.headers.get("referrer-policy")).toBeTruthy();
        expect(response.headers.get("cache-control")).toBe("no-store");
      }
    });
  });

  describe("the function's configuration", () => {
    it("serves the path the form posts to, with 5 requests a minute per client", () => {
      expect(config.path).toBe(form.action);
      expect(config.rateLimit).toEqual({ windowLimit: 5, windowSize: 60, aggregateBy: ["ip"] });
    });
  });

  describe("on a deploy preview or a branch deploy", () => {
    it("keeps the submission in the preview store, apart from production's", async () => {
      const fields = validFields();
      const response = await handler(send(fields), { ip: "203.0.113.9", deploy: { context: "deploy-preview", id: "p", published: false } });
      expect(response.status).toBe(303);
      expect(await stored(title(fields))).toEqual([]);
      const preview = blobs.storeOf(form, { preview: true });
      expect((await preview.list()).filter((r) => titleOf(form, r) === title(fields))).toHaveLength(1);
    });
  });
});
