/**
 * Writes a WorkbookPlan to an .xlsx file with exceljs: real Excel tables with calculated columns,
 * validation, number formats, frozen headers, conditional formats, print setup and the Settings
 * names. Only plan formulas become formulas; every string is written as text, whatever it starts
 * with, so "=HYPERLINK(…)" typed by a client stays harmless data.
 */
import { promises as fs } from "fs";
import ExcelJS from "exceljs";
import { cellAddress, columnLetter } from "../a1";
import {
  isFormula,
  type ColumnPlan,
  type ConditionalFormatPlan,
  type PlanCell,
  type PlanValue,
  type PrintPlan,
  type SheetPlan,
  type TablePlan,
  type ValidationRule,
  type WorkbookPlan,
} from "../plan";
import { lastBodyRow } from "../layout";
import { patchTableColumns } from "./calculated-columns";
import { isoToDate } from "./dates";

/** Excel's limit on the characters of one cell. */
const MAX_CELL_TEXT = 32_767;
/** Excel's limit on an inline validation list ("a,b,c"). */
const MAX_LIST_LITERAL = 255;
const A4 = 9;
const EARLIEST_DATE = new Date(Date.UTC(1900, 0, 1));

type CellValue = ExcelJS.CellValue;

export async function writeWorkbook(plan: WorkbookPlan): Promise<Buffer> {
  const data = await buildExcelWorkbook(plan).xlsx.writeBuffer();
  return Buffer.from(data as ArrayBuffer);
}

export async function writeWorkbookFile(plan: WorkbookPlan, path: string): Promise<void> {
  const buffer = await writeWorkbook(plan);
  await fs.writeFile(path, buffer);
}

export function buildExcelWorkbook(plan: WorkbookPlan): ExcelJS.Workbook {
  patchTableColumns();
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "Client Register";
  workbook.created = new Date();
  for (const sheet of plan.sheets) addSheet(workbook, sheet);
  for (const name of plan.names) workbook.definedNames.add(name.ref, name.name);
  return workbook;
}

function addSheet(workbook: ExcelJS.Workbook, sheet: SheetPlan): void {
  const views: Partial<ExcelJS.WorksheetView>[] =
    sheet.freezeRows > 0 ? [{ state: "frozen", xSplit: 0, ySplit: sheet.freezeRows }] : [];
  const ws = workbook.addWorksheet(sheet.name, {
    views,
    state: sheet.veryHidden ? "veryHidden" : sheet.hidden ? "hidden" : "visible",
  });
  if (sheet.table) addTable(ws, sheet.table);
  else if (sheet.grid) addGrid(ws, sheet);
  sheet.conditionalFormats.forEach((cf, i) =>
    ws.addConditionalFormatting(conditionalFormat(cf, i + 1))
  );
  if (sheet.print) setupPrint(ws, sheet.print, Boolean(sheet.table));
}

function addTable(ws: ExcelJS.Worksheet, table: TablePlan): void {
  // A table needs at least one body row; an empty register gets one blank entry row.
  const planRows: PlanCell[][] =
    table.rows.length > 0 ? table.rows : [table.columns.map(() => null)];
  const rows = planRows.map((row, r) =>
    table.columns.map((column, c) =>
      tableCellValue(column, row[c] ?? null, { sheet: ws.name, row: r + 2, column: c })
    )
  );
  ws.addTable({
    name: table.name,
    displayName: table.name,
    ref: "A1",
    headerRow: true,
    style: { theme: table.style as ExcelJS.TableStyleProperties["theme"], showRowStripes: true },
    // `calculatedColumnFormula` is written by ./calculated-columns (exceljs's typings do not know it).
    columns: table.columns.map((column) => ({
      name: column.header,
      filterButton: true,
      ...(column.formula ? { calculatedColumnFormula: column.formula } : {}),
    })),
    rows,
  });
  const lastRow = lastBodyRow(table.rows.length);
  table.columns.forEach((column, c) => {
    const wsColumn = ws.getColumn(c + 1);
    wsColumn.width = column.width;
    if (column.numberFormat) wsColumn.numFmt = column.numberFormat;
    if (column.note) ws.getCell(1, c + 1).note = column.note;
    if (column.validation) {
      const letter = columnLetter(c);
      addValidation(ws, `${letter}2:${letter}${lastRow}`, column.validation);
    }
  });
}

interface CellPosition {
  sheet: string;
  row: number;
  column: number;
}

function tableCellValue(column: ColumnPlan, value: PlanCell, at: CellPosition): CellValue {
  if (column.formula) return { formula: column.formula, date1904: false };
  if (column.type === "date" && typeof value === "string")
    return isoToDate(value) ?? checkedText(value, at);
  return plainValue(value, at);
}

function plainValue(value: PlanCell, at: CellPosition): CellValue {
  if (value === null) return null;
  if (typeof value === "string") return checkedText(value, at);
  if (typeof value === "number" && !Number.isFinite(value))
    throw new Error(`${describe(at)}: ${value} is not a number Excel can store.`);
  return value;
}

