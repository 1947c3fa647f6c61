/**
 * Reads what the open workbook already holds that matters to a plan, in two syncs and loading only
 * what is read: sheet, table and defined names first; then, for the plan's tables, the register's
 * other tables (the plan's formulas may name their columns) and the plan's sheet names that exist,
 * their host sheet, protection, headers and whether a sheet is empty.
 */
import { SHEETS } from "../../register/sheets";
import type { WorkbookPlan } from "../plan";

export interface ExistingTable {
  name: string;
  sheet: string;
  sheetProtected: boolean;
  headers: string[];
}

export interface ExistingSheet {
  name: string;
  protected: boolean;
  /** No cell holds a value or formula. */
  empty: boolean;
}

export interface WorkbookState {
  sheetNames: string[];
  tableNames: string[];
  definedNames: string[];
  structureProtected: boolean;
  /** The plan's tables and the register's tables that exist, by lower-cased table name. */
  tables: Map<string, ExistingTable>;
  /** The plan's sheet names that exist, by lower-cased sheet name. */
  sheets: Map<string, ExistingSheet>;
}

export const key = (name: string): string => name.toLowerCase();

export async function inspectWorkbook(
  context: Excel.RequestContext,
  plan: WorkbookPlan
): Promise<WorkbookState> {
  const workbook = context.workbook;
  const worksheets = workbook.worksheets.load("items/name");
  const tables = workbook.tables.load("items/name");
  const names = workbook.names.load("items/name");
  const protection = workbook.protection.load("protected");
  await context.sync();

  const state: WorkbookState = {
    sheetNames: worksheets.items.map((s) => s.name),
    tableNames: tables.items.map((t) => t.name),
    definedNames: names.items.map((n) => n.name),
    structureProtected: protection.protected,
    tables: new Map(),
    sheets: new Map(),
  };

  const existingTables = new Map(state.tableNames.map((n) => [key(n), n]));
  const existingSheets = new Map(state.sheetNames.map((n) => [key(n), n]));
  const wanted = new Set(
    [...plan.sheets.map((s) => s.table?.name), ...SHEETS.map((d) => d.table)]
      .filter((n): n is string => n !== undefined)
      .map(key)
  );
  const tableLoads = [...wanted]
    .filter((n) => existingTables.has(n))
    .map((n) => loadTable(workbook.tables.getItem(existingTables.get(n) as string)));
  const sheetLoads = plan.sheets
    .map((s) => existingSheets.get(key(s.name)))
    .filter((n): n is string => n !== undefined)
    .map((n) => loadSheet(workbook.worksheets.getItem(n)));
  if (tableLoads.length === 0 && sheetLoads.length === 0) return state;
  await context.sync();

  for (const read of tableLoads) {
    const table = read();
    state.tables.set(key(table.name), table);
  }
  for (const read of sheetLoads) {
    const sheet = read();
    state.sheets.set(key(sheet.name), sheet);
  }
  return state;
}

function loadTable(table: Excel.Table): () => ExistingTable {
  table.load("name");
  const worksheet = table.worksheet.load("name");
  const protection = table.worksheet.protection.load("protected");
  const header = table.getHeaderRowRange().load("values");
  return () => ({
    name: table.name,
    sheet: worksheet.name,
    sheetProtected: protection.protected,
    headers: (header.values[0] ?? []).map((v) => String(v)),
  });
}

function loadSheet(worksheet: Excel.Worksheet): () => ExistingSheet {
  worksheet.load("name");
  const protection = worksheet.protection.load("protected");
  const used = worksheet.getUsedRangeOrNullObject(true).load("address");
  return () => ({
    name: worksheet.name,
    protected: protection.protected,
    empty: used.isNullObject,
  });
}
