import type { ApplicationRecord } from "./applications.ts";

const COLUMNS = [
  "id",
  "received_at",
  "locale",
  "authority",
  "authority_type",
  "country",
  "contact_name",
  "position",
  "email",
  "phone",
  "message",
  "consent",
  "privacy_notice_version",
  "client_hash",
] as const;

function row(record: ApplicationRecord): string[] {
  const { fields } = record;
  return [
    record.id,
    record.receivedAt,
    record.locale,
    fields.authority,
    fields.authority_type,
    fields.country,
    fields.contact_name,
    fields.position,
    fields.email,
    fields.phone,
    fields.message,
    fields.consent,
    record.privacyNoticeVersion,
    record.clientHash ?? "",
  ];
}

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
  return `\uFEFF${[[...COLUMNS], ...records.map(row)].map((cells) => cells.map(cell).join(",")).join("\r\n")}\r\n`;
}
