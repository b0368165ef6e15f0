import { randomBytes } from "node:crypto";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { BlobsServer } from "@netlify/blobs/server";
import type { StoreLocation } from "./submission-store.ts";

/** Where @netlify/dev 4 (`npm start`) keeps its local Blobs sandbox, under the project root. */
export const SANDBOX_DIR = join(".netlify", "blobs-serve");

/** The site id @netlify/dev files the sandbox's entries under: the linked site's, else "0". */
export function localSiteId(projectRoot: string): string {
  try {
    const state = JSON.parse(readFileSync(join(projectRoot, ".netlify", "state.json"), "utf8")) as { siteId?: unknown };
    if (typeof state.siteId === "string" && state.siteId) return state.siteId;
  } catch {
    // no state file: an unlinked project
  }
  return "0";
}

export interface Sandbox {
  location: Extract<StoreLocation, { kind: "sandbox" }>;
  /** The same location as a function's runtime sees it (the NETLIFY_BLOBS_CONTEXT variable). */
  environmentContext: string;
  stop(): Promise<void>;
}

/**
 * Serves a Blobs sandbox folder on a random local port, as @netlify/dev does, until stopped.
 * `onRequest` hears of every request the server answers (tests and benchmarks count them).
 */
export async function startSandbox(
  directory: string,
  siteID = "0",
  { onRequest }: { onRequest?: ConstructorParameters<typeof BlobsServer>[0]["onRequest"] } = {},
): Promise<Sandbox> {
  const token = randomBytes(16).toString("hex");
  const server = new BlobsServer({ directory, token, onRequest });
  const { port } = await server.start();
  const edgeURL = `http://localhost:${port}`;
  const context = { edgeURL, uncachedEdgeURL: edgeURL, siteID, token, primaryRegion: "us-east-2" };
  return {
    location: { kind: "sandbox", edgeURL, siteID, token },
    environmentContext: Buffer.from(JSON.stringify(context)).toString("base64"),
    stop: async () => void (await server.stop()),
  };
}
