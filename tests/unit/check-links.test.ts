import { afterEach, describe, expect, it } from "vitest";
import { checkLinks } from "../../src/checks/links.ts";
import { page, siteDir, type SiteDir } from "../helpers/site-dir.ts";

let site: SiteDir;
afterEach(() => site?.remove());

const origin = "https://alliance.example";
const noNetlify = { redirects: [], functionPaths: [] };

describe("the link check", () => {
  it("accepts pages, files, folders, ids, absolute links to the site itself and srcset candidates", () => {
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
    const result = checkLinks({ siteDir: site.dir, root: site.root, origin, netlify: noNetlify });
    expect(result.errors).toEqual([]);
    expect(result.summary).toMatch(/^3 pages, \d+ internal links, 0 external addresses, 0 broken$/);
  });

  it("fails on a missing page, a missing #fragment and a javascript: link, saying which and where", () => {
    site = siteDir({
      "en/index.html": page(
        '<p><a href="/en/nowhere/">Gone</a> <a href="/en/about/#board">Board</a> <a href="#nope">Nope</a> <a href="javascript:alert(1)">JS</a></p>',
      ),
      "en/about/index.html": page('<h2 id="team">Team</h2>'),
    });
    const result = checkLinks({ siteDir: site.dir, root: site.root, origin, netlify: noNetlify });
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

  it("accepts an address answered by a netlify.toml redirect or a function, and refuses a 404 rule or a redirect to nothing", () => {
    site = siteDir({
      "en/index.html": page(
        '<form method="post" action="/api/participate"><button>Send</button></form>\n<p><a href="/old/page/">Old</a> <a href="/fr/missing/">Missing</a> <a href="/broken/">Broken</a></p>',
      ),
      "en/new/index.html": page("<p>New</p>"),
    });
    site.write(
      "netlify.toml",
      '[functions]\n  directory = "functions"\n[[redirects]]\n  from = "/old/*"\n  to = "/en/new/"\n  status = 301\n[[redirects]]\n  from = "/broken/"\n  to = "/en/gone/"\n  status = 301\n[[redirects]]\n  from = "/fr/*"\n  to = "/fr/404.html"\n  status = 404\n',
    );
    site.write("functions/participate.ts", 'export default async () => new Response("ok");\nexport const config = { path: "/api/participate" };\n');
    const result = checkLinks({ siteDir: site.dir, root: site.root, origin });
    expect(result.errors.map((e) => e.message)).toEqual([
      expect.stringMatching(/^link to \/fr\/missing\/ does not exist: no page or file .* no redirect or function in netlify.toml answers it$/),
      'link to /broken/ is redirected by netlify.toml (from = "/broken/") to /en/gone/, which does not exist',
    ]);
  });

  it("lists external links without fetching them", () => {
    site = siteDir({
      "en/index.html": page(
        '<p><a href="https://www.coe.int/en/web/congress">Congress</a> <a href="mailto:alliance@coe.int">Mail</a> <a href="http://example.invalid/">Never fetched</a></p>',
      ),
    });
    const result = checkLinks({ siteDir: site.dir, root: site.root, origin, netlify: noNetlify });
    expect(result.errors).toEqual([]);
    expect(result.tables[0].rows.map(([address]) => address)).toEqual([
      "http://example.invalid/",
      "https://www.coe.int/en/web/congress",
      "mailto:alliance@coe.int",
    ]);
  });

  it("checks the sitemap's and feeds' addresses on the site", () => {
    site = siteDir({
      "en/index.html": page("<p>Home</p>"),
      "sitemap.xml": `<?xml version="1.0"?><urlset><url><loc>${origin}/en/</loc></url><url><loc>${origin}/en/gone/</loc></url></urlset>`,
    });
    const result = checkLinks({ siteDir: site.dir, root: site.root, origin, netlify: noNetlify });
    expect(result.errors).toEqual([
      { where: `${site.dir}/sitemap.xml`, message: expect.stringMatching(/^link to https:\/\/alliance\.example\/en\/gone\/ does not exist/) },
    ]);
  });

  it("names the content file and line of a broken link, and gathers a layout's broken link into one message", () => {
    site = siteDir({
      "en/about/index.html": page('<nav><a href="/en/feed.xml">Feed</a></nav>\n<p>See <a href="/en/nowhere/">this</a>.</p>'),
      "en/join/index.html": page('<nav><a href="/en/feed.xml">Feed</a></nav>'),
    });
    site.write(".cache/page-sources.json", JSON.stringify({ "en/about/index.html": "content/en/about.md", "en/join/index.html": "content/en/join.md" }));
    site.write("content/en/about.md", "---\nkey: about\ntitle: About\n---\n\nSee [this](/en/nowhere/).\n");
    site.write("content/en/join.md", "---\nkey: join\ntitle: Join\n---\n\nJoin us.\n");
    const result = checkLinks({ siteDir: site.dir, root: site.root, origin, netlify: noNetlify });
    expect(result.errors).toEqual([
      { where: "a layout, partial or data file (on /en/about/, /en/join/)", message: expect.stringMatching(/^link to \/en\/feed\.xml does not exist/) },
      { where: "content/en/about.md:6 (page /en/about/)", message: expect.stringMatching(/^link to \/en\/nowhere\/ does not exist/) },
    ]);
  });
});
