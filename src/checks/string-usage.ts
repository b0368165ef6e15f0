import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";

/** Where UI string keys are named: templates and data of the site, and the code that builds and serves it. */
export interface StringUsageSources {
  /** The site's folder: its layouts/, content/ and _data/ (but not _data/strings/, where the strings are). */
  root: string;
  dataDir: string;
  /** The project's code: src/, scripts/ and .eleventy.ts (fixture sites are built with the project's own code). */
  codeRoot: string;
}

const SOURCE_FILE = /\.(njk|md|html|json|ts|js|mjs|cjs)$/;

/** The text of every file that may name a UI string. */
export function usageTexts({ root, dataDir, codeRoot }: StringUsageSources): string[] {
  const stringsDir = join(root, dataDir, "strings");
  const files = [
    ...filesUnder(join(root, "layouts")),
    ...filesUnder(join(root, "content")),
    ...filesUnder(join(root, dataDir)).filter((file) => !file.startsWith(stringsDir)),
    ...filesUnder(join(codeRoot, "src")),
    ...filesUnder(join(codeRoot, "scripts")),
    join(codeRoot, ".eleventy.ts"),
  ];
  return [...new Set(files)].filter((file) => existsSync(file)).map((file) => readFileSync(file, "utf8"));
}

function filesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return (readdirSync(dir, { recursive: true }) as string[])
    .filter((name) => SOURCE_FILE.test(name) && !name.split(/[\\/]/).includes("node_modules"))
    .map((name) => join(dir, name))
    .filter((file) => statSync(file).isFile());
}

const literally = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
/** One variable part of a key: one dotted segment. */
const VARIABLE = "[^.]+";

/**
 * How a text names UI strings, as patterns over whole keys. A key is named in quotes ("nav.home"),
 * or built: a template literal (`form.errors.${name}.${kind}`), a placeholder ("form.errors.{code}"),
 * or a quoted prefix joined to a variable and maybe a suffix (("form.fields." + f.name + ".link"),
 * with Nunjucks' + or ~). Each variable part stands for one segment.
 */
export function keyPatterns(text: string, namespaces: string[]): RegExp[] {
  if (!namespaces.length) return [];
  const literal = new RegExp(`(["'\`])((?:${namespaces.map(literally).join("|")})\\.(?:[\\w-]|\\.|\\$\\{[^}\`]*\\}|\\{\\w+\\})*)\\1`, "g");
  const patterns: RegExp[] = [];
  for (const match of text.matchAll(literal)) {
    let pattern = match[2]
      .split(/(\$\{[^}`]*\}|\{\w+\})/)
      .map((part, i) => (i % 2 ? VARIABLE : literally(part)))
      .join("");
    if (match[2].endsWith(".")) {
      // A prefix: what it is joined to follows.
      const joined = /^\s*[+~]\s*(?:\([^()]*\)|[\w$.[\]]+)\s*(?:[+~]\s*(["'`])(\.[\w.-]+)\1)?/.exec(text.slice((match.index ?? 0) + match[0].length));
      pattern += joined ? `${VARIABLE}${joined[2] ? literally(joined[2]) : ""}` : "";
    }
    patterns.push(new RegExp(`^${pattern}$`));
  }
  return patterns;
}

/** The keys (flattened, "nav.home") that no text names. */
export function unusedKeys(keys: Iterable<string>, texts: string[]): string[] {
  const all = [...keys];
  const namespaces = [...new Set(all.map((key) => key.split(".")[0]))];
  const patterns = texts.flatMap((text) => keyPatterns(text, namespaces));
  return all.filter((key) => !patterns.some((pattern) => pattern.test(key)));
}
