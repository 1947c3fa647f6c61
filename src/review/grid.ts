/**
 * A small builder for review sheets: rows of cells from A1, number formats, data bars, and
 * highlighted rows. Plans carry no cell styles, so headings are coloured with always-true
 * conditional formats, which every writer and spreadsheet program applies.
 */
import { cellAddress, columnLetter } from "../workbook/a1";
import { displayWidth } from "../workbook/columns";
import type { ChartPlan, ConditionalFormatPlan, PlanValue, SheetPlan } from "../workbook/plan";
import { commonScale, keepTogetherBreaks, pageArea, ROW_HEIGHT_PT } from "../workbook/print-layout";
import { rowStyle, type RowStyle } from "../workbook/row-styles";

export const FORMATS = {
  money: "#,##0",
  percent: "0.0%",
  date: "yyyy-mm-dd",
  decimal: "0.0",
  integer: "0",
} as const;

export type { RowStyle };

const DATA_BAR = "#638EC6";
/**
 * Rows of a table part: with its header and its section's title it fits an A4 portrait page at
 * 100 % (48 rows of 15 pt), so at the pack's scale (at most 100 %) too.
 */
export const TABLE_PART_ROWS = Math.floor(pageArea("portrait").height / ROW_HEIGHT_PT) - 2;
/** Rows a chart covers: three with their gaps fit one A4 portrait page at 100 %. */
const CHART_ROWS = 14;

export interface ChartSeries {
  kind: ChartPlan["kind"];
  title: string;
  seriesName: string;
  labelColumn: number;
  valueColumn: number;
  fromRow: number;
  toRow: number;
}

export class ReviewGrid {
  readonly rows: PlanValue[][] = [];
  readonly formats: Record<string, string> = {};
  readonly conditionalFormats: ConditionalFormatPlan[] = [];
  /**
   * Rows that open a block kept on one page: a section (its title), or the next part of a table
   * too long for a page. A page break may fall before them, never inside.
   */
  readonly sectionRows: number[] = [];

  /** `widths` fixes the sheet's columns; rows never run past the last one. */
  constructor(readonly widths: number[]) {}

  get columns(): number {
    return this.widths.length;
  }

  /** Appends a row; returns its 1-based row number. */
  add(...cells: PlanValue[]): number {
    if (cells.length > this.columns)
      throw new Error(
        `A review row has ${cells.length} cells; the sheet has ${this.columns} columns.`
      );
    this.rows.push(cells);
    return this.rows.length;
  }

  blank(): void {
    this.rows.push([]);
  }

  /** The row that the next add() will write. */
  get nextRow(): number {
    return this.rows.length + 1;
  }

  styled(style: RowStyle, ...cells: PlanValue[]): number {
    const row = this.add(...cells);
    this.style(row, style);
    if (style === "section") this.sectionRows.push(row);
    return row;
  }

  /**
   * A table: its header row, then its rows. A table longer than a page is cut into parts of at
   * most TABLE_PART_ROWS rows, each under its own copy of the header and starting a block, so
   * every printed page of it has the header on top (print titles can only repeat the sheet's
   * first rows).
   */
  table(
    header: PlanValue[],
    count: number,
    cells: (row: number, index: number) => PlanValue[]
  ): number[] {
    const rows: number[] = [];
    for (let i = 0; i < Math.max(1, count); i++) {
      if (i % TABLE_PART_ROWS === 0) {
        const headerRow = this.styled("header", ...header);
        if (i > 0) this.sectionRows.push(headerRow);
      }
      if (i >= count) break;
      const row = this.nextRow;
      this.add(...cells(row, i));
      rows.push(row);
    }
    return rows;
  }

  style(row: number, style: RowStyle): void {
    const range = `A${row}:${columnLetter(this.columns - 1)}${row}`;
    this.conditionalFormats.push(rowStyle(range, style));
  }

  format(row: number, column: number, numberFormat: string): void {
    this.formats[cellAddress(row, column)] = numberFormat;
  }

  formatColumn(column: number, fromRow: number, toRow: number, numberFormat: string): void {
    for (let row = fromRow; row <= toRow; row++) this.format(row, column, numberFormat);
  }

  dataBar(column: number, fromRow: number, toRow: number): void {
    if (toRow < fromRow) return;
    const letter = columnLetter(column);
    this.conditionalFormats.push({
      kind: "dataBar",
      range: `${letter}${fromRow}:${letter}${toRow}`,
      color: DATA_BAR,
    });
  }

  /**
   * A native chart of one series (drawn by Excel only). Charts go below the grid, inside the
   * printed columns, one under the other (see `charts`), so they print with the sheet (the
   * Office.js writer extends the print area to them and starts them on a page of their own);
   * beside the grid they fell outside its print area.
   */
  chart(series: ChartSeries): void {
    if (series.toRow < series.fromRow) return;
    this.chartSeries.push(series);
  }

  private readonly chartSeries: ChartSeries[] = [];

  /** The first row of the charts: two rows below the grid as it is now. */
  get chartsRow(): number {
    return this.rows.length + 2;
  }

