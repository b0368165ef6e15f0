import { describe, expect, it } from "vitest";
import { SlidingWindowLimiter } from "../../src/local-server/rate-limit.ts";

describe("the local rate limit", () => {
  it("allows 5 requests a minute per client, then refuses until the oldest leaves the window", () => {
    let now = 1_000_000;
    const limiter = new SlidingWindowLimiter(5, 60_000, () => now);
    for (let i = 0; i < 5; i++, now += 1_000) expect(limiter.take("127.0.0.1").allowed).toBe(true);
    const refused = limiter.take("127.0.0.1");
    expect(refused).toEqual({ allowed: false, retryAfterSeconds: 55 });
    expect(limiter.take("192.0.2.1").allowed).toBe(true); // another client is not affected
    now = 1_000_000 + 60_000; // the first request is now a minute old
    expect(limiter.take("127.0.0.1").allowed).toBe(true);
    expect(limiter.take("127.0.0.1").allowed).toBe(false);
  });

  it("does not count refused requests against the next window", () => {
    let now = 0;
    const limiter = new SlidingWindowLimiter(2, 1_000, () => now);
    limiter.take("a");
    limiter.take("a");
    for (let i = 0; i < 10; i++) expect(limiter.take("a").allowed).toBe(false);
    now = 1_000;
    expect(limiter.take("a").allowed).toBe(true);
  });
});
