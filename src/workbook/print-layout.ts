/**
 * Page arithmetic for printing on A4: how wide a sheet's columns are on paper, the scale that keeps
 * text readable, how many pages wide a register prints, and where a page should break so that a
 * section is never cut from its title. Writers only carry out what this decides.
 *
 * The body font is 11 pt (Calibri, the writers' default); below a scale of 8/11 it prints under
 * 8 pt, which people cannot read comfortably.
 */
import { displayWidth } from "./columns";
import { isFormula, type PlanValue } from "./plan";

export const BODY_FONT_PT = 11;
export const MIN_READABLE_PT = 8;
/** The smallest scale (percent) that keeps 11 pt text at 8 pt or more. */
export const MIN_SCALE = Math.ceil((MIN_READABLE_PT / BODY_FONT_PT) * 100);

/** A4 in points, and the writers' margins (0.7 in left and right, 0.75 in top and bottom). */
const A4 = { short: 595, long: 842 };
const SIDE_MARGINS = 2 * 0.7 * 72;
const TOP_BOTTOM_MARGINS = 2 * 0.75 * 72;
/** The default row height of 11 pt text. */
export const ROW_HEIGHT_PT = 15;

export type Orientation = "portrait" | "landscape";

/** Printable width and height of an A4 page, in points at 100 %. */
export function pageArea(orientation: Orientation): { width: number; height: number } {
  const [width, height] = orientation === "landscape" ? [A4.long, A4.short] : [A4.short, A4.long];
  return { width: width - SIDE_MARGINS, height: height - TOP_BOTTOM_MARGINS };
}

/** A column `width` characters wide, in points: Excel's 7 px per character of 11 pt Calibri, plus 5 px padding. */
export function columnPoints(width: number): number {
  return (Math.round(width * 7) + 5) * 0.75;
}

export const widthPoints = (widths: readonly number[]): number =>
  widths.reduce((sum, w) => sum + columnPoints(w), 0);

/**
 * How many pages wide a sheet of these columns prints at a readable scale, with the first
 * `repeated` columns printed again on every page: 1 when the whole width fits at MIN_SCALE.
 */
export function pagesWide(
  widths: readonly number[],
  orientation: Orientation,
  repeated = 0
): number {
  const room = (pageArea(orientation).width * 100) / MIN_SCALE;
  const total = widthPoints(widths);
  const repeatedWidth = widthPoints(widths.slice(0, repeated));
  for (let pages = 1; pages < widths.length; pages++) {
    if (total + (pages - 1) * repeatedWidth <= pages * room) return pages;
  }
  return Math.max(1, widths.length);
}

/** The one scale (percent, at most 100) at which the widest of these sheets fits the page width. */
export function commonScale(
  sheetWidths: readonly (readonly number[])[],
  orientation: Orientation
): number {
  const widest = Math.max(0, ...sheetWidths.map(widthPoints));
  if (widest === 0) return 100;
  // 5 % to spare: spreadsheet programs round column widths to whole pixels and pad them differently.
  return Math.max(10, Math.min(100, Math.floor((pageArea(orientation).width * 95) / widest)));
}

/**
 * Page breaks that keep each block (a section: its title, table header and rows) on one page:
 * a block that would run over the page's end starts a new page, unless it is longer than a page
 * anyway. `blocks` are [first, last] 1-based rows in order; returns the rows that start a page.
 */
export function keepTogetherBreaks(
  blocks: readonly [number, number][],
  orientation: Orientation,
  scale: number
): number[] {
  const perPage = Math.max(
    1,
    Math.floor(pageArea(orientation).height / ((ROW_HEIGHT_PT * scale) / 100))
  );
  const breaks: number[] = [];
  let pageStart = 1;
  for (const [first, last] of blocks) {
    if (last - pageStart + 1 <= perPage) continue;
    if (last - first + 1 <= perPage && first > pageStart) {
      breaks.push(first);
      pageStart = first;
      continue;
    }
    // Longer than a page: it breaks where the page ends; follow the pages it fills.
    while (last - pageStart + 1 > perPage) pageStart += perPage;
  }
  return breaks;
}

/**
 * Word wrapping leaves the end of most lines empty: a line holds about this share of the column
 * (mixed Chinese and Latin text wraps at spaces; LibreOffice printed a 0.9 estimate a line short).
 */
const WRAP_FILL = 0.75;

/** Lines a text takes wrapped in a column `width` characters wide (East Asian characters count double). */
export function wrappedLines(text: string, width: number): number {
  const room = Math.max(1, (width - 1) * WRAP_FILL);
  return text
    .split(/\r?\n/)
    .reduce((lines, line) => lines + Math.max(1, Math.ceil(displayWidth(line) / room)), 0);
}

/**
 * Heights (points, by 1-based row) for the rows whose wrapped cells need more than one line.
 * Files must carry them: LibreOffice and previewers do not grow a row to its wrapped text, so a
 * long message would print cut.
 */
export function wrappedRowHeights(
  grid: readonly PlanValue[][],
  widths: readonly number[],
  wrapColumns: readonly number[]
): Record<number, number> {
  const heights: Record<number, number> = {};
  grid.forEach((row, r) => {
    let lines = 1;
    for (const c of wrapColumns) {
      const value = row?.[c];
      if (value === null || value === undefined || isFormula(value)) continue;
      lines = Math.max(lines, wrappedLines(String(value), widths[c] ?? 8.43));
    }
    if (lines > 1) heights[r + 1] = lines * ROW_HEIGHT_PT;
  });
  return heights;
}
