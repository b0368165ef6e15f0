import { afterEach, describe, expect, it } from "vitest";
import { fixtureSite, type FixtureSite } from "../helpers/fixture-site.ts";
import { newsFile, writeFixtureImage } from "../helpers/news-fixture.ts";

/** Bad news items as an editor would write them: the real build stops with one message naming the file and the field. */
let site: FixtureSite;
afterEach(() => site?.remove());

const good = { key: "2013-03-bad-input", title: "Essai", date: "2013-03-20", summary: "Un résumé." };
const file = "content/fr/news/essai.md";

async function buildWith(files: Record<string, string | null>, withImage = false) {
  site = fixtureSite();
  if (withImage) await writeFixtureImage(site, "content/images/real.jpg");
  for (const [path, content] of Object.entries(files)) site.write(path, content);
  return site.build();
}

/** Where newsFile writes a field: one field a line, after the opening "---". */
const at = (fields: Record<string, unknown>, name: string) => `${file}:${Object.keys(fields).indexOf(name) + 2}`;

/** The build's own summary line: exactly one, naming the file and the field. */
function failure(log: string): string {
  const lines = log.split("\n").filter((line) => line.startsWith("Build failed:"));
  expect(lines, log).toHaveLength(1);
  return lines[0];
}

describe("the build refuses bad news", () => {
  it("a duplicate slug in one locale, even in another folder", async () => {
    const { status, log } = await buildWith({ "content/fr/news/2013/lancement-de-l-alliance.md": newsFile({ ...good, key: "other" }) });
    expect(status).not.toBe(0);
    expect(failure(log)).toMatch(
      /content\/fr\/news\/(2013\/)?lancement-de-l-alliance\.md: slug: "lancement-de-l-alliance" is already used by .*content\/fr\/news\/(2013\/)?lancement-de-l-alliance\.md/,
    );
  });

  it("a missing summary", async () => {
    const { summary: _, ...withoutSummary } = good;
    const { status, log } = await buildWith({ [file]: newsFile(withoutSummary) });
    expect(status).not.toBe(0);
    expect(failure(log)).toContain(`${file}: summary: missing`);
  });

  it("a date that is not a date, at its line", async () => {
    const fields = { ...good, date: "2013-02-30" };
    const { status, log } = await buildWith({ [file]: newsFile(fields) });
    expect(status).not.toBe(0);
    expect(failure(log)).toContain(`${at(fields, "date")}: date: "2013-02-30" is not a date; write it as YYYY-MM-DD`);
  });

  it("a missing date", async () => {
    const { date: _, ...withoutDate } = good;
    const { status, log } = await buildWith({ [file]: newsFile(withoutDate) });
    expect(status).not.toBe(0);
    expect(failure(log)).toContain(`${file}: date: missing`);
  });

  it("an image without alt, at the line of the image", async () => {
    const fields = { ...good, image: { src: "/images/real.jpg" } };
    const { status, log } = await buildWith({ [file]: newsFile(fields) }, true);
    expect(status).not.toBe(0);
    expect(failure(log)).toContain(`${at(fields, "image")}: image.alt: missing; describe the image`);
  });

  it("an event that ends before it starts", async () => {
    const fields = { ...good, place: "Paris", event: { start: "2013-12-12T09:30", end: "2013-12-12T08:30", timezone: "Europe/Paris" } };
    const { status, log } = await buildWith({ [file]: newsFile(fields) });
    expect(status).not.toBe(0);
    expect(failure(log)).toContain(`${at(fields, "event")}: event.end: the event ends before it starts`);
  });

  it("a missing image file", async () => {
    const { status, log } = await buildWith({ [file]: newsFile({ ...good, image: { src: "/images/absent.jpg", alt: "Absent" } }) });
    expect(status).not.toBe(0);
    expect(failure(log)).toContain(`${file}: image.src: content/images/absent.jpg does not exist`);
  });

  it("an image file that is not an image", async () => {
    const { status, log } = await buildWith({
      "content/images/broken.jpg": "not a JPEG",
      [file]: newsFile({ ...good, image: { src: "../../images/broken.jpg", alt: "Broken" } }),
    });
    expect(status).not.toBe(0);
    expect(failure(log)).toContain(`${file}: image.src: content/images/broken.jpg is not an image that can be read`);
  });

  it("accepts the same item once it is fixed", async () => {
    const { status, log } = await buildWith({ [file]: newsFile({ ...good, image: { src: "/images/real.jpg", alt: "Un rectangle bleu" } }) }, true);
    expect(status, log).toBe(0);
  });
});
