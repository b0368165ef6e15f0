/**
 * `npm run new:news -- "Title"`: one new news file in every locale, with a shared key, today's date
 * and a slug made from the title, as drafts. Refuses to overwrite any file or reuse a slug.
 */
import { writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { DateTime } from "luxon";
import { readLocales } from "../src/i18n/site-strings.ts";
import { newsFolder, newsSlugs } from "../src/news/folders.ts";
import { slugify } from "../src/news/slug.ts";

const contentDir = "content";
const dataDir = "_data";

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

const title = process.argv.slice(2).join(" ").trim();
if (!title) fail('Usage: npm run new:news -- "Title of the news item"');
const slug = slugify(title);
if (!slug) fail(`"${title}" gives no usable slug: use letters or digits in the title`);

const today = DateTime.now().toISODate()!;
const key = `${today.slice(0, 7)}-${slug}`;
const targets = readLocales(dataDir).map(({ code }) => {
  const folder = newsFolder(contentDir, code);
  return { code, folder, file: join(folder, `${slug}.md`) };
});

// Check every locale before writing anything, so a refusal leaves no half-made item behind.
for (const { folder, file } of targets) {
  if (newsSlugs(folder).has(slug)) fail(`Refusing: a news item named "${slug}" already exists in ${folder} (${file} or a subfolder). Choose another title.`);
}

for (const { file } of targets) {
  const frontMatter = [
    "---",
    `key: ${key}`,
    `title: ${JSON.stringify(title)}`,
    `date: ${today}`,
    "# One or two sentences for the news list, the home page and the feeds.",
    'summary: ""',
    "# Optional: place, event (start, end, timezone), tags, image (src, alt). See README.md.",
    "# Remove the next line to publish.",
    "draft: true",
    "---",
    "",
    "",
  ].join("\n");
  writeFileSync(file, frontMatter, { flag: "wx" });
  console.log(relative(process.cwd(), file));
}
console.log(`\nShared key: ${key}. Translate each file (and rename it to a slug in its language if you like), write the summaries, then remove "draft: true".`);
