/** The site's origin: Netlify sets URL in production; locally the server listens on 8080. */
export function siteOrigin(env: NodeJS.ProcessEnv = process.env): string {
  return (env.URL || "http://localhost:8080").replace(/\/+$/, "");
}

/** Turns a site-relative path ("/fr/") into an absolute URL on the site's origin. */
export function absoluteUrl(path: string, origin: string = siteOrigin()): string {
  return new URL(path, `${origin}/`).href;
}

/**
 * Absolute URLs as the templates ask for them: a page asks for the same few several times (its own
 * for canonical, og:url and hreflang; the Open Graph image on every page), so each is made once per
 * build, on the origin read when the build starts (`reset`, from the site plugin's `eleventy.before`).
 */
export class AbsoluteUrls {
  private origin = siteOrigin();
  private readonly made = new Map<string, string>();

  reset(): void {
    this.origin = siteOrigin();
    this.made.clear();
  }

  of(path: string): string {
    let url = this.made.get(path);
    if (url === undefined) {
      url = absoluteUrl(path, this.origin);
      this.made.set(path, url);
    }
    return url;
  }
}

/** The build's absolute URLs: one for the filter and the page head alike. */
export const absoluteUrls = new AbsoluteUrls();
