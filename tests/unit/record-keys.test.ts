import { describe, expect, it } from "vitest";
import { arrivedBefore, dayPrefixes, keyWindow, recordKey } from "../../src/storage/keys.ts";

describe("record keys", () => {
  it("begin with the UTC ten-minute window the record arrived in", () => {
    const key = recordKey(new Date("2026-12-01T09:57:31.123Z"), "ab".repeat(32));
    expect(key).toBe(`20261201T0950Z-${"ab".repeat(16)}`);
    expect(keyWindow(key)).toEqual({ start: Date.parse("2026-12-01T09:50Z"), end: Date.parse("2026-12-01T10:00Z") });
    expect(keyWindow("client-hash-key")).toBeNull();
  });

  it("tell from the key alone whether a record arrived before a time, except inside its window", () => {
    const key = recordKey(new Date("2026-12-01T09:57Z"), "0".repeat(64));
    expect(arrivedBefore(key, Date.parse("2026-12-01T10:00Z"))).toBe("yes");
    expect(arrivedBefore(key, Date.parse("2026-12-01T09:50Z"))).toBe("no");
    expect(arrivedBefore(key, Date.parse("2026-12-01T09:55Z"))).toBe("ask");
    expect(arrivedBefore("legacy-id", 0)).toBe("ask");
  });

  it("name a span of days with the fewest prefixes: whole years, whole months, then days", () => {
    expect(dayPrefixes(new Date("2024-11-30T23:00Z"), new Date("2026-02-02T01:00Z"))).toEqual(["20241130", "202412", "2025", "202601", "20260201", "20260202"]);
    expect(dayPrefixes(new Date("2026-12-01T10:00Z"), new Date("2026-12-01T11:00Z"))).toEqual(["20261201"]);
    expect(dayPrefixes(new Date("2024-02-01Z"), new Date("2024-02-29Z"))).toEqual(["202402"]);
    expect(dayPrefixes(new Date("2026-12-02Z"), new Date("2026-12-01Z"))).toEqual([]);
  });
});
