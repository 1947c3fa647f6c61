/**
 * A declarative description of a workbook: what sheets, tables, columns, names and formats it
 * holds. Built from the register model by pure code; applied by two writers (Office.js for the
 * open workbook, exceljs for .xlsx files). Writers never decide what a register looks like.
 */
import type { FieldType, Lang, SheetKey } from "../register/types";

/** A cell as plain data. Dates travel as ISO "YYYY-MM-DD" strings and become real Excel dates in
 *  columns whose type is "date". A string is always text, never a formula, whatever it starts with. */
export type PlanCell = string | number | boolean | null;

/** A formula written by the plan itself (never user data): the text without the leading "=". */
export interface PlanFormula {
  formula: string;
  /**
   * Its result as the plan's own code computed it ("" for an empty result), written into files
   * as the cell's cached value so previews that do not calculate show it; absent or null when
   * unknown. Excel and the Office.js writer compute the cell themselves.
   */
  value?: PlanCell;
}

export type PlanValue = PlanCell | PlanFormula;

/**
 * A calculated column's cell holding a value of its own instead of the column's formula (what
 * Excel calls an exception to a calculated column): a complaint's due day its source or a person
 * gave. The other rows of the column keep the formula.
 */
export interface GivenCell {
  given: PlanCell;
}

/** A table body cell: a value (a calculated column's cached result there), or a given value. */
export type TableCell = PlanCell | GivenCell;

export const isGiven = (cell: TableCell | undefined): cell is GivenCell =>
  typeof cell === "object" && cell !== null;

/** The value a table cell shows: its own, a given one, or a calculated column's cached result. */
export const cellValueOf = (cell: TableCell | undefined): PlanCell =>
  isGiven(cell) ? cell.given : (cell ?? null);

export type ValidationRule =
  | { kind: "list"; values: string[] }
  | { kind: "whole" | "decimal"; min?: number; max?: number }
  | { kind: "date" };

export interface ColumnPlan {
  key: string;
  header: string;
  type: FieldType | "formula";
  numberFormat?: string;
  width: number;
  validation?: ValidationRule;
  /** A calculated column: the same formula (structured references allowed) in every row; the
   *  rows' cells in this column hold each row's result (its cached value; null when unknown),
   *  except a GivenCell, which is written as a plain value in place of the formula. */
  formula?: string;
  /** Help shown on the header cell (a cell note): what to type, or that the column is calculated. */
  note?: string;
}

/**
 * Rows made when a writer asks for them, one at a time, and let go of once written: for sheets of
 * a row per record (the import state), which held whole were a second copy of every record
 * beside the records they are made from. `row(i)` is the i-th row (0-based) of `length`.
 */
export interface PlanRowSource<T> {
  readonly length: number;
  row(index: number): T[];
}

export interface TablePlan {
  name: string;
  columns: ColumnPlan[];
  /** The body rows, held (empty when `lazyRows` makes them). `tableRowsOf` reads either. */
  rows: TableCell[][];
  /** The body rows made as they are written (see PlanRowSource), set instead of `rows`. */
  lazyRows?: PlanRowSource<TableCell>;
  style: string;
}

export type ConditionalFormatPlan =
  | { kind: "expression"; range: string; formula: string; fill: string; fontColor?: string }
  | { kind: "dataBar"; range: string; color: string };

export interface PrintPlan {
  orientation: "portrait" | "landscape";
  paperSize: "A4";
  /** Fit the print area to `fitWidthPages` pages wide (default 1), as many pages tall as needed. */
  fitToWidth: boolean;
  fitWidthPages?: number;
  /** Zoom in percent (10–400) when not fitting; one scale keeps a pack of reviews alike. */
  scale?: number;
  /** The cells printed: whole columns "A:Q" (rows as used) or a block "A1:Q41"; the used range when absent. */
  area?: string;
  /** Rows repeated at the top of every page (1 = the header row); table sheets default to 1. */
  titleRows?: number;
  /** Columns repeated at the left of every page when a sheet prints several pages wide (2 = A:B). */
  titleColumns?: number;
  /** Manual page breaks: a new page starts at each of these 1-based rows. */
  rowBreaks?: number[];
  headerText?: string;
  /** Centered footer text; writers add the page number after it. */
  footerText?: string;
}

/**
 * A native chart with one series. Only the Office.js writer draws charts (exceljs cannot write
 * them); files show the same figures with data bars.
 */
