/** One thing a check found, located as precisely as it can be: the source file and line when known. */
export interface Finding {
  message: string;
  /** "content/en/about.md:12" or "_site/en/about/index.html:40:7": where an editor or developer looks. */
  where?: string;
}

/** A table for the report (missing translations, outdated translations, budgets…). */
export interface Table {
  title: string;
  columns: string[];
  rows: string[][];
}

/** What every check returns: errors fail it, warnings and tables are reported only. */
export interface CheckResult {
  name: string;
  /** The check's id, as `--only` names it ("a11y"), filled in by the runner. */
  id?: string;
  /** One line: what was checked, e.g. "19 pages, 0 errors". */
  summary: string;
  errors: Finding[];
  warnings: Finding[];
  tables: Table[];
  /** What a check that ran to the end counted: the pages it examined and the problems it found (the accessibility statement shows them). */
  figures?: CheckFigures;
  /** Wall-clock time of the check, filled in by the runner. */
  seconds?: number;
}

export interface CheckFigures {
  pages: number;
  problems: number;
}

export function result(name: string, summary: string, parts: Partial<Pick<CheckResult, "errors" | "warnings" | "tables" | "figures">> = {}): CheckResult {
  const checked: CheckResult = { name, summary, errors: parts.errors ?? [], warnings: parts.warnings ?? [], tables: parts.tables ?? [] };
  if (parts.figures) checked.figures = parts.figures;
  return checked;
}

const englishPlurals = new Intl.PluralRules("en");

/** "1 error", "2 errors": summaries (in English, for developers) read as sentences. */
export function count(n: number, singular: string, plural = `${singular}s`): string {
  return `${n} ${englishPlurals.select(n) === "one" ? singular : plural}`;
}
