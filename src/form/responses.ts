import { createHash } from "node:crypto";
import { escapeHtml } from "../html/escape.ts";
import { type FormDefinition, type FormLocale, fieldId } from "./fields.ts";
import type { Translate } from "./messages.ts";
import { contactEmail, translate } from "./strings.ts";

/** The only styles of the function's pages, allowed by their hash: no other style or script can run there. */
const STYLE = [
  "body{margin:0;font:1.0625rem/1.6 system-ui,sans-serif;color:#1b1f24}",
  "main{max-width:42rem;margin:0 auto;padding:1rem}",
  "h1{color:#072a58;line-height:1.25}",
  "a{color:#0b3b7a}",
  ".errors{border:4px solid #b00020;padding:0.5rem 1rem}",
  ".errors a{color:#b00020;font-weight:600}",
].join("");
const STYLE_HASH = createHash("sha256").update(STYLE).digest("base64");

/**
 * Netlify's header rules do not reach function responses, so every answer carries its own:
 * the site's protections, a policy that allows nothing but the inline style above, and no caching.
 */
export const SECURITY_HEADERS: Record<string, string> = {
  "content-security-policy": `default-src 'none'; style-src 'sha256-${STYLE_HASH}'; img-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'`,
  "strict-transport-security": "max-age=63072000; includeSubDomains",
  "x-content-type-options": "nosniff",
  "x-frame-options": "DENY",
  "referrer-policy": "strict-origin-when-cross-origin",
  "permissions-policy": "accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), payment=(), usb=(), interest-cohort=()",
  "cross-origin-opener-policy": "same-origin",
  "cross-origin-resource-policy": "same-origin",
  "cache-control": "no-store",
};

function respond(status: number, body: string | null, headers: Record<string, string>): Response {
  return new Response(body, { status, headers: { ...SECURITY_HEADERS, vary: "Accept, Accept-Language", ...headers } });
}

export function jsonResponse(status: number, value: unknown, headers: Record<string, string> = {}): Response {
  return respond(status, JSON.stringify(value), { "content-type": "application/json; charset=utf-8", ...headers });
}

export function seeOther(location: string): Response {
  return respond(303, null, { location });
}

function htmlResponse(status: number, locale: FormLocale, title: string, body: string, headers: Record<string, string> = {}): Response {
  const page = [
    "<!doctype html>",
    `<html lang="${escapeHtml(locale)}">`,
    `<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="robots" content="noindex"><link rel="icon" href="/favicon.svg" type="image/svg+xml"><title>${escapeHtml(title)}</title><style>${STYLE}</style></head>`,
    `<body><main><h1>${escapeHtml(title)}</h1>${body}</main></body>`,
    "</html>",
  ].join("\n");
  return respond(status, page, { "content-type": "text/html; charset=utf-8", ...headers });
}

/** 422: every problem, each linking to its field on the form page. */
export function invalidPage(form: FormDefinition, locale: FormLocale, errors: Record<string, string>): Response {
  const t = translate(locale);
  const page = form.pages[locale].form;
  const items = Object.entries(errors).map(
    ([name, message]) => `<li><a href="${escapeHtml(`${page}#${fieldId(form, name)}`)}">${escapeHtml(message)}</a></li>`,
  );
  const body = [
    `<div class="errors" role="alert"><p>${escapeHtml(t("form.errorPage.intro"))}</p><ul>${items.join("")}</ul></div>`,
    `<p><a href="${escapeHtml(page)}">${escapeHtml(t("form.errorPage.back"))}</a></p>`,
    `<p>${escapeHtml(t("form.errorPage.keep"))}</p>`,
  ].join("\n");
  return htmlResponse(422, locale, t(`form.${form.name}.errorPage.title`), body);
}

export type RefusalStatus = 400 | 403 | 405 | 413 | 415 | 500;

/** What the page's script may have to say besides the server's refusals: the rate limit (429) and a lost connection. */
export const STATUS_MESSAGES = ["400", "403", "405", "413", "415", "429", "500", "network"] as const;
/** The statuses whose sentence names what the form sends (an application, a proposal); the others every form says alike. */
const OWN_STATUSES: readonly string[] = ["405", "413", "500"];

/** The sentence that explains a status, in the form's words where it has its own. */
export function statusMessage(form: FormDefinition, status: (typeof STATUS_MESSAGES)[number] | RefusalStatus, t: Translate): string {
  const values = { email: contactEmail };
  return OWN_STATUSES.includes(String(status)) ? t(`form.${form.name}.status.${status}`, values) : t(`form.status.${status}`, values);
}

/** A refused request, explained in a sentence, as JSON or as a page that leads back to the form. */
export function refusal(form: FormDefinition, status: RefusalStatus, locale: FormLocale, json: boolean): Response {
  const t = translate(locale);
  const message = statusMessage(form, status, t);
  const headers: Record<string, string> = status === 405 ? { allow: "POST" } : {};
  if (json) return jsonResponse(status, { error: message }, headers);
  const body = `<p>${escapeHtml(message)}</p>\n<p><a href="${escapeHtml(form.pages[locale].form)}">${escapeHtml(t(`form.${form.name}.status.home`))}</a></p>`;
  return htmlResponse(status, locale, t("form.status.title"), body, headers);
}
