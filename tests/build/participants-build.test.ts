import { execFile } from "node:child_process";
import { cpSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { promisify } from "node:util";
import { parseHTML } from "linkedom";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PARTICIPANTS_FILE, readParticipants, siteTextLocales } from "../../src/participants/data.ts";
import { ApplicationStore } from "../../src/storage/applications.ts";
import { storedApplication } from "../helpers/applications.ts";
import { startTestBlobs, type TestBlobs } from "../helpers/blobs-sandbox.ts";
import { fixtureSite, repoRoot, type FixtureSite } from "../helpers/fixture-site.ts";

const run = promisify(execFile);
const realFile = readFileSync(join(repoRoot, PARTICIPANTS_FILE), "utf8");
const year = new Date().getUTCFullYear();

/**
 * `npm run submissions -- approve <id>` against a real Blobs server, writing into a copy of the
 * site's data, then a real build of a fixture site with the file it wrote.
 */
let blobs: TestBlobs;
const cli = (...args: string[]) =>
  run(process.execPath, [`${repoRoot}/scripts/submissions.ts`, ...args], {
    cwd: blobs.root,
    env: { ...process.env, NETLIFY_SITE_ID: "", NETLIFY_AUTH_TOKEN: "" },
  });
const dataFile = () => readFileSync(join(blobs.root, PARTICIPANTS_FILE), "utf8");
const ids = { colmar: "", tricky: "", preview: "", malformed: "" };
/** A name that YAML must quote and HTML must escape. */
const tricky = 'Gemeinde "Süd": Nord #1 & <Ost>';

beforeAll(async () => {
  blobs = await startTestBlobs();
  cpSync(join(repoRoot, "_data"), join(blobs.root, "_data"), { recursive: true });
  ids.colmar = (await blobs.store.saveOnce(storedApplication("Ville de Colmar", 1, { country: "FR", authority_type: "municipality" }))).id;
  ids.tricky = (await blobs.store.saveOnce(storedApplication(`  ${tricky} `, 1, { country: "AT" }))).id;
  // A deploy preview's test application: a record of another store, never a participant.
  ids.preview = (await ApplicationStore.open(blobs.sandbox.location, { preview: true }).saveOnce(storedApplication("Région test", 1))).id;
  // A record of the applications store that is no participation application (another form's shape).
  const record = storedApplication("x", 1);
  const { authority: _, ...fields } = record.fields;
  ids.malformed = (await blobs.store.saveOnce({ ...record, fields: { ...fields, organisation: "An NGO" } as unknown as typeof record.fields })).id;
});
afterAll(() => blobs?.stop());

describe("npm run submissions -- approve", () => {
  it("adds the applying authority to the participants, keeping the file as it was above it, and says what to commit", async () => {
    const { stdout } = await cli("approve", ids.colmar);
    const entry = `  - name: Ville de Colmar\n    country: FR\n    joined: ${year}\n    founding: false\n    application: ${ids.colmar}\n`;
    // Comments, order, quoting and layout of the rest of the file are unchanged.
    expect(dataFile()).toBe(realFile + entry);
    const line = (realFile + entry).split("\n").length - 5;
    expect(stdout).toContain(`Added "Ville de Colmar" (FR, joined ${year}) to ${PARTICIPANTS_FILE}, line ${line}, from application ${ids.colmar}.`);
    expect(stdout).toContain(`git add ${PARTICIPANTS_FILE}`);
    expect(stdout).toContain("pull request");
  });

  it("writes any name so that it reads back as it was typed, spaces around it aside", async () => {
    await cli("approve", ids.tricky);
    const { participants } = readParticipants(dataFile(), PARTICIPANTS_FILE, siteTextLocales(join(blobs.root, "_data")));
    expect(participants.at(-1)).toEqual({ name: tricky, country: "AT", joined: year, founding: false, application: ids.tricky });
  });

  it("refuses an application already approved, leaving the file as it is", async () => {
    const before = dataFile();
    await expect(cli("approve", ids.colmar)).rejects.toMatchObject({
      code: 1,
      stderr: expect.stringContaining(`"${ids.colmar}" is already approved: it is participants.6 in ${PARTICIPANTS_FILE}`),
    });
    expect(dataFile()).toBe(before);
  });

  it("refuses an unknown id, a record of another store and a record that is not a participation application", async () => {
    const before = dataFile();
    await expect(cli("approve", "20260101T0000Z-nothing")).rejects.toMatchObject({
      code: 1,
      stderr: expect.stringContaining('no stored record has the id "20260101T0000Z-nothing"'),
    });
    await expect(cli("approve", ids.preview)).rejects.toMatchObject({
      code: 1,
      stderr: expect.stringContaining(`"${ids.preview}" is a record of the store applications-preview, not a participation application`),
    });
    await expect(cli("approve", ids.malformed)).rejects.toMatchObject({ code: 1, stderr: expect.stringContaining("it is not a participation application") });
    await expect(cli("approve")).rejects.toMatchObject({ code: 2, stderr: expect.stringContaining("approve takes one application id") });
    expect(dataFile()).toBe(before);
  });
});

