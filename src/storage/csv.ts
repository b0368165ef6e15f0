import { type FormDefinition, fieldNames } from "../form/fields.ts";
import type { SubmissionRecord } from "./submission-store.ts";

type Column = [name: string, value: (record: SubmissionRecord) => string];

/** Each column and how it is read: the record's own facts around the form's fields as stored, in the form's order (the locale is the record's own). */
function columns(form: FormDefinition): Column[] {
  const stored = fieldNames(form).filter((name) => name !== "locale");
  return [
    ["id", (record) => record.id],
    ["received_at", (record) => record.receivedAt],
    ["locale", (record) => record.locale],
    ...stored.map((name): Column => [name, (record) => (record.fields as Record<string, string>)[name] ?? ""]),
    ["privacy_notice_version", (record) => record.privacyNoticeVersion],
    ["client_hash", (record) => record.clientHash ?? ""],
  ];
}

/**
 * One RFC 4180 cell. A value a spreadsheet would run as a formula (= + - @, tab, carriage return)
 * is prefixed with an apostrophe: a submission must never become a command on the secretariat's computer.
 */
function cell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** A form's submissions as CSV (UTF-8 with a byte order mark, CRLF line ends, as spreadsheets expect). */
export function submissionsCsv(form: FormDefinition, records: SubmissionRecord[]): string {
  const cols = columns(form);
  return `\uFEFF${[cols.map(([name]) => name), ...records.map((record) => cols.map(([, value]) => value(record)))].map((cells) => cells.map(cell).join(",")).join("\r\n")}\r\n`;
}
