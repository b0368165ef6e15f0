import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { stringify } from "yaml";
import { filesUnder } from "../content/source-stamps.ts";
import type { AfterBuildEvent, EleventyConfig } from "../model/eleventy.ts";
import { siteTextLocales } from "../participants/data.ts";
import { writeCmsBundle } from "./bundle.ts";
import { cmsConfig, repositoryName } from "./config.ts";
import { FIELD_LABELS } from "./labels.ts";

/** /admin/'s page: no inline script or style (its own CSP in netlify.toml), kept out of search engines. */
export const ADMIN_PAGE = `<!doctype html>
<html lang="fr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex, nofollow">
<title>Gestion du contenu · Content management</title>
</head>
<body>
<script src="/admin/sveltia-cms.js"></script>
</body>
</html>
`;

/** config.yml from the content model and the site's locales. */
function adminConfig(dataDir: string): string {
  const locales = siteTextLocales(dataDir);
  const config = cmsConfig({ locales, repo: repositoryName(), labels: FIELD_LABELS });
  return `# Written by the build from the content model (src/cms/config.ts). Do not edit.\n${stringify(config, { aliasDuplicateObjects: false, lineWidth: 0 })}`;
}

/** Writes /admin/ into the output folder: the page, the CMS script and config.yml. */
function writeAdmin(dir: string, config: string): void {
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, "index.html"), ADMIN_PAGE);
  writeCmsBundle(dir);
  writeFileSync(join(dir, "config.yml"), config);
}

export interface CmsOptions {
  dataDir: string;
}

/** `npm run build` and `npm run dev` both serve /admin/: written once Eleventy has written the site. */
export default function cmsPlugin(eleventyConfig: EleventyConfig, { dataDir }: CmsOptions): void {
  // Each rebuild of `npm run dev` would write the same megabytes again: /admin/ is written again
  // only when its folder or its config changed since, or a file written there (fonts and translations too) is missing.
  let written: { version: string; files: string[] } | undefined;
  eleventyConfig.on("eleventy.after", ({ directories }: AfterBuildEvent) => {
    const dir = join(directories.output, "admin");
    const config = adminConfig(dataDir);
    const version = `${dir}\n${config}`;
    if (version === written?.version && written.files.every((file) => existsSync(file))) return;
    writeAdmin(dir, config);
    written = { version, files: filesUnder(dir) };
  });
}
