import { parseHTML } from "linkedom";
import { describe, expect, it } from "vitest";
import { linkText } from "../../src/glossary/linker.ts";
import { glossaryOf, labels, markdownWith, type TestTerm } from "../helpers/glossary.ts";

const frenchTerms: TestTerm[] = [
  { key: "roma", term: "Roms", aliases: ["Rom", "Romni"] },
  { key: "roma-and-travellers", term: "Roms et Gens du voyage", aliases: ["Roms et des Gens du voyage"] },
  { key: "gens-du-voyage", term: "Gens du voyage" },
  { key: "egyptians", term: "Égyptiens" },
  { key: "balkan-egyptians", term: "Égyptiens balkaniques", aliases: ["Égyptien balkanique"] },
  { key: "ashkali", term: "Ashkali" },
  { key: "roma-mediator", term: "Médiateur rom", aliases: ["médiateurs roms", "médiatrice rom"] },
  { key: "anti-gypsyism", term: "Antitsiganisme", aliases: ["anti-tsiganisme"] },
  { key: "boyash-rudari", term: "Boyash/Rudari", aliases: ["Boyash", "Rudari"] },
  { key: "abdal", term: "Abdal" },
];
const englishTerms: TestTerm[] = [{ key: "roma", term: "Roma", locale: "en", aliases: ["Rom"] }];
const md = markdownWith(
  [...frenchTerms, ...englishTerms],
  ["Représentant spécial du Secrétaire Général pour les questions relatives aux Roms", "programme européen de formation des médiateurs roms"],
);

interface Render {
  html: string;
  links: { text: string; key: string }[];
  document: Document;
}

function render(source: string, env: Record<string, unknown> = {}): Render {
  const html = md.render(source, { locale: "fr", page: { url: "/fr/actualites/un-article/" }, ...env });
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
  const links = [...document.querySelectorAll("a.glossary-link")].map((a) => ({
    text: a.textContent ?? "",
    key: (a.getAttribute("href") ?? "").split("/").at(-2) ?? "",
  }));
  return { html, links, document: document as unknown as Document };
}

