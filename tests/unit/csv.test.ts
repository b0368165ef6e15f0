import { describe, expect, it } from "vitest";
import { FIELD_NAMES } from "../../src/form/fields.ts";
import type { ApplicationRecord } from "../../src/storage/applications.ts";
import { applicationsCsv } from "../../src/storage/csv.ts";

describe("the applications CSV", () => {
  it("has a column for every field of the form, holding that field's value, around the record's own facts", () => {
    const fields = Object.fromEntries(FIELD_NAMES.filter((name) => name !== "locale").map((name) => [name, `value of ${name}`]));
    const record = {
      id: "record-1",
      receivedAt: "2026-01-02T03:04:05.000Z",
      locale: "fr",
      fields,
      clientHash: null,
      privacyNoticeVersion: "2026-01",
    } as ApplicationRecord;
    const [header, row] = applicationsCsv([record])
      .replace(/^\uFEFF/, "")
      .split("\r\n");
    const values = row.split(",");
    const byColumn = Object.fromEntries(header.split(",").map((column, i) => [column, values[i]]));
    expect(byColumn).toEqual({
      id: "record-1",
      received_at: "2026-01-02T03:04:05.000Z",
      locale: "fr",
      ...fields,
      privacy_notice_version: "2026-01",
      client_hash: "",
    });
  });
});
