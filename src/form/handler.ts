/**
 * A form's function: parse → validate (schema.ts) → store once (src/storage/) → notify (src/notify/) → 303 or 201.
 * src/functions/participate.ts and src/functions/cooperate.ts are this, each for its form.
 */
import type { Context } from "@netlify/functions";
import { notifySecretariat } from "../notify/email.ts";
import { recordKey } from "../storage/keys.ts";
import { privacy } from "../storage/privacy-settings.ts";
import { openFormStore } from "../storage/stores.ts";
import { contentHash } from "../storage/submission-store.ts";
import { type FormDefinition, type FormLocale, HONEYPOT, isFormLocale, type Submission } from "./fields.ts";
import { bodyTypeOf, isCrossSite, parseBody, RequestRefused, readLimitedBody, requestLocale, wantsJson } from "./request.ts";
import { invalidPage, jsonResponse, refusal, seeOther } from "./responses.ts";
import { validateSubmission } from "./schema.ts";
import { defaultLocale, intlLocale, translate } from "./strings.ts";

export type FormHandler = (req: Request, context?: Partial<Context>) => Promise<Response>;

/** Deploy previews and branch deploys run the functions too: their submissions are tests, kept apart and never emailed. */
const PREVIEW_CONTEXTS = ["deploy-preview", "branch-deploy"];

export function formHandler(form: FormDefinition): FormHandler {
  const log = (level: "info" | "warn" | "error", event: string, details: Record<string, unknown>) =>
    console[level](JSON.stringify({ event: `${form.name}.${event}`, ...details }));

  async function accept(submission: Submission, honeypot: boolean, context: Partial<Context>, json: boolean): Promise<Response> {
    const { locale, ...fields } = submission;
    const receivedAt = new Date();
    const preview = PREVIEW_CONTEXTS.includes(context.deploy?.context ?? "");
    const store = openFormStore(form, { kind: "function" }, { preview });
    const clientHash = await store.hashClient(context.ip).catch((error: unknown) => {
      // Without the hashing key the submission is still kept, only without its client hash.
      log("error", "client-hash-failed", { error: describe(error) });
      return null;
    });
    if (honeypot) {
      // Answered exactly like an accepted submission, so the robot learns nothing.
      log("warn", "honeypot", { clientHash });
      return accepted(recordKey(receivedAt, contentHash(fields)), locale as FormLocale, json);
    }
    const record = {
      receivedAt: receivedAt.toISOString(),
      locale,
      fields: fields as Submission & { email: string },
      clientHash,
      privacyNoticeVersion: privacy.noticeVersion,
    };
    const { id, created } = await store.saveOnce(record);
    if (!created) log("info", "duplicate", { id });
    else {
      log("info", "stored", { id });
      try {
        if (!preview && (await notifySecretariat(form, { id, ...record }))) log("info", "notified", { id });
      } catch (error) {
        // The submission is stored: a failed email loses nothing, the secretariat can still list it.
        log("error", "notify-failed", { id, error: describe(error) });
      }
    }
    return accepted(id, locale as FormLocale, json);
  }

  function accepted(id: string, locale: FormLocale, json: boolean): Response {
    return json ? jsonResponse(201, { id }) : seeOther(form.pages[locale].thanks);
  }

  return async function handle(req, context = {}) {
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
      const result = validateSubmission(form, raw, translate(locale), intlLocale(locale));
      if (!result.ok) return json ? jsonResponse(422, { errors: result.errors }) : invalidPage(form, locale, result.errors);
      return await accept(result.submission, isFilled(raw[HONEYPOT]), context, json);
    } catch (error) {
      if (error instanceof RequestRefused) return refusal(form, error.status, refusalLocale, json);
      log("error", "failed", { error: describe(error) });
      return refusal(form, 500, refusalLocale, json);
    }
  };
}

function isFilled(value: unknown): boolean {
  return value !== undefined && value !== null && !(typeof value === "string" && value.trim() === "");
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
