import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parseHTML } from "linkedom";
import { describe, expect, it } from "vitest";
import { type CheckRun, FIGURES_ATTRIBUTE } from "../../src/checks/statement-figures.ts";
import { checkTypography } from "../../src/checks/typography.ts";
import { checkHtml } from "../../src/checks/html.ts";
import { fileForUrlPath, sitePages } from "../../src/checks/site-files.ts";
import { repoRoot, useBuiltSite } from "../helpers/fixture-site.ts";

/** The contact page, the legal notice and the accessibility statement, built from the real content. */
const site = useBuiltSite();
const siteJson = JSON.parse(readFileSync(join(repoRoot, "_data/site.json"), "utf8")) as { email: string; social: Record<string, string> };

const urls = {
  contact: { fr: "/fr/contact/", en: "/en/contact/" },
  legal: { fr: "/fr/mentions-legales/", en: "/en/legal-notice/" },
  statement: { fr: "/fr/accessibilite/", en: "/en/accessibility/" },
  join: { fr: "/fr/participer/", en: "/en/join/" },
  cooperate: { fr: "/fr/cooperer/", en: "/en/cooperate/" },
  privacy: { fr: "/fr/confidentialite/", en: "/en/privacy/" },
};
const locales = ["fr", "en"] as const;

function main(url: string) {
  const file = fileForUrlPath(site.output, url);
  expect(file, `no page at ${url}`).toBeDefined();
  return parseHTML(readFileSync(file!, "utf8")).document.querySelector("main")!;
}
const text = (element: Element) => element.textContent!.replace(/\s+/g, " ");
const hrefs = (element: Element) => [...element.querySelectorAll("a")].map((a) => a.getAttribute("href"));

describe.each(locales)("in %s", (locale) => {
  it("the contact page gives the Task Force's address as a mailto link, the Congress's site and accounts, and both forms", () => {
    const page = main(urls.contact[locale]);
    const mail = page.querySelector(`a[href="mailto:${siteJson.email}"]`);
    expect(mail?.textContent).toBe(siteJson.email);
    expect(text(page)).toMatch(locale === "fr" ? /Task Force de l’Alliance/ : /Alliance Task Force/);
    expect(hrefs(page)).toEqual(
      expect.arrayContaining(["https://www.coe.int/en/web/congress", "https://www.coe.int/fr/web/congress", siteJson.social.facebook, siteJson.social.twitter]),
    );
    // The forms' links lead to built pages.
    for (const form of [urls.join[locale], urls.cooperate[locale], urls.privacy[locale]]) {
      expect(hrefs(page)).toContain(form);
      expect(fileForUrlPath(site.output, form), form).toBeDefined();
    }
  });

  it("the legal notice names the publisher and the host, the copyright and the privacy notice", () => {
    const page = text(main(urls.legal[locale]));
    expect(page).toContain(
      locale === "fr"
        ? "publié par le Congrès des pouvoirs locaux et régionaux du Conseil de l’Europe, à Strasbourg"
        : "published by the Congress of Local and Regional Authorities of the Council of Europe, in Strasbourg",
    );
    expect(page).toContain(locale === "fr" ? "hébergé par Netlify, Inc." : "hosted by Netlify, Inc.");
    expect(page).toContain(locale === "fr" ? "© Conseil de l’Europe" : "© Council of Europe");
    expect(hrefs(main(urls.legal[locale]))).toContain(urls.privacy[locale]);
  });

  it("the accessibility statement names its standard and its date, and says no check has run on a build alone", () => {
    const page = main(urls.statement[locale]);
    expect(text(page)).toContain("WCAG) 2.2");
    expect(page.querySelector('time[datetime="2026-12-01"]')?.textContent).toBe(locale === "fr" ? "1er décembre 2026" : "1 December 2026");
    const figures = page.querySelector(`[${FIGURES_ATTRIBUTE}]`)!;
    expect(figures.querySelector("time, li")).toBeNull();
    expect(text(figures)).toMatch(locale === "fr" ? /n’ont pas été lancées/ : /were not run/);
  });
});

describe("npm run check on the built site", () => {
  it("writes into both statements the figures of its own report", () => {
    const check = spawnSync(process.execPath, [join(repoRoot, "scripts/check.ts"), "--only=html,a11y"], { cwd: site.dir, encoding: "utf8", timeout: 240_000 });
    expect(check.status, `${check.stdout}\n${check.stderr}`).toBe(0);
    const report = JSON.parse(readFileSync(join(site.dir, "reports/check.json"), "utf8")) as CheckRun;
    // Every page the build wrote, the statements included.
    const pages = sitePages(site.output).length;
    for (const locale of locales) {
      const figures = main(urls.statement[locale]).querySelector(`[${FIGURES_ATTRIBUTE}]`)!;
      expect(figures.querySelector("time")?.getAttribute("datetime")).toBe(report.finishedAt);
      for (const id of ["a11y", "html"]) {
        const { figures: counted } = report.results.find((result) => result.id === id)!;
        expect(counted!.pages).toBe(pages);
        const line = figures.querySelector(`[data-check="${id}"]`)?.textContent ?? "";
        // "… 0 violations on 97 pages." / "… 0 violation sur 97 pages."
        expect(
          line
            .match(/(\d+) \S+ (?:on|sur) (\d+) pages\.$/)
            ?.slice(1)
            .map(Number),
          line,
        ).toEqual([counted!.problems, counted!.pages]);
      }
    }
  }, 300_000);

  it("leaves statements that still pass the HTML and typography checks", async () => {
    expect(main(urls.statement.en).querySelector(`[${FIGURES_ATTRIBUTE}] li`), "the figures are written by the test above").not.toBeNull();
    expect((await checkHtml({ siteDir: site.output, root: site.dir })).errors).toEqual([]);
    expect(checkTypography({ siteDir: site.output, root: site.dir }).errors).toEqual([]);
  });
});
