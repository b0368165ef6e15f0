/** The site's origin: Netlify sets URL in production; locally the server listens on 8080. */
export function siteOrigin(env: NodeJS.ProcessEnv = process.env): string {
  return (env.URL || "http://localhost:8080").replace(/\/+$/, "");
}

/** Turns a site-relative path ("/fr/") into an absolute URL on the site's origin. */
export function absoluteUrl(path: string, origin: string = siteOrigin()): string {
  return new URL(path, `${origin}/`).href;
}
