import { execFileSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { fileURLToPath } from "node:url";
import matter from "gray-matter";
import { frontMatterParsingOptions, contentFiles } from "../content/front-matter.ts";
import { readSiteData } from "../i18n/site-strings.ts";
import { flatten, missingStrings } from "../i18n/strings.ts";
import { unusedKeys, usageTexts } from "./string-usage.ts";
import { count, result, type CheckResult, type Finding, type Table } from "./types.ts";

const NAME = "Translations";

export interface TranslationsCheckOptions {
  /** Project root: the git work tree, and the folder content/ and _data/ are in. */
  root?: string;
  contentDir?: string;
  dataDir?: string;
  /** Where the code that may name a UI string is (src/, scripts/): this project's, also for a fixture site. */
  codeRoot?: string;
}

const PROJECT_ROOT = fileURLToPath(new URL("../..", import.meta.url));

/** One content file with a translation key. */
interface Version {
  key: string;
  locale: string;
  file: string;
}

/** A file's place in git history, as ages: commits are numbered from the newest (0) back; -1 is the working tree. */
interface FileHistory {
  /** Age of the commit that first added the file; -1 when it is not committed yet. */
  created: number;
  /** Age of the commit that last changed it; -1 when it has uncommitted changes. */
  changed: number;
  /** Date of that commit (YYYY-MM-DD), absent for uncommitted changes. */
  changedDate?: string;
}

/**
 * Items missing in a locale and translations older than their source (a warning each: a page
 * without a translation still works), and UI strings missing in a locale or used nowhere (an error each).
 */
export function checkTranslations({
  root = process.cwd(),
  contentDir = "content",
  dataDir = "_data",
  codeRoot = PROJECT_ROOT,
}: TranslationsCheckOptions = {}): CheckResult {
  const site = readSiteData(join(root, dataDir));
  const locales = site.locales.map((l) => l.code);
  const versions = readVersions(root, contentDir, locales);
  const byKey = new Map<string, Map<string, Version>>();
  for (const version of versions) {
    if (!byKey.has(version.key)) byKey.set(version.key, new Map());
    byKey.get(version.key)!.set(version.locale, version);
  }

  const warnings: Finding[] = [];
  const tables: Table[] = [];

  const incomplete = [...byKey].filter(([, byLocale]) => locales.some((code) => !byLocale.has(code)));
  if (incomplete.length) {
    tables.push({
      title: "Items missing in a locale",
      columns: ["key", ...locales],
      rows: incomplete.map(([key, byLocale]) => [key, ...locales.map((code) => byLocale.get(code)?.file ?? "MISSING")]),
    });
    for (const [key, byLocale] of incomplete) {
      const missing = locales.filter((code) => !byLocale.has(code));
      for (const version of byLocale.values()) {
        warnings.push({
          where: version.file,
          message: `"${key}" has no version in ${missing.join(", ")}: write it with the same key, or readers of ${missing.join(", ")} are sent to their home page`,
        });
      }
    }
  }

  const history = gitHistory(root, contentDir);
  let outdatedCount = 0;
  if (history) {
    const rows: string[][] = [];
    for (const [key, byLocale] of byKey) {
      if (byLocale.size < 2) continue;
      // The source is the version first committed; in a tie, the first locale of _data/locales.json.
      const [source, ...translations] = [...byLocale.values()].sort(
        (a, b) => historyOf(history, b).created - historyOf(history, a).created || locales.indexOf(a.locale) - locales.indexOf(b.locale),
      );
      const sourceHistory = historyOf(history, source);
      for (const translation of translations) {
        const own = historyOf(history, translation);
        if (own.changed <= sourceHistory.changed) continue;
        rows.push([key, translation.file, own.changedDate ?? "not committed", source.file, sourceHistory.changedDate ?? "not committed"]);
        warnings.push({ where: translation.file, message: `older than its source ${source.file} (changed since): bring the translation up to date` });
      }
    }
    outdatedCount = rows.length;
    if (rows.length)
      tables.push({
        title: "Translations older than their source (by git history)",
        columns: ["key", "translation", "last changed", "source", "source last changed"],
        rows,
      });
  } else {
    warnings.push({ message: "no git history here: translations could not be compared with their sources" });
  }

  const flat = new Map(Object.entries(site.strings).map(([code, tree]) => [code, flatten(tree)]));
  const errors: Finding[] = missingStrings(flat).map(({ locale, key, presentIn }) => {
    const [namespace] = key.split(".");
    return {
      where: join(dataDir, "strings", locale, `${namespace}.json`),
      message: `UI string "${key}" is missing in "${locale}" (it exists in ${presentIn.join(", ")}); the build fails until it is added`,
    };
  });
  const missingCount = errors.length;
  for (const code of locales) if (!flat.has(code)) errors.push({ where: join(dataDir, "strings", code), message: `no UI strings for locale "${code}"` });

  const allKeys = new Set([...flat.values()].flatMap((strings) => [...strings.keys()]));
  const unused = unusedKeys(allKeys, usageTexts({ root, dataDir, codeRoot }));
  for (const key of unused) {
    for (const [locale, strings] of flat) {
      if (!strings.has(key)) continue;
      errors.push({
        where: join(dataDir, "strings", locale, `${key.split(".")[0]}.json`),
        message: `UI string "${key}" is used nowhere (no template, script or code names it): remove it from every locale, or use it`,
      });
    }
  }

  const summary = `${count(byKey.size, "item")} in ${count(locales.length, "locale")}, ${incomplete.length} missing in a locale, ${outdatedCount} older than their source, ${count(missingCount, "UI string")} missing, ${unused.length} unused`;
  return result(NAME, summary, { errors, warnings, tables });
}

/** The key of every content file under a locale folder (a file without a key is the build's to refuse). */
function readVersions(root: string, contentDir: string, locales: string[]): Version[] {
  const versions: Version[] = [];
  if (!existsSync(join(root, contentDir))) return versions;
  for (const path of contentFiles(join(root, contentDir))) {
    const file = relative(root, path).split(sep).join("/");
    const locale = relative(join(root, contentDir), path).split(sep)[0];
    if (!locales.includes(locale)) continue;
    const { data } = matter(readFileSync(path, "utf8"), frontMatterParsingOptions);
    if (typeof data.key === "string") versions.push({ key: data.key, locale, file });
  }
  return versions;
}

function historyOf(history: Map<string, FileHistory>, version: Version): FileHistory {
  return history.get(version.file) ?? { created: -1, changed: -1 };
}

/**
 * Creation and last change of every content file, from two git calls for the whole folder (not one
 * per file): the log of the commits touching it, newest first, and the working tree's uncommitted
 * changes. Paths come out relative to `root`, like the content files. Undefined outside a git work tree.
 */
function gitHistory(root: string, contentDir: string): Map<string, FileHistory> | undefined {
  const git = (args: string[]) =>
    execFileSync("git", ["-c", "core.quotepath=off", ...args], {
      cwd: root,
      encoding: "utf8",
      maxBuffer: 64 * 1024 * 1024,
      stdio: ["ignore", "pipe", "ignore"],
    });
  let log: string;
  let status: string;
  try {
    log = git(["log", "--format=%x00%cs", "--name-only", "--no-renames", "--relative", "--", contentDir]);
    // The short format (unlike --porcelain) gives paths relative to the current folder.
    status = git(["status", "--short", "--no-renames", "--untracked-files=all", "--", contentDir]);
  } catch {
    return undefined;
  }
  const history = new Map<string, FileHistory>();
  log
    .split("\0")
    .slice(1)
    .forEach((commit, age) => {
      const [date, ...files] = commit.trim().split("\n");
      for (const file of files.filter(Boolean)) {
        const known = history.get(file);
        if (known) known.created = age;
        else history.set(file, { created: age, changed: age, changedDate: date });
      }
    });
  for (const line of status.split("\n").filter(Boolean)) {
    const file = line.slice(3).replace(/^"(.*)"$/, "$1");
    const known = history.get(file);
    if (known) Object.assign(known, { changed: -1, changedDate: undefined });
    else history.set(file, { created: -1, changed: -1 });
  }
  return history;
}
