/**
 * The CMS's script as /admin/ serves it: Sveltia CMS's browser build from npm, with the few addresses
 * it would reach beyond the site pointed at the site itself. Its fonts come from the same fontsource
 * versions on npm (package.json pins them), copied beside it, and so are its interface's translations
 * from the same package; its "new version" check reads the pinned
 * version; GitHub's status banner is left out. Each rewrite must match exactly once: a new Sveltia
 * version that moves one stops the build here, not in an editor's browser.
 */
import { copyFileSync, cpSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

/** The package's browser build: its npm entry is beside it (the package exports only that). */
export const CMS_SCRIPT = join(dirname(fileURLToPath(import.meta.resolve("@sveltia/cms"))), "../dist/sveltia-cms.js");
const NODE_MODULES = resolve(dirname(CMS_SCRIPT), "../../..");
export const CMS_VERSION = (JSON.parse(readFileSync(join(NODE_MODULES, "@sveltia/cms/package.json"), "utf8")) as { version: string }).version;

const FONT = /https:\/\/cdn\.jsdelivr\.net\/fontsource\/fonts\/([a-z0-9-]+)(:vf)?@([0-9.]+)\/([a-z0-9-]+\.woff2)/g;

/** The replacements, each expected once. */
// The text of the minified script, placeholders and all, not templates of ours.
const REWRITES: [from: string, to: string, why: string][] = [
  // biome-ignore-start lint/suspicious/noTemplateCurlyInString: the script's own text
  ["var NSe=`${iP}/package.json`", "var NSe=`/admin/version.json`", "the new-version check (unpkg.com)"],
  ["USe=`${iP}@${rP}/locales`", "USe=`/admin/locales`", "the interface's translations (unpkg.com)"],
  ["Oye=`https://www.githubstatus.com/api/v2/status.json`", "Oye=`/admin/github-status.json`", "GitHub's status (githubstatus.com)"],
  // biome-ignore-end lint/suspicious/noTemplateCurlyInString: the script's own text
];

/** Writes sveltia-cms.js, its fonts and version.json into `dir` (the site's admin/ folder). */
export function writeCmsBundle(dir: string): void {
  let script = readFileSync(CMS_SCRIPT, "utf8");
  for (const [from, to, why] of REWRITES) {
    const count = script.split(from).length - 1;
    if (count !== 1)
      throw new Error(`${CMS_SCRIPT}: ${why}: expected "${from}" once, found it ${count} times; update src/cms/bundle.ts for Sveltia CMS ${CMS_VERSION}`);
    script = script.replace(from, to);
  }
  mkdirSync(join(dir, "fonts"), { recursive: true });
  cpSync(join(NODE_MODULES, "@sveltia/cms/locales"), join(dir, "locales"), { recursive: true });
  const fonts = [...script.matchAll(FONT)];
  if (fonts.length === 0) throw new Error(`${CMS_SCRIPT}: no fontsource address found; update src/cms/bundle.ts for Sveltia CMS ${CMS_VERSION}`);
  for (const [, family, variable, version, file] of fonts) {
    const pkg = join(NODE_MODULES, variable ? "@fontsource-variable" : "@fontsource", family);
    const installed = (JSON.parse(readFileSync(join(pkg, "package.json"), "utf8")) as { version: string }).version;
    if (installed !== version) throw new Error(`Sveltia CMS ${CMS_VERSION} wants ${family} ${version}; package.json pins ${installed}: pin the same version`);
    copyFileSync(join(pkg, "files", `${family}-${file}`), join(dir, "fonts", `${family}-${file}`));
  }
  script = script.replace(FONT, (_, family: string, _vf, _version, file: string) => `/admin/fonts/${family}-${file}`);
  if (/https:\/\/cdn\.jsdelivr\.net/.test(script)) throw new Error(`${CMS_SCRIPT}: an address on cdn.jsdelivr.net is left; update src/cms/bundle.ts`);
  writeFileSync(join(dir, "sveltia-cms.js"), script);
  writeFileSync(join(dir, "version.json"), `${JSON.stringify({ version: CMS_VERSION })}\n`);
}
