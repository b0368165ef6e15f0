import { mkdir, writeFile } from "node:fs/promises";
import { dirname, relative, sep } from "node:path";
import type { AfterBuildEvent, EleventyConfig } from "../model/eleventy.ts";
import { pageSourcesFile, readPageSources } from "./site-files.ts";

/**
 * Records which content file produced each built page, so that `npm run check` can name the file
 * (and line) an editor has to change rather than only the page in _site/.
 */
export default function checksPlugin(eleventyConfig: EleventyConfig): void {
  // `directories`, not the deprecated `dir`: it includes a command-line --output, as `npm run dev` uses.
  eleventyConfig.on("eleventy.after", async ({ directories, results, incremental }: AfterBuildEvent) => {
    const file = pageSourcesFile(directories.output);
    // An incremental rebuild reports only the pages it rewrote: the others keep their entries.
    const sources: Record<string, string> = incremental ? readPageSources(directories.output) : {};
    for (const { inputPath, outputPath } of results) {
      if (outputPath === false || !outputPath.endsWith(".html")) continue;
      sources[relative(directories.output, outputPath).split(sep).join("/")] = inputPath.replace(/^\.\//, "");
    }
    await mkdir(dirname(file), { recursive: true });
    await writeFile(file, JSON.stringify(sources, null, 1));
  });
}
