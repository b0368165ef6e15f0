import { afterAll, beforeAll, expect } from "vitest";
import { type FixtureSite, fixtureSite } from "./fixture-build.ts";

export { type FixtureSite, fixtureSite, repoRoot } from "./fixture-build.ts";

/** The real site, unchanged, built once before a test file's tests and removed after them. */
export function useBuiltSite(): Pick<FixtureSite, "dir" | "output"> {
  let built: FixtureSite | undefined;
  beforeAll(() => {
    built = fixtureSite();
    const { status, log } = built.build();
    expect(status, log).toBe(0);
  });
  afterAll(() => built?.remove());
  const current = () => {
    if (!built) throw new Error("useBuiltSite(): the site is built in beforeAll");
    return built;
  };
  return {
    get dir() {
      return current().dir;
    },
    get output() {
      return current().output;
    },
  };
}