/** Strings go in as exceljs string values (shared strings): never parsed as formulas. */
function checkedText(text: string, at: CellPosition): string {
  if (text.length > MAX_CELL_TEXT) {
    throw new Error(
      `${describe(at)}: the text is ${text.length} characters long; an Excel cell holds at most ${MAX_CELL_TEXT}.`
    );
  }
  return text;
}

function describe(at: CellPosition): string {
  return `${at.sheet}!${cellAddress(at.row, at.column)}`;
}

function addGrid(ws: ExcelJS.Worksheet, sheet: SheetPlan): void {
  (sheet.grid ?? []).forEach((row, r) =>
    row.forEach((value, c) => {
      if (value === null) return;
      ws.getCell(r + 1, c + 1).value = gridCellValue(value, {
        sheet: ws.name,
        row: r + 1,
        column: c,
      });
    })
  );
  for (const [address, format] of Object.entries(sheet.gridFormats ?? {}))
    ws.getCell(address).numFmt = format;
  (sheet.gridWidths ?? []).forEach((width, c) => (ws.getColumn(c + 1).width = width));
  for (const [address, rule] of Object.entries(sheet.gridValidations ?? {}))
    addValidation(ws, address, rule);
}

function gridCellValue(value: PlanValue, at: CellPosition): CellValue {
  return isFormula(value) ? { formula: value.formula, date1904: false } : plainValue(value, at);
}

function addValidation(ws: ExcelJS.Worksheet, range: string, rule: ValidationRule): void {
  // exceljs accepts a range address here and writes it as one <dataValidation sqref="…">.
  const validations = (
    ws as unknown as { dataValidations: { add(address: string, dv: ExcelJS.DataValidation): void } }
  ).dataValidations;
  validations.add(range, dataValidation(rule));
}

export function dataValidation(rule: ValidationRule): ExcelJS.DataValidation {
  const common = { allowBlank: true, showErrorMessage: true, errorStyle: "stop" };
  switch (rule.kind) {
    case "list":
      return { ...common, type: "list", formulae: [listLiteral(rule.values)] };
    case "date":
      return { ...common, type: "date", operator: "greaterThanOrEqual", formulae: [EARLIEST_DATE] };
    case "whole":
    case "decimal": {
      const { min, max } = rule;
      if (min !== undefined && max !== undefined)
        return { ...common, type: rule.kind, operator: "between", formulae: [min, max] };
      if (min !== undefined)
        return { ...common, type: rule.kind, operator: "greaterThanOrEqual", formulae: [min] };
      if (max !== undefined)
        return { ...common, type: rule.kind, operator: "lessThanOrEqual", formulae: [max] };
      throw new Error(`A ${rule.kind} validation needs a minimum or a maximum.`);
    }
  }
}

function listLiteral(values: string[]): string {
  for (const value of values) {
    if (/[,"]/.test(value))
      throw new Error(`The list value "${value}" cannot hold a comma or a double quote.`);
  }
  const literal = `"${values.join(",")}"`;
  if (literal.length > MAX_LIST_LITERAL)
    throw new Error(
      `The validation list ${literal} is longer than Excel's ${MAX_LIST_LITERAL} characters.`
    );
  return literal;
}

/** "#FFC7CE" → "FFFFC7CE" (exceljs wants ARGB). */
function argb(hex: string): string {
  const digits = hex.replace(/^#/, "");
  if (!/^[0-9a-f]{6}$/i.test(digits)) throw new Error(`Not a colour: "${hex}" (expected #RRGGBB).`);
  return `FF${digits.toUpperCase()}`;
}

function conditionalFormat(
  cf: ConditionalFormatPlan,
  priority: number
): ExcelJS.ConditionalFormattingOptions {
  if (cf.kind === "expression") {
    const style: Partial<ExcelJS.Style> = {
      fill: { type: "pattern", pattern: "solid", bgColor: { argb: argb(cf.fill) } },
    };
    if (cf.fontColor) style.font = { color: { argb: argb(cf.fontColor) } };
    return {
      ref: cf.range,
      rules: [{ type: "expression", priority, formulae: [cf.formula], style }],
    };
  }
  const rule = {
    type: "dataBar",
    priority,
    cfvo: [{ type: "min" }, { type: "max" }],
    color: { argb: argb(cf.color) },
    gradient: true,
  };
  return { ref: cf.range, rules: [rule as ExcelJS.DataBarRuleType] };
}

/** Header and footer codes: "&&" is a literal ampersand, &P the page, &N the page count. */
function headerFooterText(text: string): string {
  return text.replace(/&/g, "&&");
}

function setupPrint(ws: ExcelJS.Worksheet, print: PrintPlan, hasTable: boolean): void {
  ws.pageSetup = {
    paperSize: A4,
    orientation: print.orientation,
    fitToPage: print.fitToWidth,
    fitToWidth: 1,
    fitToHeight: 0,
    ...(hasTable ? { printTitlesRow: "1:1" } : {}),
  };
  const footer = print.footerText
    ? `&L${headerFooterText(print.footerText)}&R&P / &N`
    : "&C&P / &N";
  ws.headerFooter = {
    ...(print.headerText ? { oddHeader: `&C${headerFooterText(print.headerText)}` } : {}),
    oddFooter: footer,
  };
}
