import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Eleventy from "@11ty/eleventy";
import { afterAll, describe, expect, it, vi } from "vitest";

/**
 * patches/@11ty+eleventy+3.1.8.patch also makes Eleventy keep the site's pages sorted as they are added,
 * where Eleventy 3.1.8 sorted every page again for each tag's collection (about 80 tags on this site:
 * docs/performance.md). The collections must be what they were: members by tag and exclusions, in date
 * order with ties broken by input path. The last test fails when that part of the patch is not applied.
 */
const dir = mkdtempSync(join(tmpdir(), "alliance-tag-collections-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

interface CollectionInternals {
  getFilteredByTag(tag: string): { url: string }[];
  sort(sortFunction?: unknown): unknown[];
}

async function build() {
  const input = join(dir, "input");
  mkdirSync(input, { recursive: true });
  const page = (name: string, frontMatter: string) => writeFileSync(join(input, `${name}.md`), `---\n${frontMatter}\n---\n${name}\n`);
  page("a1", "date: 2020-01-02\ntags: [news, a]");
  page("a2", "date: 2020-01-01\ntags: [news, a, a]");
  page("b1", "date: 2020-01-01\ntags: [news, b]");
  page("c1", "date: 2019-12-31\ntags: [news, a]\neleventyExcludeFromCollections: [news]");
  page("d1", "date: 2019-12-30\ntags: [b]\neleventyExcludeFromCollections: true");
  // True ties: the pages of one paginated template share its date and its input path; they keep their order.
  writeFileSync(
    join(input, "series.njk"),
    "---\ndate: 2019-06-01\ntags: [series]\npagination: { data: parts, size: 1, addAllPagesToCollections: true }\nparts: [one, two, three]\npermalink: /series/{{ pagination.pageNumber }}/\n---\n{{ pagination.items[0] }}\n",
  );
  const list = (tag: string) => `{% for item in collections.${tag} %}{{ item.url }} {% endfor %}`;
  writeFileSync(join(input, "lists.njk"), `---\npermalink: /lists.txt\n---\n${["news", "a", "b", "series"].map(list).join("\n")}\n`);
  writeFileSync(join(dir, "eleventy.config.mjs"), "export default function () {}\n");
  const eleventy = new Eleventy(input, join(dir, "_site"), { configPath: join(dir, "eleventy.config.mjs"), quietMode: true });
  const pages = (await eleventy.toJSON()) as unknown as { url: string; content: string }[];
  const collection = (eleventy as unknown as { writer: { templateMap: { collection: CollectionInternals } } }).writer.templateMap.collection;
  return {
    lists: pages
      .find((p) => p.url === "/lists.txt")!
      .content.trim()
      .split("\n")
      .map((line) => line.trim()),
    collection,
  };
}

describe("Eleventy's tag collections (patched: no sort per tag)", () => {
  it("keeps each tag's members, exclusions and date order, ties by input path", async () => {
    const { lists } = await build();
    // news, a, b, series: d1 is in none (excluded from every collection), c1 is in a but not news, the series in its order.
    expect(lists).toEqual(["/a2/ /b1/ /a1/", "/c1/ /a2/ /a1/", "/b1/", "/series/0/ /series/1/ /series/2/"]);
  });

  it("does not sort the pages again for each tag", async () => {
    const { collection } = await build();
    const sort = vi.spyOn(collection, "sort");
    expect(collection.getFilteredByTag("news").map((item) => item.url)).toEqual(["/a2/", "/b1/", "/a1/"]);
    expect(collection.getFilteredByTag("b").map((item) => item.url)).toEqual(["/b1/"]);
    expect(sort, "patches/@11ty+eleventy+3.1.8.patch is not applied: run npm install").not.toHaveBeenCalled();
  });
});
