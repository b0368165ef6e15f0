// This folder's name is the same in every locale; its URLs are in the locale's words ("sections" in
// _data/locales.json): content/fr/news/x.md is /fr/actualites/x/. See src/i18n/sections.ts.
export default { permalink: (data) => data.sectionPermalink(data.page) };
