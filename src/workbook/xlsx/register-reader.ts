/**
 * Reads a register workbook (as the writer wrote it, or as a person or another spreadsheet
 * program saved it) back into plain records and settings.
 *
 * Each register sheet is found by its table (`tbl` + key); failing that, by a worksheet whose
 * name spells the sheet, with headers in row 1. Headers map back to field keys through the
 * catalog in any language; unknown headers are kept under their own text.
 */
import ExcelJS from "exceljs";
import {
  foldHeader,
  foldWithinScript,
  headerSpellings,
  sheetBySpelling,
} from "../../register/catalog";
import { defaultSettingsFor, parseSettings, type RegisterSettings } from "../../register/settings";
import { SHEETS } from "../../register/sheets";
import {
  LANGS,
  type FieldDef,
  type Lang,
  type RegisterRecord,
  type SheetDef,
  type SheetKey,
} from "../../register/types";
import { cellAddress, parseAddress } from "../a1";
import { settingsFromNames, type NamedCells } from "../settings-cells";
import { patchTableColumns } from "./calculated-columns";
import { cellScalar, registerValue } from "./cell-values";

export interface RegisterWorkbook {
  records: Record<SheetKey, RegisterRecord[]>;
  settings: RegisterSettings;
  lang: Lang;
}

interface Region {
  ws: ExcelJS.Worksheet;
  headerRow: number;
  firstColumn: number;
  lastColumn: number;
  lastRow: number;
}

interface ColumnMap {
  column: number;
  key: string;
  field?: FieldDef;
}

export async function readRegisterWorkbook(source: Buffer | string): Promise<RegisterWorkbook> {
  const workbook = await loadWorkbook(source);
  const regions = SHEETS.map((def) => [def, findRegion(workbook, def)] as const);
  const records = Object.fromEntries(
    regions.map(([def, region]) => [def.key, region ? readRows(def, region) : []])
  ) as Record<SheetKey, RegisterRecord[]>;
  const settingsFound = settingsFromNames((name) => namedCells(workbook, name));
  const lang =
    settingsFound.lang ??
    guessLang(regions.flatMap(([, region]) => (region ? headerTexts(region) : [])));
  const settings = parseSettingsAt({ ...defaultSettingsFor(lang), ...settingsFound, lang });
  return { records, settings, lang };
}

async function loadWorkbook(source: Buffer | string): Promise<ExcelJS.Workbook> {
  patchTableColumns(); // tables saved by Excel carry calculated-column formulas exceljs cannot parse
  const workbook = new ExcelJS.Workbook();
  const where = typeof source === "string" ? source : "the workbook";
  try {
    if (typeof source === "string") await workbook.xlsx.readFile(source);
    else await workbook.xlsx.load(source as unknown as ArrayBuffer);
  } catch (error) {
    throw new Error(`Cannot read ${where} as an .xlsx workbook: ${(error as Error).message}`);
  }
  return workbook;
}

// ---- finding the sheets ------------------------------------------------------------------------

interface LoadedTable {
  name?: string;
  tableRef?: string;
  ref?: string;
  headerRow?: boolean;
  totalsRow?: boolean;
}

function loadedTables(ws: ExcelJS.Worksheet): LoadedTable[] {
  return ws
    .getTables()
    .map((t) => (t as unknown as { table?: LoadedTable }).table ?? (t as unknown as LoadedTable));
}

function findRegion(workbook: ExcelJS.Workbook, def: SheetDef): Region | undefined {
  for (const ws of workbook.worksheets) {
    const table = loadedTables(ws).find((t) => foldHeader(t.name ?? "") === foldHeader(def.table));
    if (table) return tableRegion(ws, table);
  }
  const ws = workbook.worksheets.find((sheet) => sheetBySpelling(sheet.name)?.key === def.key);
  if (!ws || ws.actualRowCount === 0) return undefined;
  return { ws, headerRow: 1, firstColumn: 1, lastColumn: ws.columnCount, lastRow: ws.rowCount };
}

