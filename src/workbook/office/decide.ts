/**
 * Decides, from a plan and what the workbook already holds, what set-up must add: never deleting,
 * never overwriting. Pure; throws RegisterWriteError before anything is written when a protected
 * sheet (or a protected workbook structure) stands in the way.
 */
import type { MessageParams } from "../../register/messages";
import { foldHeader } from "../../register/catalog";
import { SHEETS } from "../../register/sheets";
import { columnPlan } from "../columns";
import type { ColumnPlan, DefinedNamePlan, SheetPlan, TablePlan, WorkbookPlan } from "../plan";
import { tableRowsOf } from "../plan";
import type { HeaderMaps } from "./formula-refs";
import { renameSheetRefs, rewriteStructuredRefs } from "./formula-refs";
import { RegisterWriteError } from "./errors";
import { detectHeaderLang, headerForNewColumn, headerMatchesColumn } from "./headers";
import type { ExistingSheet, WorkbookState } from "./inspect";
import { key } from "./inspect";

export interface NewTableAction {
  kind: "table";
  sheet: SheetPlan;
  table: TablePlan;
  /** The sheet's name in the workbook (the plan's, or a suffixed one). */
  sheetName: string;
  createSheet: boolean;
}

export interface NewGridAction {
  kind: "grid";
  sheet: SheetPlan;
  sheetName: string;
  createSheet: boolean;
}

export interface AddColumnsAction {
  kind: "columns";
  sheet: SheetPlan;
  tableName: string;
  sheetName: string;
  columns: { column: ColumnPlan; header: string }[];
}

export type SheetAction = NewTableAction | NewGridAction | AddColumnsAction;

export interface SheetNote {
  sheet: string;
  reason: string;
}

export interface ApplyDecision {
  actions: SheetAction[];
  /** Defined names to add, references already pointing at the sheets' actual names. */
  names: DefinedNamePlan[];
  /** Plan sheet name → actual name, for sheets created under another name. */
  renames: Map<string, string>;
  sheetsRenamed: { planned: string; actual: string; reason: string }[];
  sheetsSkipped: SheetNote[];
  rowsSkipped: (SheetNote & { rows: number })[];
  /** For existing tables whose headers differ from the plan's: plan header → actual header. */
  headerMaps: Map<string, Map<string, string>>;
}

/** A plan formula re-pointed at renamed sheets and at existing tables' actual headers. */
export function formulaFixer(
  decision: Pick<ApplyDecision, "renames" | "headerMaps">
): (formula: string) => string {
  const maps: HeaderMaps = decision.headerMaps;
  return (formula) => rewriteStructuredRefs(renameSheetRefs(formula, decision.renames), maps);
}

const MAX_SHEET_NAME = 31;

export function decideActions(plan: WorkbookPlan, state: WorkbookState): ApplyDecision {
  const decision: ApplyDecision = {
    actions: [],
    names: [],
    renames: new Map(),
    sheetsRenamed: [],
    sheetsSkipped: [],
    rowsSkipped: [],
    headerMaps: new Map(),
  };
  const takenSheetNames = new Set(state.sheetNames.map(key));

  for (const sheet of plan.sheets) {
    if (sheet.table) decideTableSheet(sheet, sheet.table, state, takenSheetNames, decision);
    else decideGridSheet(sheet, state, takenSheetNames, decision);
  }
  mapOtherRegisterTables(plan, state, decision);
  assertWritable(decision, state);

  const existingNames = new Set(state.definedNames.map(key));
  for (const name of plan.names) {
    if (existingNames.has(key(name.name))) continue;
    existingNames.add(key(name.name));
    decision.names.push({ ...name, ref: renameSheetRefs(name.ref, decision.renames) });
  }
  return decision;
}

