import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";

/** A small built site written by hand, to give a check exactly the fault it must find. */
export interface SiteDir {
  /** The folder that plays _site/. */
  dir: string;
  /** Its parent: where .cache/, content/ or netlify.toml of the fixture go. */
  root: string;
  write(path: string, content: string): void;
  remove(): void;
}

export function siteDir(files: Record<string, string>): SiteDir {
  const root = mkdtempSync(join(tmpdir(), "alliance-checks-"));
  const dir = join(root, "_site");
  const write = (path: string, content: string) => {
    const target = join(root, path);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, content);
  };
  for (const [path, content] of Object.entries(files)) write(join("_site", path), content);
  return { dir, root, write, remove: () => rmSync(root, { recursive: true, force: true }) };
}

/** A valid, accessible page around `body` (inside <main>). */
export function page(body: string, { lang = "en", title = "A page", head = "" } = {}): string {
  return `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title>
${head}
</head>
<body>
<main>
<h1>${title}</h1>
${body}
</main>
</body>
</html>
`;
}
