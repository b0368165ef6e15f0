/**
 * POST /api/participate: an authority's application to join the Alliance.
 * parse → validate (src/form/schema.ts) → store once (src/storage/) → notify (src/notify/) → 303 or 201.
 */
import type { Config, Context } from "@netlify/functions";
import { HONEYPOT, isFormLocale, type Application, type FormLocale } from "../form/fields.ts";
import { bodyTypeOf, isCrossSite, parseBody, readLimitedBody, RequestRefused, requestLocale, wantsJson } from "../form/request.ts";
import { invalidPage, jsonResponse, refusal, seeOther } from "../form/responses.ts";
import { validateApplication } from "../form/schema.ts";
import { formPages } from "../form/settings.ts";
import { defaultLocale, intlLocale, translate } from "../form/strings.ts";
import { notifySecretariat } from "../notify/email.ts";
import { ApplicationStore } from "../storage/applications.ts";
import { recordKey } from "../storage/keys.ts";
import { privacy } from "../storage/privacy-settings.ts";
import { contentHash } from "../storage/submission-store.ts";

// Netlify reads this statically: literals only. scripts/serve.ts applies the same rate limit locally.
export const config: Config = {
  path: "/api/participate",
  // 5 requests a minute from each client address, counted across every domain of the site (deploy
  // permalinks and branch URLs included), so more deploys never mean more attempts.
  rateLimit: { windowLimit: 5, windowSize: 60, aggregateBy: ["ip"] },
};

export default async function participate(req: Request, context: Partial<Context> = {}): Promise<Response> {
  // Until the headers are read, a refusal is answered in the default form language, as HTML.
  let refusalLocale: FormLocale = defaultLocale;
  let json = false;
  try {
    refusalLocale = requestLocale(req);
    const contentType = req.headers.get("content-type");
    const bodyType = bodyTypeOf(contentType);
    json = wantsJson(req, bodyType);
    if (req.method !== "POST") throw new RequestRefused(405);
    if (isCrossSite(req)) throw new RequestRefused(403);
    if (!bodyType || !contentType) throw new RequestRefused(415);
    const raw = await parseBody(await readLimitedBody(req), bodyType, contentType);
    const locale = isFormLocale(raw.locale) ? raw.locale : refusalLocale;
    const result = validateApplication(raw, translate(locale), intlLocale(locale));
    if (!result.ok) return json ? jsonResponse(422, { errors: result.errors }) : invalidPage(locale, result.errors);
    return await accept(result.application, isFilled(raw[HONEYPOT]), context, json);
  } catch (error) {
    if (error instanceof RequestRefused) return refusal(error.status, refusalLocale, json);
    log("error", "participation.failed", { error: describe(error) });
    return refusal(500, refusalLocale, json);
  }
}

/** Deploy previews and branch deploys run this function too: their applications are tests, kept apart and never emailed. */
const PREVIEW_CONTEXTS = ["deploy-preview", "branch-deploy"];

async function accept(application: Application, honeypot: boolean, context: Partial<Context>, json: boolean): Promise<Response> {
  const { locale, ...fields } = application;
  const receivedAt = new Date();
  const preview = PREVIEW_CONTEXTS.includes(context.deploy?.context ?? "");
  const store = ApplicationStore.open({ kind: "function" }, { preview });
  const clientHash = await store.hashClient(context.ip).catch((error: unknown) => {
    // Without the hashing key the application is still kept, only without its client hash.
    log("error", "participation.client-hash-failed", { error: describe(error) });
    return null;
  });
  if (honeypot) {
    // Answered exactly like an accepted application, so the robot learns nothing.
    log("warn", "participation.honeypot", { clientHash });
    return accepted(recordKey(receivedAt, contentHash(fields)), locale as FormLocale, json);
  }
  const record = { receivedAt: receivedAt.toISOString(), locale, fields, clientHash, privacyNoticeVersion: privacy.noticeVersion };
  const { id, created } = await store.saveOnce(record);
  if (!created) log("info", "participation.duplicate", { id });
  else {
    log("info", "participation.stored", { id });
    try {
      if (!preview && (await notifySecretariat({ id, ...record }))) log("info", "participation.notified", { id });
    } catch (error) {
      // The application is stored: a failed email loses nothing, the secretariat can still list it.
      log("error", "participation.notify-failed", { id, error: describe(error) });
    }
  }
  return accepted(id, locale as FormLocale, json);
}

function accepted(id: string, locale: FormLocale, json: boolean): Response {
  return json ? jsonResponse(201, { id }) : seeOther(formPages(locale).thanks);
}

function isFilled(value: unknown): boolean {
  return value !== undefined && value !== null && !(typeof value === "string" && value.trim() === "");
}

function log(level: "info" | "warn" | "error", event: string, details: Record<string, unknown>): void {
  console[level](JSON.stringify({ event, ...details }));
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