describe("the glossary linker", () => {
  it("links the first occurrence of each term, once per page", () => {
    const { links } = render("Les Roms et les Ashkali.\n\nDe nouveau les Roms, les Ashkali et un Rom.");
    expect(links).toEqual([
      { text: "Roms", key: "roma" },
      { text: "Ashkali", key: "ashkali" },
    ]);
  });

  it("keeps a link closed to terms even after a stray closing tag inside it", () => {
    const { links } = render('<a href="/x/">les Roms </code> et les Ashkali</a>, puis les Abdal.');
    expect(links).toEqual([{ text: "Abdal", key: "abdal" }]);
  });

  it("never links inside a link, a heading or code", () => {
    const source = [
      "# Les Roms en titre",
      "",
      "Les Ashkali\n----------",
      "",
      "<h2>Les Abdal en HTML</h2>",
      "",
      '[Les Roms, un lien](https://example.org/) et <a href="/x/">les Ashkali</a> et `les Abdal` et <code>Roms</code>.',
      "",
      "```",
      "Roms dans un bloc de code",
      "```",
      "",
      "    Ashkali en code indenté",
      "",
      "Enfin, les Roms, les Ashkali et les Abdal hors de tout cela.",
    ].join("\n");
    const { links, document } = render(source);
    expect(links.map((l) => l.key)).toEqual(["roma", "ashkali", "abdal"]);
    for (const link of document.querySelectorAll("a.glossary-link")) expect(link.closest("p")?.textContent).toContain("Enfin");
  });

  it("lets the longest match win when spellings overlap", () => {
    const { links } = render("Les Roms et Gens du Voyage, puis les Roms. Les Égyptiens balkaniques, puis les Égyptiens.");
    expect(links).toEqual([
      { text: "Roms et Gens du Voyage", key: "roma-and-travellers" },
      { text: "Roms", key: "roma" },
      { text: "Égyptiens balkaniques", key: "balkan-egyptians" },
      { text: "Égyptiens", key: "egyptians" },
    ]);
  });

  it("does not fall back on a shorter term inside a longer one already linked", () => {
    const { links } = render("Roms et Gens du voyage ; encore Roms et Gens du voyage ; enfin Gens du voyage.");
    expect(links).toEqual([
      { text: "Roms et Gens du voyage", key: "roma-and-travellers" },
      { text: "Gens du voyage", key: "gens-du-voyage" },
    ]);
  });

  it("links plural and other forms given as aliases, with the text as written", () => {
    const { links } = render("Deux médiateurs roms et un Rom.");
    expect(links).toEqual([
      { text: "médiateurs roms", key: "roma-mediator" },
      { text: "Rom", key: "roma" },
    ]);
  });

  it("links the word after an elided article, not the article", () => {
    const { links, html } = render("Le rôle de l'Ashkali, celui d’Égyptiens balkaniques et d'Égyptiens.");
    expect(links).toEqual([
      { text: "Ashkali", key: "ashkali" },
      { text: "Égyptiens balkaniques", key: "balkan-egyptians" },
      { text: "Égyptiens", key: "egyptians" },
    ]);
    // Typeset as French: every apostrophe is ’, the linked word after it unchanged.
    expect(html).toContain("l’<a");
    expect(html).toContain("d’<a");
  });

  it("ignores case, including capitals at a sentence start, but not accents", () => {
    expect(render("Gens du voyage : une catégorie.").links).toEqual([{ text: "Gens du voyage", key: "gens-du-voyage" }]);
    expect(render("ROMS et ABDAL.").links.map((l) => l.text)).toEqual(["ROMS", "ABDAL"]);
    expect(render("Des Egyptiens sans accent.").links).toEqual([]);
    expect(render("Des égyptiens en minuscules.").links).toEqual([{ text: "égyptiens", key: "egyptians" }]);
  });

  it("matches whole words only", () => {
    expect(render("La Romanie, Romsey, les non-Roms, Roms2 et l'Abdalie.").links).toEqual([]);
    expect(render("L'anti-tsiganisme.").links).toEqual([{ text: "anti-tsiganisme", key: "anti-gypsyism" }]);
  });

  it("links a term at the very start and at the very end of a text", () => {
    expect(render("Roms").links).toEqual([{ text: "Roms", key: "roma" }]);
    expect(render("Texte qui finit par Ashkali").links).toEqual([{ text: "Ashkali", key: "ashkali" }]);
    expect(render("Abdal, Boyash/Rudari").links.map((l) => l.text)).toEqual(["Abdal", "Boyash/Rudari"]);
  });

  it("links inside strong text and list items", () => {
    expect(render("**Les Roms** et :\n\n- les **Ashkali**").links.map((l) => l.key)).toEqual(["roma", "ashkali"]);
  });

  it("never links inside the title of a work: emphasis, <cite>, <i>, <em>, <q>", () => {
    const source =
      "*Les Roms en Europe*, <cite>Les Ashkali</cite>, <i>les Abdal</i>, <em>Égyptiens</em>, <q>Boyash</q> ; puis les Roms, les Ashkali, les Abdal.";
    const { links } = render(source);
    expect(links.map((l) => l.key)).toEqual(["roma", "ashkali", "abdal"]);
    expect(render("*Égyptiens*").html).toBe("<p><em>Égyptiens</em></p>\n");
  });

  it("never links inside quotation marks: titles of events and quotations, across inline markup", () => {
    const { links, document } = render(
      'Le colloque « Les Roms ont des droits : agir, *c\'est* possible », le thème “Ashkali [lien](/x/) et Abdal” et "Boyash" ; puis les Roms, les Ashkali, les Abdal et les Boyash.',
    );
    expect(links.map((l) => l.text)).toEqual(["Roms", "Ashkali", "Abdal", "Boyash"]);
    for (const link of document.querySelectorAll("a.glossary-link")) expect(link.previousSibling?.textContent).not.toMatch(/[«“"]\s*$/);
    expect(render("« Roms »").html).toBe("<p>«\u202fRoms\u202f»</p>\n");
  });

  it("starts every paragraph outside quotation marks, even after one left open", () => {
    expect(render("Une citation « jamais fermée, Roms.\n\nLes Ashkali.").links.map((l) => l.key)).toEqual(["ashkali"]);
  });

  it("never links inside the proper names the glossary page lists, but links the term elsewhere", () => {
    const { links } = render(
      "Le Représentant spécial du Secrétaire Général pour les questions relatives aux Roms, le programme européen de formation des médiateurs roms, puis un médiateur rom auprès des Roms.",
    );
    expect(links).toEqual([
      { text: "médiateur rom", key: "roma-mediator" },
      { text: "Roms", key: "roma" },
    ]);
  });

  it("leaves a phrase between {= and =} unlinked, without the marks, its Markdown still read", () => {
    const { html, links } = render("Le mot {=Roms et **Ashkali**=} ici, puis les Roms.");
    expect(html.startsWith('<p>Le mot Roms et <strong>Ashkali</strong> ici, puis les <a class="glossary-link"')).toBe(true);
    expect(links.map((l) => l.key)).toEqual(["roma"]);
    expect(render("Un {= sans fin, les Roms.").html).toContain("Un {= sans fin");
    expect(render("`{=Roms=}`").html).toBe("<p><code>{=Roms=}</code></p>\n");
  });

  it("does not link a term on its own page, but links the others there", () => {
    const { links } = render("Les Roms et les Ashkali.", { page: { url: "/fr/glossaire/roma/" } });
    expect(links).toEqual([{ text: "Ashkali", key: "ashkali" }]);
  });

  it("is turned off by glossary: false", () => {
    expect(render("Les Roms.", { glossary: false }).links).toEqual([]);
  });

  it("uses the terms of the page's own locale only", () => {
    expect(render("Roma and Roms.", { locale: "en" }).links).toEqual([{ text: "Roma", key: "roma" }]);
    expect(render("Roma et Roms.").links).toEqual([{ text: "Roms", key: "roma" }]);
    expect(render("Les Roms.", { locale: "de" }).links).toEqual([]);
  });

  it("keeps the rest of the text and its escaping intact", () => {
    const { document, html } = render("A < B & les Roms > C.");
    expect(document.querySelector("p")?.textContent).toContain("A < B & les Roms");
    expect(html).toContain("A &lt; B &amp; les ");
  });

  it("gives the short definition to screen readers and to a native popover, without hover", () => {
    const { document } = render("Les Roms.");
    const link = document.querySelector("a.glossary-link")!;
    expect(link.hasAttribute("title")).toBe(false);
    const description = document.getElementById(link.getAttribute("aria-describedby")!)!;
    expect(description.textContent).toBe("Définition de Roms.");
    const toggle = document.querySelector("button.glossary-toggle")!;
    expect(toggle.getAttribute("type")).toBe("button");
    expect(toggle.textContent).toContain("Définition\u00A0: Roms");
    const popover = document.getElementById(toggle.getAttribute("popovertarget")!)!;
    expect(popover.hasAttribute("popover")).toBe(true);
    expect(popover.contains(description)).toBe(true);
  });

  it("starts afresh for every page", () => {
    expect(render("Les Roms.").links).toHaveLength(1);
    expect(render("Les Roms.").links).toHaveLength(1);
  });
});

describe("linking a UI string", () => {
  const fr = glossaryOf(frenchTerms).locales.get("fr")!;

  it("links only the term asked for, escaping the rest", () => {
    const html = linkText("Le terme « Roms et Gens du voyage » couvre les Roms & les Ashkali.", {
      glossary: fr,
      labels,
      linked: new Set(),
      only: new Set(["roma-and-travellers"]),
      idPrefix: "glossary-note",
    });
    const { document } = parseHTML(`<p>${html}</p>`);
    expect([...document.querySelectorAll("a")].map((a) => a.textContent)).toEqual(["Roms et Gens du voyage"]);
    expect(document.querySelector("a")!.getAttribute("aria-describedby")).toBe("glossary-note-roma-and-travellers-text");
    expect(html).toContain("les Roms &amp; les Ashkali.");
  });

  it("does not link the term on its own page", () => {
    const html = linkText("« Roms et Gens du voyage »", {
      glossary: fr,
      labels,
      pageUrl: "/fr/glossaire/roma-and-travellers/",
      linked: new Set(),
      only: new Set(["roma-and-travellers"]),
      idPrefix: "glossary-note",
    });
    expect(html).toBe("« Roms et Gens du voyage »");
  });
});
