import { describe, expect, it } from "vitest";
import { formatDate, isoDate } from "../../src/i18n/dates.ts";

describe("dates", () => {
  it("formats in the page's language", () => {
    expect(formatDate("2013-12-12", "fr-FR")).toBe("12 décembre 2013");
    expect(formatDate(new Date(Date.UTC(2013, 11, 12)), "en-GB")).toBe("12 December 2013");
  });

  it("writes the first of a month as French does, «1er», and only the first", () => {
    expect(formatDate("2026-12-01", "fr-FR")).toBe("1er décembre 2026");
    expect(formatDate("2026-12-11", "fr-FR")).toBe("11 décembre 2026");
    expect(formatDate("2026-12-21", "fr-FR")).toBe("21 décembre 2026");
    expect(formatDate("2026-12-01", "en-GB")).toBe("1 December 2026");
  });

  it("gives ISO dates for <time datetime>, whatever the machine's time zone", () => {
    expect(isoDate(new Date(Date.UTC(2013, 2, 20)))).toBe("2013-03-20");
  });

  it("rejects what is not a date", () => {
    expect(() => formatDate("2013-13-45", "fr-FR")).toThrow("not a valid date");
  });
});
