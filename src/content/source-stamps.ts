import { readdirSync, statSync } from "node:fs";
import { join } from "node:path";

/**
 * How long after its modification a file's stamp is not trusted: FAT's two-second tick and a margin.
 * A clock that counts in whole seconds (HFS+) or in two (FAT, some network mounts) gives two saves
 * within one tick the same time, so a save that keeps the size would look unchanged. A file modified
 * this recently when it is stamped (or later, by a clock ahead) is checked by every build as if it had
 * changed, and its result is not remembered, until its time is older: most often only the file just
 * saved, which is checked anyway. A data or layout file that recent does the same to every page.
 */
const RECENT_MS = 3000;

/**
 * A file's modification time and size: what changes when an editor saves it; null while it is too
 * recent to tell apart from the next save (RECENT_MS). Undefined for a file gone since it was listed
 * (an editor's temporary file during a save): left out, not an error.
 */
const stampOf = (file: string, now: number): string | null | undefined => {
  const stats = statSync(file, { throwIfNoEntry: false });
  if (!stats) return undefined;
  return stats.mtimeMs > now - RECENT_MS ? null : `${stats.mtimeMs}:${stats.size}`;
};

/** Every file under `dir`, in every subfolder, as paths joined to `dir`, sorted. */
export const filesUnder = (dir: string): string[] =>
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
  /**
   * Every content page, paths joined to the content folder (`content/fr/news/x.md`), with its stamp,
   * or null for a page modified too recently to trust its stamp: check it again.
   */
  pages = new Map<string, string | null>();
  /** One stamp of every other file of the content, data and layouts folders; null if one of them is too recent to trust. */
  rest: string | null = "";

  read(contentDir: string, otherDirs: string[]): void {
    const now = Date.now();
    this.pages = new Map();
    const rest: string[] = [];
    let restTrusted = true;
    const addToRest = (file: string, stamp: string | null) => {
      if (stamp === null) restTrusted = false;
      else rest.push(`${file}:${stamp}`);
    };
    for (const file of filesUnder(contentDir)) {
      const stamp = stampOf(file, now);
      if (stamp === undefined) continue;
      if (/\.(md|njk)$/.test(file)) this.pages.set(file, stamp);
      else addToRest(file, stamp);
    }
    for (const dir of otherDirs) {
      for (const file of filesUnder(dir)) {
        const stamp = stampOf(file, now);
        if (stamp !== undefined) addToRest(file, stamp);
      }
    }
    this.rest = restTrusted ? rest.join("\n") : null;
  }

  /** A content page's version: its own stamp and the rest's; undefined for a file not stamped or not to be trusted yet. */
  versionOf(inputPath: string): string | undefined {
    const stamp = this.pages.get(join(inputPath));
    return stamp == null || this.rest === null ? undefined : `${stamp}\n${this.rest}`;
  }
}
