// This folder's name is the same in every locale; its URLs are in the locale's words ("sections" in
// _data/locales.json): content/fr/news/x.md is /fr/actualites/x/. See src/i18n/sections.ts.
// The listing (index.njk) is paginated: its later pages are /fr/actualites/page/2/ and so on.
export default { permalink: (data) => data.sectionPermalink(data.page, data.pagination) };
