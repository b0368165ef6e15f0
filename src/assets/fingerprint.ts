import { createHash } from "node:crypto";
import { mkdir, readdir, readFile, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";

/** A file served from /assets/, named by content hash so the CDN can cache it forever. */
export interface Asset {
  url: string;
  content: string;
}

function fingerprint(name: string, content: string): Asset {
  const hash = createHash("sha256").update(content).digest("hex").slice(0, 10);
  const dot = name.lastIndexOf(".");
  return { url: `/assets/${name.slice(0, dot)}.${hash}${name.slice(dot)}`, content };
}

async function sortedFiles(dir: string, extension: string): Promise<string[]> {
  return (await readdir(dir)).filter((name) => name.endsWith(extension)).sort();
}

/**
 * css/*.css become one stylesheet, site.css, in file-name order (one request per page);
 * each js/*.js stays its own script, loaded only by the pages that need it.
 */
export async function buildAssets(sourceDir: string): Promise<Record<string, Asset>> {
  const cssDir = join(sourceDir, "css");
  const jsDir = join(sourceDir, "js");
  const css = await Promise.all((await sortedFiles(cssDir, ".css")).map((name) => readFile(join(cssDir, name), "utf8")));
  const assets: Record<string, Asset> = { "site.css": fingerprint("site.css", css.join("\n")) };
  for (const name of await sortedFiles(jsDir, ".js")) assets[name] = fingerprint(name, await readFile(join(jsDir, name), "utf8"));
  return assets;
}

export async function writeAssets(assets: Record<string, Asset>, outputDir: string): Promise<void> {
  for (const asset of Object.values(assets)) {
    const target = join(outputDir, asset.url);
    await mkdir(dirname(target), { recursive: true });
    await writeFile(target, asset.content);
  }
}
