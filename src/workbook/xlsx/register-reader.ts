/**
 * Reads a register workbook (as the writer wrote it, or as a person or another spreadsheet
 * program saved it: Excel, LibreOffice, openpyxl/pandas, WPS) back into plain records, settings
 * and the import state.
 *
 * The cells come from the reader layer (../readers), which reads packages exceljs cannot (part
 * paths as openpyxl writes them, LibreOffice's shared formulas). Each register sheet is found
 * by its table (`tbl` + key); failing that, by a worksheet whose name spells the sheet, with
 * headers in row 1. Headers map back to field keys through the catalog in any language; unknown
 * headers are kept under their own text.
 */
import { promises as fs } from "fs";
import {
  IMPORT_STATE_SHEET,
  parseImportState,
  type ImportState,
} from "../../importer/import-state";
import type { SourceCell } from "../../importer/types";
import {
  foldHeader,
  foldWithinScript,
  headerSpellings,
  sheetBySpelling,
} from "../../register/catalog";
import { defaultSettingsFor, parseSettings, type RegisterSettings } from "../../register/settings";
import { SHEETS } from "../../register/sheets";
import { isImportIssuesTab } from "../../register/tabs";
import {
  LANGS,
  type FieldDef,
  type Lang,
  type RegisterRecord,
  type SheetDef,
  type SheetKey,
} from "../../register/types";
import { cellAddress, parseAddress } from "../a1";
import { readSourceBytes } from "../readers";
import { formulaCellKey, type ReadSheet, type SourceWorkbook } from "../readers/types";
import { settingsFromNames, type NamedCells } from "../settings-cells";
import { registerValue, type Scalar } from "./cell-values";

export interface RegisterWorkbook {
  records: Record<SheetKey, RegisterRecord[]>;
  /** The register sheets found by their tables (`tblClients`, …); empty for a workbook that is not a register. */
  found: SheetKey[];
  settings: RegisterSettings;
  lang: Lang;
  /** What earlier imports remember (the very hidden import state sheet); undefined when absent. */
  state?: ImportState;
  /** The last import's Import Issues sheet (its tab in any language) as plain values, to carry over. */
  importIssues?: { name: string; rows: (string | number | boolean | null)[][] };
}

