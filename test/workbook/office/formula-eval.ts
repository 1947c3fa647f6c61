/// <reference path="./fast-formula-parser.d.ts" />
/**
 * Calculates a cell of the stand-in's workbook, as Excel would, so a test can show what a live
 * formula gives (a due date that follows the SLAs on Settings), not only what it says.
 *
 * fast-formula-parser evaluates; this file feeds it the fake's cells, defined names and our
 * KAM.* custom functions (the real ones from src/functions, with Excel's argument shapes). It
 * cannot read structured references, so each is first replaced by the A1 cells it stands for in
 * the table as it is now (formula-check.ts does the reading and checking). Formula cells it reads
 * are calculated in turn. Only for tests: no caching, no dependency order, no dynamic arrays, and
 * fast-formula-parser's array arithmetic is unreliable (SUMPRODUCT(--(A1:A3<>"")) gives 1, not
 * 3), so use it on lookups and conditional sums, not on array expressions.
 */
import FormulaParser from "fast-formula-parser";
import "../../functions/custom-functions-global";
import * as kam from "../../../src/functions/functions";
import type { SheetModel, WorkbookModel } from "./fake-excel";
import { parseA1 } from "./fake-excel";
import { substituteStructuredRefs } from "./formula-check";

const ERROR_CODE_OF = (value: unknown): string | undefined =>
  typeof value === "object" && value !== null && "code" in value
    ? String((value as { code: unknown }).code)
    : undefined;

/** Our custom functions as fast-formula-parser calls them: KAM.<ID> → the function, its errors as formula errors. */
function customFunctions(): Record<string, (...args: FormulaParser.FunctionArg[]) => unknown> {
  const out: Record<string, (...args: FormulaParser.FunctionArg[]) => unknown> = {};
  for (const [name, fn] of Object.entries(kam)) {
    if (typeof fn !== "function") continue;
    out[`KAM.${name.toUpperCase()}`] = (...args) => {
      const result = (fn as (...values: unknown[]) => unknown)(
        ...args.map((a) => (a === null || a === undefined || a.omitted ? undefined : a.value))
      );
      const code = ERROR_CODE_OF(result);
      return code === undefined ? result : new FormulaParser.FormulaError(code);
    };
  }
  return out;
}

/** An argument's cells: a range or array as rows, a single value as one cell. */
const grid = (arg: FormulaParser.FunctionArg): unknown[][] =>
  Array.isArray(arg.value) ? (arg.value as unknown[][]) : [[arg.value]];

interface ParserContext {
  utils: { extractRefValue(arg: unknown): { val: unknown } };
}

/**
 * INDEX over values (fast-formula-parser's loses a defined name's cells): row, column, or the one
 * index of a vector. The parser hands INDEX its own context and unresolved references.
 */
function index(context: ParserContext, ...raw: unknown[]): unknown {
  const [within, row, column] = raw.map((arg) =>
    arg === null || arg === undefined
      ? { value: undefined, isArray: false, omitted: true }
      : { value: context.utils.extractRefValue(arg).val, isArray: false }
  );
  const cells = grid(within);
  const r = Number(row.value);
  const c = column === undefined || column.omitted ? undefined : Number(column.value);
  const value =
    c !== undefined
      ? cells[r - 1]?.[c - 1]
      : cells.length === 1
        ? cells[0][r - 1]
        : cells[r - 1]?.[0];
  return value === undefined ? new FormulaParser.FormulaError("#REF!") : value;
}

/**
 * MATCH, which fast-formula-parser lacks: the 1-based position of a value in a row or column
 * (match type 0: equal, text ignoring case; 1: the largest value at most it; -1: the smallest at
 * least it), else #N/A.
 */
function match(
  lookup: FormulaParser.FunctionArg,
  within: FormulaParser.FunctionArg,
  type?: FormulaParser.FunctionArg
): unknown {
  const wanted = lookup.value;
  const cells = grid(within).flat();
  const kind = type === undefined || type.omitted ? 1 : Number(type.value);
  const same = (a: unknown, b: unknown) =>
    typeof a === "string" && typeof b === "string" ? a.toLowerCase() === b.toLowerCase() : a === b;
  let found = -1;
  cells.forEach((cell, i) => {
    if (kind === 0) {
      if (found < 0 && same(cell, wanted)) found = i;
    } else if (typeof cell === typeof wanted && cell !== null) {
      const fits =
        kind > 0 ? (cell as number) <= (wanted as number) : (cell as number) >= (wanted as number);
      if (fits) found = i;
    }
  });
  return found < 0 ? new FormulaParser.FormulaError("#N/A") : found + 1;
}

