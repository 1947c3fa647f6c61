/**
 * The register as a WorkbookPlan: one sheet and table per register sheet, then Settings.
 *
 * Enumerations are stored as the register's language writes them: the key (e.g. "aggressive") in
 * an English register, the label (积极 / 積極) in a Chinese one, and yes/no as TRUE/FALSE or 是/否.
 * The validation lists offer the same texts and the formulas compare and return them. Every
 * reader accepts keys and the labels of any language, and hands keys on.
 */
import { booleanCell, enumCellText, enumValueBySpelling, foldHeader } from "../register/catalog";
import {
  defaultSettingsFor,
  parseSettings,
  type FormulaStyle,
  type RegisterSettings,
} from "../register/settings";
import { SHEETS, sheetDef } from "../register/sheets";
import { registerTab } from "../register/tabs";
import type { FieldDef, Lang, RegisterRecord, SheetDef, SheetKey } from "../register/types";
import type { Day } from "../register/workflow/dates";
import { columnLetter } from "./a1";
import { CAPTIONS } from "./captions";
import { columnPlan, extraColumnPlan, fitWidthToValues, WidthMeter } from "./columns";
import { lastBodyRow } from "./layout";
import { pagesWide } from "./print-layout";
import {
  cellValueOf,
  type ColumnPlan,
  type ConditionalFormatPlan,
  type PlanCell,
  type SheetPlan,
  type TableCell,
  type WorkbookPlan,
} from "./plan";
import { computedFormula, type FormulaContext } from "./register-formulas";
import {
  localToday,
  revenueIndex,
  withCalculatedValues,
  type ValueContext,
} from "./register-values";
import { buildSettingsSheet } from "./settings-sheet";

export interface RegisterPlanOptions {
  lang: Lang;
  formulaStyle: FormulaStyle;
  records?: Partial<Record<SheetKey, RegisterRecord[]>>;
  /** Defaults to the language's default settings (its currency); `lang` and `formulaStyle` above take precedence over its own. */
  settings?: RegisterSettings;
  /** The day TODAY() gives in the calculated columns' cached results (default: the local day now). */
  today?: Day;
  /**
   * Tables whose rows are made as a writer asks for them (TablePlan.lazyRows) rather than held:
   * for a large register streamed into a file, where held rows were a second copy of the records.
   * The records must then stay as they are until the plan is written.
   */
  rowsWhenWritten?: boolean;
}

export const TABLE_STYLE = "TableStyleMedium2";

const OVERDUE_FILL = "#FFC7CE";
const OVERDUE_FONT = "#9C0006";
const DATA_BAR = "#638EC6";

interface PlanContext {
  ctx: FormulaContext;
  settings: RegisterSettings;
  valuesOf: (key: string) => Iterable<PlanCell>;
  values: ValueContext;
}

function planContext(options: RegisterPlanOptions): PlanContext {
  const { lang, formulaStyle } = options;
  const settings = parseSettings({
    ...(options.settings ?? defaultSettingsFor(lang)),
    lang,
    formulaStyle,
  });
  const all = Object.values(options.records ?? {});
  // A calculated column shows values typed elsewhere (a client's revenue on Tiers): size it by them.
  const valuesOf = function* (key: string): Generator<PlanCell> {
    for (const records of all)
      for (const record of records ?? []) yield (record[key] ?? null) as PlanCell;
  };
  const values: ValueContext = {
    lang,
    style: formulaStyle,
    settings,
    // A file's cached results are as of the day it is written, as TODAY() is when it opens.
    today: options.today ?? localToday(),
    revenueByClient: revenueIndex(
      (options.records?.Clients ?? []).map((c) => ({
        clientId: (c.clientId ?? null) as PlanCell,
        annualRevenue: (c.annualRevenue ?? null) as PlanCell,
      }))
    ),
  };
  return { ctx: { style: formulaStyle, lang }, settings, valuesOf, values };
}

export function buildRegisterPlan(options: RegisterPlanOptions): WorkbookPlan {
  const { lang, formulaStyle } = options;
  const { ctx, settings, valuesOf, values } = planContext(options);
  const registerSheets = SHEETS.map((def) =>
    finish(
      registerSheetPlan(
        def,
        options.records?.[def.key] ?? [],
        ctx,
        valuesOf,
        values,
        options.rowsWhenWritten === true
      )
    )
  );
  const settingsSheet = buildSettingsSheet(settings, lang);
  return {
    lang,
    formulaStyle,
    sheets: [...registerSheets, settingsSheet.sheet],
    names: settingsSheet.names,
  };
}