function tableRegion(ws: ExcelJS.Worksheet, table: LoadedTable): Region {
  const ref = table.tableRef ?? table.ref ?? "A1";
  const [start, end = start] = ref.split(":");
  const top = parseAddress(start);
  const bottom = parseAddress(end);
  return {
    ws,
    headerRow: top.row,
    firstColumn: top.column + 1,
    lastColumn: bottom.column + 1,
    lastRow: bottom.row - (table.totalsRow ? 1 : 0),
  };
}

function headerTexts(region: Region): string[] {
  const texts: string[] = [];
  for (let c = region.firstColumn; c <= region.lastColumn; c++) {
    const value = cellScalar(region.ws.getCell(region.headerRow, c));
    if (value !== null) texts.push(String(value).trim());
  }
  return texts;
}

// ---- rows --------------------------------------------------------------------------------------

/** The field a header names by its key or one of its labels; each field is claimed once. */
function mapColumns(def: SheetDef, region: Region): ColumnMap[] {
  const claimed = new Set<string>();
  const columns: ColumnMap[] = [];
  for (let c = region.firstColumn; c <= region.lastColumn; c++) {
    const header = cellScalar(region.ws.getCell(region.headerRow, c));
    if (header === null) continue;
    const text = String(header).trim();
    const folded = foldHeader(text);
    // Keys and labels first; then a field's other spellings (a label an older version wrote).
    const field =
      def.fields.find(
        (f) =>
          !claimed.has(f.key) &&
          [f.key, ...LANGS.map((l) => f.label[l])].some((s) => foldHeader(s) === folded)
      ) ??
      def.fields.find(
        (f) => !claimed.has(f.key) && headerSpellings(f).some((s) => foldHeader(s) === folded)
      );
    if (field) claimed.add(field.key);
    columns.push({ column: c, key: field?.key ?? text, field });
  }
  return columns;
}

function readRows(def: SheetDef, region: Region): RegisterRecord[] {
  const columns = mapColumns(def, region);
  const records: RegisterRecord[] = [];
  for (let r = region.headerRow + 1; r <= region.lastRow; r++) {
    const row = region.ws.getRow(r);
    const record: RegisterRecord = {};
    let typed = false;
    for (const { column, key, field } of columns) {
      const value = registerValue(field, cellScalar(row.getCell(column)));
      record[key] = value;
      if (value !== null && !field?.computed) typed = true;
    }
    // Rows with nothing typed (the blank entry row, formulas alone) are not records.
    if (typed) records.push(record);
  }
  return records;
}

// ---- settings ----------------------------------------------------------------------------------

function namedCells(workbook: ExcelJS.Workbook, name: string): NamedCells | undefined {
  const entry = workbook.definedNames.model.find(
    (n) => n.name.toLowerCase() === name.toLowerCase()
  );
  const range = entry?.ranges[0];
  if (!range) return undefined;
  const bang = range.lastIndexOf("!");
  const sheetName = range
    .slice(0, bang)
    .replace(/^'(.*)'$/, "$1")
    .replace(/''/g, "'");
  const ws = workbook.getWorksheet(sheetName);
  if (!ws) return undefined;
  const [start, end = start] = range.slice(bang + 1).split(":");
  const a = parseAddress(start);
  const b = parseAddress(end);
  const cells: NamedCells["cells"] = [];
  for (let r = a.row; r <= b.row; r++) {
    for (let c = a.column; c <= b.column; c++) {
      cells.push({
        address: `${ws.name}!${cellAddress(r, c)}`,
        value: cellScalar(ws.getCell(r, c + 1)),
      });
    }
  }
  return { name, cells };
}

function parseSettingsAt(input: unknown): RegisterSettings {
  try {
    return parseSettings(input);
  } catch (error) {
    throw new Error(`Settings sheet: ${(error as Error).message}`);
  }
}

/** The language whose labels most of the headers use (English when nothing matches better). */
function guessLang(headers: string[]): Lang {
  const folded = new Set(headers.map(foldWithinScript));
  let best: Lang = "en";
  let bestCount = 0;
  for (const lang of LANGS) {
    const count = SHEETS.flatMap((s) => s.fields).filter((f) =>
      folded.has(foldWithinScript(f.label[lang]))
    ).length;
    if (count > bestCount) [best, bestCount] = [lang, count];
  }
  return best;
}
