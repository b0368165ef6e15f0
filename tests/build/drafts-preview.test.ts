import { spawn } from "node:child_process";
import { readFileSync, symlinkSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fixtureSite, repoRoot, type FixtureSite } from "../helpers/fixture-site.ts";
import { newsFile } from "../helpers/news-fixture.ts";

/**
 * `npm run dev`, the editors' preview, shows drafts; the build does not (see news-site.test.ts).
 * The real npm script runs in a copy of the site, on this session's port (or the next free one).
 */
let site: FixtureSite;
let server: ReturnType<typeof spawn>;
let origin = "";
const draft = { key: "2024-01-draft", title: "Brouillon en cours", date: "2024-01-15", summary: "Pas encore publié.", draft: true };

beforeAll(async () => {
  site = fixtureSite();
  site.write("src", null); // the fixture's copy of the functions gives way to the whole of src/
  for (const name of ["node_modules", "src", ".eleventy.ts", "package.json", "tsconfig.json"]) symlinkSync(join(repoRoot, name), join(site.dir, name));
  site.write("content/fr/actualites/brouillon-en-cours.md", newsFile(draft));
  const port = process.env.PORT ?? "8080";
  server = spawn("npm", ["run", "dev", "--", `--port=${port}`], { cwd: site.dir, detached: true, env: { ...process.env, ALLIANCE_DRAFTS: "" } });
  let output = "";
  origin = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`npm run dev did not start:\n${output}`)), 90_000);
    const listen = (chunk: Buffer) => {
      output += chunk.toString();
      const match = output.match(/Server at (http:\/\/localhost:\d+)\//);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    };
    server.stdout!.on("data", listen);
    server.stderr!.on("data", listen);
    server.on("exit", (code) => reject(new Error(`npm run dev exited with ${code}:\n${output}`)));
  });
});
afterAll(() => {
  if (server?.pid) process.kill(-server.pid, "SIGTERM");
  site?.remove();
});

describe("the editors' preview", () => {
  it("shows a draft article, marked as a draft, and lists it", async () => {
    const article = await fetch(`${origin}/fr/actualites/brouillon-en-cours/`);
    expect(article.status).toBe(200);
    const text = await article.text();
    expect(text).toContain("Brouillon en cours");
    expect(text).toContain('class="draft-note"');
    const listing = await (await fetch(`${origin}/fr/actualites/`)).text();
    expect(listing).toContain('href="/fr/actualites/brouillon-en-cours/"');
    expect(listing).toContain('class="draft-badge"');
  });

  it("does not write into the deployable _site/ folder", () => {
    expect(() => readFileSync(join(site.output, "fr/actualites/brouillon-en-cours/index.html"))).toThrow();
  });
});
