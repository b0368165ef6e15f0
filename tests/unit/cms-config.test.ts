import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import matter from "gray-matter";
import { parse as parseToml } from "smol-toml";
import * as v from "valibot";
import { describe, expect, it } from "vitest";
import { cmsConfig, COLLECTION_FOLDERS } from "../../src/cms/config.ts";
import { type CmsField, requiredPaths } from "../../src/cms/fields.ts";
import { CONTENT_TYPES } from "../../src/content/content-types.ts";
import { siteTextLocales } from "../../src/participants/data.ts";
import { repoRoot } from "../helpers/fixture-build.ts";
import { parseCsp } from "../helpers/header-policy.ts";

const locales = siteTextLocales(join(repoRoot, "_data"));
const config = cmsConfig({ locales, repo: "owner/name" });

/** One real file of a kind, as the build reads its front matter. */
function realFile(type: string, locale: string): { path: string; data: Record<string, unknown> } {
  const folder = join(repoRoot, "content", locale, COLLECTION_FOLDERS[type][locale]);
  const kind = CONTENT_TYPES.find((candidate) => candidate.name === type)!;
  // The folder's data file (type, layout) and the file's front matter, as Eleventy's data cascade joins them.
  const folderData = readdirSync(folder)
    .filter((file) => file.endsWith(".11tydata.json"))
    .map((file) => JSON.parse(readFileSync(join(folder, file), "utf8")) as Record<string, unknown>);
  for (const name of readdirSync(folder)
    .filter((file) => file.endsWith(".md"))
    .sort()) {
    const data = Object.assign({}, ...folderData, matter(readFileSync(join(folder, name), "utf8")).data) as Record<string, unknown>;
    if (CONTENT_TYPES.find((candidate) => candidate.appliesTo(data)) === kind && v.safeParse(kind.schema, data).success)
      return { path: join(folder, name), data };
  }
  throw new Error(`no valid ${type} file in ${folder}`);
}

/**
 * The fields the build refuses to do without, whatever else is given: the file is first stripped of
 * every field it stays valid without (an event and then its place, an account's date and then its
 * sources: requirements that depend on another field, which the build checks on the pull request),
 * then each remaining field left out makes it fail, on that field.
 */
function fieldsTheBuildRequires(type: string, data: Record<string, unknown>): string[] {
  const kind = CONTENT_TYPES.find((candidate) => candidate.name === type)!;
  const without = (fields: Record<string, unknown>, name: string) => Object.fromEntries(Object.entries(fields).filter(([field]) => field !== name));
  let minimal = data;
  for (let changed = true; changed; ) {
    changed = false;
    for (const name of Object.keys(minimal)) {
      if (v.safeParse(kind.schema, without(minimal, name)).success) {
        minimal = without(minimal, name);
        changed = true;
      }
    }
  }
  return Object.keys(minimal).filter((name) => {
    const result = v.safeParse(kind.schema, without(minimal, name));
    return !result.success && result.issues.some((issue) => (v.getDotPath(issue) ?? "").split(".")[0] === name);
  });
}

describe("the CMS configuration (config.yml), read from the content model", () => {
  for (const type of CONTENT_TYPES.map((kind) => kind.name)) {
    for (const locale of locales.locales) {
      it(`${type} (${locale}): a collection on the type's folder that requires every field the build requires`, () => {
        const collection = config.collections.find((c) => c.name === `${type}-${locale}`) as { folder: string; fields: CmsField[] };
        expect(collection, `no collection ${type}-${locale}`).toBeDefined();
        const { path, data } = realFile(type, locale);
        expect(path.startsWith(join(repoRoot, collection.folder))).toBe(true);
        const required = fieldsTheBuildRequires(type, data);
        expect(required.length, `${path}: the probe finds no required field`).toBeGreaterThan(0);
        const inCms = requiredPaths(collection.fields);
        for (const field of required) expect(inCms, `${type}-${locale}: ${field} is required by the build`).toContain(field);
        // And the CMS requires nothing the build does not: an optional field stays optional.
        for (const field of collection.fields.filter((f) => f.required))
          expect(required.includes(field.name) || !(field.name in data), `${field.name} is required in the CMS only`).toBe(true);
      });
    }
  }

  it("asks for an image's alt text whenever an image is given, and writes no empty optional field", () => {
    const news = config.collections.find((c) => c.name === "news-fr") as { fields: CmsField[] };
    expect(requiredPaths(news.fields)).toEqual(expect.arrayContaining(["image.src", "image.alt"]));
    expect(news.fields.find((field) => field.name === "image")?.required).toBe(false);
    expect(config.output.omit_empty_optional_fields).toBe(true);
  });

  it("saves through pull requests on GitHub, signed in through Netlify", () => {
    expect(config.publish_mode).toBe("editorial_workflow");
    expect(config.backend).toMatchObject({ name: "github", repo: "owner/name", base_url: "https://api.netlify.com" });
  });

  it("edits the participants and the prize files with their schemas' required fields", () => {
    const data = config.collections.find((c) => c.name === "data") as unknown as { files: { name: string; file: string; fields: CmsField[] }[] };
    const participants = data.files.find((file) => file.name === "participants")!;
    expect(participants.file).toBe("_data/participants.yaml");
    expect(requiredPaths(participants.fields)).toEqual(
      expect.arrayContaining(["participants", "participants.name", "participants.country", "participants.joined"]),
    );
    const prize = data.files.find((file) => file.name === "dosta-prize")!;
    expect(prize.file).toBe("_data/dosta-prize.json");
    expect(requiredPaths(prize.fields)).toContain("editions");
  });
});

describe("netlify.toml's policy for /admin/", () => {
  const { headers } = parseToml(readFileSync(join(repoRoot, "netlify.toml"), "utf8")) as { headers: { for: string; values: Record<string, string> }[] };
  const admin = headers.findIndex((rule) => rule.for === "/admin/*");

  it("comes after the site's own rule, so that its Content-Security-Policy is the one sent", () => {
    expect(admin).toBeGreaterThan(headers.findIndex((rule) => rule.for === "/*"));
    expect(headers.filter((rule) => rule.for === "/admin/*" || rule.for.startsWith("/admin"))).toHaveLength(1);
  });

  it("runs only the site's own scripts, never eval or inline script, is never framed nor indexed", () => {
    const { values } = headers[admin];
    const csp = parseCsp(values["Content-Security-Policy"]);
    expect(csp.get("script-src")).toEqual(["'self'"]);
    expect(values["Content-Security-Policy"]).not.toContain("unsafe-eval");
    expect(csp.get("default-src")).toEqual(["'none'"]);
    expect(csp.get("frame-ancestors")).toEqual(["'none'"]);
    expect(csp.get("base-uri")).toEqual(["'none'"]);
    expect(csp.get("object-src")).toEqual(["'none'"]);
    expect(csp.get("connect-src")).toEqual(expect.arrayContaining(["'self'", "https://api.github.com"]));
    expect(values["X-Robots-Tag"]).toContain("noindex");
    expect(values["Cross-Origin-Opener-Policy"]).toBe("same-origin-allow-popups");
  });
});
