import { type CheckResult, count, type Finding, type Table } from "./types.ts";

/** The one report of `npm run check`: a line per check, then what each found, then the tables. */
export function formatReport(results: CheckResult[], header: string): string {
  const out: string[] = [header, ""];
  const width = Math.max(...results.map((r) => r.name.length));
  for (const r of results) {
    const status = r.errors.length ? "FAIL" : r.warnings.length ? "warn" : "ok  ";
    out.push(`${status}  ${r.name.padEnd(width)}  ${r.summary}${r.seconds !== undefined ? `  (${r.seconds.toFixed(1)} s)` : ""}`);
  }
  for (const r of results) {
    if (r.errors.length) out.push("", `${r.name}: ${count(r.errors.length, "error")}`, ...r.errors.map(line));
    if (r.warnings.length) out.push("", `${r.name}: ${count(r.warnings.length, "warning")} (do not fail the check)`, ...r.warnings.map(line));
    for (const table of r.tables) out.push("", ...formatTable(table));
  }
  const failed = results.filter((r) => r.errors.length);
  out.push(
    "",
    failed.length
      ? `${failed.length} of ${results.length} checks failed: ${failed.map((r) => r.name).join(", ")}. See CONTRIBUTING.md, "What the checks mean", for how to fix each.`
      : `All ${results.length} checks passed.`,
  );
  return out.join("\n");
}

function line({ where, message }: Finding): string {
  return `  - ${where ? `${where}: ` : ""}${message}`;
}

export function formatTable({ title, columns, rows }: Table): string[] {
  const widths = columns.map((column, i) => Math.max(column.length, ...rows.map((row) => (row[i] ?? "").length)));
  const format = (cells: string[]) => `  | ${cells.map((cell, i) => (cell ?? "").padEnd(widths[i])).join(" | ")} |`;
  return [title, format(columns), `  |${widths.map((w) => "-".repeat(w + 2)).join("|")}|`, ...rows.map(format)];
}
