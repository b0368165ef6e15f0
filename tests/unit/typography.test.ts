import { describe, expect, it } from "vitest";
import { PhraseMatcher } from "../../src/glossary/matcher.ts";
import { createMarkdown } from "../../src/markdown/markdown.ts";
import { typesetHtml, typesetStrings, typesetTemplate, typesetText } from "../../src/typography/typeset.ts";

const NBSP = "\u00A0";
const NNBSP = "\u202F";
const fr = (text: string) => typesetText(text, "fr");
const en = (text: string) => typesetText(text, "en");

describe("French typography", () => {
  it("puts U+00A0 before a colon and U+202F before ; ! ?", () => {
    expect(fr("Lieu : Budapest")).toBe(`Lieu${NBSP}: Budapest`);
    expect(fr("Sources: une note")).toBe(`Sources${NBSP}: une note`);
    expect(fr("Pourquoi ? Pour agir ; ensemble !")).toBe(`Pourquoi${NNBSP}? Pour agir${NNBSP}; ensemble${NNBSP}!`);
    expect(fr("Vraiment?!")).toBe(`Vraiment${NNBSP}?!`);
  });

  it("puts U+202F inside « », whatever space was typed, and turns straight quotes into guillemets", () => {
    expect(fr("le terme « Roms » et «Gens du voyage»")).toBe(`le terme «${NNBSP}Roms${NNBSP}» et «${NNBSP}Gens du voyage${NNBSP}»`);
    expect(fr('il dit "non"')).toBe(`il dit «${NNBSP}non${NNBSP}»`);
  });

  it("writes every apostrophe as ’, also before a guillemet or a tag", () => {
    expect(fr("l'Alliance, aujourd'hui, l'« Europe »")).toBe(`l’Alliance, aujourd’hui, l’«${NNBSP}Europe${NNBSP}»`);
    expect(typesetHtml("l'<em>Europe</em>", "fr")).toBe("l’<em>Europe</em>");
  });

  it("groups digits with U+202F, and spaces % and units with it", () => {
    expect(fr("plus de 130 000 collectivités, 25000000 euros, 1 500 médiateurs")).toBe(
      `plus de 130${NNBSP}000 collectivités, 25${NNBSP}000${NNBSP}000 euros, 1${NNBSP}500 médiateurs`,
    );
    expect(fr("environ 90 % et 90% ; 2 000 € ; 12 km")).toBe(`environ 90${NNBSP}% et 90${NNBSP}%${NNBSP}; 2${NNBSP}000${NNBSP}€${NNBSP}; 12${NNBSP}km`);
  });

  it("writes times as 9 h 30, with no-break spaces", () => {
    expect(fr("de 9h30 à 17 h 30, puis à 20h")).toBe(`de 9${NBSP}h${NBSP}30 à 17${NBSP}h${NBSP}30, puis à 20${NBSP}h`);
  });

  it("keeps every tag of a long body in place, past the 26 one-letter labels, and spaces a ? that follows adjacent tags", () => {
    const items = Array.from({ length: 40 }, (_, i) => `<li><a href="/fr/${i}/">l'item ${i}</a> : <em>vu</em></li>`).join("");
    const expected = Array.from({ length: 40 }, (_, i) => `<li><a href="/fr/${i}/">l’item ${i}</a>${NBSP}: <em>vu</em></li>`).join("");
    expect(typesetHtml(`<ul>${items}</ul>`, "fr")).toBe(`<ul>${expected}</ul>`);
    expect(typesetHtml("<p>Qui <strong><em>décide</em></strong> ?</p>", "fr")).toBe(`<p>Qui <strong><em>décide</em></strong>${NNBSP}?</p>`);
  });

  it("is idempotent: typeset text typeset again does not change", () => {
    const once = fr("Le 4 octobre 2013 : « ROMACT » ; 90 % de 2 000 à 9h30 ! l'Alliance");
    expect(fr(once)).toBe(once);
  });

  it("does not change years, references, identifiers, postal codes, phone numbers, e-mail addresses and URLs", () => {
    const untouched = [
      "en 2013 et 2014",
      "la recommandation CM/Rec(2012)9",
      "la résolution Res(2013)4",
      "concept 676011",
      "35-37 rue des Francs-Bourgeois, 75004 Paris",
      "F-67075 Strasbourg",
      "+33 1 234 567 89",
      "nom@exemple.org",
      "https://www.coe.int/fr/web/portal?x=1&y=2",
      "www.coe.int/fr?x=1",
      "documentId=0900001680088eaa",
      "9:30",
      "la campagne Dosta! du Conseil",
      "le prix Dosta!-Congrès",
    ];
    for (const text of untouched) expect(fr(text), text).toBe(text);
  });

  it("never touches attributes, code, pre, script or JSON-LD", () => {
    const html = [
      `<a href="https://x.org/l'a?b=1" title="l'a : b">lien</a>`,
      "<code>a'b : c</code>",
      "<pre>x ; y 'z'</pre>",
      `<script type="application/ld+json">{"name":"l'Alliance : 2 000"}</script>`,
      "<style>a::before{content:'x'}</style>",
    ].join("\n");
    expect(typesetHtml(html, "fr")).toBe(html);
  });

  it("keeps entities and the spaces around inline HTML", () => {
    expect(typesetHtml(" A &amp; B &lt; C ", "fr")).toBe(" A &amp; B &lt; C ");
    expect(fr("A < B & C")).toBe("A < B & C");
  });

  it("spaces a mark after a closing tag, never one that starts an element (the glossary's ? button)", () => {
    expect(typesetHtml("<strong>Lieu</strong>: Budapest", "fr")).toBe(`<strong>Lieu</strong>${NBSP}: Budapest`);
    expect(typesetHtml('Roms<button><span aria-hidden="true">?</span></button>', "fr")).toBe('Roms<button><span aria-hidden="true">?</span></button>');
    expect(typesetHtml("la fonction <code>f</code>: elle", "fr")).toBe(`la fonction <code>f</code>${NBSP}: elle`);
  });
});

