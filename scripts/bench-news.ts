/**
 * `npx tsx scripts/bench-news.ts [items per locale]` (default 2000): builds a copy of the site whose
 * news folders hold that many generated items per locale (one in ten with an event), and prints how
 * long `npm run build`'s script takes and what it wrote. Nothing in the working tree changes.
 */
import { spawnSync } from "node:child_process";
import { cpSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { readLocales } from "../src/i18n/plugin.ts";
import { newsFolder } from "../src/news/folders.ts";

const perLocale = Number(process.argv[2] ?? 2000);
const root = resolve(import.meta.dirname, "..");
const dir = mkdtempSync(join(tmpdir(), "alliance-bench-"));

try {
  for (const folder of ["content", "_data", "layouts"]) cpSync(join(root, folder), join(dir, folder), { recursive: true });
  const locales = readLocales(join(dir, "_data")).map((l) => l.code);
  for (const locale of locales) {
    const folder = newsFolder(join(dir, "content"), locale);
    for (const name of readdirSync(folder)) if (name.endsWith(".md")) rmSync(join(folder, name));
    for (let i = 0; i < perLocale; i++) {
      const date = new Date(Date.UTC(2000, 0, 1) + i * 86_400_000).toISOString().slice(0, 10);
      const event = i % 10 === 0 ? `place: Strasbourg\nevent:\n  start: ${date}T09:30\n  end: ${date}T17:30\n  timezone: Europe/Paris\n` : "";
      const body = `Item ${i}, with [a link](/${locale}/) and some text.\n\n`.repeat(5);
      writeFileSync(join(folder, `item-${i}.md`), `---\nkey: bench-${i}\ntitle: "Item ${i}"\ndate: ${date}\nsummary: "Summary of item ${i}."\ntags: [t${i % 7}]\n${event}---\n\n${body}`);
    }
  }

  const build = () => {
    const started = process.hrtime.bigint();
    const result = spawnSync(join(root, "node_modules/.bin/tsx"), [join(root, "scripts/build.ts")], { cwd: dir, encoding: "utf8" });
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    if (result.status !== 0) throw new Error(`build failed:\n${result.stdout}\n${result.stderr}`);
    return seconds;
  };
  const cold = build();
  const warm = build();

  const files = readdirSync(join(dir, "_site"), { recursive: true, encoding: "utf8" }).filter((f) => statSync(join(dir, "_site", f)).isFile());
  const pages = files.filter((f) => f.endsWith(".html")).length;
  const bytes = files.reduce((sum, f) => sum + statSync(join(dir, "_site", f)).size, 0);
  console.log(`${perLocale} news items per locale (${locales.join(", ")}): ${pages} HTML pages, ${files.length} files, ${(bytes / 1e6).toFixed(1)} MB`);
  console.log(`build: ${cold.toFixed(1)} s first, ${warm.toFixed(1)} s second (${((warm * 1000) / pages).toFixed(1)} ms per page)`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
