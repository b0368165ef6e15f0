import { afterEach, describe, expect, it } from "vitest";
import { checkTypography } from "../../src/checks/typography.ts";
import { typesetHtml } from "../../src/typography/typeset.ts";
import { page, siteDir, type SiteDir } from "../helpers/site-dir.ts";

let site: SiteDir;
afterEach(() => site?.remove());

/** French prose with every kind of spacing the check looks at, and code, as the typesetter writes them. */
const FRENCH = typesetHtml(
  "<p>Lieu : <strong>Budapest</strong> ; « ROMACT » ? Oui ! L'Alliance, le 4 octobre 2013, à 9h30.</p>" +
    "<p>Écrire à nom@exemple.org : la campagne Dosta! du Conseil.</p>" +
    '<p>Les <a href="/fr/roms/">Roms</a><button type="button"><span aria-hidden="true">?</span></button> ; fin.</p>' +
    "<pre>x ; 'y'</pre><p><code>a'b</code> : fin.</p><script>var a = 'b';</script>",
  "fr",
);

const check = () => checkTypography({ siteDir: site.dir, root: site.root });

describe("the typography check", () => {
  it("passes typeset French and English, and never reads code, scripts, styles or attributes", () => {
    site = siteDir({
      "fr/index.html": page(FRENCH, { lang: "fr", title: "Accueil" }),
      "en/index.html": page(`<p title="it's">The Council’s “Roma” page: see <code>it's</code>.</p><style>a::after{content:'x'}</style>`, { title: "Home" }),
    });
    const result = check();
    expect(result.errors).toEqual([]);
    expect(result.summary).toBe("2 pages, 0 faults");
  });

  it("fails on each French spacing fault brought back and on straight apostrophes, naming the page, its source and the text", () => {
    site = siteDir({
      "fr/a-propos/index.html": page("<p>Lieu : Budapest ; « ROMACT» ?</p><p>Oui!\nL'Alliance.</p>", { lang: "fr", title: "À propos" }),
      "en/about/index.html": page("<p>The Council's page.</p>", { title: "About" }),
    });
    site.write(".cache/page-sources-_site.json", JSON.stringify({ "fr/a-propos/index.html": "content/fr/a-propos.md" }));
    site.write("content/fr/a-propos.md", "---\ntitle: À propos\n---\n\nLieu : Budapest ; « ROMACT» ?\n");
    const { errors } = check();
    // Each fault: what is wrong, then the text around it as the page shows it.
    const found = errors.map((error) => /^(.*?): "(.*)"$/.exec(error.message)!.slice(1));
    // Pages in the order of their paths: en/ before fr/.
    expect(found.map(([problem]) => problem)).toEqual([
      "a straight apostrophe (write ’)",
      'an ordinary space before ":" (French puts a no-break space there)',
      'an ordinary space before ";" (French puts a narrow no-break space there)',
      'an ordinary space after "«" (French puts a narrow no-break space there)',
      'no space before "»" (French puts a narrow no-break space there)',
      'an ordinary space before "?" (French puts a narrow no-break space there)',
      'no space before "!" (French puts a narrow no-break space there)',
      "a straight apostrophe (write ’)",
    ]);
    expect(found[0][1]).toContain("The Council's page.");
    for (const [, around] of found.slice(1)) expect(around).toContain("; « ROMACT» ?");
    expect(found[7][1]).toContain("Oui! L'Alliance.");
    expect(errors[1].where).toBe("content/fr/a-propos.md:5 (page /fr/a-propos/)");
    expect(errors[0].where).toBe(`${site.dir}/en/about/index.html`);
  });
});
