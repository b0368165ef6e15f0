import { readFileSync } from "node:fs";
import type MarkdownIt from "markdown-it";
import { bodyStartLine } from "../content/front-matter.ts";
import { ContentError } from "../content/validate.ts";

interface RenderEnv {
  page?: { inputPath?: string };
}

/**
 * A Markdown image must say what it shows: `![](photo.jpg)` would become <img alt="">, which tells
 * screen readers to skip it and passes every validator. The build stops instead, naming the file and
 * the line. (A purely decorative image can still be written as HTML with alt="".)
 */
export function requireImageAlt(md: MarkdownIt): void {
  md.core.ruler.push("require_image_alt", (state) => {
    for (const block of state.tokens) {
      if (block.type !== "inline" || !block.children) continue;
      let line = block.map?.[0] ?? 0;
      for (const token of block.children) {
        if (token.type === "softbreak" || token.type === "hardbreak") line++;
        if (token.type !== "image" || token.content.trim() !== "") continue;
        const src = token.attrGet("src") ?? "";
        const file = (state.env as RenderEnv)?.page?.inputPath?.replace(/^\.\//, "") ?? "(Markdown)";
        throw new ContentError(
          file,
          "image",
          `${src} has no alt text; describe what it shows between the brackets: ![What the image shows](${src})`,
          fileLine(file, line),
        );
      }
    }
  });
}

/** Markdown lines count from the body; the file has the front matter above it. */
function fileLine(file: string, bodyLine: number): number | undefined {
  try {
    return bodyStartLine(readFileSync(file, "utf8")) + bodyLine;
  } catch {
    return undefined;
  }
}
