/**
 * `npm start` / `npm run serve`: serves _site/ on http://localhost:8080 (PORT overrides) through
 * Netlify's own local emulation, so netlify.toml's headers, redirects and functions apply as in production.
 * Functions and their Blobs store run locally too: the store is the sandbox under .netlify/blobs-serve.
 */
import { createServer } from "node:http";
import { join } from "node:path";
import { Readable } from "node:stream";
import { NetlifyDev } from "@netlify/dev";
import { HeadersHandler } from "@netlify/headers";
import { fileForUrlPath } from "../src/checks/site-files.ts";
import { SlidingWindowLimiter } from "../src/local-server/rate-limit.ts";
import { SECURITY_HEADERS } from "../src/form/responses.ts";
import { config as cooperation } from "../src/functions/cooperate.ts";
import { config as participation } from "../src/functions/participate.ts";

const port = Number(process.env.PORT ?? 8080);
const projectRoot = process.cwd();
const publishDir = join(projectRoot, "_site");
// A site id (set for `npm run submissions` against production) would make @netlify/dev go online.
delete process.env.NETLIFY_SITE_ID;

/**
 * Netlify applies each form function's rate limit in production, per client address and per function;
 * locally the same limits apply here, per socket address. The end-to-end tests all come from 127.0.0.1:
 * the environment variable below, which only they set, names a header that tells their clients apart.
 */
const limiters = new Map(
  [participation, cooperation].flatMap(({ path, rateLimit }) => {
    const limiter = new SlidingWindowLimiter(rateLimit!.windowLimit, rateLimit!.windowSize * 1000);
    return [path ?? []].flat().map((p): [string, SlidingWindowLimiter] => [p, limiter]);
  }),
);
const testClientHeader = process.env.RATE_LIMIT_TEST_CLIENT_HEADER?.toLowerCase();

/**
 * Function requests run one at a time. @netlify/dev (4.18.13, and still 5.1.3) builds a function into a
 * temporary folder per request, shares a build still in flight with every request that arrives meanwhile
 * (memoize in @netlify/dev-utils, the result recorded on the one function object), and deletes the folder
 * when the request that made it ends: a request can then run another's deleted build ("Cannot find
 * module …"). Unserialized, 40 to 100 applications at once also ran into the function's 30 s timeout
 * (a 500) in 2 rounds of 7 on this machine; serialized, every one got its 303.
 */
let functionQueue: Promise<unknown> = Promise.resolve();
function oneAtATime<T>(task: () => Promise<T>): Promise<T> {
  const run = functionQueue.then(task, task);
  functionQueue = run.catch(() => undefined);
  return run;
}

const netlify = new NetlifyDev({
  projectRoot,
  // Fully offline: nothing here may call Netlify's API or the network.
  geolocation: { enabled: false },
  edgeFunctions: { enabled: false },
  images: { enabled: false },
  database: { enabled: false },
  aiGateway: { enabled: false },
  environmentVariables: { enabled: false },
  // Applied below instead: @netlify/dev (still 5.1.3) gives a file served past a non-forced rule (our
  // "/*" 404 rule) the headers of that rule's target, so /assets/* would get the 404 page's Cache-Control.
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
 * @netlify/dev (still 5.1.3) serves their target with 200; production answers 404, and so must we.
 */
function notFoundRewrite(type: string, status: number, url: string): boolean {
  if (type !== "redirect" || status !== 200) return false;
  return !fileForUrlPath(publishDir, new URL(url, "http://localhost").pathname);
}

const server = createServer(async (req, res) => {
  try {
    const address = req.socket.remoteAddress ?? "";
    // The function's context.ip comes from this header locally: make it the real peer, never the client's say.
    req.headers["x-forwarded-for"] = address;
    const limiter = limiters.get(new URL(req.url ?? "/", "http://localhost").pathname);
    const isFunction = limiter !== undefined;
    if (limiter) {
      const client = testClientHeader ? `${address} ${String(req.headers[testClientHeader] ?? "")}` : address;
      const decision = limiter.take(client);
      if (!decision.allowed) {
        res.writeHead(429, { ...SECURITY_HEADERS, "content-type": "text/plain; charset=utf-8", "retry-after": String(decision.retryAfterSeconds) });
        res.end("Too Many Requests");
        return;
      }
    }
    const match = isFunction ? await oneAtATime(() => netlify.handleAndIntrospectNodeRequest(req)) : await netlify.handleAndIntrospectNodeRequest(req);
    if (!match) {
      res.writeHead(404, { "content-type": "text/plain; charset=utf-8" }).end("Not found");
      return;
    }
    const { response, type } = match;
    res.statusCode = notFoundRewrite(type, response.status, req.url ?? "/") ? 404 : response.status;
    response.headers.forEach((value, name) => {
      res.setHeader(name, value);
    });
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
