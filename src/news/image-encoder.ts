import { Worker } from "node:worker_threads";
import type { ImageMetadata, ImageOptions } from "@11ty/eleventy-img";

/** What the worker answers for one image: its written files, or why it could not encode it. */
export type EncodeReply = { id: number; metadata: ImageMetadata } | { id: number; error: string };

/**
 * eleventy-img in a worker thread of its own. In the build's main thread, each step of an encoding
 * (sharp's result, the next width, the file write) waited for the event loop, which Eleventy's
 * rendering seldom lets run: images started before the pages rendered were still being encoded after
 * the last page was written. The worker's own event loop keeps them going beside the rendering.
 */
export class ImageEncoder {
  private worker: Worker | undefined;
  private nextId = 0;
  private readonly pending = new Map<number, { resolve(metadata: ImageMetadata): void; reject(error: Error): void }>();

  /** Encodes and writes one image's files; rejects with eleventy-img's message. */
  encode(file: string, options: ImageOptions): Promise<ImageMetadata> {
    const worker = this.start();
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      if (this.pending.size === 1) worker.ref();
      worker.postMessage({ id, file, options });
    });
  }

  private start(): Worker {
    if (this.worker) return this.worker;
    const worker = new Worker(new URL("./image-worker.ts", import.meta.url));
    worker.on("message", (reply: EncodeReply) => {
      const waiting = this.pending.get(reply.id);
      this.pending.delete(reply.id);
      // Its last image written, the worker ends: its isolate and sharp's memory would otherwise stay
      // until the build ends, beside the pages Eleventy holds. The next encoding starts a new one.
      if (this.pending.size === 0) this.stop(worker);
      if ("error" in reply) waiting?.reject(new Error(reply.error));
      else waiting?.resolve(reply.metadata);
    });
    worker.on("error", (error) => this.fail(error));
    worker.on("exit", (code) => this.fail(new Error(`the image worker stopped (exit code ${code})`)));
    this.worker = worker;
    return worker;
  }

  private stop(worker: Worker): void {
    this.worker = undefined;
    worker.removeAllListeners("exit");
    void worker.terminate();
  }

  /** The worker is gone: every image it held fails, and the next encoding starts a new one. */
  private fail(error: Error): void {
    this.worker = undefined;
    for (const waiting of this.pending.values()) waiting.reject(error);
    this.pending.clear();
  }
}
