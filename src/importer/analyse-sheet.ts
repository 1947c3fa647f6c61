/** Reads a sheet's shape: where its table is, which register sheet it is, and how its columns map. */
import { sheetBySpelling } from "../register/catalog";
import { SHEET_KEYS, type SheetKey } from "../register/types";
import { classifySheet, type SheetClassification } from "./classify-sheet";
import { detectTable, type DetectedTable } from "./detect-table";
import { cellText, columnLetter } from "./grid";
import { matchForm } from "./header-match";
import { mapColumns } from "./map-columns";
import { layoutFingerprint } from "./mapping-file";
import { profileColumn, type ColumnProfile } from "./profile";
import { notRegisterData, type NotData } from "./sheet-kind";
import { stripHeaderUnit } from "./normalize";
import type { ColumnMapping, ImportIssue, SheetMapping, SourceCell, SourceSheet } from "./types";

/** The override value of "Sheet!*" that keeps a sheet out of the import. */
export const NOT_IMPORTED = "-";

export interface MappingOverrides {
  /** Per sheet (folded name): the register sheet it is, or null when the caller keeps it out. */
  sheets: Map<string, SheetKey | null>;
  /** Per sheet (by folded sheet name): header (match form) → field key. */
  perSheet: Map<string, Map<string, string>>;
  global: Map<string, string>;
  issues: ImportIssue[];
}

export interface SheetAnalysis {
  sheet: SourceSheet;
  table: DetectedTable | null;
  classification: SheetClassification;
  /** True when the caller named this sheet's kind ("Sheet!*=Clients"). */
  overridden: boolean;
  /** Set when the sheet is not register data (a catalogue, a pivot…): what it is and why. */
  notData: NotData | null;
  /** The values' profile per column (index = column − 1). */
  profiles: ColumnProfile[];
  mapping: SheetMapping;
  /** The data rows' values per column (index = column − 1). */
  columnValues: SourceCell[][];
  issues: ImportIssue[];
}

function sheetNameKey(name: string): string {
  return name.normalize("NFKC").trim().toLowerCase();
}

function sheetKeyOf(text: string): SheetKey | undefined {
  const direct = SHEET_KEYS.find((k) => k.toLowerCase() === text.trim().toLowerCase());
  return direct ?? sheetBySpelling(text)?.key;
}

/**
 * Parses caller overrides: "Header" → field, "Sheet!Header" → field on one sheet, "Sheet!*" → the
 * register sheet a source sheet is. Malformed entries become error issues, never exceptions.
 */
export function parseOverrides(mapping: Record<string, string> = {}): MappingOverrides {
  const out: MappingOverrides = {
    sheets: new Map(),
    perSheet: new Map(),
    global: new Map(),
    issues: [],
  };
  for (const [rawKey, rawValue] of Object.entries(mapping)) {
    const value = rawValue.trim();
    const bang = rawKey.lastIndexOf("!");
    const sheetName = bang >= 0 ? rawKey.slice(0, bang) : null;
    const header = bang >= 0 ? rawKey.slice(bang + 1).trim() : rawKey.trim();
    if (sheetName !== null && header === "*") {
      const key = value === NOT_IMPORTED ? null : sheetKeyOf(value);
      if (key !== undefined) out.sheets.set(sheetNameKey(sheetName), key);
      else {
        out.issues.push({
          sheet: sheetName,
          row: null,
          column: null,
          field: null,
          value,
          severity: "error",
          message: `The mapping "${rawKey}=${rawValue}" names no register sheet; use one of ${SHEET_KEYS.join(", ")}, or "-" to leave the sheet out.`,
          code: "map.no-register-sheet",
          params: { mapping: `${rawKey}=${rawValue}`, sheets: SHEET_KEYS.join(", ") },
        });
      }
      continue;
    }
    if (header === "") continue;
    if (sheetName === null) out.global.set(matchForm(header), value);
    else {
      const key = sheetNameKey(sheetName);
      const map = out.perSheet.get(key) ?? new Map<string, string>();
      map.set(matchForm(header), value);
      out.perSheet.set(key, map);
    }
  }
  return out;
}

