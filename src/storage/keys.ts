/**
 * Record keys begin with the UTC time of the ten-minute window a record arrived in
 * ("20261201T0950Z-…"), so a key prefix names a year, a month or a day: the retention run lists
 * the days it has to look at instead of reading every record.
 */

/** The same submission sent again within this time (a double click, a retry) is stored once. */
export const DUPLICATE_WINDOW_MS = 10 * 60_000;
export const DAY_MS = 86_400_000;

/** The key of a record received at `receivedAt` whose content hashes to `hash`. */
export function recordKey(receivedAt: Date, hash: string): string {
  const window = new Date(Math.floor(receivedAt.getTime() / DUPLICATE_WINDOW_MS) * DUPLICATE_WINDOW_MS);
  return `${window.toISOString().slice(0, 16).replace(/[-:]/g, "")}Z-${hash.slice(0, 32)}`;
}

const KEY_TIME = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})Z-/;

/** The window a key names, [start, end) in milliseconds; null for a key of another form. */
export function keyWindow(key: string): { start: number; end: number } | null {
  const match = KEY_TIME.exec(key);
  if (!match) return null;
  const [year, month, day, hour, minute] = match.slice(1).map(Number);
  const start = Date.UTC(year, month - 1, day, hour, minute);
  return Number.isNaN(start) ? null : { start, end: start + DUPLICATE_WINDOW_MS };
}

/**
 * Whether a record under `key` arrived before `cutoff`: "yes" or "no" from the key alone, "ask" when
 * the cutoff falls inside the key's window (or the key names no time) and only the record can say.
 */
export function arrivedBefore(key: string, cutoff: number): "yes" | "no" | "ask" {
  const window = keyWindow(key);
  if (!window) return "ask";
  if (window.end <= cutoff) return "yes";
  return window.start >= cutoff ? "no" : "ask";
}

const pad = (n: number, width = 2) => String(n).padStart(width, "0");

/**
 * The fewest key prefixes that together name every UTC day from `from`'s day to `to`'s day, both
 * included: whole years, then whole months, then single days.
 */
export function dayPrefixes(from: Date, to: Date): string[] {
  const prefixes: string[] = [];
  const last = Date.UTC(to.getUTCFullYear(), to.getUTCMonth(), to.getUTCDate());
  let day = new Date(Date.UTC(from.getUTCFullYear(), from.getUTCMonth(), from.getUTCDate()));
  while (day.getTime() <= last) {
    const y = day.getUTCFullYear();
    const m = day.getUTCMonth();
    const nextYear = Date.UTC(y + 1, 0, 1);
    const nextMonth = Date.UTC(y, m + 1, 1);
    if (m === 0 && day.getUTCDate() === 1 && nextYear - DAY_MS <= last) {
      prefixes.push(String(y));
      day = new Date(nextYear);
    } else if (day.getUTCDate() === 1 && nextMonth - DAY_MS <= last) {
      prefixes.push(`${y}${pad(m + 1)}`);
      day = new Date(nextMonth);
    } else {
      prefixes.push(`${y}${pad(m + 1)}${pad(day.getUTCDate())}`);
      day = new Date(day.getTime() + DAY_MS);
    }
  }
  return prefixes;
}
