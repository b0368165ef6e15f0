import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { stringify } from "yaml";
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

/** Writes /admin/ into the output folder: the page, the CMS script and config.yml from the content model. */
export function writeAdmin(outputDir: string, dataDir: string): void {
  const dir = join(outputDir, "admin");
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, "index.html"), ADMIN_PAGE);
  writeCmsBundle(dir);
  const locales = siteTextLocales(dataDir);
  const config = cmsConfig({ locales, repo: repositoryName(), labels: FIELD_LABELS });
  writeFileSync(
    join(dir, "config.yml"),
    `# Written by the build from the content model (src/cms/config.ts). Do not edit.\n${stringify(config, { aliasDuplicateObjects: false, lineWidth: 0 })}`,
  );
}

export interface CmsOptions {
  dataDir: string;
}

/** `npm run build` and `npm run dev` both serve /admin/: written once Eleventy has written the site. */
export default function cmsPlugin(eleventyConfig: EleventyConfig, { dataDir }: CmsOptions): void {
  eleventyConfig.on("eleventy.after", ({ directories }: AfterBuildEvent) => writeAdmin(directories.output, dataDir));
}
