/**
 * `npm run bench:function` (after `npm run build`): autocannon against each form's function
 * (/api/participate, /api/cooperate) on the local server of `npm start`, with valid and with invalid
 * submissions. Reports requests per second and p50/p99 latency, and checks that nothing is lost:
 * records stored = valid submissions accepted. It runs in a temporary project folder, so the
 * benchmark's submissions never reach your own sandbox.
 */
import { spawn } from "node:child_process";
import { cpSync, mkdtempSync, rmSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";
import autocannon from "autocannon";
import type { FormDefinition } from "../../src/form/fields.ts";
import { FORMS } from "../../src/form/forms.ts";
import { localSiteId, SANDBOX_DIR, startSandbox } from "../../src/storage/sandbox.ts";
import { openFormStore } from "../../src/storage/stores.ts";
import { table, writeSection } from "./report.ts";

const { values } = parseArgs({ options: { amount: { type: "string", default: "200" }, connections: { type: "string", default: "10" } } });
const amount = Number(values.amount);
const connections = Number(values.connections);
const repoRoot = resolve(import.meta.dirname, "../..");
const port = Number(process.env.BENCH_PORT ?? 8097);
const origin = `http://localhost:${port}`;

// The project as the server sees it, with a sandbox of its own.
const project = mkdtempSync(join(tmpdir(), "alliance-function-bench-"));
// Sources and configuration are copied, not linked: Netlify's bundler follows links into paths it
// cannot rebuild, and writes a package.json of its own that must never land on the project's.
for (const name of ["src", "netlify.toml", "package.json", "tsconfig.json"]) cpSync(join(repoRoot, name), join(project, name), { recursive: true });
for (const name of ["_site", "node_modules", "_data"]) symlinkSync(join(repoRoot, name), join(project, name));

const server = spawn(process.execPath, [join(repoRoot, "scripts/serve.ts")], {
  cwd: project,
  // Every request names its own test client, so the 5-a-minute limit does not turn the load into 429s.
  env: { ...process.env, PORT: String(port), RATE_LIMIT_TEST_CLIENT_HEADER: "x-test-client" },
  stdio: ["ignore", "pipe", "pipe"],
});
await new Promise<void>((ready, fail) => {
  server.stdout.on("data", (chunk: Buffer) => chunk.toString().includes("Serving") && ready());
  server.on("exit", (code) => fail(new Error(`the server stopped (${code})`)));
});

let counter = 0;
/** Each form's fields besides its title, the contact address and the common ones: a valid submission of it. */
const OWN_FIELDS: Record<string, Record<string, string>> = {
  participation: { authority_type: "municipality", country: "FR", position: "Mayor" },
  cooperation: { country: "XK", area: "education", organisation_url: "https://www.example.org/", proposal: "Workshops on school mediation." },
};
function submission(form: FormDefinition, valid: boolean): string {
  counter++;
  return new URLSearchParams({
    [form.titleField]: `Benchmark ${form.name} ${counter} ${Date.now()}`,
    ...OWN_FIELDS[form.name],
    contact_name: "Jeanne Dupont",
    email: valid ? "jeanne.dupont@example.org" : "not an address",
    consent: "yes",
    locale: "en",
    website: "",
  }).toString();
}

/** What autocannon reports that is used here. */
interface LoadResult {
  requests: { average: number };
  latency: { p50: number; p99: number };
  errors: number;
  timeouts: number;
}

interface Run {
  statuses: Map<number, number>;
  result: LoadResult;
}

async function load(form: FormDefinition, valid: boolean): Promise<Run> {
  const statuses = new Map<number, number>();
  const instance = autocannon({
    url: `${origin}${form.action}`,
    connections,
    amount,
    timeout: 30,
    requests: [
      {
        method: "POST",
        setupRequest: (request: Record<string, unknown>) => ({
          ...request,
          headers: {
            "content-type": "application/x-www-form-urlencoded",
            origin,
            "sec-fetch-site": "same-origin",
            "x-test-client": `bench-${counter}`,
          },
          body: submission(form, valid),
        }),
        onResponse: (status: number) => statuses.set(status, (statuses.get(status) ?? 0) + 1),
      },
    ],
  });
  const result = (await instance) as LoadResult;
  return { statuses, result };
}

const rows: string[][] = [];
const accepted = new Map<string, number>();
try {
  for (const form of FORMS) {
    for (const [label, valid] of [
      ["valid", true],
      ["invalid (bad email)", false],
    ] as const) {
      const { statuses, result } = await load(form, valid);
      if (valid) accepted.set(form.name, statuses.get(303) ?? 0);
      const answered = [...statuses].map(([status, n]) => `${n} × ${status}`).join(", ");
      rows.push([
        `\`${form.action}\`, ${label}`,
        String(amount),
        answered,
        result.requests.average.toFixed(1),
        `${result.latency.p50} ms`,
        `${result.latency.p99} ms`,
        String(result.errors + result.timeouts),
      ]);
    }
  }
} finally {
  server.kill("SIGTERM");
}

const sandbox = await startSandbox(join(project, SANDBOX_DIR), localSiteId(project));
const verdicts: string[] = [];
let lost = false;
for (const form of FORMS) {
  const stored = (await openFormStore(form, sandbox.location).list()).length;
  const sent = accepted.get(form.name) ?? 0;
  lost ||= stored !== sent;
  verdicts.push(
    `\`${form.action}\`: ${stored} records stored for ${sent} valid submissions accepted: ${stored === sent ? "none lost, none doubled" : "MISMATCH"}.`,
  );
}
await sandbox.stop();
rmSync(project, { recursive: true, force: true });

const summary = table(["requests", "sent", "answers", "requests/s", "p50", "p99", "errors"], rows);
const verdict = verdicts.join("\n\n");
console.log(`${summary}\n\n${verdict}`);
writeSection(
  "function",
  `## Form functions (\`npm run build\`, then \`npm run bench:function\`)

autocannon, ${connections} connections, ${amount} requests per row, against each form's function on the local
server (\`scripts/serve.ts\`: Netlify's local emulation, which bundles the function for every request and
runs function requests one at a time to work around a race in @netlify/dev (4.18.13, still in 5.1.3); so these figures
measure the emulation more than the function, which Netlify runs in parallel instances).

${summary}

${verdict}`,
);
if (lost) process.exitCode = 1;
