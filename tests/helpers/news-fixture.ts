import { readdirSync } from "node:fs";
import { join } from "node:path";
import type { FixtureSite } from "./fixture-site.ts";

export const newsFolders = { fr: "content/fr/news", en: "content/en/news" } as const;
export type Locale = keyof typeof newsFolders;

export interface GeneratedItem {
  index: number;
  slug: string;
  key: string;
  date: string;
  title: string;
  event?: "timed" | "day";
  image?: boolean;
  draft?: boolean;
}

/** A news file as an editor writes it. */
export function newsFile(fields: Record<string, unknown>, body = "Texte."): string {
  const yaml = Object.entries(fields)
    // JSON is YAML: every value is written as JSON.
    .map(([name, value]) => `${name}: ${JSON.stringify(value)}`)
    .join("\n");
  return `---\n${yaml}\n---\n\n${body}\n`;
}

/** Removes the real news items of the fixture, keeping each locale's listing and directory data. */
export function removeRealNews(site: FixtureSite): void {
  for (const folder of Object.values(newsFolders)) {
    for (const name of readdirSync(join(site.dir, folder))) if (name.endsWith(".md")) site.write(`${folder}/${name}`, null);
  }
}

/**
 * `count` items per locale, one a day from 1 March 2020, sharing keys across locales. Every fifth has a
 * day-long event, item 7 a timed one; `image` items show content/images/fixture.jpg.
 */
export function writeGeneratedNews(site: FixtureSite, count: number, options: { imageItems?: number[]; draftItems?: number[] } = {}): GeneratedItem[] {
  const items: GeneratedItem[] = [];
  for (let index = 0; index < count; index++) {
    const date = new Date(Date.UTC(2020, 2, 1 + index)).toISOString().slice(0, 10);
    const item: GeneratedItem = {
      index,
      slug: `item-${index}`,
      key: `generated-${index}`,
      date,
      title: `Item ${index}`,
      event: index === 7 ? "timed" : index % 5 === 0 ? "day" : undefined,
      image: options.imageItems?.includes(index),
      draft: options.draftItems?.includes(index),
    };
    items.push(item);
    for (const locale of Object.keys(newsFolders) as Locale[]) {
      const fields: Record<string, unknown> = {
        key: item.key,
        title: `${item.title} (${locale})`,
        date,
        summary: `Summary of item ${index} (${locale}).`,
        tags: [`tag-${index % 3}`],
      };
      if (item.event === "timed")
        Object.assign(fields, { place: "Strasbourg", event: { start: `${date}T09:30`, end: `${date}T17:30`, timezone: "Europe/Paris" } });
      if (item.event === "day") Object.assign(fields, { place: "Budapest", event: { start: date } });
      if (item.image) fields.image = { src: "/images/fixture.jpg", alt: `Picture of item ${index}` };
      if (item.draft) fields.draft = true;
      const body = [
        `Body of item ${index}. See [the previous item](../item-${Math.max(index - 1, 0)}/), [the about page](/${locale}/) and [a note](#note).`,
        "",
        `<img src="/favicon.svg" alt="" width="16" height="16">`,
        "",
        `<p id="note">A note.</p>`,
      ].join("\n");
      site.write(`${newsFolders[locale]}/${item.slug}.md`, newsFile(fields, body));
    }
  }
  return items;
}

/** A real JPEG, made with the sharp that eleventy-img itself uses. */
export async function writeFixtureImage(site: FixtureSite, path = "content/images/fixture.jpg", width = 800, height = 450): Promise<void> {
  const { createRequire } = await import("node:module");
  const requireFromImg = createRequire(createRequire(import.meta.url).resolve("@11ty/eleventy-img"));
  const sharp = requireFromImg("sharp") as (options: object) => { jpeg(): { toBuffer(): Promise<Buffer> } };
  site.write(
    path,
    await sharp({ create: { width, height, channels: 3, background: "#0b3b7a" } })
      .jpeg()
      .toBuffer(),
  );
}