export interface ChartPlan {
  kind: "column" | "bar" | "pie";
  title: string;
  seriesName: string;
  /** Category labels and values: single-column ranges of the same height, e.g. "A8:A12", "C8:C12". */
  categories: string;
  values: string;
  /** The cells the chart covers, e.g. "H7" to "M20". */
  topLeft: string;
  bottomRight: string;
}

export interface SheetPlan {
  /** The sheet's name in the workbook. */
  name: string;
  /** Set for register sheets; absent for Settings and generated sheets. */
  registerKey?: SheetKey;
  /** A table whose header is row 1 (register sheets). */
  table?: TablePlan;
  /** Free cells from A1 (Settings, review sheets); ignored when `table` is set. */
  grid?: PlanValue[][];
  /**
   * A plain grid made row by row as it is written (see PlanRowSource), set instead of `grid`: no
   * formats, widths, validations, wrapping, heights or notes. `gridRowsOf` reads either.
   */
  lazyGrid?: PlanRowSource<PlanValue>;
  /** Number formats per grid cell address, e.g. { "B2": "#,##0" }. */
  gridFormats?: Record<string, string>;
  /** Column widths in characters for grid sheets, by 0-based column index. */
  gridWidths?: number[];
  /** Data validation per grid cell address, e.g. { "B20": { kind: "list", values: ["TRUE", "FALSE"] } }. */
  gridValidations?: Record<string, ValidationRule>;
  /** Grid columns (0-based) whose text wraps within the column, top-aligned (long messages). */
  gridWrap?: number[];
  /**
   * Row heights in points by 1-based row, for rows whose wrapped text needs several lines. Files
   * carry them (LibreOffice and previewers do not grow rows); Excel measures wrapped rows itself,
   * so the Office.js writer leaves them to it.
   */
  gridRowHeights?: Record<number, number>;
  /** Cell notes on grid cells by address (shown on hover, never printed), e.g. { "A1": "…" }. */
  gridNotes?: Record<string, string>;
  /**
   * Files keep this grid's text in its cells rather than in the workbook's shared strings: for
   * text that is nearly all unique (the import state's keys and hashes), which the shared table
   * would only make slower to write and read. Excel shows the same either way.
   */
  inlineText?: boolean;
  freezeRows: number;
  conditionalFormats: ConditionalFormatPlan[];
  /** Native charts (Excel only), placed beside the grid. */
  charts?: ChartPlan[];
  print?: PrintPlan;
  /** True for sheets the add-in generates and may replace (review sheets). */
  generated?: boolean;
  /** Hidden state; the Settings sheet stays visible so people can edit thresholds. */
  hidden?: boolean;
  /** Very hidden: not listed by Excel's Unhide (the import state sheet). */
  veryHidden?: boolean;
}

export interface DefinedNamePlan {
  name: string;
  /** An absolute reference such as "Settings!$B$3:$B$6". */
  ref: string;
  comment?: string;
}

export interface WorkbookPlan {
  lang: Lang;
  formulaStyle: "live" | "portable";
  sheets: SheetPlan[];
  names: DefinedNamePlan[];
  /** The sheet the workbook opens on (e.g. the book review); the first visible sheet when absent. */
  activeSheet?: string;
}

/** A table's body rows, made or held (`lazyRows` or `rows`). */
export function tableRowsOf(table: TablePlan): PlanRowSource<TableCell> {
  if (table.lazyRows) return table.lazyRows;
  const rows = table.rows;
  return { length: rows.length, row: (index) => rows[index] };
}

/** Every body row of the table, in memory. */
export function tableRowsArray(table: TablePlan): TableCell[][] {
  if (!table.lazyRows) return table.rows;
  const rows = table.lazyRows;
  return Array.from({ length: rows.length }, (_, i) => rows.row(i));
}

/** A sheet's grid rows, made or held (`lazyGrid` or `grid`); none for a table sheet. */
export function gridRowsOf(sheet: SheetPlan): PlanRowSource<PlanValue> {
  if (sheet.lazyGrid) return sheet.lazyGrid;
  const grid = sheet.grid ?? [];
  return { length: grid.length, row: (index) => grid[index] ?? [] };
}

/** Every row of the sheet's grid, in memory (for small sheets and previews). */
export function gridOf(sheet: SheetPlan): PlanValue[][] {
  if (!sheet.lazyGrid) return sheet.grid ?? [];
  const rows = sheet.lazyGrid;
  return Array.from({ length: rows.length }, (_, i) => rows.row(i));
}

export const isFormula = (value: PlanValue): value is PlanFormula =>
  typeof value === "object" && value !== null;
