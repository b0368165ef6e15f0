import { expect, test } from "@playwright/test";
import { cacheProblem, securityProblems } from "../helpers/header-policy.ts";

/** What the local server (the same netlify.toml as production) sends, against the list. */
test("a page carries every security header and short caching", async ({ request }) => {
  const response = await request.get("/en/about/");
  expect(response.status()).toBe(200);
  expect(securityProblems(response.headers())).toEqual([]);
  expect(cacheProblem("page", response.headers()["cache-control"])).toBeUndefined();
});

test("a fingerprinted stylesheet carries the security headers and is cached for a year, immutable", async ({ request }) => {
  const page = await (await request.get("/fr/")).text();
  const href = /<link rel="stylesheet" href="(\/assets\/[^"]+\.css)"/.exec(page)?.[1];
  expect(href, "the page links its stylesheet").toBeDefined();
  const response = await request.get(href!);
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toContain("text/css");
  expect(securityProblems(response.headers())).toEqual([]);
  expect(cacheProblem("asset", response.headers()["cache-control"])).toBeUndefined();
});

test("the sitemap (XML, like the feeds) has short caching; a missing page's 404 has the security headers", async ({ request }) => {
  const sitemap = await request.get("/sitemap.xml");
  expect(cacheProblem("page", sitemap.headers()["cache-control"])).toBeUndefined();
  const missing = await request.get("/fr/nulle-part/");
  expect(missing.status()).toBe(404);
  expect(securityProblems(missing.headers())).toEqual([]);
});

test("an image served as is carries the security headers", async ({ request }) => {
  const response = await request.get("/favicon.svg");
  expect(response.status()).toBe(200);
  expect(securityProblems(response.headers())).toEqual([]);
});
