import type { EleventyConfig, PageItem } from "../model/eleventy.ts";
import type { SiteModel } from "../model/site-model.ts";
import { countryName } from "../form/countries.ts";
import { typesetText } from "../typography/typeset.ts";
import { contentError, fileOnDisk } from "../content/validate.ts";
import { type Edition, PRIZE_FILE, type PrizeData, prizeError, prizeSource, readPrize } from "./editions.ts";

/** The key of the prize's page, in every locale. */
export const PRIZE_PAGE = "dosta-prize";

/** One winner as the prize page's table shows it, in one language. */
export interface WinnerRow {
  name: string;
  country: string;
  countryName: string;
  place: string;
  practice?: { url: string; title: string };
}

/** One edition as the prize page shows it, in one language. */
export interface EditionView {
  id: string;
  label: string;
  note?: string;
  rows: WinnerRow[];
}

/**
 * The Dosta!-Congress Prize's editions, from `_data/dosta-prize.json`: read and checked before each
 * build (a note in every locale of the site), checked against the pages once they are known (the
 * good practices winners link to, the editions practices name), and shown as one table per edition.
 */
export default function prizePlugin(eleventyConfig: EleventyConfig, { model }: { model: SiteModel }): void {
  let prize: PrizeData = readPrize(model.dataDir);
  eleventyConfig.on("eleventy.before", () => {
    prize = readPrize(model.dataDir);
  });
  const fail = (field: string, problem: string) => {
    const { path, source } = prizeSource(model.dataDir);
    return prizeError(path, source, field, problem);
  };

  model.addRule((pages: PageItem[]) => {
    const localeOf = (page: PageItem) => model.localeOf(page.inputPath);
    const practices = pages.filter((page) => page.data.type === "practice" && localeOf(page));
    prize.editions.forEach((edition, e) => {
      edition.winners.forEach((winner, w) => {
        if (winner.practice !== undefined && !practices.some((page) => page.data.key === winner.practice)) {
          throw fail(`editions.${e}.winners.${w}.practice`, `"${winner.practice}" is not the key of any good practice`);
        }
      });
    });
    for (const page of practices) {
      const edition = page.data.prize;
      if (edition !== undefined && !prize.editions.some(({ id }) => id === edition)) {
        const ids = prize.editions.map(({ id }) => id).join(", ");
        throw contentError(fileOnDisk(page.inputPath), "prize", `"${String(edition)}" is not the id of an edition in _data/${PRIZE_FILE} (${ids})`);
      }
    }
  });

  const practiceLink = (key: string | undefined, locale: string) => {
    const page = key === undefined ? undefined : model.translations.find(key, locale);
    return page?.url ? { url: page.url, title: page.title } : undefined;
  };
  const view = (edition: Edition, locale: string): EditionView => ({
    id: edition.id,
    label: edition.label,
    note: edition.note === undefined ? undefined : typesetText(edition.note[locale], locale),
    rows: edition.winners.map((winner) => ({
      name: typesetText(winner.nameIn?.[locale] ?? winner.name, locale),
      country: winner.country,
      countryName: countryName(winner.country, model.intlOf(locale)),
      place: placeOf(winner.rank, edition, locale, model),
      practice: practiceLink(winner.practice, locale),
    })),
  });

  eleventyConfig.addFilter("prizeEditions", (locale: string) => prize.editions.map((edition) => view(edition, locale)));
  /** The edition a good practice names (checked above), with the address of its table on the prize page. */
  eleventyConfig.addFilter("prizeEdition", (id: string, locale: string) => {
    const { label } = prize.editions.find((edition) => edition.id === id)!;
    const page = model.translations.find(PRIZE_PAGE, locale);
    return { id, label, url: page?.url ? `${page.url}#edition-${id}` : undefined };
  });
}

/** The place a winner took, in words: "First prize", "Joint first prize", or that the record does not give it. */
function placeOf(rank: number | undefined, edition: Edition, locale: string, model: SiteModel): string {
  if (rank === undefined) return model.translator.t("prize.place.unknown", locale);
  const shared = edition.winners.filter((winner) => winner.rank === rank).length > 1;
  return model.translator.t(`prize.place.${shared ? "joint" : "single"}.${rank}`, locale);
}
