import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import * as yaml from "js-yaml";
import { ContentError } from "./content-error.ts";
import type { SourceStamps } from "./source-stamps.ts";

/**
 * The one place front matter is parsed, for the build (Eleventy's reader) and the translations
 * check alike: what should apply to every front matter value as it is read belongs here.
 * YAML's core schema keeps `date: 2013-13-45` a string that the date check rejects, instead of a
 * Date silently rolled over to February 2014.
 */
function readFrontMatter(text: string): object {
  return yaml.load(text, { schema: yaml.CORE_SCHEMA }) as object;
}

/** gray-matter's options (Eleventy's and the translations check's reader) for reading front matter with readFrontMatter. */
export const frontMatterParsingOptions = {
  engines: { yaml: readFrontMatter },
};

/** Where an unclosed front matter block opens, and where its fields seem to end. */
export interface UnclosedFrontMatter {
  openingLine: number;
  /** The line before the first blank line: most likely the last field, after which "---" belongs. */
  lastFieldLine: number;
}

/**
 * A file that opens front matter with "---" but never closes it. Eleventy's reader (gray-matter)
 * then takes the whole file as front matter: prose fails as YAML with a message that does not say
 * why, and a body of headings (YAML comments) or "Word: text" lines is silently lost.
 * The delimiter rules are gray-matter's: "---" at the very start, not followed by a fourth "-",
 * closed by the next line that starts with "---".
 */
export function findUnclosedFrontMatter(text: string): UnclosedFrontMatter | undefined {
  const source = text.replace(/^\uFEFF/, "");
  if (!source.startsWith("---") || source.charAt(3) === "-") return undefined;
  if (source.indexOf("\n---", 3) !== -1) return undefined;
  const lines = source.split(/\r?\n/);
  const blank = lines.findIndex((line, index) => index > 0 && line.trim() === "");
  return { openingLine: 1, lastFieldLine: blank === -1 ? lines.length : blank };
}

/** Throws, naming the file and the line, when a content file's front matter is never closed. */
export function assertFrontMatterClosed(file: string, text: string): void {
  const unclosed = findUnclosedFrontMatter(text);
  if (!unclosed) return;
  throw new ContentError(
    file,
    "front matter",
    `the "---" on line ${unclosed.openingLine} opens the front matter but no line "---" closes it, so the whole file would be read as front matter; add a line "---" after the last field (probably after line ${unclosed.lastFieldLine})`,
    unclosed.openingLine,
  );
}

/** Every content file of the site (Markdown and Nunjucks pages), relative paths joined to `contentDir`. */
export function contentFiles(contentDir: string): string[] {
  return (readdirSync(contentDir, { recursive: true }) as string[])
    .filter((name) => /\.(md|njk)$/.test(name))
    .sort()
    .map((name) => join(contentDir, name));
}

/**
 * Checked before Eleventy reads any template, so the editor sees this message and not a YAML error.
 * Remembers each page found closed by its stamp, so that a rebuild of `npm run dev` reads only the
 * pages saved since (a stat instead of reading every one of a large site's files).
 */
export class FrontMatterCheck {
  /** Path → the stamp of the version found closed. */
  private readonly closed = new Map<string, string>();

  assertAllClosed(stamps: SourceStamps): void {
    // A file deleted or renamed since is forgotten: re-created, it is read again whatever its stamp.
    for (const file of this.closed.keys()) if (!stamps.pages.has(file)) this.closed.delete(file);
    for (const [file, stamp] of stamps.pages) {
      if (stamp !== null && this.closed.get(file) === stamp) continue;
      // Stamped before reading: a save between the two makes the next check read the file again.
      assertFrontMatterClosed(file, readFileSync(file, "utf8"));
      if (stamp === null) this.closed.delete(file);
      else this.closed.set(file, stamp);
    }
  }
}

/** The YAML text of a file's front matter, and the file line (1-based) of its first line. */
export function frontMatterBlock(text: string): { yaml: string; firstLine: number } | undefined {
  const source = text.replace(/^\uFEFF/, "");
  if (!source.startsWith("---") || source.charAt(3) === "-") return undefined;
  const close = source.indexOf("\n---", 3);
  if (close === -1) return undefined;
  return { yaml: source.slice(source.indexOf("\n") + 1, close + 1), firstLine: 2 };
}

/** The file line (1-based) where the body starts: after the closing "---", or 1 without front matter. */
export function bodyStartLine(text: string): number {
  const source = text.replace(/^\uFEFF/, "");
  if (!source.startsWith("---") || source.charAt(3) === "-") return 1;
  const close = source.indexOf("\n---", 3);
  if (close === -1) return 1;
  return source.slice(0, close + 1).split("\n").length + 1;
}