describe("English typography", () => {
  it("uses typographic apostrophes and quotation marks", () => {
    expect(en(`the Council's "Roma" programme`)).toBe("the Council’s “Roma” programme");
    expect(en("the members' states, in the '90s, a 'term'")).toBe("the members’ states, in the ’90s, a ‘term’");
  });

  it("leaves English spacing and numbers alone", () => {
    expect(en("Place: Budapest; about 90% of 25000 people?")).toBe("Place: Budapest; about 90% of 25000 people?");
  });

  it("never touches code, URLs or attributes", () => {
    const html = `<a href="/l'a" title="it's">x</a> <code>"x"</code> https://example.org/it's`;
    expect(typesetHtml(html, "en")).toBe(html);
  });
});

describe("where typography is applied", () => {
  it("typesets every UI string of a tree, keys and placeholders kept", () => {
    expect(typesetStrings({ form: { subject: "Candidature à l'Alliance : {authority}" }, note: "« {query} »" }, "fr")).toEqual({
      form: { subject: `Candidature à l’Alliance${NBSP}: {authority}` },
      note: `«${NNBSP}{query}${NNBSP}»`,
    });
  });

  it("typesets the text of a Nunjucks page, never its tags", () => {
    const source = `<p>Conservée {{ days }} jours : l'adresse <a href="mailto:{{ site.email }}">{{ site.email }}</a>.{% if x == 'a' %} Pourquoi ?{% endif %}</p>`;
    expect(typesetTemplate(source, "fr")).toBe(
      `<p>Conservée {{ days }} jours${NBSP}: l’adresse <a href="mailto:{{ site.email }}">{{ site.email }}</a>.{% if x == 'a' %} Pourquoi${NNBSP}?{% endif %}</p>`,
    );
  });

  it("typesets Markdown in the page's locale, code and links' addresses as written", () => {
    const md = createMarkdown();
    const source = "# Qu'est-ce que l'Alliance ?\n\nVoir [la page](https://x.org/l'a) : `a'b ; c`.\n\n```\nx ; 'y'\n```\n";
    expect(md.render(source, { locale: "fr" })).toBe(
      `<h1>Qu’est-ce que l’Alliance${NNBSP}?</h1>\n<p>Voir <a href="https://x.org/l'a">la page</a>${NBSP}: <code>a'b ; c</code>.</p>\n<pre><code>x ; 'y'\n</code></pre>\n`,
    );
    expect(md.render('It\'s "here".', { locale: "en" })).toBe("<p>It’s “here”.</p>\n");
  });

  it("leaves the glossary's matching intact: typeset text still finds its terms", () => {
    const matcher = new PhraseMatcher([
      { text: "Roms et Gens du voyage", key: "roms-gdv" },
      { text: "Journée européenne de commémoration de l'Holocauste des Roms", key: "memorial" },
    ]);
    const text = fr("Le terme « Roms et Gens du voyage » ; la Journée européenne de commémoration de l'Holocauste des Roms.");
    expect(matcher.find(text).map((match) => [text.slice(match.start, match.end), match.key])).toEqual([
      ["Roms et Gens du voyage", "roms-gdv"],
      ["Journée européenne de commémoration de l’Holocauste des Roms", "memorial"],
    ]);
  });
});