  /** The charts placed below the grid's rows as they are now, as wide as the grid's columns. */
  get charts(): ChartPlan[] {
    let top = this.chartsRow;
    return this.chartSeries.map((series) => {
      const range = (column: number) =>
        `${cellAddress(series.fromRow, column)}:${cellAddress(series.toRow, column)}`;
      const chart: ChartPlan = {
        kind: series.kind,
        title: series.title,
        seriesName: series.seriesName,
        categories: range(series.labelColumn),
        values: range(series.valueColumn),
        topLeft: cellAddress(top, 0),
        bottomRight: cellAddress(top + CHART_ROWS - 1, this.columns - 1),
      };
      top += CHART_ROWS + 1;
      return chart;
    });
  }

  /**
   * Column widths that show every cell in full (up to `max` characters a column), never narrower
   * than the widths given at construction. Text may overflow into the empty cells to its right,
   * so only what does not fit there widens its column; a row's last cell overflows to the sheet's
   * edge, and paragraphs were already broken to fit.
   */
  fittedWidths(max = 40): number[] {
    const widths = [...this.widths];
    this.rows.forEach((row, r) => {
      row.forEach((value, c) => {
        if (value === null || value === undefined) return;
        const next = nextFilled(row, c);
        if (next === -1 && c < this.columns - 1) return;
        const end = next === -1 ? this.columns : next;
        const room = widths.slice(c, end).reduce((sum, w) => sum + w, 0);
        const needed = cellWidth(value, this.formats[cellAddress(r + 1, c)]) + 2;
        if (needed > room) widths[c] = Math.min(max, widths[c] + needed - room);
      });
    });
    return widths;
  }

  /**
   * Text that may be longer than a cell: written from `column`, one row per line, broken to fit
   * the columns from there to the sheet's right edge (cells to its right stay empty, so each line
   * shows in full on screen and in print).
   */
  paragraph(text: string, column = 0, lead: PlanValue[] = []): number[] {
    const room = this.widths.slice(column).reduce((s, w) => s + w, 0) - 2;
    return wrapText(text, room).map((line, i) => {
      const cells: PlanValue[] = i === 0 ? [...lead] : [];
      while (cells.length < column) cells.push(null);
      cells[column] = line;
      return this.add(...cells);
    });
  }
}

/** Breaks text into lines of at most `width` display columns: at spaces where there are any, else anywhere (CJK). */
export function wrapText(text: string, width: number): string[] {
  const lines: string[] = [];
  for (const paragraph of text.split(/\r?\n/)) {
    let line = "";
    for (const token of paragraph.match(/\S+\s*|\s+/g) ?? [""]) {
      if (displayWidth(line + token.trimEnd()) <= width) {
        line += token;
        continue;
      }
      if (line.trim()) lines.push(line.trimEnd());
      line = "";
      for (const ch of token) {
        if (displayWidth(line + ch) > width && line.trim()) {
          lines.push(line.trimEnd());
          line = "";
        }
        line += ch;
      }
    }
    lines.push(line.trimEnd());
  }
  return lines.filter((l, i) => l !== "" || i === 0);
}

/** The first filled cell right of `column`, or -1. */
function nextFilled(row: readonly PlanValue[], column: number): number {
  for (let c = column + 1; c < row.length; c++)
    if (row[c] !== null && row[c] !== undefined) return c;
  return -1;
}

/**
 * Display width of a cell as shown: dates 10, percentages 7, numbers with separators; a formula
 * by its cached result, at least as wide as a money figure.
 */
function cellWidth(value: PlanValue, format: string | undefined): number {
  if (typeof value === "string") return displayWidth(value);
  if (typeof value === "boolean") return 5;
  if (typeof value === "number") {
    if (format === FORMATS.date) return 10;
    if (format === FORMATS.percent) return 7;
    return Math.round(value).toLocaleString("en-US").length;
  }
  if (value === null) return 0;
  return Math.max(14, value.value === undefined ? 0 : cellWidth(value.value, format));
}

/** Where each review sheet's sections start, for paging them once the pack's scale is known. */
const SECTIONS = new WeakMap<SheetPlan, readonly number[]>();

/** The sheet, remembered with the grid's sections. */
export function withSections(sheet: SheetPlan, grid: ReviewGrid): SheetPlan {
  SECTIONS.set(sheet, [...grid.sectionRows]);
  return sheet;
}

/**
 * A pack of review sheets printed alike: one scale for all (the widest fits the page), the grid's
 * columns only, and a page break before any section that would otherwise be cut, so a table keeps
 * its title and header on the page with its rows.
 */
export function printAsPack(sheets: readonly SheetPlan[]): SheetPlan[] {
  const printed = sheets.filter((s) => s.print && s.grid);
  const orientation = "portrait";
  const scale = commonScale(
    printed.map((s) => s.gridWidths ?? []),
    orientation
  );
  return sheets.map((sheet) => {
    if (!sheet.print || !sheet.grid) return sheet;
    const rows = sheet.grid.length;
    const starts = [1, ...(SECTIONS.get(sheet) ?? []).filter((r) => r > 1)];
    const blocks = starts.map((first, i): [number, number] => [
      first,
      (starts[i + 1] ?? rows + 1) - 1,
    ]);
    const lastColumn = columnLetter(Math.max(1, sheet.gridWidths?.length ?? 1) - 1);
    return {
      ...sheet,
      print: {
        ...sheet.print,
        orientation,
        fitToWidth: false,
        scale,
        area: `A:${lastColumn}`,
        rowBreaks: keepTogetherBreaks(blocks, orientation, scale),
      },
    };
  });
}
