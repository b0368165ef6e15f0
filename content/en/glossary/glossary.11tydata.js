// This folder's name is the same in every locale; its URLs are in the locale's words ("sections" in
// _data/locales.json): content/fr/news/x.md is /fr/actualites/x/. See src/i18n/sections.ts.
// A term's title is its `term`, its description the first sentence of its definition unless it has one
// (termTitle and termDescription: src/glossary/plugin.ts).
export default {
  permalink: (data) => data.sectionPermalink(data.page),
  eleventyComputed: { title: (data) => data.termTitle(data), description: (data) => data.termDescription(data) },
};
