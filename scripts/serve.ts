/**
 * `npm start` / `npm run serve`: serves _site/ on http://localhost:8080 (PORT overrides) through
 * Netlify's own local emulation, so netlify.toml's headers, redirects and functions apply as in production.
 */
import { existsSync, statSync } from "node:fs";
import { createServer } from "node:http";
import { join } from "node:path";
import { Readable } from "node:stream";
import { NetlifyDev } from "@netlify/dev";
import { HeadersHandler } from "@netlify/headers";

const port = Number(process.env.PORT ?? 8080);
const projectRoot = process.cwd();
const publishDir = join(projectRoot, "_site");

const netlify = new NetlifyDev({
  projectRoot,
  // Fully offline: nothing here may call Netlify's API or the network.
  geolocation: { enabled: false },
  edgeFunctions: { enabled: false },
  images: { enabled: false },
  database: { enabled: false },
  aiGateway: { enabled: false },
  environmentVariables: { enabled: false },
  // Applied below instead: @netlify/dev 4 gives a file served past a non-forced rule (our "/*" 404
  // rule) the headers of that rule's target, so /assets/* would get the 404 page's Cache-Control.
  headers: { enabled: false },
  // Our own server is the origin; with edge functions and images off nothing is proxied through it.
  serverAddress: `http://localhost:${port}`,
});
await netlify.start();

/** netlify.toml's [[headers]], matched on the requested path as Netlify's CDN does. */
const headerRules = new HeadersHandler({
  configPath: join(projectRoot, "netlify.toml"),
  projectDir: projectRoot,
  publishDir: "_site",
  logger: console as unknown as ConstructorParameters<typeof HeadersHandler>[0]["logger"],
});

/**
 * netlify.toml's only 200-less rewrites are the per-locale "page not found" rules (status 404).
 * @netlify/dev 4 serves their target with 200; production answers 404, and so must we.
 */
function notFoundRewrite(type: string, status: number, url: string): boolean {
  if (type !== "redirect" || status !== 200) return false;
  const path = decodeURIComponent(new URL(url, "http://localhost").pathname);
  const candidates = [path, join(path, "index.html"), `${path}.html`].map((p) => join(publishDir, p));
  return !candidates.some((file) => existsSync(file) && statSync(file).isFile());
}

const server = createServer(async (req, res) => {
  try {
    const match = await netlify.handleAndIntrospectNodeRequest(req);
    if (!match) {
      res.writeHead(404, { "content-type": "text/plain; charset=utf-8" }).end("Not found");
      return;
    }
    const { response, type } = match;
    res.statusCode = notFoundRewrite(type, response.status, req.url ?? "/") ? 404 : response.status;
    response.headers.forEach((value, name) => res.setHeader(name, value));
    // Production does not add these headers to a function's responses: the function sets its own.
    if (type !== "function") {
      const rules = await headerRules.apply(new Request(new URL(req.url ?? "/", `http://localhost:${port}`)));
      for (const [name, value] of Object.entries(rules)) res.setHeader(name, value);
    }
    if (response.body) Readable.fromWeb(response.body as import("node:stream/web").ReadableStream).pipe(res);
    else res.end();
  } catch (error) {
    console.error(error);
    if (!res.headersSent) res.writeHead(500, { "content-type": "text/plain; charset=utf-8" });
    res.end("Internal error");
  }
});

server.listen(port, "127.0.0.1", () => console.log(`Serving _site/ on http://localhost:${port}`));
const stop = async () => {
  server.close();
  await netlify.stop();
  process.exit(0);
};
process.on("SIGINT", stop);
process.on("SIGTERM", stop);
