/** The worker thread of image-encoder.ts: encodes the images it is sent, all at once (eleventy-img queues them). */
import { parentPort } from "node:worker_threads";
import Image, { type ImageOptions } from "@11ty/eleventy-img";
import type { EncodeReply } from "./image-encoder.ts";

parentPort?.on("message", async ({ id, file, options }: { id: number; file: string; options: ImageOptions }) => {
  let reply: EncodeReply;
  try {
    reply = { id, metadata: await Image(file, options) };
  } catch (error) {
    reply = { id, error: error instanceof Error ? error.message : String(error) };
  }
  parentPort?.postMessage(reply);
});
