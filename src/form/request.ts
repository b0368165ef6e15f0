import Negotiator from "negotiator";
import { FORM_LOCALES, isFormLocale, type FormLocale } from "./fields.ts";
import { defaultLocale } from "./strings.ts";

/** Bodies larger than this are refused (413) before they are read to the end. */
export const MAX_BODY_BYTES = 32 * 1024;

/** A request the function refuses before looking at its fields; the status says why. */
export class RequestRefused extends Error {
  readonly status: 400 | 403 | 405 | 413 | 415;

  constructor(status: 400 | 403 | 405 | 413 | 415) {
    super(`request refused with ${status}`);
    this.status = status;
  }
}

export type BodyType = "urlencoded" | "multipart" | "json";

const BODY_TYPES: Record<string, BodyType> = {
  "application/x-www-form-urlencoded": "urlencoded",
  "multipart/form-data": "multipart",
  "application/json": "json",
};

export function bodyTypeOf(contentType: string | null): BodyType | undefined {
  const essence = (contentType ?? "").split(";")[0].trim().toLowerCase();
  return Object.hasOwn(BODY_TYPES, essence) ? BODY_TYPES[essence] : undefined;
}

/**
 * A cross-site request: one the browser marks as such, or one whose Origin is not the site's.
 * Requests without an Origin (not sent by a browser form or fetch) are judged by the other checks.
 */
export function isCrossSite(req: Request, env: NodeJS.ProcessEnv = process.env): boolean {
  if (req.headers.get("sec-fetch-site")?.toLowerCase() === "cross-site") return true;
  const origin = req.headers.get("origin");
  if (origin === null) return false;
  return !siteOrigins(req, env).includes(origin);
}

/** The origin the request was sent to, and the ones Netlify names the site by (main, deploy and branch URLs). */
function siteOrigins(req: Request, env: NodeJS.ProcessEnv): string[] {
  return [req.url, env.URL, env.DEPLOY_URL, env.DEPLOY_PRIME_URL].flatMap((url) => {
    try {
      return url ? [new URL(url).origin] : [];
    } catch {
      return [];
    }
  });
}

/** Whether to answer in JSON: the Accept header prefers it to HTML, or says nothing and the body was JSON. */
export function wantsJson(req: Request, bodyType: BodyType | undefined): boolean {
  const accept = req.headers.get("accept");
  if (!accept || accept.trim() === "*/*") return bodyType === "json";
  return new Negotiator({ headers: { accept } }).mediaType(["text/html", "application/json"]) === "application/json";
}

/**
 * The language to refuse a request in, before its fields are read: the page it came from
 * (/fr/…), else the browser's preference, else the site's default.
 */
export function requestLocale(req: Request): FormLocale {
  const referer = req.headers.get("referer");
  if (referer) {
    try {
      const first = new URL(referer).pathname.split("/")[1];
      if (isFormLocale(first)) return first;
    } catch {
      // not a URL: ignore it
    }
  }
  const language = new Negotiator({ headers: { "accept-language": req.headers.get("accept-language") ?? "" } }).language([...FORM_LOCALES]);
  return isFormLocale(language) && req.headers.has("accept-language") ? language : defaultLocale;
}

/** Reads the body, stopping (413) as soon as it is larger than the limit, without reading the rest. */
export async function readLimitedBody(req: Request, limit = MAX_BODY_BYTES): Promise<Uint8Array<ArrayBuffer>> {
  const declared = req.headers.get("content-length");
  if (declared !== null && /^\d+$/.test(declared.trim()) && Number(declared) > limit) throw new RequestRefused(413);
  if (!req.body) return new Uint8Array();
  const reader = req.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.byteLength;
      if (size > limit) {
        await reader.cancel().catch(() => undefined);
        throw new RequestRefused(413);
      }
      chunks.push(value);
    }
  } catch (error) {
    if (error instanceof RequestRefused) throw error;
    throw new RequestRefused(400); // the body stream broke off
  }
  return Buffer.concat(chunks);
}

/**
 * The submitted fields, by name (a name sent twice keeps its first value). Anything that cannot
 * be read as the declared type is a 400; the values themselves are judged by the schema.
 */
export async function parseBody(bytes: Uint8Array<ArrayBuffer>, type: BodyType, contentType: string): Promise<Record<string, unknown>> {
  try {
    if (type === "multipart") {
      const form = await new Response(bytes, { headers: { "content-type": contentType } }).formData();
      return firstValues(form);
    }
    const text = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(bytes);
    if (type === "urlencoded") return firstValues(new URLSearchParams(text));
    const json: unknown = JSON.parse(text);
    if (typeof json !== "object" || json === null || Array.isArray(json)) throw new Error("not a JSON object");
    return Object.assign(Object.create(null), json) as Record<string, unknown>;
  } catch {
    throw new RequestRefused(400);
  }
}

function firstValues(entries: Iterable<[string, unknown]>): Record<string, unknown> {
  const fields: Record<string, unknown> = Object.create(null);
  for (const [name, value] of entries) if (!(name in fields)) fields[name] = value;
  return fields;
}
