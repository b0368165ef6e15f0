import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { FormDefinition } from "../../src/form/fields.ts";
import { ApplicationStore } from "../../src/storage/applications.ts";
import { startSandbox, type Sandbox } from "../../src/storage/sandbox.ts";
import { openFormStore } from "../../src/storage/stores.ts";
import type { SubmissionStore } from "../../src/storage/submission-store.ts";

export interface TestBlobs {
  /** The project-like folder whose .netlify/blobs-serve holds the sandbox. */
  root: string;
  sandbox: Sandbox;
  /** The applications store, read from outside the function as the CLI reads it. */
  store: ApplicationStore;
  /** A form's store (its deploy previews' with `preview`), read from outside the function. */
  storeOf(form: FormDefinition, options?: { preview?: boolean }): SubmissionStore;
  stop(): Promise<void>;
}

/**
 * A real Netlify Blobs server (BlobsServer) on a temporary folder, wired into this process's
 * environment exactly as Netlify's runtime wires a function's (NETLIFY_BLOBS_CONTEXT).
 */
export async function startTestBlobs(options: Parameters<typeof startSandbox>[2] = {}): Promise<TestBlobs> {
  const root = mkdtempSync(join(tmpdir(), "alliance-blobs-"));
  const sandbox = await startSandbox(join(root, ".netlify", "blobs-serve"), "0", options);
  process.env.NETLIFY_BLOBS_CONTEXT = sandbox.environmentContext;
  return {
    root,
    sandbox,
    store: ApplicationStore.open(sandbox.location),
    storeOf: (form, options) => openFormStore(form, sandbox.location, options),
    async stop() {
      delete process.env.NETLIFY_BLOBS_CONTEXT;
      await sandbox.stop();
      rmSync(root, { recursive: true, force: true });
    },
  };
}