function colName(index: number): string {
  let n = index + 1;
  let s = "";
  while (n > 0) {
    s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

const quoted = (sheet: string) => `'${sheet.replace(/'/g, "''")}'`;

/** The value `address` on `sheetName` shows: its constant, or its formula calculated now. */
export function evaluateCell(model: WorkbookModel, sheetName: string, address: string): unknown {
  const sheet = model.sheet(sheetName);
  if (!sheet) throw new Error(`No sheet ${sheetName}.`);
  const { row, column } = parseA1(address);
  return evaluateAt(model, sheet, row, column, new Set());
}

function evaluateAt(
  model: WorkbookModel,
  sheet: SheetModel,
  row: number,
  column: number,
  busy: Set<string>
): unknown {
  const cell = sheet.cell(row, column);
  if (!cell) return null;
  if (cell.formula === undefined) return cell.value === "" ? null : cell.value;
  const id = `${sheet.name}!${row},${column}`;
  if (busy.has(id)) throw new Error(`Circular reference at ${id}.`);
  busy.add(id);
  try {
    const text = substituteStructuredRefs(
      cell.formula.slice(1),
      {
        tableHeaders: (name) => model.table(name)?.headers(),
        hasSheet: (name) => model.sheet(name) !== undefined,
        ownTable: model.tableAt(sheet, row, column)?.name,
      },
      (ref) => {
        const table = model.table(ref.table)!;
        const headers = table.headers().map((h) => h.toLowerCase());
        const positions = ref.columns.map((c) => headers.indexOf(c.toLowerCase()));
        const first = table.rect.column + (positions.length ? Math.min(...positions) : 0);
        const last =
          table.rect.column + (positions.length ? Math.max(...positions) : table.rect.columns - 1);
        const top = ref.thisRow ? row : table.rect.row + 1;
        const bottom = ref.thisRow ? row : table.rect.row + table.rect.rows - 1;
        return `${quoted(table.sheet.name)}!${colName(first)}${top + 1}:${colName(last)}${bottom + 1}`;
      }
    );
    if (typeof text !== "string") throw new Error(text.problem);
    const read = (sheetRef: string | undefined, r: number, c: number): unknown => {
      const target = sheetRef ? model.sheet(sheetRef) : sheet;
      if (!target) throw new Error(`No sheet ${sheetRef}.`);
      return evaluateAt(model, target, r - 1, c - 1, busy);
    };
    const parser = new FormulaParser({
      functions: {
        ...customFunctions(),
        MATCH: match,
        INDEX: index as unknown as (...args: FormulaParser.FunctionArg[]) => unknown,
      },
      onCell: (ref) => read(ref.sheet, ref.row, ref.col),
      onRange: (ref) => {
        const rows: unknown[][] = [];
        for (let r = ref.from.row; r <= ref.to.row; r++) {
          const cells: unknown[] = [];
          for (let c = ref.from.col; c <= ref.to.col; c++) cells.push(read(ref.sheet, r, c));
          rows.push(cells);
        }
        return rows;
      },
      onVariable: (name) => {
        const entry = model.names.find((n) => n.name.toLowerCase() === name.toLowerCase());
        if (!entry) return null;
        const ref = entry.ref.replace(/^=/, "");
        const target = ref
          .slice(0, ref.lastIndexOf("!"))
          .replace(/^'(.*)'$/, "$1")
          .replace(/''/g, "'");
        const rect = parseA1(ref);
        // A one-cell name is a cell, as Excel passes it: a value, not a 1×1 range.
        if (rect.rows === 1 && rect.columns === 1)
          return { sheet: target, row: rect.row + 1, col: rect.column + 1 };
        return {
          sheet: target,
          from: { row: rect.row + 1, col: rect.column + 1 },
          to: { row: rect.row + rect.rows, col: rect.column + rect.columns },
        };
      },
    });
    const result = parser.parse(text, { sheet: sheet.name, row: row + 1, col: column + 1 });
    return result instanceof FormulaParser.FormulaError ? { error: result.error } : result;
  } finally {
    busy.delete(id);
  }
}
