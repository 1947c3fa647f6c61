/**
 * Applies a WorkbookPlan to the open workbook through Office.js: the thin adapter between the pure
 * plan and Excel. It adds what is missing (sheets, tables, columns at a table's right end, defined
 * names) and never deletes or overwrites; running it again changes nothing.
 *
 * Round trips: up to two syncs to inspect the workbook, then one sync per batch of writes (a batch
 * holds at most `chunkRows` data rows and an estimated `maxRequestBytes` of request), then one
 * guarded sync each for header notes and print setup, which are newer API. Every check that can
 * refuse the plan runs before the first write.
 */
import type { WorkbookPlan } from "../plan";
import { jsonBytes } from "./cells";
import type { ApplyDecision, NewGridAction, NewTableAction, SheetNote } from "./decide";
import { decideActions, formulaFixer } from "./decide";
import { excelApiSupported, NOTES_EXCEL_API } from "./requirements";
import { inspectWorkbook } from "./inspect";
import type { FormulaFix } from "./sheet-format";
import { queuePrintSetup, validationWarnings, withCharts, withEquals } from "./sheet-format";
import { ACTION_OVERHEAD_BYTES, SyncBatcher } from "./sync-batcher";
import type { PreparedGrid } from "./write-grid";
import { prepareGrid, writeGrid } from "./write-grid";
import type { HeaderNote, PreparedTable, WriteLimits } from "./write-table";
import { addTableColumns, prepareTable, writeNewTable } from "./write-table";

export const DEFAULT_CHUNK_ROWS = 5_000;
/** Well under the 5 MB request limit of Excel on the web. */
export const DEFAULT_MAX_REQUEST_BYTES = 4_000_000;

export interface ApplyOptions {
  chunkRows?: number;
  maxRequestBytes?: number;
  /** Data rows written so far and in all. */
  onProgress?: (done: number, total: number) => void;
}

export interface ApplyReport {
  sheetsCreated: string[];
  tablesCreated: string[];
  columnsAdded: { sheet: string; table: string; columns: string[] }[];
  namesAdded: string[];
  rowsWritten: number;
  /** Data rows written, by sheet name. */
  rowsBySheet: Record<string, number>;
  /** Register sheets created under another name because a user's sheet had the planned name. */
  sheetsRenamed: { planned: string; actual: string; reason: string }[];
  sheetsSkipped: SheetNote[];
  /** Plan rows not written because their table already existed. */
  rowsSkipped: (SheetNote & { rows: number })[];
  warnings: string[];
}

export async function applyPlan(
  context: Excel.RequestContext,
  plan: WorkbookPlan,
  options: ApplyOptions = {}
): Promise<ApplyReport> {
  const limits = resolveLimits(options);
  const state = await inspectWorkbook(context, plan);
  const decision = decideActions(plan, state);
  const fix = formulaFixer(decision);
  const tables = decision.actions
    .filter((a): a is NewTableAction => a.kind === "table")
    .map((a) => prepareTable(a, limits));
  const grids = decision.actions
    .filter((a): a is NewGridAction => a.kind === "grid")
    .map((a) => prepareGrid(a, limits, fix));
  const report = startReport(decision, tables, grids);

  const total = report.rowsWritten;
  options.onProgress?.(0, total);
  const batcher = new SyncBatcher(
    context,
    { maxBytes: limits.maxRequestBytes, maxRows: limits.chunkRows },
    (done) => options.onProgress?.(done, total)
  );

  const newSheets = report.sheetsCreated;
  if (newSheets.length > 0) {
    await batcher.add(
      { bytes: newSheets.length * ACTION_OVERHEAD_BYTES + jsonBytes(newSheets) },
      () => {
        for (const name of newSheets) context.workbook.worksheets.add(name);
      }
    );
  }
  const notes: HeaderNote[] = [
    ...tables.flatMap((t) => t.notes),
    ...grids.flatMap((g) =>
      Object.entries(g.action.sheet.gridNotes ?? {}).map(([address, text]) => ({
        sheetName: g.action.sheetName,
        address,
        text,
      }))
    ),
  ];
  for (const action of decision.actions) {
    if (action.kind === "columns")
      notes.push(...(await addTableColumns(context, batcher, action, fix)));
  }
  for (const table of tables) await writeNewTable(context, batcher, table, fix);
  for (const grid of grids) await writeGrid(context, batcher, grid, fix);
  if (decision.names.length > 0) {
    await batcher.add(
      { bytes: decision.names.length * ACTION_OVERHEAD_BYTES + jsonBytes(decision.names) },
      () => {
        for (const name of decision.names)
          context.workbook.names.add(name.name, withEquals(name.ref), name.comment);
      }
    );
  }
  await batcher.flush();

  await addHeaderNotes(context, notes, report);
  await applyPrintSetup(context, decision, report);
  const opening = plan.activeSheet
    ? decision.actions.find((a) => a.kind !== "columns" && a.sheet.name === plan.activeSheet)
    : undefined;
  if (opening)
    await optionalStep(context, report, `Opening '${opening.sheetName}'`, "1.1", () =>
      context.workbook.worksheets.getItem(opening.sheetName).activate()
    );
  return report;
}

