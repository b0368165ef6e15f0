/** Fixture sites without a test runner: Playwright tests use them too (the CMS test builds what the CMS wrote). */
import { spawnSync } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";

export const repoRoot = resolve(import.meta.dirname, "../..");
const buildScript = join(repoRoot, "scripts/build.ts");

export interface FixtureSite {
  dir: string;
  output: string;
  /** Writes (or with null, deletes) a file relative to the fixture's root. */
  write(path: string, content: string | Uint8Array | null): void;
  /** Runs `npm run build`'s script in the fixture's folder. */
  build(env?: NodeJS.ProcessEnv): { status: number | null; log: string };
  remove(): void;
}

/** A copy of the real site's content, data and layouts in a temporary folder, to change and build. */
export function fixtureSite(): FixtureSite {
  const dir = mkdtempSync(join(tmpdir(), "alliance-site-"));
  // Hosting config and functions too, so checks see the same redirects and function paths as the real site.
  for (const path of ["content", "_data", "layouts", "netlify.toml"]) cpSync(join(repoRoot, path), join(dir, path), { recursive: true });
  // The functions are linked, not copied (never write into them): the link check imports them, and their imports resolve from the real site.
  mkdirSync(join(dir, "src"));
  symlinkSync(join(repoRoot, "src/functions"), join(dir, "src/functions"));
  return {
    dir,
    output: join(dir, "_site"),
    write(path, content) {
      const target = join(dir, path);
      if (content === null) return rmSync(target, { force: true, recursive: true });
      mkdirSync(dirname(target), { recursive: true });
      writeFileSync(target, content);
    },
    build(env = {}) {
      const result = spawnSync(process.execPath, [buildScript], {
        cwd: dir,
        encoding: "utf8",
        // Fixture sites always build for the default origin, whatever URL the surrounding run uses.
        env: { ...process.env, URL: "http://localhost:8080", ...env },
        timeout: 120_000,
      });
      return { status: result.status, log: `${result.stdout}\n${result.stderr}` };
    },
    remove() {
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
