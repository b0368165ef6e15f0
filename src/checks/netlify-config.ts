import { existsSync, readdirSync, readFileSync, realpathSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import type { Config } from "@netlify/functions";
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
export async function readNetlifyConfig(root: string, file = "netlify.toml"): Promise<NetlifyConfig> {
  const path = join(root, file);
  if (!existsSync(path)) return { redirects: [], functionPaths: [] };
  const raw = parse(readFileSync(path, "utf8")) as RawConfig;
  const redirects = (raw.redirects ?? []).map((rule) => ({ from: rule.from, to: rule.to, status: rule.status ?? 301, force: rule.force ?? false }));
  const functionsDir = raw.functions?.directory;
  return { redirects, functionPaths: functionsDir ? await functionPaths(join(root, functionsDir)) : [] };
}

/** A function is a script or a folder of the functions directory; v2 functions may also export `config = { path: "/api/…" }`. */
async function functionPaths(dir: string): Promise<string[]> {
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
    paths.push(`/.netlify/functions/${name}`);
    for (const file of entryFiles) paths.push(...(await declaredPaths(file)));
  }
  return paths;
}

/** The `path` of a function's exported config (a string or a list), read by importing the module as scripts/serve.ts does. */
async function declaredPaths(file: string): Promise<string[]> {
  const { config } = (await import(pathToFileURL(realpathSync(file)).href)) as { config?: Config };
  return [config?.path ?? []].flat();
}

/**
 * Whether a Netlify `from` pattern matches a path: literal segments, ":name" placeholders (one
 * segment) and a final "*" splat (the rest, possibly empty), which may follow a prefix inside its
 * segment ("/en/page/33-*", as Netlify's own matcher allows). Trailing slashes are ignored, as Netlify does.
 */
export function redirectMatches(from: string, path: string): boolean {
  const trim = (p: string) => p.replace(/\/+$/, "") || "/";
  const pattern = trim(from).split("/");
  const segments = trim(path).split("/");
  for (let i = 0; i < pattern.length; i++) {
    const last = i === pattern.length - 1;
    if (last && pattern[i].endsWith("*")) {
      const prefix = pattern[i].slice(0, -1);
      return prefix === "" || (i < segments.length && segments[i].startsWith(prefix));
    }
    if (i >= segments.length) return false;
    if (pattern[i].startsWith(":")) continue;
    if (pattern[i] !== segments[i]) return false;
  }
  return pattern.length === segments.length;
}
