import { afterEach, describe, expect, it } from "vitest";
import { checkLinks } from "../../src/checks/links.ts";
import { page, siteDir, type SiteDir } from "../helpers/site-dir.ts";

let site: SiteDir;
afterEach(() => site?.remove());

const origin = "https://alliance.example";
const noNetlify = { redirects: [], functionPaths: [] };

describe("the link check", () => {
  it("accepts pages, files, folders, ids, absolute links to the site itself and srcset candidates", async () => {
    site = siteDir({
      "en/index.html": page(
        [
          '<p id="intro"><a href="/en/about/">About</a> <a href="about/#team">Team</a> <a href="#intro">Top of intro</a> <a href="#top">Top</a> <a href="">Here</a></p>',
          `<p><a href="${origin}/en/about/">Absolute</a> <a href="/en/404.html">404</a> <a href="/en/404">Pretty 404</a> <a href="/en/about">No slash</a></p>`,
          '<img src="/logo.svg" srcset="/logo.svg 1x, /logo.svg 2x" alt="Logo">',
        ].join("\n"),
      ),
      "en/about/index.html": page('<h2 id="team">Team</h2>'),
      "en/404.html": page("<p>Not found</p>"),
      "logo.svg": "<svg xmlns='http://www.w3.org/2000/svg'/>",
    });
    const result = await checkLinks({ siteDir: site.dir, root: site.root, origin, netlify: noNetlify });
    expect(result.errors).toEqual([]);
    expect(result.summary).toMatch(/^3 pages, \d+ internal links, 0 redirects, 0 external addresses, 0 broken$/);
  });

  it("fails on a missing page, a missing #fragment and a javascript: link, saying which and where", async () => {
    site = siteDir({
      "en/index.html": page(
        '<p><a href="/en/nowhere/">Gone</a> <a href="/en/about/#board">Board</a> <a href="#nope">Nope</a> <a href="javascript:alert(1)">JS</a></p>',
      ),
      "en/about/index.html": page('<h2 id="team">Team</h2>'),
    });
    const result = await checkLinks({ siteDir: site.dir, root: site.root, origin, netlify: noNetlify });
    const messages = result.errors.map((e) => e.message);
    expect(messages).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^link to \/en\/nowhere\/ does not exist/),
        'link to /en/about/#board points at #board, but /en/about/ has no element with id="board"',
        'link to #nope points at #nope, but /en/ has no element with id="nope"',
        expect.stringMatching(/^link to javascript:alert\(1\) is a javascript: link/),
      ]),
    );
    expect(result.errors).toHaveLength(4);
    expect(result.summary).toContain("4 broken");
  });

  it("accepts an address answered by a netlify.toml redirect or a function, and refuses a 404 rule or a redirect to nothing", async () => {
    site = siteDir({
      "en/index.html": page(
        '<form method="post" action="/api/participate"><button>Send</button></form>\n<p><a href="/old/page/">Old</a> <a href="/fr/missing/">Missing</a> <a href="/broken/">Broken</a></p>',
      ),
      "en/new/index.html": page("<p>New</p>"),
      "fr/404.html": page("<p>Introuvable</p>", { lang: "fr" }),
    });
    site.write(
      "netlify.toml",
      '[functions]\n  directory = "functions"\n[[redirects]]\n  from = "/old/*"\n  to = "/en/new/"\n  status = 301\n[[redirects]]\n  from = "/broken/"\n  to = "/en/gone/"\n  status = 301\n[[redirects]]\n  from = "/fr/*"\n  to = "/fr/404.html"\n  status = 404\n',
    );
    site.write("functions/participate.ts", 'export default async () => new Response("ok");\nexport const config = { path: "/api/participate" };\n');
    const result = await checkLinks({ siteDir: site.dir, root: site.root, origin });
    expect(result.errors.map((e) => e.message)).toEqual([
      expect.stringMatching(/^link to \/fr\/missing\/ does not exist: no page or file .* no redirect or function in netlify.toml answers it$/),
      'link to /broken/ is redirected by netlify.toml (from = "/broken/") to /en/gone/, which does not exist',
      "the redirect from /broken/ goes to /en/gone/, which is not a page of the built site",
    ]);
  });

  describe("with the old addresses of _data/old-addresses.json", () => {
    /** netlify.toml as `npm run redirects` writes it, by hand: old page 33 goes to `aboutFr` in French. */
    const netlifyToml = (aboutFr: string) =>
      [
        '[build]\n  publish = "_site"\n',
        "# BEGIN old addresses: written by `npm run redirects` from _data/old-addresses.json. Do not edit by hand.",
        "# page 33: About us",
        `[[redirects]]\n  from = "/fr/page/33"\n  to = "${aboutFr}"\n  status = 301\n`,
        "# page 33: About us",
        `[[redirects]]\n  from = "/fr/page/33-*"\n  to = "${aboutFr}"\n  status = 301\n`,
        "# any other page of the old site",
        '[[redirects]]\n  from = "/fr/page/*"\n  to = "/fr/ancien-site/"\n  status = 301\n',
        "# page 33: About us",
        '[[redirects]]\n  from = "/en/page/33"\n  to = "/en/about/"\n  status = 301\n',
        "# page 33: About us",
        '[[redirects]]\n  from = "/en/page/33-*"\n  to = "/en/about/"\n  status = 301\n',
        "# any other page of the old site",
        '[[redirects]]\n  from = "/en/page/*"\n  to = "/en/old-site/"\n  status = 301',
        "# END old addresses\n",
      ].join("\n");
    /** A built site whose French about page is at `aboutFr`, with the table's one row going to `key`. */
    const builtSite = ({ aboutFr = "/fr/a-propos/", key = "about", toml = netlifyToml("/fr/a-propos/") } = {}) => {
      site = siteDir({
        "en/about/index.html": page("<p>About</p>"),
        [`${aboutFr.slice(1)}index.html`]: page("<p>À propos</p>", { lang: "fr" }),
        "en/old-site/index.html": page("<p>Moved</p>"),
        "fr/ancien-site/index.html": page("<p>Déménagé</p>", { lang: "fr" }),
      });
      site.write("_data/old-addresses.json", `{\n  "locales": ["fr", "en"],\n  "pages": [\n    { "id": 33, "key": "${key}", "subject": "About us" }\n  ]\n}\n`);
      site.write(
        ".cache/page-urls-_site.json",
        JSON.stringify({ about: { fr: aboutFr, en: "/en/about/" }, "old-site": { fr: "/fr/ancien-site/", en: "/en/old-site/" } }),
      );
      site.write("netlify.toml", toml);
    };
    const errors = async () => (await checkLinks({ siteDir: site.dir, root: site.root, origin })).errors;

    it("accepts rules that are those of the table, each to a page of the built site", async () => {
      builtSite();
      expect(await errors()).toEqual([]);
    });

    it("fails when a page has moved and netlify.toml still sends its old address to the former URL", async () => {
      builtSite({ aboutFr: "/fr/a-propos-de-l-alliance/" });
      expect(await errors()).toEqual([
        { where: "netlify.toml:7", message: "the redirect from /fr/page/33 goes to /fr/a-propos/, which is not a page of the built site" },
        { where: "netlify.toml:13", message: "the redirect from /fr/page/33-* goes to /fr/a-propos/, which is not a page of the built site" },
        {
          where: "netlify.toml:8",
          message:
            'the old addresses\' rules are not those of _data/old-addresses.json and the pages\' URLs (here "  to = \\"/fr/a-propos/\\"", expected "  to = \\"/fr/a-propos-de-l-alliance/\\""): run npm run redirects',
        },
      ]);
    });

    it("fails when the table names a key that no page of the build has, at the row's line", async () => {
      builtSite({ key: "dosta-prize" });
      expect((await errors()).map((e) => e.message)).toContain(
        '_data/old-addresses.json:4: pages[0].key: no page has the key "dosta-prize" in fr, en in the last build',
      );
    });

    it("fails when netlify.toml has lost its markers", async () => {
      builtSite({ toml: '[build]\n  publish = "_site"\n' });
      expect((await errors()).map((e) => e.message)).toEqual([expect.stringContaining("netlify.toml: the old addresses' block is missing")]);
    });
  });

  it("lists external links without fetching them", async () => {
    site = siteDir({
      "en/index.html": page(
        '<p><a href="https://www.coe.int/en/web/congress">Congress</a> <a href="mailto:alliance@coe.int">Mail</a> <a href="http://example.invalid/">Never fetched</a></p>',
      ),
    });
    const result = await checkLinks({ siteDir: site.dir, root: site.root, origin, netlify: noNetlify });
    expect(result.errors).toEqual([]);
    expect(result.tables[0].rows.map(([address]) => address)).toEqual([
      "http://example.invalid/",
      "https://www.coe.int/en/web/congress",
      "mailto:alliance@coe.int",
    ]);
  });

  it("checks the sitemap's and feeds' addresses on the site", async () => {
    site = siteDir({
      "en/index.html": page("<p>Home</p>"),
      "sitemap.xml": `<?xml version="1.0"?><urlset><url><loc>${origin}/en/</loc></url><url><loc>${origin}/en/gone/</loc></url></urlset>`,
    });
    const result = await checkLinks({ siteDir: site.dir, root: site.root, origin, netlify: noNetlify });
    expect(result.errors).toEqual([
      { where: `${site.dir}/sitemap.xml`, message: expect.stringMatching(/^link to https:\/\/alliance\.example\/en\/gone\/ does not exist/) },
    ]);
  });

  it("reads the feeds' addresses as XML: RSS <link>, Atom and xhtml <link href>, permalink <guid>, entities decoded", async () => {
    site = siteDir({
      "en/index.html": page("<p>Home</p>"),
      "en/feed.xml": `<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel>
  <link>${origin}/en/</link>
  <atom:link href="${origin}/en/feed.xml" rel="self" type="application/rss+xml"/>
  <item>
    <link>
      ${origin}/en/gone-rss/
    </link>
    <guid isPermaLink="false">${origin}/en/an-id-not-an-address/</guid>
    <content:encoded><![CDATA[<p>Text with <link>${origin}/en/inside-cdata/</link></p>]]></content:encoded>
  </item>
  <item><link>${origin}/en/</link><guid isPermaLink="true">${origin}/en/gone-guid/</guid></item>
</channel></rss>`,
      "en/atom.xml": `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><link rel="alternate" href="${origin}/en/?a=1&amp;b=2"/><entry><link href="/en/gone-atom/"/></entry></feed>`,
      "sitemap.xml": `<?xml version="1.0"?><urlset xmlns:xhtml="http://www.w3.org/1999/xhtml"><url><loc>${origin}/en/</loc><xhtml:link rel="alternate" hreflang="fr" href="${origin}/fr/gone/"/></url></urlset>`,
    });
    const result = await checkLinks({ siteDir: site.dir, root: site.root, origin, netlify: noNetlify });
    const broken = result.errors.map((error) => `${error.where?.slice(site.dir.length + 1)} ${error.message.split(" ")[2]}`).sort();
    expect(broken).toEqual([
      `en/atom.xml /en/gone-atom/`,
      `en/feed.xml ${origin}/en/gone-guid/`,
      `en/feed.xml ${origin}/en/gone-rss/`,
      `sitemap.xml ${origin}/fr/gone/`,
    ]);
  });

  it("names the content file and line of a broken link, and gathers a layout's broken link into one message", async () => {
    site = siteDir({
      "en/about/index.html": page('<nav><a href="/en/feed.xml">Feed</a></nav>\n<p>See <a href="/en/nowhere/">this</a>.</p>'),
      "en/join/index.html": page('<nav><a href="/en/feed.xml">Feed</a></nav>'),
    });
    site.write(".cache/page-sources-_site.json", JSON.stringify({ "en/about/index.html": "content/en/about.md", "en/join/index.html": "content/en/join.md" }));
    site.write("content/en/about.md", "---\nkey: about\ntitle: About\n---\n\nSee [this](/en/nowhere/).\n");
    site.write("content/en/join.md", "---\nkey: join\ntitle: Join\n---\n\nJoin us.\n");
    const result = await checkLinks({ siteDir: site.dir, root: site.root, origin, netlify: noNetlify });
    expect(result.errors).toEqual([
      { where: "a layout, partial or data file (on /en/about/, /en/join/)", message: expect.stringMatching(/^link to \/en\/feed\.xml does not exist/) },
      { where: "content/en/about.md:6 (page /en/about/)", message: expect.stringMatching(/^link to \/en\/nowhere\/ does not exist/) },
    ]);
  });
});
