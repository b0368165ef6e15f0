import { mkdir, writeFile } from "node:fs/promises";
import { dirname, relative, sep } from "node:path";
import type UserConfig from "@11ty/eleventy/UserConfig";
import { pageSourcesFile } from "./site-files.ts";

interface WrittenTemplate {
  inputPath: string;
  outputPath: string | false;
}

/**
 * Records which content file produced each built page, so that `npm run check` can name the file
 * (and line) an editor has to change rather than only the page in _site/.
 */
export default function checksPlugin(eleventyConfig: UserConfig): void {
  eleventyConfig.on("eleventy.after", async ({ dir, results }: { dir: { output: string }; results: WrittenTemplate[] }) => {
    const sources: Record<string, string> = {};
    for (const { inputPath, outputPath } of results) {
      if (outputPath === false || !outputPath.endsWith(".html")) continue;
      sources[relative(dir.output, outputPath).split(sep).join("/")] = inputPath.replace(/^\.\//, "");
    }
    const file = pageSourcesFile(dir.output);
    await mkdir(dirname(file), { recursive: true });
    await writeFile(file, JSON.stringify(sources, null, 1));
  });
}
