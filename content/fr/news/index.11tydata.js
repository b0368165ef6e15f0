// The listing's later pages get their number in the title and heading: "Actualités – page 2 sur 3" (src/i18n/paginated-title.ts).
export default { eleventyComputed: { title: (data) => data.paginatedTitle(data) } };
