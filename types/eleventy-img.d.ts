/** The part of @11ty/eleventy-img 6 (which ships no types) that this site uses. */
declare module "@11ty/eleventy-img" {
  export interface ImageEntry {
    format: string;
    width: number;
    height: number;
    url: string;
    sourceType: string;
    srcset: string;
    filename: string;
    outputPath: string;
    size: number;
  }
  export type ImageMetadata = Record<string, ImageEntry[]>;
  export interface ImageOptions {
    widths?: (number | "auto")[];
    formats?: string[];
    outputDir?: string;
    urlPath?: string;
    sharpAvifOptions?: Record<string, unknown>;
    /** Only the files' names and dimensions, read from the source's header; nothing encoded or written, no `size`. */
    statsOnly?: boolean;
  }
  function Image(src: string, options?: ImageOptions): Promise<ImageMetadata>;
  namespace Image {
    function generateHTML(metadata: ImageMetadata, attributes: Record<string, string>): string;
  }
  export default Image;
}
