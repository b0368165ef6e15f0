import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ApplicationStore } from "../../src/storage/applications.ts";
import { startSandbox, type Sandbox } from "../../src/storage/sandbox.ts";

export interface TestBlobs {
  /** The project-like folder whose .netlify/blobs-serve holds the sandbox. */
  root: string;
  sandbox: Sandbox;
  /** The applications store, read from outside the function as the CLI reads it. */
  store: ApplicationStore;
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
    async stop() {
      delete process.env.NETLIFY_BLOBS_CONTEXT;
      await sandbox.stop();
      rmSync(root, { recursive: true, force: true });
    },
  };
}
