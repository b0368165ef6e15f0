/**
 * The retention run, on a schedule: every day at 03:17 UTC Netlify invokes this function on the
 * published (production) deploy; it deletes what is past the retention period of _data/privacy.json
 * and removes client hashes past theirs, in every store (src/storage/retention.ts, the same code as
 * `npm run submissions -- purge`). One JSON line in the function's log tells what it did.
 *
 * It has no path: Netlify cannot invoke it by URL. Deploy previews and branch deploys never run it on
 * a schedule, and a manual "Run now" there, or `npm start`'s local emulation, only logs that it skipped.
 */
import type { Config, Context } from "@netlify/functions";
import { privacy } from "../storage/privacy-settings.ts";
import { enforceRetention } from "../storage/retention.ts";
import { openSubmissionStores } from "../storage/stores.ts";

// Netlify reads this statically: literals only. Cron in UTC; 03:17 keeps clear of the busy top of the hour.
export const config: Config = { schedule: "17 3 * * *" };

/** Netlify stops a scheduled function after 30 s; the run stops starting work well before, and the next one resumes. */
const TIME_LIMIT_MS = 20_000;

export default async function retention(_req: Request, context: Partial<Context> = {}): Promise<Response> {
  const started = Date.now();
  // The production deploy Netlify serves: "Run now" on a deploy preview, or a local invocation, is neither.
  const { context: deployContext = "", published = false } = context.deploy ?? {};
  if (deployContext !== "production" && !published) {
    log("info", { event: "retention.skipped", context: deployContext || "none", published });
    return new Response(null, { status: 204 });
  }
  try {
    const run = await enforceRetention(openSubmissionStores({ kind: "function" }), privacy, { timeLimitMs: TIME_LIMIT_MS });
    log(run.complete ? "info" : "warn", { event: "retention.run", ...run, durationMs: Date.now() - started });
    return new Response(null, { status: 204 });
  } catch (error) {
    log("error", { event: "retention.failed", error: error instanceof Error ? error.message : String(error), durationMs: Date.now() - started });
    return new Response(null, { status: 500 });
  }
}

function log(level: "info" | "warn" | "error", line: Record<string, unknown>): void {
  console[level](JSON.stringify(line));
}
