import { type ChildProcess, spawn } from "node:child_process";
import { symlinkSync } from "node:fs";
import { join } from "node:path";
import { type FixtureSite, repoRoot } from "./fixture-site.ts";

export interface DevServer {
  server: ChildProcess;
  origin: string;
  /** Everything the server printed so far (it keeps growing). */
  log: { text: string };
  stop(): void;
}

/**
 * The real `npm run dev` in a fixture site, with the real config and sources linked in, on this
 * session's port (or the next free one); resolves once it serves.
 */
export function startDevServer(site: FixtureSite, env: NodeJS.ProcessEnv = {}): Promise<DevServer> {
  site.write("src", null); // the fixture's copy of the functions gives way to the whole of src/
  for (const name of ["node_modules", "src", ".eleventy.ts", "package.json", "tsconfig.json"]) symlinkSync(join(repoRoot, name), join(site.dir, name));
  const port = process.env.PORT ?? "8080";
  const server = spawn("npm", ["run", "dev", "--", `--port=${port}`], { cwd: site.dir, detached: true, env: { ...process.env, ...env } });
  const log = { text: "" };
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`npm run dev did not start:\n${log.text}`)), 110_000);
    const listen = (chunk: Buffer) => {
      log.text += chunk.toString();
      const match = log.text.match(/Server at (http:\/\/localhost:\d+)\//);
      if (match) {
        clearTimeout(timer);
        resolve({ server, origin: match[1], log, stop: () => server.pid && process.kill(-server.pid, "SIGTERM") });
      }
    };
    server.stdout!.on("data", listen);
    server.stderr!.on("data", listen);
    server.on("exit", (code) => reject(new Error(`npm run dev exited with ${code}:\n${log.text}`)));
  });
}
