/**
 * `npm run redirects`: writes the old addresses' rules of netlify.toml (between its two marker lines)
 * from _data/old-addresses.json, with each key's URL as the last `npm run build` wrote it.
 * Run it after changing the table or moving a page; `npm run check` fails while netlify.toml is behind.
 * Options: --site=<folder> (another built site).
 */
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { OLD_ADDRESSES_FILE, parseOldAddresses } from "../src/redirects/old-addresses.ts";
import { readPageUrls } from "../src/redirects/page-urls.ts";
import { renderOldAddressBlock, replaceOldAddressBlock, resolveOldAddressRules } from "../src/redirects/rules.ts";

const { values } = parseArgs({ options: { site: { type: "string", default: "_site" } } });
const tableFile = join("_data", OLD_ADDRESSES_FILE);
const configFile = "netlify.toml";

try {
  const urls = readPageUrls(values.site!);
  if (!urls) throw new Error(`No page URLs for ${values.site}/: run npm run build first.`);
  const text = readFileSync(tableFile, "utf8");
  const table = parseOldAddresses(text, tableFile);
  const rules = resolveOldAddressRules(table, urls, { file: tableFile, text });
  const toml = readFileSync(configFile, "utf8");
  const updated = replaceOldAddressBlock(toml, renderOldAddressBlock(rules), configFile);
  if (updated === toml) console.log(`${configFile} is up to date: ${rules.length} old-address rules from ${table.pages.length} old pages.`);
  else {
    writeFileSync(configFile, updated);
    console.log(`${configFile}: wrote ${rules.length} old-address rules from ${table.pages.length} old pages in ${table.locales.join(", ")}.`);
  }
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
}