interface Region {
  sheet: ReadSheet;
  byTable: boolean;
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

export async function readRegisterWorkbook(
  source: Buffer | Uint8Array | string
): Promise<RegisterWorkbook> {
  const book = await loadWorkbook(source);
  const regions = SHEETS.map((def) => [def, findRegion(book, def)] as const);
  const records = Object.fromEntries(
    regions.map(([def, region]) => [def.key, region ? readRows(def, region) : []])
  ) as Record<SheetKey, RegisterRecord[]>;
  const found = regions.flatMap(([def, region]) => (region?.byTable ? [def.key] : []));
  const settingsFound = settingsFromNames((name) => namedCells(book, name));
  const lang =
    settingsFound.lang ??
    guessLang(regions.flatMap(([, region]) => (region ? headerTexts(region) : [])));
  const settings = parseSettingsAt({ ...defaultSettingsFor(lang), ...settingsFound, lang });
  const state = readImportState(book);
  const importIssues = readImportIssues(book);
  return {
    records,
    found,
    settings,
    lang,
    ...(state ? { state } : {}),
    ...(importIssues ? { importIssues } : {}),
  };
}

async function loadWorkbook(source: Buffer | Uint8Array | string): Promise<SourceWorkbook> {
  const where = typeof source === "string" ? source : "the workbook";
  let bytes: Uint8Array;
  if (typeof source === "string") {
    try {
      bytes = await fs.readFile(source);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      throw new Error(
        `Cannot read ${where}: ${code === "ENOENT" ? "the file does not exist" : (error as Error).message}`
      );
    }
  } else bytes = source;
  const book = await readSourceBytes(bytes, {
    fileName: where,
    yieldEveryMs: 0,
    formulaCells: true,
  });
  if (book.format !== "xlsx")
    throw new Error(
      `Cannot read ${where} as an .xlsx workbook: it is ${FORMAT_WORDS[book.format]}`
    );
  return book;
}

const FORMAT_WORDS: Record<SourceWorkbook["format"], string> = {
  xlsx: "an .xlsx workbook",
  xlsb: "a binary .xlsb workbook",
  xls: "an Excel 97-2003 workbook",
  ods: "an OpenDocument spreadsheet",
  csv: "a CSV or text file",
  html: "an HTML page",
  xml2003: "an Excel 2003 XML file",
};

// ---- cells -------------------------------------------------------------------------------------

/** The cell at a 1-based row and column as a plain scalar: errors and blank text are empty. */
function cellAt(sheet: ReadSheet, row: number, column: number): Scalar {
  const value: SourceCell | undefined = sheet.rows[row - 1]?.[column - 1];
  if (value === null || value === undefined) return null;
  if (typeof value === "object" && !(value instanceof Date)) return null;
  if (typeof value === "string" && value.trim() === "") return null;
  return value;
}

function widthOf(sheet: ReadSheet): number {
  let width = 0;
  sheet.rows.forEach((row) => {
    if (row) width = Math.max(width, row.length);
  });
  return width;
}

// ---- finding the sheets ------------------------------------------------------------------------

function findRegion(book: SourceWorkbook, def: SheetDef): Region | undefined {
  for (const sheet of book.sheets) {
    const table = (sheet.tables ?? []).find((t) => foldHeader(t.name) === foldHeader(def.table));
    if (table) return tableRegion(sheet, table.ref);
  }
  const sheet = book.sheets.find((s) => sheetBySpelling(s.name)?.key === def.key);
  if (!sheet || !sheet.rows.some((row) => row && row.length > 0)) return undefined;
  return {
    sheet,
    byTable: false,
    headerRow: 1,
    firstColumn: 1,
    lastColumn: widthOf(sheet),
    lastRow: sheet.rows.length,
  };
}

function tableRegion(sheet: ReadSheet, ref: string): Region {
  const [start, end = start] = ref.split(":");
  const top = parseAddress(start);
  const bottom = parseAddress(end);
  return {
    sheet,
    byTable: true,
    headerRow: top.row,
    firstColumn: top.column + 1,
    lastColumn: bottom.column + 1,
    lastRow: bottom.row,
  };
}

function headerTexts(region: Region): string[] {
  const texts: string[] = [];
  for (let c = region.firstColumn; c <= region.lastColumn; c++) {
    const value = cellAt(region.sheet, region.headerRow, c);
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
    const header = cellAt(region.sheet, region.headerRow, c);
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
    const record: RegisterRecord = {};
    let typed = false;
    for (const { column, key, field } of columns) {
      // A field the formula fills unless a day is given: a plain value is the given day, the
      // formula's cached result is no value of the record's own.
      const value =
        field?.givenBySource && region.sheet.formulaCells?.has(formulaCellKey(r, column))
          ? null
          : registerValue(field, cellAt(region.sheet, r, column));
      record[key] = value;
      if (value !== null && (!field?.computed || field.givenBySource)) typed = true;
    }
    // Rows with nothing typed (the blank entry row, formulas alone, a totals row) are not records.
    if (typed) records.push(record);
  }
  return records;
}

// ---- import state ------------------------------------------------------------------------------

function readImportState(book: SourceWorkbook): ImportState | undefined {
  const sheet = book.sheets.find((s) => s.name === IMPORT_STATE_SHEET);
  return sheet ? parseImportState(sheet.rows) : undefined;
}

function readImportIssues(book: SourceWorkbook): RegisterWorkbook["importIssues"] {
  const sheet = book.sheets.find((s) => isImportIssuesTab(s.name));
  if (!sheet) return undefined;
  const rows: (string | number | boolean | null)[][] = [];
  sheet.rows.forEach((row, r) => {
    const cells: (string | number | boolean | null)[] = [];
    row?.forEach((cell, c) => {
      if (cell instanceof Date) cells[c] = cell.toISOString().slice(0, 10);
      else if (cell !== null && typeof cell !== "object") cells[c] = cell;
    });
    rows[r] = Array.from(cells, (cell) => cell ?? null);
  });
  return { name: sheet.name, rows: Array.from(rows, (row) => row ?? []) };
}

// ---- settings ----------------------------------------------------------------------------------

function namedCells(book: SourceWorkbook, name: string): NamedCells | undefined {
  const entry = book.definedNames.find(
    (n) => n.localSheet === undefined && n.name.toLowerCase() === name.toLowerCase()
  );
  const range = entry?.ref.split(",")[0];
  if (!range) return undefined;
  const bang = range.lastIndexOf("!");
  const sheetName = range
    .slice(0, bang)
    .replace(/^=/, "")
    .replace(/^'(.*)'$/, "$1")
    .replace(/''/g, "'");
  const sheet = book.sheets.find((s) => s.name === sheetName);
  if (!sheet) return undefined;
  const [start, end = start] = range.slice(bang + 1).split(":");
  let a: { row: number; column: number };
  let b: { row: number; column: number };
  try {
    a = parseAddress(start);
    b = parseAddress(end);
  } catch {
    return undefined;
  }
  const cells: NamedCells["cells"] = [];
  for (let r = a.row; r <= b.row; r++) {
    for (let c = a.column; c <= b.column; c++) {
      cells.push({ address: `${sheet.name}!${cellAddress(r, c)}`, value: cellAt(sheet, r, c + 1) });
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
