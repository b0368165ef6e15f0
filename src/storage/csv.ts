import { FIELD_NAMES, type FieldName } from "../form/fields.ts";
import type { ApplicationRecord } from "./applications.ts";

type StoredField = Exclude<FieldName, "locale">;

/** The form's fields as stored, in the form's order (src/form/fields.ts); the locale is the record's own. */
const STORED_FIELDS = FIELD_NAMES.filter((name): name is StoredField => name !== "locale");

/** Each column and how it is read: the record's own facts around the form's fields. */
const COLUMNS: [name: string, value: (record: ApplicationRecord) => string][] = [
  ["id", (record) => record.id],
  ["received_at", (record) => record.receivedAt],
  ["locale", (record) => record.locale],
  ...STORED_FIELDS.map((name): [string, (record: ApplicationRecord) => string] => [name, (record) => record.fields[name]]),
  ["privacy_notice_version", (record) => record.privacyNoticeVersion],
  ["client_hash", (record) => record.clientHash ?? ""],
];

/**
 * One RFC 4180 cell. A value a spreadsheet would run as a formula (= + - @, tab, carriage return)
 * is prefixed with an apostrophe: an application must never become a command on the secretariat's computer.
 */
function cell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** The applications as CSV (UTF-8 with a byte order mark, CRLF line ends, as spreadsheets expect). */
export function applicationsCsv(records: ApplicationRecord[]): string {
  return `\uFEFF${[COLUMNS.map(([name]) => name), ...records.map((record) => COLUMNS.map(([, value]) => value(record)))].map((cells) => cells.map(cell).join(",")).join("\r\n")}\r\n`;
}
