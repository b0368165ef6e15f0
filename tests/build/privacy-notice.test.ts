import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parseHTML } from "linkedom";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PARTICIPATION } from "../../src/form/participation.ts";
import { parsePrivacySettings, privacy } from "../../src/storage/privacy-settings.ts";
import { type FixtureSite, fixtureSite } from "../helpers/fixture-site.ts";

/** The notice's figures and names come from _data/privacy.json, the file the functions and the CLI follow. */
describe("the privacy notice, built with other settings", () => {
  const changed = {
    ...privacy,
    noticeVersion: "2027-03-04",
    retentionDays: 123,
    clientHashDays: 7,
    storageRegion: "eu-central-1",
    emailProvider: "Example Mail SA",
  };
  let fixture: FixtureSite;
  beforeAll(() => {
    fixture = fixtureSite();
    fixture.write("_data/privacy.json", JSON.stringify(changed));
    const { status, log } = fixture.build();
    expect(status, log).toBe(0);
  });
  afterAll(() => fixture?.remove());

  it.each(["fr", "en"] as const)("states them in %s", (locale) => {
    const html = readFileSync(join(fixture.output, PARTICIPATION.pages[locale].privacy, "index.html"), "utf8");
    const main = parseHTML(html).document.querySelector("main")!;
    const text = main.textContent!.replace(/\s+/g, " ");
    expect(text).toMatch(/\b123\sjours|\b123 days/);
    expect(text).toMatch(/\b7\sjours|\b7 days/);
    expect(text).not.toContain(String(privacy.retentionDays));
    expect(main.querySelector("code")?.textContent).toBe("eu-central-1");
    expect(text).toContain("Example Mail SA");
    expect(main.querySelector('time[datetime="2027-03-04"]')?.textContent).toMatch(/2027/);
    expect(main.querySelector('a[href="mailto:alliance@coe.int"]')).not.toBeNull();
  });
});

describe("_data/privacy.json", () => {
  it("with a value the functions would refuse, fails the build, naming the file and the field", () => {
    const fixture = fixtureSite();
    try {
      fixture.write("_data/privacy.json", JSON.stringify({ ...privacy, retentionDays: "730" }));
      const { status, log } = fixture.build();
      expect(status).not.toBe(0);
      expect(log).toMatch(/_data\/privacy\.json: retentionDays: /);
    } finally {
      fixture.remove();
    }
  });

  it("is refused with one message per problem, naming the file and the field", () => {
    expect(() => parsePrivacySettings({ ...privacy, retentionDays: 0, clientHashDays: 1.5 })).toThrow(
      ["_data/privacy.json: retentionDays: must be at least 1 day", "_data/privacy.json: clientHashDays: must be a whole number of days"].join("\n"),
    );
    expect(() => parsePrivacySettings({ ...privacy, clientHashDays: privacy.retentionDays + 1 })).toThrow(
      "_data/privacy.json: clientHashDays: must not be longer than retentionDays",
    );
    expect(() => parsePrivacySettings({ ...privacy, storageRegion: "mars-1" })).toThrow(/^_data\/privacy\.json: storageRegion: /);
  });
});