/**
 * How the plan's formulas are spelled in this workbook as it is (sheets created under another
 * name, the actual headers of its register tables), for writers that put plan formulas into
 * existing tables. Reads only (two syncs).
 */
export async function workbookFormulaFix(
  context: Excel.RequestContext,
  plan: WorkbookPlan
): Promise<FormulaFix> {
  return formulaFixer(decideActions(plan, await inspectWorkbook(context, plan)));
}

function resolveLimits(options: ApplyOptions): WriteLimits {
  const chunkRows = options.chunkRows ?? DEFAULT_CHUNK_ROWS;
  const maxRequestBytes = options.maxRequestBytes ?? DEFAULT_MAX_REQUEST_BYTES;
  if (!Number.isInteger(chunkRows) || chunkRows < 1)
    throw new RangeError(`chunkRows must be a positive whole number, not ${chunkRows}.`);
  if (!(maxRequestBytes >= 25 * ACTION_OVERHEAD_BYTES))
    throw new RangeError(
      `maxRequestBytes must be at least ${25 * ACTION_OVERHEAD_BYTES}, not ${maxRequestBytes}.`
    );
  return { chunkRows, maxRequestBytes };
}

/** Runs one optional step in its own sync; failure becomes a warning, never a half-failed set-up. */
async function optionalStep(
  context: Excel.RequestContext,
  report: ApplyReport,
  what: string,
  version: string,
  queue: () => void
): Promise<void> {
  if (!excelApiSupported(version)) {
    report.warnings.push(`${what} skipped: this version of Excel lacks ExcelApi ${version}.`);
    return;
  }
  try {
    queue();
    await context.sync();
  } catch (error) {
    report.warnings.push(`${what} not applied: ${(error as Error).message}`);
  }
}

/** Header notes (ExcelApi 1.18) explain enumeration codes and calculated columns. */
async function addHeaderNotes(
  context: Excel.RequestContext,
  notes: HeaderNote[],
  report: ApplyReport
): Promise<void> {
  if (notes.length === 0) return;
  const sheets = [...new Set(notes.map((n) => `'${n.sheetName}'`))].join(", ");
  await optionalStep(context, report, `Header notes on ${sheets}`, NOTES_EXCEL_API, () => {
    for (const note of notes) {
      if ("table" in note) {
        const table = context.workbook.tables.getItem(note.table.name);
        table.worksheet.notes.add(
          table.columns.getItem(note.table.header).getHeaderRowRange(),
          note.text
        );
      } else {
        const worksheet = context.workbook.worksheets.getItem(note.sheetName);
        worksheet.notes.add(worksheet.getRange(note.address), note.text);
      }
    }
  });
}

/** Print setup (ExcelApi 1.9) for the sheets this run created. */
async function applyPrintSetup(
  context: Excel.RequestContext,
  decision: ApplyDecision,
  report: ApplyReport
): Promise<void> {
  const printed = decision.actions.flatMap((a) =>
    a.kind !== "columns" && a.sheet.print ? [{ action: a, print: a.sheet.print }] : []
  );
  if (printed.length === 0) return;
  const sheets = printed.map((p) => `'${p.action.sheetName}'`).join(", ");
  await optionalStep(context, report, `Print setup of ${sheets}`, "1.9", () => {
    for (const { action, print } of printed)
      queuePrintSetup(
        context.workbook.worksheets.getItem(action.sheetName),
        withCharts(print, action.kind === "table" ? [] : (action.sheet.charts ?? [])),
        action.kind === "table"
      );
  });
}

function startReport(
  decision: ApplyDecision,
  tables: PreparedTable[],
  grids: PreparedGrid[]
): ApplyReport {
  const rowsBySheet: Record<string, number> = {};
  for (const table of tables) rowsBySheet[table.action.sheetName] = table.dataRows;
  const columnWarnings = decision.actions.flatMap((a) =>
    a.kind === "columns"
      ? validationWarnings(
          a.sheetName,
          a.columns.map((c) => ({ where: `column "${c.header}"`, rule: c.column.validation }))
        )
      : []
  );
  return {
    sheetsCreated: decision.actions.flatMap((a) =>
      a.kind !== "columns" && a.createSheet ? [a.sheetName] : []
    ),
    tablesCreated: tables.map((t) => t.action.table.name),
    columnsAdded: decision.actions.flatMap((a) =>
      a.kind === "columns"
        ? [{ sheet: a.sheetName, table: a.tableName, columns: a.columns.map((c) => c.header) }]
        : []
    ),
    namesAdded: decision.names.map((n) => n.name),
    rowsWritten: tables.reduce((sum, t) => sum + t.dataRows, 0),
    rowsBySheet,
    sheetsRenamed: decision.sheetsRenamed,
    sheetsSkipped: decision.sheetsSkipped,
    rowsSkipped: decision.rowsSkipped,
    warnings: [
      ...tables.flatMap((t) => t.warnings),
      ...columnWarnings,
      ...grids.flatMap((g) => g.warnings),
    ],
  };
}
