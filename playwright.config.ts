import { existsSync } from "node:fs";
import { chromium, defineConfig } from "@playwright/test";
import { chromiumArgs, chromiumExecutable } from "./src/checks/browser.ts";

// The port the built site's absolute URLs point at (URL defaults to http://localhost:8080).
const port = Number(process.env.PORT ?? 8080);
const executablePath = chromiumExecutable();
if (!executablePath && !existsSync(chromium.executablePath())) {
  throw new Error("No Chromium for the end-to-end tests: install Debian's (apt-get install chromium) or Playwright's (npx playwright install chromium).");
}

export default defineConfig({
  testDir: "tests/e2e",
  fullyParallel: true,
  workers: 2,
  forbidOnly: !!process.env.CI,
  reporter: [["list"], ["json", { outputFile: "reports/playwright.json" }]],
  use: {
    baseURL: `http://localhost:${port}`,
    browserName: "chromium",
    launchOptions: {
      executablePath,
      args: chromiumArgs,
    },
  },
  webServer: {
    // The same server as `npm start`, serving the site that `npm run build` wrote.
    command: "node scripts/serve.ts",
    // The form's tests all come from 127.0.0.1: each names itself in this header so the local rate limit
    // (5 a minute per client) counts them apart. Only this test server reads it; production never runs it.
    env: { PORT: String(port), RATE_LIMIT_TEST_CLIENT_HEADER: "x-test-client" },
    url: `http://localhost:${port}/en/`,
    // Always our own server: it must run with the test-only settings above.
    reuseExistingServer: false,
    timeout: 60_000,
  },
});
