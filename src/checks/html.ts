import { spawn } from "node:child_process";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { PageSources, sitePages } from "./site-files.ts";
import { count, result, type CheckResult, type Finding } from "./types.ts";

const NAME = "HTML (W3C Nu HTML Checker)";

/** vnu.jar ships inside the vnu-jar package; its postinstall (a Java downloader) is not needed. */
export const vnuJar = join(dirname(createRequire(import.meta.url).resolve("vnu-jar/package.json")), "build/dist/vnu.jar");

interface VnuMessage {
  type: "error" | "info" | "non-document-error";
  subType?: string;
  url?: string;
  firstLine?: number;
  lastLine?: number;
  firstColumn?: number;
  lastColumn?: number;
  message: string;
}

export interface HtmlCheckOptions {
  siteDir: string;
  /** Project root, to name content files. */
  root?: string;
  java?: string;
}

/** Every page of the built site through the Nu HTML Checker, in one Java run (the JVM is slow to start). */
export async function checkHtml({ siteDir, root = process.cwd(), java = "java" }: HtmlCheckOptions): Promise<CheckResult> {
  const pages = sitePages(siteDir);
  if (pages.length === 0) return result(NAME, "no pages", { errors: [{ message: `no HTML page in ${siteDir}: build the site first (npm run build)` }] });
  const sources = PageSources.read(siteDir, root);
  const byFile = new Map(pages.map((page) => [page.file, page]));

  let output: string;
  try {
    // Fast start-up settings: one short run, no need for the optimising compiler.
    output = await run(java, [
      "-XX:+UseSerialGC",
      "-XX:TieredStopAtLevel=1",
      "-Xss8m",
      "-jar",
      vnuJar,
      "--format",
      "json",
      "--stdout",
      "--exit-zero-always",
      ...pages.map((p) => p.file),
    ]);
  } catch (error) {
    return result(NAME, "not run", { errors: [{ message: String((error as Error).message) }] });
  }
  const { messages } = JSON.parse(output) as { messages: VnuMessage[] };

  const errors: Finding[] = [];
  const warnings: Finding[] = [];
  for (const message of messages) {
    const file = message.url ? decodeURIComponent(new URL(message.url).pathname) : undefined;
    const page = file ? byFile.get(file) : undefined;
    const line = message.lastLine ?? message.firstLine;
    const where = page ? `${page.shown}${line ? `:${line}` : ""}${sourceNote(sources, page.path)}` : file;
    const finding = { where, message: message.message };
    if (message.type === "info") {
      if (message.subType === "warning") warnings.push(finding);
    } else errors.push(finding);
  }
  return result(NAME, `${count(pages.length, "page")}, ${count(errors.length, "error")}, ${count(warnings.length, "warning")}`, {
    errors,
    warnings,
    figures: { pages: pages.length, problems: errors.length },
  });
}

function sourceNote(sources: PageSources, pagePath: string): string {
  const source = sources.sourceOf(pagePath);
  return source ? ` (built from ${source})` : "";
}

function run(command: string, args: string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk) => (stdout += chunk));
    child.stderr.on("data", (chunk) => (stderr += chunk));
    child.on("error", (error: NodeJS.ErrnoException) =>
      reject(
        new Error(
          error.code === "ENOENT"
            ? `"${command}" not found: the HTML check needs Java 17 or later (Debian: apt-get install default-jre-headless; .ci/run installs it)`
            : `could not start ${command}: ${error.message}`,
        ),
      ),
    );
    child.on("close", (code) => (code === 0 ? resolve(stdout) : reject(new Error(`the Nu HTML Checker stopped with code ${code}: ${stderr.trim()}`))));
  });
}