describe("the participants page, built with the approved application", () => {
  let site: FixtureSite;
  const page = (url: string) => parseHTML(readFileSync(join(site.output, url, "index.html"), "utf8")).document;
  const text = (node: Element | null | undefined) => (node?.textContent ?? "").replace(/\s+/g, " ").trim();

  beforeAll(() => {
    site = fixtureSite();
    site.write(PARTICIPANTS_FILE, dataFile());
    const { status, log } = site.build();
    expect(status, log).toBe(0);
  }, 180_000);
  afterAll(() => site?.remove());

  it("lists the new participant with its country and year, after the ones the sources name", () => {
    for (const [url, country, first] of [
      ["fr/participants", "France", "Héraklion (participant fondateur)"],
      ["en/participants", "France", "Heraklion (founding participant)"],
    ]) {
      const rows = [...page(url).querySelectorAll("section[aria-labelledby=named-title] tbody tr")].map((row) => [...row.children].map(text));
      expect(rows[0], url).toEqual([first, url.startsWith("fr") ? "Grèce" : "Greece", "2013"]);
      expect(rows.at(-2), url).toEqual(["Ville de Colmar", country, String(year)]);
      // Escaped, and typeset as each locale writes quotation marks (the file keeps what was typed).
      const typeset = url.startsWith("fr") ? ["Gemeinde « Süd » : Nord #1 & <Ost>", "Autriche"] : ["Gemeinde “Süd”: Nord #1 & <Ost>", "Austria"];
      expect(rows.at(-1), url).toEqual([...typeset, String(year)]);
      expect(rows).toHaveLength(8);
    }
  });

  it("draws the history as an SVG chart with its accessible name, and gives every point in its table", () => {
    const history = readParticipants(dataFile(), PARTICIPANTS_FILE, siteTextLocales(join(repoRoot, "_data"))).history;
    for (const [url, labels] of [
      ["fr/participants", ["printemps 2013", "juin 2013", "mars 2014", "mai 2015", "juin 2015", "après juin 2015"]],
      ["en/participants", ["spring 2013", "June 2013", "March 2014", "May 2015", "June 2015", "after June 2015"]],
    ] as const) {
      const document = page(url);
      const svg = document.querySelector("svg.count-chart")!;
      expect(svg.getAttribute("role")).toBe("img");
      const [name, description] = ["aria-labelledby", "aria-describedby"].map((attribute) => document.getElementById(svg.getAttribute(attribute) ?? ""));
      expect([name?.tagName.toLowerCase(), name?.parentElement]).toEqual(["title", svg]);
      expect([description?.tagName.toLowerCase(), description?.parentElement]).toEqual(["desc", svg]);
      expect(text(name)).toBe(
        url.startsWith("fr") ? "Nombre de participants de l’Alliance, chiffre par chiffre" : "Number of participants in the Alliance, figure by figure",
      );
      expect(text(description)).toContain(`${history[0].count}`);
      expect(svg.querySelector("[style]"), "no style attribute (CSP)").toBeNull();
      // One column per point, its value above it.
      expect([...svg.querySelectorAll(".chart-value")].map(text)).toEqual(history.map((p) => String(p.count)));
      expect(svg.querySelectorAll("rect.chart-bar")).toHaveLength(history.length);
      // The text equivalent: every point, with its date, in a table next to the chart.
      const rows = [...document.querySelectorAll("section[aria-labelledby=history-title] tbody tr")].map((row) => [...row.children].map(text));
      expect(rows).toEqual(history.map((p, n) => [labels[n], String(p.count)]));
    }
  });

  it("states the latest figure with its date and source, and the home page shows it with a link", () => {
    const fr = page("fr/participants");
    expect(text(fr.querySelector(".participants-figure .counter-figure"))).toBe("130 villes et régions de 29 pays");
    expect(text(fr.querySelector(".participants-figure"))).toContain("après juin 2015 ; sa date exacte n’est pas connue");
    expect(text(fr.querySelector(".participants-figure"))).toContain("Source : roma-alliance.org, page d’accueil");
    expect(text(fr.querySelector("section[aria-labelledby=named-title]"))).toContain(
      "La liste complète des participants et la carte de l’ancien site ne sont pas disponibles",
    );
    for (const [home, figure, link] of [
      ["fr", "130 villes et régions de 29 pays", "/fr/participants/"],
      ["en", "130 cities and regions from 29 countries", "/en/participants/"],
    ]) {
      const counter = page(home).querySelector(".participants-counter");
      expect(text(counter?.querySelector(".counter-figure"))).toBe(figure);
      expect(counter?.querySelector("a")?.getAttribute("href")).toBe(link);
    }
  });

  it("puts both pages in the sitemap", () => {
    const sitemap = readFileSync(join(site.output, "sitemap.xml"), "utf8");
    expect(sitemap).toContain("/fr/participants/");
    expect(sitemap).toContain("/en/participants/");
  });
});

describe("a participants file with a mistake", () => {
  it("stops the build with the file, the line and the field", () => {
    const site = fixtureSite();
    try {
      site.write(PARTICIPANTS_FILE, realFile.replace("country: RS", "country: Serbia"));
      const { status, log } = site.build();
      expect(status).not.toBe(0);
      const line = realFile.slice(0, realFile.indexOf("country: RS")).split("\n").length;
      expect(log).toContain(`${PARTICIPANTS_FILE}:${line}: participants.3.country: must be the ISO 3166-1 alpha-2 code of a Council of Europe member state`);
    } finally {
      site.remove();
    }
  }, 180_000);
});
