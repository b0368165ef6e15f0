import { escapeHtml } from "../html/escape.ts";

export interface ChartPoint {
  value: number;
  /** Under its column; a long label is broken before its last word (the year). */
  label: string;
}

export interface ChartOptions {
  points: ChartPoint[];
  /** The chart's accessible name and description (the page gives the same data as a table). */
  title: string;
  description: string;
  /** Prefix of the title's and description's ids, unique in the page. */
  id: string;
}

// Small enough that its text stays readable when a phone's screen scales it down.
const WIDTH = 440;
const HEIGHT = 240;
const MARGIN = { top: 24, right: 4, bottom: 48, left: 34 };
const STEP = 20;

/** "après juin 2015" → ["après juin", "2015"]: two short lines fit under a column. */
function labelLines(label: string): string[] {
  const cut = label.search(/[ \u00A0\u202F](?=\S+$)/);
  return cut < 0 ? [label] : [label.slice(0, cut), label.slice(cut + 1)];
}

const round = (n: number) => Math.round(n * 10) / 10;

/**
 * A column chart as inline SVG, drawn at build time: one column per point from zero, its value above
 * it, a labelled scale. No script and no style attribute (the CSP has no 'unsafe-inline' for styles):
 * geometry is in attributes, colours and type in the site's CSS by class. `role="img"` named by its title and
 * described by its description; its text is not read out piece by piece.
 */
export function countChart({ points, title, description, id }: ChartOptions): string {
  const top = Math.max(STEP, Math.ceil(Math.max(...points.map((p) => p.value)) / STEP) * STEP);
  const plotWidth = WIDTH - MARGIN.left - MARGIN.right;
  const plotHeight = HEIGHT - MARGIN.top - MARGIN.bottom;
  const y = (value: number) => round(MARGIN.top + plotHeight * (1 - value / top));
  const slot = plotWidth / points.length;
  const barWidth = round(slot * 0.64);

  const grid: string[] = [];
  for (let value = 0; value <= top; value += STEP) {
    grid.push(
      `<line class="chart-grid" x1="${MARGIN.left}" x2="${WIDTH - MARGIN.right}" y1="${y(value)}" y2="${y(value)}"/>`,
      `<text class="chart-scale" x="${MARGIN.left - 6}" y="${y(value) + 4}" text-anchor="end">${value}</text>`,
    );
  }
  const columns = points.map(({ value, label }, n) => {
    const centre = round(MARGIN.left + slot * (n + 0.5));
    const lines = labelLines(label)
      .map((line, i) => `<tspan x="${centre}" dy="${i === 0 ? 0 : "1.2em"}">${escapeHtml(line)}</tspan>`)
      .join("");
    return [
      `<rect class="chart-bar" x="${round(centre - barWidth / 2)}" y="${y(value)}" width="${barWidth}" height="${round(y(0) - y(value))}"/>`,
      `<text class="chart-value" x="${centre}" y="${y(value) - 6}" text-anchor="middle">${value}</text>`,
      `<text class="chart-label" x="${centre}" y="${y(0) + 17}" text-anchor="middle">${lines}</text>`,
    ].join("");
  });
  return [
    `<svg class="count-chart" role="img" aria-labelledby="${id}-title" aria-describedby="${id}-desc" viewBox="0 0 ${WIDTH} ${HEIGHT}" xmlns="http://www.w3.org/2000/svg">`,
    `<title id="${id}-title">${escapeHtml(title)}</title>`,
    `<desc id="${id}-desc">${escapeHtml(description)}</desc>`,
    ...grid,
    ...columns,
    "</svg>",
  ].join("");
}
