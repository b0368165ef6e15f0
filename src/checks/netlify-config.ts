import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "smol-toml";

/** One [[redirects]] rule of netlify.toml, with Netlify's defaults filled in. */
export interface RedirectRule {
  from: string;
  to: string;
  status: number;
  force: boolean;
}

export interface NetlifyConfig {
  redirects: RedirectRule[];
  /** Paths answered by a Netlify Function: /.netlify/functions/<name>, and each function's own `config.path`. */
  functionPaths: string[];
}

interface RawConfig {
  functions?: { directory?: string };
  redirects?: { from: string; to: string; status?: number; force?: boolean }[];
}

/** What of netlify.toml the link check needs: the redirects and the functions' paths. */
export function readNetlifyConfig(root: string, file = "netlify.toml"): NetlifyConfig {
  const path = join(root, file);
  if (!existsSync(path)) return { redirects: [], functionPaths: [] };
  const raw = parse(readFileSync(path, "utf8")) as RawConfig;
  const redirects = (raw.redirects ?? []).map((rule) => ({ from: rule.from, to: rule.to, status: rule.status ?? 301, force: rule.force ?? false }));
  const functionsDir = raw.functions?.directory;
  return { redirects, functionPaths: functionsDir ? functionPaths(join(root, functionsDir)) : [] };
}

/** A function is a script or a folder of the functions directory; v2 functions may also declare `config = { path: "/api/…" }`. */
function functionPaths(dir: string): string[] {
  if (!existsSync(dir)) return [];
  const script = /^(.+)\.[mc]?[jt]sx?$/;
  const paths: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const name = entry.isDirectory() ? entry.name : script.exec(entry.name)?.[1];
    if (!name) continue;
    // A folder's entry point is index.* or <name>.*, as Netlify looks for them.
    const entryFiles = entry.isDirectory()
      ? readdirSync(join(dir, name))
          .filter((file) => script.exec(file)?.[1] === "index" || script.exec(file)?.[1] === name)
          .map((file) => join(dir, name, file))
      : [join(dir, entry.name)];
    paths.push(`/.netlify/functions/${name}`, ...entryFiles.flatMap((file) => declaredPaths(readFileSync(file, "utf8"))));
  }
  return paths;
}

/** The `path` of a function's exported config: a string or an array of strings. */
function declaredPaths(source: string): string[] {
  const config = /export\s+const\s+config\b[^=]*=\s*\{([\s\S]*?)\}\s*(?:satisfies\b[^;\n]*)?;?\s*$/m.exec(source)?.[1] ?? "";
  const value = /\bpath\s*:\s*(\[[^\]]*\]|"[^"]*"|'[^']*')/.exec(config)?.[1];
  return value ? [...value.matchAll(/["']([^"']+)["']/g)].map((m) => m[1]) : [];
}

/**
 * Whether a Netlify `from` pattern matches a path: literal segments, ":name" placeholders (one
 * segment) and a final "*" splat (the rest, possibly empty). Trailing slashes are ignored, as Netlify does.
 */
export function redirectMatches(from: string, path: string): boolean {
  const trim = (p: string) => p.replace(/\/+$/, "") || "/";
  const pattern = trim(from).split("/");
  const segments = trim(path).split("/");
  for (let i = 0; i < pattern.length; i++) {
    if (pattern[i] === "*") return true;
    if (i >= segments.length) return false;
    if (pattern[i].startsWith(":")) continue;
    if (pattern[i] !== segments[i]) return false;
  }
  return pattern.length === segments.length;
}