function columnValuesOf(sheet: SourceSheet, table: DetectedTable): SourceCell[][] {
  const columns: SourceCell[][] = table.columns.map(() => []);
  for (let r = table.firstDataRow; r <= table.lastDataRow; r++) {
    const row = sheet.rows[r - 1] ?? [];
    for (let c = 0; c < columns.length; c++) columns[c].push(row[c] ?? null);
  }
  return columns;
}

function unmappedColumns(table: DetectedTable, values: SourceCell[][]): ColumnMapping[] {
  return table.columns.map((col, i) => ({
    index: col.index,
    letter: columnLetter(col.index),
    header: col.text,
    field: null,
    confidence: 0,
    source: "none",
    samples: values[i]
      .filter((v) => cellText(v) !== "")
      .slice(0, 3)
      .map(cellText),
  }));
}

/** The first column's first texts: where pivot tables and matrices put their row labels. */
function firstColumnTexts(values: readonly SourceCell[] | undefined): string[] {
  const out: string[] = [];
  for (const v of values ?? []) {
    if (typeof v === "string" && v.trim() !== "") out.push(v.trim());
    if (out.length >= 200) break;
  }
  return out;
}

export function analyseSheet(sheet: SourceSheet, overrides: MappingOverrides): SheetAnalysis {
  const issues: ImportIssue[] = [];
  const table = detectTable(sheet);
  const key = sheetNameKey(sheet.name);
  const overridden = overrides.sheets.has(key);
  const sheetOverride = overrides.sheets.get(key);
  const base = { sheet, table, overridden, notData: null as NotData | null, issues };
  if (!table) {
    const classification = { key: null, confidence: 0, scores: {} };
    const mapping: SheetMapping = {
      sheet: sheet.name,
      registerSheet: null,
      confidence: 0,
      headerRows: [],
      columns: [],
    };
    return { ...base, classification, mapping, columnValues: [], profiles: [] };
  }
  const headers = table.columns.flatMap((c) => c.candidates.map(stripHeaderUnit));
  const classification =
    sheetOverride === null
      ? { key: null, confidence: 1, scores: {} }
      : classifySheet(sheet.name, headers, sheetOverride);
  const columnValues = columnValuesOf(sheet, table);
  const profiles = columnValues.map((values) => profileColumn(values));
  const mapping: SheetMapping = {
    sheet: sheet.name,
    registerSheet: classification.key,
    confidence: classification.confidence,
    headerRows: table.headerRows,
    columns: [],
    layout: layoutFingerprint(table),
  };
  const notData = overridden
    ? null
    : notRegisterData({
        sheetName: sheet.name,
        headers: table.columns.map((c) => c.text),
        profiles,
        firstColumn: firstColumnTexts(columnValues[0]),
        registerSheet: classification.key,
        registerConfidence: classification.confidence,
      });
  if (notData) {
    mapping.registerSheet = null;
    mapping.kind = notData.kind;
    mapping.reason = notData.reason;
  }
  if (mapping.registerSheet === null) {
    mapping.columns = unmappedColumns(table, columnValues);
    return { ...base, notData, classification, mapping, columnValues, profiles };
  }
  const perSheet = overrides.perSheet.get(key);
  const merged = new Map([...overrides.global, ...(perSheet ?? [])]);
  const mapped = mapColumns({
    sheetName: sheet.name,
    registerSheet: mapping.registerSheet,
    columns: table.columns.map((header, i) => ({
      header,
      values: columnValues[i],
      profile: profiles[i],
    })),
    overrides: merged,
  });
  mapping.columns = mapped.columns;
  issues.push(...mapped.issues);
  return { ...base, notData, classification, mapping, columnValues, profiles };
}
