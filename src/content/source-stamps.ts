import { readdirSync, statSync } from "node:fs";
import { join } from "node:path";

/**
 * A file's modification time and size: what changes when an editor saves it. Undefined for a file
 * gone since it was listed (an editor's temporary file during a save): left out, not an error.
 */
const stampOf = (file: string): string | undefined => {
  const stats = statSync(file, { throwIfNoEntry: false });
  return stats && `${stats.mtimeMs}:${stats.size}`;
};

const filesUnder = (dir: string): string[] =>
  (readdirSync(dir, { recursive: true, withFileTypes: true }) as { name: string; parentPath: string; isFile(): boolean }[])
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();

/**
 * What a build reads from disk, stamped, so that a rebuild of `npm run dev` can tell which content
 * files changed since the last one: each content page (Markdown and Nunjucks) on its own, and every
 * other file the data cascade reads (data files, folders' data files, layouts) as one stamp, since
 * any of them can change what every page's data holds. The configuration and its code are not
 * stamped: Eleventy reloads the configuration when they change, and with it the site model.
 */
export class SourceStamps {
  /** Every content page, paths joined to the content folder (`content/fr/news/x.md`), with its stamp. */
  pages = new Map<string, string>();
  /** One stamp of every other file of the content, data and layouts folders. */
  rest = "";

  read(contentDir: string, otherDirs: string[]): void {
    this.pages = new Map();
    const rest: string[] = [];
    for (const file of filesUnder(contentDir)) {
      const stamp = stampOf(file);
      if (stamp === undefined) continue;
      if (/\.(md|njk)$/.test(file)) this.pages.set(file, stamp);
      else rest.push(`${file}:${stamp}`);
    }
    for (const dir of otherDirs) {
      for (const file of filesUnder(dir)) {
        const stamp = stampOf(file);
        if (stamp !== undefined) rest.push(`${file}:${stamp}`);
      }
    }
    this.rest = rest.join("\n");
  }

  /** A content page's version: its own stamp and the rest's; undefined for a file not stamped. */
  versionOf(inputPath: string): string | undefined {
    const stamp = this.pages.get(join(inputPath));
    return stamp === undefined ? undefined : `${stamp}\n${this.rest}`;
  }
}
