// Site search on /fr/recherche/ and /en/search/, with the Pagefind bundle of the page's locale (data-index).
// The page works without this script (it then says so and links to the news and the glossary).

const PAGE_SIZE = 10;

const normalize = (text) => text.trim().toLocaleLowerCase();

/** The names a glossary result answers to: its term (with and without a parenthesis) and its aliases. */
function termNames(result) {
  const title = result.meta?.title ?? "";
  const aliases = (result.meta?.aliases ?? "").split(" | ").filter(Boolean);
  return [title, title.replace(/\s*\(.*\)\s*$/, ""), ...aliases].map(normalize);
}

/** A glossary term whose name or alias is exactly the query comes first; the rest keep Pagefind's order. */
export function rankResults(results, query) {
  const wanted = normalize(query);
  const isTerm = (result) => (result.filters?.type ?? []).includes("glossary") && termNames(result).includes(wanted);
  return [...results.filter(isTerm), ...results.filter((result) => !isTerm(result))];
}

/** Fills "{count}" and "{query}" in a message taken from the page's own strings. */
export function fill(message, values) {
  return message.replace(/\{(\w+)\}/g, (whole, name) => (name in values ? String(values[name]) : whole));
}

/**
 * The message for `count` things in the page's language: the page carries one message per plural
 * category (data-msg-results-one, data-msg-results-other…), chosen with Intl.PluralRules; a category
 * without a message of its own (French "many") falls back to "other".
 */
export function pluralMessage(messages, prefix, count, locale) {
  const category = new Intl.PluralRules(locale).select(count);
  return messages[`${prefix}${category[0].toUpperCase()}${category.slice(1)}`] ?? messages[`${prefix}Other`];
}

function setUp(root) {
  const form = root.querySelector("[data-search-form]");
  const input = form.querySelector('input[name="q"]');
  const status = root.querySelector("[data-search-status]");
  const list = root.querySelector("[data-search-results]");
  const more = root.querySelector("[data-search-more]");
  const messages = root.dataset;
  const dateFormat = new Intl.DateTimeFormat(messages.intl, { dateStyle: "long", timeZone: "UTC" });
  root.querySelector("[data-search-no-js]").hidden = true;

  let pagefind;
  let current = { token: 0, results: [], shown: 0, query: "" };

  const load = async () => {
    if (!pagefind) {
      pagefind = await import(root.dataset.index);
      await pagefind.options({ excerptLength: 24 });
      pagefind.init();
    }
    return pagefind;
  };

  const selectedType = () => form.querySelector('input[name="type"]:checked')?.value ?? "";

  /** The address follows the query, so a search can be shared or bookmarked. */
  const syncAddress = (query, type) => {
    const params = new URLSearchParams();
    if (query) params.set("q", query);
    if (type) params.set("type", type);
    const search = params.toString();
    history.replaceState(null, "", search ? `?${search}` : location.pathname);
  };

  const renderItem = (result) => {
    const item = document.createElement("li");
    const heading = document.createElement("h2");
    const link = document.createElement("a");
    link.href = result.url;
    link.textContent = result.meta?.title ?? result.url;
    heading.append(link);
    const meta = document.createElement("p");
    meta.className = "meta";
    const type = result.filters?.type?.[0];
    if (type) meta.append(messages[`type${type[0].toUpperCase()}${type.slice(1)}`] ?? type);
    if (result.meta?.date) {
      const time = document.createElement("time");
      time.dateTime = result.meta.date;
      time.textContent = dateFormat.format(new Date(`${result.meta.date}T00:00:00Z`));
      meta.append(" · ", time);
    }
    const excerpt = document.createElement("p");
    // Pagefind escapes the page text and adds only <mark> around the hits.
    excerpt.innerHTML = result.excerpt;
    item.append(heading, meta, excerpt);
    return item;
  };

  const showMore = async () => {
    const { token, results, shown } = current;
    const page = await Promise.all(results.slice(shown, shown + PAGE_SIZE).map((result) => result.data()));
    if (token !== current.token) return;
    const ranked = shown === 0 ? rankResults(page, current.query) : page;
    list.append(...ranked.map(renderItem));
    current.shown = shown + page.length;
    more.hidden = current.shown >= results.length;
  };

  const run = async () => {
    const query = input.value.trim();
    const type = selectedType();
    syncAddress(query, type);
    const token = ++current.token;
    if (!query) {
      list.replaceChildren();
      list.hidden = true;
      more.hidden = true;
      status.textContent = "";
      return;
    }
    try {
      const engine = await load();
      const search = await engine.search(query, type ? { filters: { type } } : {});
      if (token !== current.token) return;
      current = { token, results: search.results, shown: 0, query };
      list.replaceChildren();
      list.hidden = search.results.length === 0;
      await showMore();
      if (token !== current.token) return;
      const count = search.results.length;
      const message = count === 0 ? messages.msgNone : pluralMessage(messages, "msgResults", count, messages.intl);
      status.textContent = fill(message, { count, query });
    } catch (error) {
      console.warn("Search failed", error);
      status.textContent = messages.msgError;
    }
  };

  let timer;
  input.addEventListener("input", () => {
    clearTimeout(timer);
    timer = setTimeout(run, 200);
  });
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    clearTimeout(timer);
    run();
  });
  form.addEventListener("change", (event) => {
    if (event.target.name === "type") run();
  });
  more.addEventListener("click", () => showMore());

  const params = new URLSearchParams(location.search);
  input.value = params.get("q") ?? "";
  const type = params.get("type") ?? "";
  const radio = form.querySelector(`input[name="type"][value="${CSS.escape(type)}"]`);
  if (radio) radio.checked = true;
  if (input.value) run();
}

if (typeof document !== "undefined") {
  const root = document.querySelector("[data-search]");
  if (root) setUp(root);
}
