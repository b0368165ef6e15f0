/** A content problem, always naming the file (and the line when there is one) and the field so an editor can fix it. */
export class ContentError extends Error {
  readonly file: string;
  readonly field: string;
  readonly line: number | undefined;

  constructor(file: string, field: string, problem: string, line?: number) {
    super(`${file}${line ? `:${line}` : ""}: ${field}: ${problem}`);
    this.name = "ContentError";
    this.file = file;
    this.field = field;
    this.line = line;
  }
}