function decideTableSheet(
  sheet: SheetPlan,
  table: TablePlan,
  state: WorkbookState,
  taken: Set<string>,
  decision: ApplyDecision
): void {
  const existingTable = state.tables.get(key(table.name));
  if (existingTable) {
    const headerMap = new Map<string, string>();
    const missing: ColumnPlan[] = [];
    for (const column of table.columns) {
      const actual = existingTable.headers.find((h) =>
        headerMatchesColumn(sheet.registerKey, h, column)
      );
      if (actual === undefined) missing.push(column);
      else if (actual !== column.header) headerMap.set(column.header, actual);
    }
    if (headerMap.size > 0) decision.headerMaps.set(key(table.name), headerMap);
    // The plan's references to its sheet point at the sheet that actually holds the table.
    if (key(existingTable.sheet) !== key(sheet.name))
      decision.renames.set(sheet.name, existingTable.sheet);
    const rows = tableRowsOf(table).length;
    if (rows > 0) {
      decision.rowsSkipped.push({
        sheet: existingTable.sheet,
        rows,
        reason: `Table ${existingTable.name} already exists; set-up does not add rows to it.`,
      });
    }
    if (missing.length === 0) {
      decision.sheetsSkipped.push({
        sheet: existingTable.sheet,
        reason: `Table ${existingTable.name} already has every register column.`,
      });
      return;
    }
    const lang = sheet.registerKey
      ? detectHeaderLang(sheet.registerKey, existingTable.headers)
      : undefined;
    const takenHeaders = new Set(existingTable.headers.map((h) => foldHeader(h)));
    const columns = missing.map((column) => {
      const header = headerForNewColumn(sheet.registerKey, column, lang, takenHeaders);
      takenHeaders.add(foldHeader(header));
      if (header !== column.header) headerMap.set(column.header, header);
      return { column, header };
    });
    if (headerMap.size > 0) decision.headerMaps.set(key(table.name), headerMap);
    decision.actions.push({
      kind: "columns",
      sheet,
      tableName: existingTable.name,
      sheetName: existingTable.sheet,
      columns,
    });
    return;
  }

  const existingSheet = state.sheets.get(key(sheet.name));
  if (existingSheet && existingSheet.empty) {
    decision.actions.push({
      kind: "table",
      sheet,
      table,
      sheetName: existingSheet.name,
      createSheet: false,
    });
    return;
  }
  if (existingSheet) {
    const actual = freeSheetName(sheet.name, taken);
    taken.add(key(actual));
    decision.renames.set(sheet.name, actual);
    decision.sheetsRenamed.push({
      planned: sheet.name,
      actual,
      reason: `A sheet named "${existingSheet.name}" already exists without table ${table.name}; it was left untouched and the register sheet was created as "${actual}".`,
    });
    decision.actions.push({ kind: "table", sheet, table, sheetName: actual, createSheet: true });
    return;
  }
  taken.add(key(sheet.name));
  decision.actions.push({ kind: "table", sheet, table, sheetName: sheet.name, createSheet: true });
}

/**
 * The plan's formulas may name columns of register tables the plan does not hold (a Tiers formula
 * reads tblClients): those tables' headers are mapped too, from the field labels in the plan's
 * language to the headers the workbook has.
 */
function mapOtherRegisterTables(
  plan: WorkbookPlan,
  state: WorkbookState,
  decision: ApplyDecision
): void {
  const planned = new Set(plan.sheets.flatMap((s) => (s.table ? [key(s.table.name)] : [])));
  for (const def of SHEETS) {
    const existing = state.tables.get(key(def.table));
    if (!existing || planned.has(key(def.table))) continue;
    const headerMap = new Map<string, string>();
    for (const field of def.fields) {
      const column = columnPlan(field, plan.lang);
      const actual = existing.headers.find((h) => headerMatchesColumn(def.key, h, column));
      if (actual !== undefined && actual !== column.header) headerMap.set(column.header, actual);
    }
    if (headerMap.size > 0) decision.headerMaps.set(key(def.table), headerMap);
  }
}

function decideGridSheet(
  sheet: SheetPlan,
  state: WorkbookState,
  taken: Set<string>,
  decision: ApplyDecision
): void {
  const existing: ExistingSheet | undefined = state.sheets.get(key(sheet.name));
  if (existing && !existing.empty) {
    decision.sheetsSkipped.push({
      sheet: existing.name,
      reason: `Sheet "${existing.name}" already exists and holds data; it was left unchanged.`,
    });
    return;
  }
  if (!existing) taken.add(key(sheet.name));
  decision.actions.push({
    kind: "grid",
    sheet,
    sheetName: existing?.name ?? sheet.name,
    createSheet: !existing,
  });
}

/** "Clients" → "Clients (2)", "Clients (3)", …, kept within Excel's 31-character limit. */
export function freeSheetName(base: string, taken: ReadonlySet<string>): string {
  for (let n = 2; ; n++) {
    const suffix = ` (${n})`;
    const candidate = `${base.slice(0, MAX_SHEET_NAME - suffix.length)}${suffix}`;
    if (!taken.has(key(candidate))) return candidate;
  }
}

/** Throws before any write when an existing sheet that must change is protected. */
function assertWritable(decision: ApplyDecision, state: WorkbookState): void {
  for (const action of decision.actions) {
    if (action.kind === "columns") {
      const table = [...state.tables.values()].find((t) => t.name === action.tableName);
      if (table?.sheetProtected)
        throw protectedSheetError(action.sheetName, {
          what: "write.what.add-columns",
          columns: action.columns.map((c) => c.header),
          table: action.tableName,
        });
    } else if (!action.createSheet) {
      const sheet = state.sheets.get(key(action.sheetName));
      if (sheet?.protected)
        throw protectedSheetError(action.sheetName, { what: "write.what.fill-sheet" });
    }
  }
  const creates = decision.actions
    .filter((a) => a.kind !== "columns" && a.createSheet)
    .map((a) => a.sheetName);
  if (creates.length > 0 && state.structureProtected) {
    throw new RegisterWriteError(
      "write.structure-protected",
      { sheets: creates },
      undefined,
      "protected"
    );
  }
}

function protectedSheetError(sheet: string, what: MessageParams): RegisterWriteError {
  return new RegisterWriteError(
    "write.sheet-protected",
    { sheetName: sheet, ...what },
    sheet,
    "protected"
  );
}
