import { readFileSync } from "node:fs";
import { join } from "node:path";
import { HeadersHandler } from "@netlify/headers";
import { parse } from "smol-toml";
import { describe, expect, it } from "vitest";
import { cacheProblem, securityProblems } from "../helpers/header-policy.ts";
import { repoRoot } from "../helpers/fixture-site.ts";

interface Config {
  build: { command: string; publish: string; environment: Record<string, string> };
  functions: { directory: string };
  context: Record<string, { command: string }>;
  redirects: { from: string; to: string; status: number; force?: boolean }[];
  headers: { for: string; values: Record<string, string> }[];
}

const config = parse(readFileSync(join(repoRoot, "netlify.toml"), "utf8")) as unknown as Config;
const locales = (JSON.parse(readFileSync(join(repoRoot, "_data/locales.json"), "utf8")) as { code: string }[]).map((l) => l.code);
const logger = console as unknown as ConstructorParameters<typeof HeadersHandler>[0]["logger"];

/** The [[headers]] rules that set Cache-Control and match a path, with Netlify's own matching. */
async function cacheRulesFor(path: string) {
  const rules = config.headers.filter((rule) => "Cache-Control" in rule.values);
  const matching = [];
  for (const rule of rules) {
    const handler = new HeadersHandler({ configHeaders: [rule], projectDir: "/nonexistent", logger });
    if ("Cache-Control" in (await handler.apply(new Request(`http://site${path}`)))) matching.push(rule);
  }
  return matching;
}

describe("netlify.toml", () => {
  it("builds with npm run build, publishes _site and has the functions directory", () => {
    expect(config.build).toMatchObject({ command: "npm run build", publish: "_site" });
    expect(config.functions.directory).toBe("src/functions");
  });

  it("builds on the Node major that package.json's engines and .nvmrc name (the functions inherit it)", () => {
    const major = config.build.environment.NODE_VERSION;
    expect(major).toBe("24");
    const pkg = JSON.parse(readFileSync(join(repoRoot, "package.json"), "utf8")) as { engines: { node: string } };
    expect(pkg.engines.node).toBe(`>=${major}`);
    expect(readFileSync(join(repoRoot, ".nvmrc"), "utf8").trim()).toBe(major);
  });

  it("builds deploy previews and branch deploys on their own address, kept out of search engines", () => {
    for (const context of ["deploy-preview", "branch-deploy"]) {
      expect(config.context[context].command).toContain('URL="$DEPLOY_PRIME_URL" npm run build');
      expect(config.context[context].command).toContain("X-Robots-Tag: noindex");
    }
  });

  it("gives every locale its own 404 page", () => {
    for (const code of locales) {
      const rule = config.redirects.find((r) => r.to === `/${code}/404.html`);
      expect(rule, `no 404 rule for ${code}`).toMatchObject({ status: 404 });
    }
  });

  it("sends the security headers the issue lists, on every path", () => {
    const all = config.headers.find((rule) => rule.for === "/*");
    expect(securityProblems(all?.values ?? {})).toEqual([]);
  });

  it("gives each path its Cache-Control from exactly one rule: short for pages and feeds, a year for assets", async () => {
    const pages = [
      "/",
      "/sitemap.xml",
      ...locales.flatMap((code) => [
        `/pagefind/${code}/pagefind.js`,
        `/${code}/`,
        `/${code}/some-page/`,
        `/${code}/404.html`,
        `/${code}/feed.xml`,
        `/${code}/feed.json`,
      ]),
    ];
    for (const path of pages) {
      const rules = await cacheRulesFor(path);
      expect(
        rules.map((r) => r.for),
        path,
      ).toHaveLength(1);
      expect(cacheProblem("page", rules[0].values["Cache-Control"]), path).toBeUndefined();
    }
    const asset = await cacheRulesFor("/assets/site.0123456789.css");
    expect(asset.map((r) => r.for)).toEqual(["/assets/*"]);
    expect(cacheProblem("asset", asset[0].values["Cache-Control"])).toBeUndefined();
  });
});

describe("the header policy used by these tests", () => {
  it("names each way a set of headers falls short", () => {
    const bad = {
      "Content-Security-Policy": "default-src *; script-src 'self' 'unsafe-inline' https://cdn.example; frame-ancestors 'self'",
      "Strict-Transport-Security": "max-age=3600",
      "Referrer-Policy": "unsafe-url",
    };
    const problems = securityProblems(bad);
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.stringContaining("default-src"),
        expect.stringContaining("'unsafe-inline' https://cdn.example"),
        expect.stringContaining("frame-ancestors"),
        expect.stringContaining("form-action"),
        expect.stringContaining("base-uri"),
        expect.stringContaining("object-src"),
        expect.stringContaining("Strict-Transport-Security"),
        expect.stringContaining("X-Content-Type-Options"),
        expect.stringContaining("Referrer-Policy"),
        expect.stringContaining("Permissions-Policy"),
        expect.stringContaining("Cross-Origin-Opener-Policy"),
      ]),
    );
    expect(cacheProblem("asset", "public, max-age=0, must-revalidate")).toContain("not a year");
    expect(cacheProblem("page", "public, max-age=31536000, immutable")).toContain("not short");
  });
});
