/** The Eleventy step of `npm run build` (scripts/build.ts runs it in a process of its own). */
import { join } from "node:path";
import Eleventy from "@11ty/eleventy";

const configPath = join(import.meta.dirname, "../.eleventy.ts");

try {
  const eleventy = new Eleventy(undefined, undefined, { configPath, quietMode: true });
  // Eleventy logs the full stack itself; our message below is the one line an editor needs.
  eleventy.setIsVerbose?.(false);
  await eleventy.write();
} catch (error) {
  console.error(`\nBuild failed: ${describe(error)}`);
  process.exit(1);
}

/** Every distinct message along the error's causes: the template that failed, then what failed in it. */
function describe(error: unknown): string {
  const messages: string[] = [];
  let current = error as { message?: string; cause?: unknown; originalError?: unknown } | undefined;
  while (current) {
    const message = String(current.message ?? current).trim();
    if (message && !messages.some((seen) => seen.includes(message))) messages.push(message);
    current = (current.originalError ?? current.cause) as typeof current;
  }
  return messages.reverse().join("\n  in ");
}
