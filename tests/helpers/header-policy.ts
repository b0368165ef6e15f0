/**
 * The headers issue 7 asks of every response, as checks that name what is wrong. Used on
 * netlify.toml's values (unit test) and on what the local server really sends (end-to-end test).
 */
export type Headers = Record<string, string | undefined>;

const get = (headers: Headers, name: string) => Object.entries(headers).find(([key]) => key.toLowerCase() === name.toLowerCase())?.[1];

export function parseCsp(policy: string): Map<string, string[]> {
  const directives = new Map<string, string[]>();
  for (const part of policy
    .split(";")
    .map((p) => p.trim())
    .filter(Boolean)) {
    const [name, ...sources] = part.split(/\s+/);
    directives.set(name.toLowerCase(), sources);
  }
  return directives;
}

/** Everything wrong with a response's security headers; empty when they meet the list. */
export function securityProblems(headers: Headers): string[] {
  const problems: string[] = [];
  const policy = get(headers, "Content-Security-Policy");
  if (!policy) problems.push("no Content-Security-Policy");
  else {
    const csp = parseCsp(policy);
    const expect = (directive: string, sources: string[]) => {
      if (JSON.stringify(csp.get(directive)) !== JSON.stringify(sources))
        problems.push(`CSP ${directive} is "${csp.get(directive)?.join(" ") ?? "(absent)"}", not "${sources.join(" ")}"`);
    };
    const defaults = csp.get("default-src") ?? [];
    if (defaults.length !== 1 || !["'none'", "'self'"].includes(defaults[0])) problems.push(`CSP default-src is "${defaults.join(" ")}", not 'none' or 'self'`);
    const scripts = csp.get("script-src") ?? defaults;
    const unexpected = scripts.filter((source) => source !== "'self'" && source !== "'wasm-unsafe-eval'");
    if (!scripts.includes("'self'") || unexpected.length)
      problems.push(`CSP script-src allows ${unexpected.join(" ") || "nothing"}: only 'self' (and 'wasm-unsafe-eval' for search) may run`);
    expect("frame-ancestors", ["'none'"]);
    expect("form-action", ["'self'"]);
    expect("base-uri", ["'none'"]);
    // object-src, a fetch directive, falls back to default-src; the three above do not.
    const objects = csp.get("object-src") ?? defaults;
    if (JSON.stringify(objects) !== JSON.stringify(["'none'"])) problems.push(`CSP object-src is "${objects.join(" ")}", not 'none'`);
    if (policy.includes("'unsafe-inline'")) problems.push("CSP allows 'unsafe-inline'");
  }
  const hsts = get(headers, "Strict-Transport-Security") ?? "";
  const maxAge = Number(/max-age=(\d+)/.exec(hsts)?.[1] ?? 0);
  if (maxAge < 63072000 || !/includeSubDomains/i.test(hsts)) problems.push(`Strict-Transport-Security is "${hsts}", not two years with includeSubDomains`);
  if (get(headers, "X-Content-Type-Options") !== "nosniff") problems.push("X-Content-Type-Options is not nosniff");
  if (get(headers, "Referrer-Policy") !== "strict-origin-when-cross-origin") problems.push("Referrer-Policy is not strict-origin-when-cross-origin");
  if (!get(headers, "Permissions-Policy")) problems.push("no Permissions-Policy");
  if (get(headers, "Cross-Origin-Opener-Policy") !== "same-origin") problems.push("Cross-Origin-Opener-Policy is not same-origin");
  return problems;
}

/** Pages and feeds: short caching. Fingerprinted assets: a year, immutable. */
export function cacheProblem(kind: "page" | "asset", cacheControl: string | undefined): string | undefined {
  const value = cacheControl ?? "";
  const maxAge = Number(/max-age=(\d+)/.exec(value)?.[1] ?? NaN);
  if (kind === "asset") return maxAge >= 31536000 && value.includes("immutable") ? undefined : `asset Cache-Control "${value}" is not a year and immutable`;
  return maxAge <= 600 && !value.includes("immutable") ? undefined : `page Cache-Control "${value}" is not short (max-age of at most 600 s, not immutable)`;
}
