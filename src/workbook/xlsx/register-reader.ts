/**
 * Reads a register workbook (as the writer wrote it, or as a person or another spreadsheet
 * program saved it) back into plain records and settings.
 *
 * Each register sheet is found by its table (`tbl` + key); failing that, by a worksheet whose
 * name spells the sheet, with headers in row 1. Headers map back to field keys through the
 * catalog in any language; unknown headers are kept under their own text.
 */
import ExcelJS from "exceljs";
import { foldHeader, sheetBySpelling } from "../../register/catalog";
import {
  DEFAULT_SETTINGS,
  FACTOR_LETTERS,
  SLA_SEVERITIES,
  parseSettings,
  type RegisterSettings,
} from "../../register/settings";
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
import { SETTING_NAMES } from "../settings-sheet";
import { patchTableColumns } from "./calculated-columns";
import { asBoolean, asNumber, cellScalar, registerValue, type Scalar } from "./cell-values";

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
  const settingsFound = readSettings(workbook);
  const lang =
    settingsFound.lang ??
    guessLang(regions.flatMap(([, region]) => (region ? headerTexts(region) : [])));
  const settings = parseSettingsAt({ ...DEFAULT_SETTINGS, ...settingsFound, lang });
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
    const field = def.fields.find(
      (f) =>
        !claimed.has(f.key) &&
        [f.key, ...LANGS.map((l) => f.label[l])].some((s) => foldHeader(s) === folded)
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

interface NamedCells {
  name: string;
  cells: { address: string; value: Scalar }[];
}

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

function settingError(
  cell: { address: string; value: Scalar },
  name: string,
  expected: string
): Error {
  return new Error(
    `${cell.address} (${name}): expected ${expected}, found ${cell.value === null ? "an empty cell" : JSON.stringify(cell.value)}.`
  );
}

function numbers(found: NamedCells, count: number): number[] {
  if (found.cells.length !== count)
    throw new Error(`The name ${found.name} must cover ${count} cells, not ${found.cells.length}.`);
  return found.cells.map((cell) => {
    const n = asNumber(cell.value instanceof Date ? null : cell.value);
    if (n === undefined) throw settingError(cell, found.name, "a number");
    return n;
  });
}

function flags(found: NamedCells, count: number): boolean[] {
  if (found.cells.length !== count)
    throw new Error(`The name ${found.name} must cover ${count} cells, not ${found.cells.length}.`);
  return found.cells.map((cell) => {
    const flag =
      cell.value === null ? false : asBoolean(cell.value instanceof Date ? null : cell.value);
    if (flag === undefined) throw settingError(cell, found.name, "1 or 0 (TRUE or FALSE)");
    return flag;
  });
}

function single<T>(found: NamedCells, read: (value: Scalar) => T | undefined, expected: string): T {
  const cell = found.cells[0];
  const value = read(cell.value);
  if (value === undefined) throw settingError(cell, found.name, expected);
  return value;
}

const numberOf = (value: Scalar) => (value instanceof Date ? undefined : asNumber(value));
const booleanOf = (value: Scalar) => (value instanceof Date ? undefined : asBoolean(value));
const textOf = (value: Scalar) => (typeof value === "string" ? value.trim() : undefined);

/** The settings the workbook names hold; absent names are left to the defaults. */
function readSettings(workbook: ExcelJS.Workbook): Partial<RegisterSettings> {
  const get = (name: string) => namedCells(workbook, name);
  const out: Partial<RegisterSettings> = {};
  const thresholds = get(SETTING_NAMES.tierThresholds);
  if (thresholds) out.tierThresholds = numbers(thresholds, 4) as RegisterSettings["tierThresholds"];

  const weights = get(SETTING_NAMES.factorWeights);
  const against = get(SETTING_NAMES.factorAgainst);
  if (weights || against) {
    const w = weights
      ? numbers(weights, FACTOR_LETTERS.length)
      : FACTOR_LETTERS.map((l) => DEFAULT_SETTINGS.factors[l].weight);
    const a = against
      ? flags(against, FACTOR_LETTERS.length)
      : FACTOR_LETTERS.map((l) => DEFAULT_SETTINGS.factors[l].against);
    out.factors = Object.fromEntries(
      FACTOR_LETTERS.map((letter, i) => [letter, { weight: w[i], against: a[i] }])
    ) as RegisterSettings["factors"];
  }

  const valueCut = get(SETTING_NAMES.gradeValueCut);
  if (valueCut) out.gradeValueCut = single(valueCut, numberOf, "a number from 0 to 100");
  const difficultyCut = get(SETTING_NAMES.gradeDifficultyCut);
  if (difficultyCut)
    out.gradeDifficultyCut = single(difficultyCut, numberOf, "a number from 0 to 100");

  const slaDays = get(SETTING_NAMES.slaDays);
  if (slaDays) {
    const days = numbers(slaDays, SLA_SEVERITIES.length);
    // Match the days to their severity codes when the codes are there; else use the standard order.
    const codes = get(SETTING_NAMES.slaSeverities)?.cells.map((c) =>
      typeof c.value === "string" ? c.value.trim().toLowerCase() : ""
    );
    const order =
      codes && SLA_SEVERITIES.every((s) => codes.includes(s)) ? codes : [...SLA_SEVERITIES];
    out.slaDays = Object.fromEntries(
      SLA_SEVERITIES.map((s) => [s, days[order.indexOf(s)]])
    ) as RegisterSettings["slaDays"];
  }
  const business = get(SETTING_NAMES.businessDays);
  if (business) out.businessDays = single(business, booleanOf, "TRUE or FALSE");
  const notVisited = get(SETTING_NAMES.notVisitedDays);
  if (notVisited) out.notVisitedDays = single(notVisited, numberOf, "a number of days");
  const currency = get(SETTING_NAMES.currency);
  if (currency)
    out.currency = single(currency, (v) => textOf(v)?.toUpperCase(), "a currency code such as CNY");
  const language = get(SETTING_NAMES.language);
  if (language)
    out.lang = single(
      language,
      (v) => LANGS.find((l) => l.toLowerCase() === textOf(v)?.toLowerCase()),
      `one of ${LANGS.join(", ")}`
    );
  const style = get(SETTING_NAMES.formulaStyle);
  if (style)
    out.formulaStyle = single(
      style,
      (v) => (["portable", "live"] as const).find((s) => s === textOf(v)?.toLowerCase()),
      "portable or live"
    );
  return out;
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
  const folded = new Set(headers.map(foldHeader));
  let best: Lang = "en";
  let bestCount = 0;
  for (const lang of LANGS) {
    const count = SHEETS.flatMap((s) => s.fields).filter((f) =>
      folded.has(foldHeader(f.label[lang]))
    ).length;
    if (count > bestCount) [best, bestCount] = [lang, count];
  }
  return best;
}
