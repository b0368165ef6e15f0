import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { checkA11y } from "../../src/checks/a11y.ts";
import { checkBudgets } from "../../src/checks/budgets.ts";
import { checkHtml } from "../../src/checks/html.ts";
import { checkLinks } from "../../src/checks/links.ts";
import { readNetlifyConfig } from "../../src/checks/netlify-config.ts";
import { checkTranslations } from "../../src/checks/translations.ts";
import { checkTypography } from "../../src/checks/typography.ts";
import { repoRoot, useBuiltSite } from "../helpers/fixture-site.ts";

/** The real content, data and layouts, built afresh: every check passes on them. */
const site = useBuiltSite();

describe("the real site passes every check", () => {
  it("HTML", async () => {
    expect((await checkHtml({ siteDir: site.output, root: site.dir })).errors).toEqual([]);
  });

  it("accessibility", async () => {
    expect((await checkA11y({ siteDir: site.output, root: site.dir })).errors).toEqual([]);
  });

  it("links", async () => {
    expect((await checkLinks({ siteDir: site.output, root: site.dir, netlify: await readNetlifyConfig(repoRoot) })).errors).toEqual([]);
  });

  it("budgets", async () => {
    const budgets = JSON.parse(readFileSync(join(repoRoot, "budgets.json"), "utf8"));
    expect((await checkBudgets({ siteDir: site.output, root: site.dir, budgets })).errors).toEqual([]);
  });

  it("typography", () => {
    expect(checkTypography({ siteDir: site.output, root: site.dir }).errors).toEqual([]);
  });

  it("translations (with the project's git history)", () => {
    expect(checkTranslations({ root: repoRoot }).errors).toEqual([]);
  });
});