/**
 * One register sheet's plan, as buildRegisterPlan makes it, built a slice of rows at a time with
 * `pause()` between the slices: the task pane's thread (shared with the custom functions in
 * Excel) gets its turns while a long register is converted.
 */
export async function buildRegisterSheetPlan(
  key: SheetKey,
  options: RegisterPlanOptions,
  pause: () => Promise<void> | void
): Promise<SheetPlan> {
  const { ctx, valuesOf, values } = planContext(options);
  const steps = registerSheetPlan(
    sheetDef(key),
    options.records?.[key] ?? [],
    ctx,
    valuesOf,
    values
  );
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    const waiting = pause();
    if (waiting) await waiting;
  }
}

/** Rows converted between two points where a caller may yield. */
const ROWS_PER_STEP = 256;

/** Runs a plan's steps to the end without yielding. */
function finish<T>(steps: Generator<void, T>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/** Columns repeated at the left of each page when a register sheet prints several pages wide (its id and name). */
const PRINT_TITLE_COLUMNS = 2;

/** A register sheet's plan, in steps: it yields between slices of rows and between columns. */
function* registerSheetPlan(
  def: SheetDef,
  records: readonly RegisterRecord[],
  ctx: FormulaContext,
  valuesOf: (key: string) => Iterable<PlanCell>,
  values: ValueContext,
  rowsWhenWritten = false
): Generator<void, SheetPlan> {
  const planned = [
    ...def.fields.map((field) =>
      columnPlan(field, ctx.lang, computedFormula(def.key, field.key, ctx))
    ),
    ...(yield* extraColumns(def, records)),
  ];
  const keys = planned.map((c) => c.key);
  const calculated = planned.map((c) => c.formula !== undefined);
  const cells = rowCells(def, planned, ctx.lang);
  // Typed columns are sized by their cells as the rows are made.
  const meters = planned.map((c) => (c.formula ? null : new WidthMeter(c.numberFormat)));
  // A calculated column's cell holds the formula's result, written as the formula's cached value.
  const rowOf = (record: RegisterRecord) =>
    withCalculatedValues(def.key, keys, calculated, cells(record), values);
  const rows = rowsWhenWritten ? [] : new Array<TableCell[]>(records.length);
  for (let r = 0; r < records.length; r++) {
    // The meters size typed columns only, which hold the record's values as they are stored.
    const row = rowsWhenWritten ? cells(records[r]) : rowOf(records[r]);
    for (let c = 0; c < row.length; c++) meters[c]?.add(cellValueOf(row[c]));
    if (!rowsWhenWritten) rows[r] = row;
    if ((r + 1) % ROWS_PER_STEP === 0) yield;
  }
  const columns: ColumnPlan[] = [];
  for (const [c, column] of planned.entries()) {
    const meter = meters[c];
    columns.push({
      ...column,
      width: meter
        ? meter.width(column.width)
        : fitWidthToValues(column.width, valuesOf(column.key), column.numberFormat),
    });
    yield;
  }
  const pages = pagesWide(
    columns.map((c) => c.width),
    "landscape",
    PRINT_TITLE_COLUMNS
  );
  return {
    name: registerTab(def.key, ctx.lang),
    registerKey: def.key,
    table: {
      name: def.table,
      columns,
      rows,
      ...(rowsWhenWritten
        ? { lazyRows: { length: records.length, row: (r: number) => rowOf(records[r]) } }
        : {}),
      style: TABLE_STYLE,
    },
    freezeRows: 1,
    conditionalFormats: conditionalFormats(def.key, columns, records.length, ctx.lang),
    // Landscape, the table alone, as many pages wide as keep the text at 8 pt or more, with the
    // header row on every page and, across pages, the id and name columns.
    print: {
      orientation: "landscape",
      paperSize: "A4",
      fitToWidth: true,
      ...(pages > 1 ? { fitWidthPages: pages, titleColumns: PRINT_TITLE_COLUMNS } : {}),
      // Whole columns, so rows people add later print too.
      area: `A:${columnLetter(columns.length - 1)}`,
      titleRows: 1,
      headerText: def.label[ctx.lang],
      footerText: CAPTIONS.registerTitle[ctx.lang],
    },
  };
}

/** Columns for record keys the catalog does not know, so that no imported data is dropped. */
function* extraColumns(
  def: SheetDef,
  records: readonly RegisterRecord[]
): Generator<void, ColumnPlan[]> {
  const known = new Set(def.fields.map((f) => f.key));
  const taken = new Set(
    def.fields.flatMap((f) => [f.key, ...Object.values(f.label)].map(foldHeader))
  );
  const extras: ColumnPlan[] = [];
  for (let r = 0; r < records.length; r++) {
    if ((r + 1) % ROWS_PER_STEP === 0) yield;
    for (const key of Object.keys(records[r])) {
      if (known.has(key)) continue;
      known.add(key);
      if (taken.has(foldHeader(key)))
        throw new Error(
          `${def.key}: the extra column "${key}" has the same name as a register column.`
        );
      taken.add(foldHeader(key));
      extras.push(extraColumnPlan(key));
    }
  }
  return extras;
}

/**
 * A record's cells in the order of `columns` (calculated ones null, or the value the record gives
 * in place of a formula, as a GivenCell). Each enum and yes/no field
 * remembers what it made of a spelling: a register has few distinct ones and many rows.
 */
function rowCells(
  def: SheetDef,
  columns: ColumnPlan[],
  lang: Lang
): (record: RegisterRecord) => TableCell[] {
  const stored = columns.map((column): ((value: PlanCell) => PlanCell) | null => {
    const field = def.fields.find((f) => f.key === column.key);
    if (!field || (field.type !== "enum" && field.type !== "boolean")) return null;
    const known = new Map<PlanCell, PlanCell>();
    return (value) => {
      if (value === null || typeof value === "number") return value;
      let cell = known.get(value);
      if (cell === undefined) {
        cell = storedValue(field, value, lang);
        known.set(value, cell);
      }
      return cell;
    };
  });
  const givenBySource = columns.map(
    (column) => def.fields.find((f) => f.key === column.key)?.givenBySource === true
  );
  return (record) => {
    const row = new Array<TableCell>(columns.length);
    for (let c = 0; c < columns.length; c++) {
      const value = (record[columns[c].key] ?? null) as PlanCell;
      if (columns[c].formula) {
        // A day the record gives itself stands in place of the formula in its row.
        row[c] = givenBySource[c] && value !== null && value !== "" ? { given: value } : null;
        continue;
      }
      const store = stored[c];
      row[c] = store ? store(value) : value;
    }
    return row;
  };
}

/**
 * Enum cells hold the register language's text of the value (a key, label or alias of any
 * language is recognised); text that is no known value stays as written. Yes/no likewise.
 */
export function storedValue(field: FieldDef, value: PlanCell, lang: Lang): PlanCell {
  if (field.type === "boolean" && typeof value === "boolean") return booleanCell(value, lang);
  if (field.type !== "enum" || typeof value !== "string") return value;
  const known = enumValueBySpelling(field, value);
  return known ? enumCellText(known, lang) : value;
}

function bodyRange(columns: ColumnPlan[], key: string, rowCount: number): string {
  const column = columnLetter(columns.findIndex((c) => c.key === key));
  return `${column}2:${column}${lastBodyRow(rowCount)}`;
}

/** TRUE, or a text yes ("是") in quotes, as a formula spells it. */
const literalOf = (value: boolean | string): string =>
  typeof value === "boolean" ? String(value).toUpperCase() : `"${value.replace(/"/g, '""')}"`;

function conditionalFormats(
  sheet: SheetKey,
  columns: ColumnPlan[],
  rowCount: number,
  lang: Lang
): ConditionalFormatPlan[] {
  if (sheet === "Complaints") {
    const overdue = columnLetter(columns.findIndex((c) => c.key === "overdue"));
    const lastColumn = columnLetter(columns.length - 1);
    return [
      {
        kind: "expression",
        range: `A2:${lastColumn}${lastBodyRow(rowCount)}`,
        formula: `$${overdue}2=${literalOf(booleanCell(true, lang))}`,
        fill: OVERDUE_FILL,
        fontColor: OVERDUE_FONT,
      },
    ];
  }
  if (sheet === "Tiers")
    return [
      { kind: "dataBar", range: bodyRange(columns, "valueScore", rowCount), color: DATA_BAR },
    ];
  return [];
}
