import { describe, expect, it } from "vitest";
import { fieldNames } from "../../src/form/fields.ts";
import { FORMS } from "../../src/form/forms.ts";
import { submissionsCsv } from "../../src/storage/csv.ts";
import type { SubmissionRecord } from "../../src/storage/submission-store.ts";

describe.each(FORMS)("the $name form's CSV", (form) => {
  it("has a column for every field of the form, holding that field's value, around the record's own facts", () => {
    const fields = Object.fromEntries(
      fieldNames(form)
        .filter((name) => name !== "locale")
        .map((name) => [name, `value of ${name}`]),
    );
    const record = {
      id: "record-1",
      receivedAt: "2026-01-02T03:04:05.000Z",
      locale: "fr",
      fields,
      clientHash: null,
      privacyNoticeVersion: "2026-01",
    } as unknown as SubmissionRecord;
    const [header, row] = submissionsCsv(form, [record])
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
