import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { OLD_ADDRESSES_FILE, parseOldAddresses } from "../redirects/old-addresses.ts";
import { readPageUrls } from "../redirects/page-urls.ts";
import { currentOldAddressBlock, renderOldAddressBlock, resolveOldAddressRules } from "../redirects/rules.ts";
import type { NetlifyConfig } from "./netlify-config.ts";
import type { Finding } from "./types.ts";

export interface RedirectTargetOptions {
  siteDir: string;
  root: string;
  netlify: NetlifyConfig;
  /** Whether an address is a page or file of the built site, or a function. */
  exists(path: string): boolean;
}

/**
 * Every redirect of netlify.toml leads somewhere real: its target is a page or file of the built site
 * (or a function), so that a renamed page cannot silently break an address that points at it. The old
 * addresses' rules are also those that _data/old-addresses.json and the pages' URLs give today.
 */
export function redirectTargetProblems({ siteDir, root, netlify, exists }: RedirectTargetOptions): Finding[] {
  const configFile = join(root, "netlify.toml");
  const toml = existsSync(configFile) ? readFileSync(configFile, "utf8") : "";
  const findings: Finding[] = [];
  for (const rule of netlify.redirects) {
    // A redirect to another site, or one that rewrites its pattern (:splat), is taken as given.
    if (/^https?:/.test(rule.to) || rule.to.includes(":")) continue;
    const target = new URL(rule.to, "http://x").pathname;
    if (exists(target)) continue;
    findings.push({
      where: `netlify.toml${lineOf(toml, `from = ${JSON.stringify(rule.from)}`)}`,
      message: `the redirect from ${rule.from} goes to ${rule.to}, which is not a page of the built site`,
    });
  }
  findings.push(...oldAddressBlockProblems(siteDir, root, toml));
  return findings;
}

/** netlify.toml's old addresses' block against the one `npm run redirects` would write now. */
function oldAddressBlockProblems(siteDir: string, root: string, toml: string): Finding[] {
  const tableFile = join(root, "_data", OLD_ADDRESSES_FILE);
  if (!existsSync(tableFile)) return [];
  const shown = join("_data", OLD_ADDRESSES_FILE);
  try {
    const urls = readPageUrls(siteDir);
    if (!urls) return [{ where: shown, message: `the build wrote no page URLs next to ${siteDir}: build the site with npm run build` }];
    const text = readFileSync(tableFile, "utf8");
    const expected = renderOldAddressBlock(resolveOldAddressRules(parseOldAddresses(text, shown), urls, { file: shown, text }));
    const current = currentOldAddressBlock(toml);
    if (current === expected) return [];
    const offset = toml.indexOf(current);
    const have = current.split("\n");
    const want = expected.split("\n");
    const index = have.findIndex((line, i) => line !== want[i]);
    const at = index === -1 ? have.length : index;
    const line = toml.slice(0, offset).split("\n").length + at;
    return [
      {
        where: `netlify.toml:${line}`,
        message: `the old addresses' rules are not those of ${shown} and the pages' URLs (here ${JSON.stringify(have[at] ?? "")}, expected ${JSON.stringify(want[at] ?? "")}): run npm run redirects`,
      },
    ];
  } catch (error) {
    return (error as Error).message.split("\n").map((message) => ({ message }));
  }
}

function lineOf(text: string, needle: string): string {
  const index = text.indexOf(needle);
  return index === -1 ? "" : `:${text.slice(0, index).split("\n").length}`;
}
