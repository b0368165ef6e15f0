import { constants } from "node:fs";
import { access } from "node:fs/promises";
import { dirname, join, relative } from "node:path";
import Image, { type ImageEntry, type ImageMetadata } from "@11ty/eleventy-img";
import { ContentError } from "../content/validate.ts";
import { ImageEncoder } from "./image-encoder.ts";

/** A news item's `image` front matter, once validated. */
export interface ImageField {
  src: string;
  alt: string;
}

/** Where an image is shown decides how it loads: the article's own image is above the fold, list thumbnails are not. */
export type ImageRole = "article" | "thumbnail";

const SIZES: Record<ImageRole, string> = {
  article: "(min-width: 46rem) 42rem, 100vw",
  thumbnail: "8rem",
};

const LOADING: Record<ImageRole, Record<string, string>> = {
  article: { loading: "eager", decoding: "async", fetchpriority: "high" },
  thumbnail: { loading: "lazy", decoding: "async" },
};

export interface NewsImagesOptions {
  contentDir: string;
  /** The site's output folder, read when images are written (Eleventy settles it after plugins load); images go to <output>/img/news/. */
  outputDir: () => string;
}

/** What an item's image is known by: its files' names and sizes (the sizes once they are written). */
interface PreparedImage {
  field: ImageField;
  metadata: ImageMetadata;
  /** Encodes and writes the files, once `encode` is called. */
  write(): Promise<ImageMetadata>;
  /** Its content error, should its encoding fail. */
  unreadable(error: unknown): ContentError;
  /** Settles once its files are written (then `metadata` has their sizes), from `encode` on. */
  encoding?: Promise<void>;
}

/**
 * News images, optimized once per build with eleventy-img: AVIF and WebP with the source format as
 * fallback, at several widths. eleventy-img skips files it already wrote, so rebuilds are cheap.
 *
 * Encoding runs beside the rendering: `prepare` reads only each image's header (its files' names and
 * dimensions follow from it and from its bytes), `encode` then sends every image to a worker thread
 * (image-encoder.ts) and returns, and `written()` waits for the files. Pages need only the names and
 * dimensions; a feed, which gives each of its images' size in bytes, waits for its own, and the end of
 * the build for all. (Awaiting each encoding before any page rendered left Eleventy idle for 3.5 s at
 * 2,000 items per locale.)
 */
export class NewsImages {
  private readonly byItem = new Map<string, PreparedImage>();
  private readonly options: NewsImagesOptions;
  /** Started with the first image to encode: a site without news images starts no worker. */
  private readonly encoder = new ImageEncoder();

  constructor(options: NewsImagesOptions) {
    this.options = options;
  }

  /** Forgets the last build's images, so an image removed from an item disappears in `npm run dev`. */
  reset(): void {
    this.byItem.clear();
  }

  /** The file an item's `image.src` names: "/images/x.jpg" from the content folder, "x.jpg" beside the item. */
  sourcePath(inputPath: string, src: string): string {
    return src.startsWith("/") ? join(this.options.contentDir, src) : join(dirname(inputPath), src);
  }

  /** Reads one item's image header; a missing or unreadable file is a content error naming both files. */
  async prepare(inputPath: string, field: ImageField): Promise<void> {
    if (/^[a-z]+:/i.test(field.src)) {
      throw new ContentError(inputPath, "image.src", `"${field.src}" is a remote address; put the image file in the content folder`);
    }
    const file = this.sourcePath(inputPath, field.src);
    const shown = relative(process.cwd(), file);
    try {
      await access(file, constants.R_OK);
    } catch {
      throw new ContentError(inputPath, "image.src", `${shown} does not exist or cannot be read`);
    }
    const unreadable = (error: unknown) => new ContentError(inputPath, "image.src", `${shown} is not an image that can be read (${(error as Error).message})`);
    const options = {
      widths: [320, 640, 960, 1280],
      formats: ["avif", "webp", "auto"],
      // AVIF at sharp's default effort (4) took 80 % of an image's time; effort 2 encodes it about
      // 5× faster for files about 8 % larger, still about half the size of the WebP.
      sharpAvifOptions: { effort: 2 },
      outputDir: join(this.options.outputDir(), "img/news"),
      urlPath: "/img/news/",
    };
    let stats: ImageMetadata;
    try {
      stats = await Image(file, { ...options, statsOnly: true });
    } catch (error) {
      throw unreadable(error);
    }
    this.byItem.set(inputPath, { field, metadata: stats, write: () => this.encoder.encode(file, options), unreadable });
  }

  /**
   * Sends every image prepared to the encoder, once all of them are read: sharp's threads would
   * otherwise read the headers only between encodings.
   */
  encode(): void {
    for (const image of this.byItem.values()) {
      image.encoding = image.write().then(
        (metadata) => {
          image.metadata = metadata;
        },
        (error) => {
          throw image.unreadable(error);
        },
      );
      // Handled here, so that a failure waits for written() instead of ending the process unhandled.
      image.encoding.catch(() => {});
    }
  }

  /** Once the images of these items (by default every item's) are written; rejects with the first one's content error. */
  async written(inputPaths: Iterable<string> = this.byItem.keys()): Promise<void> {
    await Promise.all([...inputPaths].map((inputPath) => this.byItem.get(inputPath)?.encoding));
  }

  /** <picture> with AVIF and WebP sources, width and height set, loading suited to where it is shown. */
  html(inputPath: string, role: ImageRole): string {
    const image = this.byItem.get(inputPath);
    if (!image) return "";
    // `src` first (eleventy-img fills it in): written images carry their source there and statsOnly ones
    // do not, and the <img>'s attributes follow the order of their keys, so the markup is the same either way.
    return Image.generateHTML(image.metadata, { src: "", alt: image.field.alt, sizes: SIZES[role], ...LOADING[role] });
  }

  /** The largest image in the fallback format, for feeds, JSON-LD and readers that take one file; its `size` only once written(). */
  fallback(inputPath: string): (ImageEntry & { alt: string }) | undefined {
    const image = this.byItem.get(inputPath);
    if (!image) return undefined;
    const fallbackFormat = Object.keys(image.metadata).find((format) => format !== "avif" && format !== "webp") ?? "webp";
    const entries = image.metadata[fallbackFormat];
    return { ...entries[entries.length - 1], alt: image.field.alt };
  }
}
