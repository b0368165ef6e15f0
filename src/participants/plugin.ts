import { readFileSync } from "node:fs";
import { join } from "node:path";
import { countryName } from "../form/countries.ts";
import type { EleventyConfig } from "../model/eleventy.ts";
import type { SiteModel } from "../model/site-model.ts";
import { typesetText } from "../typography/typeset.ts";
import { countChart } from "./chart.ts";
import { type CountPoint, type ParticipantsData, type Period, participantName, readParticipants, siteTextLocales } from "./data.ts";

/** The participants data file, in the site's data folder. */
const FILE_NAME = "participants.yaml";

/**
 * The participants page and the home page's counter, from _data/participants.yaml: read and checked
 * before each build (a mistake stops it), its texts typeset where they are read, its history drawn
 * as an SVG chart at build time.
 */
export default function participantsPlugin(eleventyConfig: EleventyConfig, { model }: { model: SiteModel }): void {
  const file = join(model.dataDir, FILE_NAME);
  const read = () => readParticipants(readFileSync(file, "utf8"), file, siteTextLocales(model.dataDir));
  let data: ParticipantsData = read();
  eleventyConfig.on("eleventy.before", () => {
    data = read();
  });
  eleventyConfig.addWatchTarget(file);

  const t = (key: string, locale: string, values?: Record<string, string | number>) => model.translator.t(key, locale, values);
  const monthName = (period: Period, locale: string) =>
    new Intl.DateTimeFormat(model.intlOf(locale), { month: "long", year: "numeric", timeZone: "UTC" }).format(Date.UTC(period.year, period.month! - 1, 1));
  /** "juin 2013", "printemps 2013", "après juin 2015": under a column and in the table. */
  const label = (point: CountPoint, locale: string) => {
    const period = point.date ?? point.after!;
    const text = period.season
      ? t(`participants.seasons.${period.season}`, locale, { year: period.year })
      : point.after
        ? t("participants.after", locale, { month: monthName(period, locale) })
        : monthName(period, locale);
    return typesetText(text, locale);
  };
  /** "en juin 2013", "au printemps 2013", "après juin 2015": within a sentence. */
  const phrase = (point: CountPoint, locale: string) => {
    const period = point.date ?? point.after!;
    if (period.season) return t(`participants.inSeasons.${period.season}`, locale, { year: period.year });
    return t(point.after ? "participants.after" : "participants.inMonth", locale, { month: monthName(period, locale) });
  };
  const unit = (point: CountPoint, locale: string) =>
    point.countries === undefined ? t("participants.figureUnitNoCountries", locale) : t("participants.figureUnit", locale, { countries: point.countries });

  /** The figure the site shows: the last published count, when and where it was published. */
  eleventyConfig.addFilter("participantsFigure", (locale: string) => {
    const latest = data.history.at(-1)!;
    const when = t(latest.after ? "participants.latestAfter" : "participants.latestDated", locale, { when: phrase(latest, locale) });
    return {
      count: latest.count,
      unit: unit(latest, locale),
      when: typesetText(when, locale),
      source: typesetText(t("participants.source", locale, { source: latest.source![locale] }), locale),
    };
  });
  eleventyConfig.addFilter("participantsHistory", (locale: string) => data.history.map((point) => ({ count: point.count, when: label(point, locale) })));
  eleventyConfig.addFilter("participantsChart", (locale: string) => {
    const points = data.history.map((point) => ({ value: point.count, label: label(point, locale) }));
    const [first, last] = [points[0], points.at(-1)!];
    const ends = { first: first.label, last: last.label, firstCount: first.value, lastCount: last.value };
    return countChart({
      points,
      title: typesetText(t("participants.chartTitle", locale, ends), locale),
      description: typesetText(t("participants.chartDescription", locale, ends), locale),
      id: "participants-chart",
    });
  });
  eleventyConfig.addFilter("participantsNamed", (locale: string) =>
    data.participants.map((participant) => ({
      name: typesetText(participantName(participant, locale), locale),
      country: countryName(participant.country, model.intlOf(locale)),
      joined: participant.joined,
      founding: participant.founding,
    })),
  );
  eleventyConfig.addFilter("participantsSources", (locale: string) =>
    data.sources.map((source) => ({ title: typesetText(source.title[locale], locale), url: source.url })),
  );
}
