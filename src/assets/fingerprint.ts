import { createHash } from "node:crypto";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";

/** Files served from /assets/, named by content hash so the CDN can cache them forever. */
export interface Asset {
  source: string;
  url: string;
}

export async function fingerprintAssets(sourceDir: string, names: string[]): Promise<Record<string, Asset>> {
  const assets: Record<string, Asset> = {};
  for (const name of names) {
    const source = join(sourceDir, name);
    const hash = createHash("sha256").update(await readFile(source)).digest("hex").slice(0, 10);
    const dot = name.lastIndexOf(".");
    assets[name] = { source, url: `/assets/${name.slice(0, dot)}.${hash}${name.slice(dot)}` };
  }
  return assets;
}

export async function writeAssets(assets: Record<string, Asset>, outputDir: string): Promise<void> {
  for (const asset of Object.values(assets)) {
    const target = join(outputDir, asset.url);
    await mkdir(dirname(target), { recursive: true });
    await writeFile(target, await readFile(asset.source));
  }
}
