/// <reference path="./fast-formula-parser.d.ts" />
/**
 * The stand-in's formula check: what Excel refuses when a formula is written through the API
 * (a cell's formula, a calculated column, a validation or conditional-format formula, a defined
 * name's reference), the fake refuses too, so a broken formula fails a test instead of a user's
 * workbook.
 *
 * fast-formula-parser does the parsing (its grammar is Excel's), but it cannot parse structured
 * references (README: "anything with [ and ]"). So they are checked here first, against the named
 * table's current header names (Excel matches them ignoring case), and each is replaced by a
 * plain range before the text goes to the parser.
 *
 * Stricter than Excel on purpose: a function that is neither an Excel built-in nor one of our
 * `KAM.*` custom functions is refused (Excel would accept it and show #NAME?), and so is a
 * reference to a sheet that does not exist (Excel would take it for a link to another workbook).
 * A defined name that does not exist yet is accepted, as in Excel: set-up adds the names after
 * the formulas that use them.
 */
import { readFileSync } from "fs";
import { join } from "path";
import { DepParser } from "fast-formula-parser";
import { EXCEL_FUNCTIONS } from "./excel-functions";
import { closingBracket, quotedEnd } from "../../../src/workbook/office/formula-refs";

/** Excel's limit on a formula's length. */
export const MAX_FORMULA_LENGTH = 8192;

export interface FormulaScope {
  /** The header names of the table called `name` (any case), or undefined when there is none. */
  tableHeaders(name: string): readonly string[] | undefined;
  hasSheet(name: string): boolean;
  /** The table whose range holds the formula's cell: unqualified references ([@Col]) name it. */
  ownTable?: string;
}

const ROOT = join(__dirname, "..", "..", "..");

/** Our custom functions as Excel knows them: the manifest's namespace and each @customfunction id. */
export const CUSTOM_FUNCTIONS: ReadonlySet<string> = (() => {
  const manifest = readFileSync(join(ROOT, "manifest.xml"), "utf8");
  const namespace = /id="Functions\.Namespace"\s+DefaultValue="([^"]+)"/.exec(manifest)?.[1];
  if (!namespace) throw new Error("manifest.xml names no custom-function namespace.");
  const source = readFileSync(join(ROOT, "src", "functions", "functions.ts"), "utf8");
  const ids = [...source.matchAll(/@customfunction\s+([A-Z0-9_.]+)/g)].map((m) => m[1]);
  return new Set(ids.map((id) => `${namespace}.${id}`.toUpperCase()));
})();

const SPECIAL_ITEMS = new Set(["#all", "#data", "#headers", "#totals", "#this row"]);
const NAME_START = /[\p{L}_\\]/u;
const NAME_CHAR = /[\p{L}\p{N}_.\\]/u;
const NAME_AT = /^[\p{L}_\\][\p{L}\p{N}_.\\]*/u;

/** Why Excel would refuse `formula` (with or without its "="), or undefined when it is fine. */
export function formulaProblem(formula: string, scope: FormulaScope): string | undefined {
  const text = formula.startsWith("=") ? formula.slice(1) : formula;
  if (text.trim() === "") return "the formula is empty";
  if (text.length > MAX_FORMULA_LENGTH)
    return `the formula is longer than Excel's ${MAX_FORMULA_LENGTH} characters`;
  const substituted = substituteStructuredRefs(text, scope);
  if (typeof substituted !== "string") return substituted.problem;
  const parsed = parse(substituted);
  if (parsed.problem) return parsed.problem;
  const unknown = parsed.functions.find((name) => !isKnownFunction(name));
  if (unknown !== undefined) return `${unknown} is neither an Excel function nor a KAM function`;
  const sheet = parsed.sheets.find((name) => !scope.hasSheet(name));
  if (sheet !== undefined) return `there is no sheet named '${sheet}'`;
  return undefined;
}

function isKnownFunction(name: string): boolean {
  const upper = name.toUpperCase().replace(/^_XLFN\.(_XLWS\.)?/, "");
  return EXCEL_FUNCTIONS.has(upper) || CUSTOM_FUNCTIONS.has(upper);
}

interface Parsed {
  problem?: string;
  functions: string[];
  sheets: string[];
}

/** Parses are pure functions of the text (structured references already replaced): cached. */
const parseCache = new Map<string, Parsed>();

function parse(text: string): Parsed {
  const cached = parseCache.get(text);
  if (cached) return cached;
  const functions: string[] = [];
  const parser = new DepParser({ onVariable: () => ({ row: 1, col: 1 }) });
  const callFunction = parser.callFunction.bind(parser);
  parser.callFunction = (name, args) => {
    functions.push(name);
    return callFunction(name, args);
  };
  let result: Parsed;
  try {
    const refs = parser.parse(text, { row: 1, col: 1, sheet: POSITION_SHEET });
    const sheets = refs.map((r) => r.sheet).filter((s): s is string => !!s && s !== POSITION_SHEET);
    result = { functions, sheets: [...new Set(sheets)] };
  } catch (error) {
    const detail = String((error as Error).message ?? error)
      .trim()
      .split("\n")
      .pop();
    result = { problem: `the formula does not parse (${detail})`, functions, sheets: [] };
  }
  parseCache.set(text, result);
  return result;
}

/** A sheet name no workbook has, standing for "the formula's own sheet" in the parser. */
const POSITION_SHEET = "\u0000own";

/** A structured reference, checked: its table and the columns it names (none: all of them). */
export interface StructuredRef {
  table: string;
  columns: string[];
  /** `@` or `#This Row`: the formula's own row only. */
  thisRow: boolean;
}

/**
 * Checks every structured reference (`tbl[Col]`, `tbl[[#This Row],[Col]]`, `tbl[@Col]`, `[@Col]`
 * inside a table) and replaces it by a plain reference (by default "A1:A2"; the evaluator gives
 * the cells it stands for), so that the parser sees an ordinary formula.
 */
export function substituteStructuredRefs(
  text: string,
  scope: FormulaScope,
  replace: (ref: StructuredRef) => string = () => "A1:A2"
): string | { problem: string } {
  let out = "";
  let i = 0;
  while (i < text.length) {
    const ch = text[i];
    if (ch === '"' || ch === "'") {
      const end = quotedEnd(text, i, ch);
      out += text.slice(i, end);
      i = end;
      continue;
    }
    const tokenStart = i === 0 || !(NAME_CHAR.test(text[i - 1]) || text[i - 1] === "]");
    if (tokenStart && NAME_START.test(ch)) {
      const name = NAME_AT.exec(text.slice(i))?.[0] ?? ch;
      if (text[i + name.length] !== "[") {
        out += name;
        i += name.length;
        continue;
      }
      const checked = checkStructuredRef(text, i + name.length, name, scope);
      if ("problem" in checked) return checked;
      out += replace(checked.ref);
      i = checked.end;
      continue;
    }
    if (ch === "@") {
      // Excel 365's implicit-intersection operator (=@SUM(A1)), which the parser does not know.
      i++;
      continue;
    }
    if (tokenStart && ch === "[") {
      if (!scope.ownTable)
        return {
          problem: `"${text.slice(i)}" names no table, which only a formula inside a table may do`,
        };
      const checked = checkStructuredRef(text, i, scope.ownTable, scope);
      if ("problem" in checked) return checked;
      out += replace(checked.ref);
      i = checked.end;
      continue;
    }
    out += ch;
    i++;
  }
  return out;
}

/** A column name as written ("Notes '#1") → as in the header ("Notes #1"); undefined when a [ ] or # is not escaped. */
function unescapeColumn(written: string): string | undefined {
  let name = "";
  for (let i = 0; i < written.length; i++) {
    const ch = written[i];
    if (ch === "'") {
      if (i + 1 >= written.length) return undefined;
      name += written[++i];
    } else if (ch === "#" || ch === "[" || ch === "]") return undefined;
    else name += ch;
  }
  return name;
}

function columnNames(written: string[]): string[] | { problem: string } {
  const names: string[] = [];
  for (const item of written) {
    const name = unescapeColumn(item);
    if (name === undefined)
      return { problem: `"${item}" needs an apostrophe before each [, ], # and '` };
    names.push(name);
  }
  return names;
}

function checkStructuredRef(
  text: string,
  open: number,
  table: string,
  scope: FormulaScope
): { end: number; ref: StructuredRef } | { problem: string } {
  const close = closingBracket(text, open);
  if (close < 0) return { problem: `the structured reference "${text.slice(open)}" is not closed` };
  const headers = scope.tableHeaders(table);
  if (!headers) return { problem: `there is no table named "${table}"` };
  const spec = text.slice(open + 1, close);
  const columns = specColumns(spec);
  if ("problem" in columns) return { problem: `${table}[…]: ${columns.problem}` };
  const known = new Set(headers.map((h) => h.toLowerCase()));
  const missing = columns.find((c) => !known.has(c.toLowerCase()));
  if (missing !== undefined)
    return {
      problem: `table ${table} has no column "${missing}" (its columns: ${headers.map((h) => `"${h}"`).join(", ")})`,
    };
  const thisRow = /^\s*@|#this row/i.test(spec);
  return { end: close + 1, ref: { table, columns, thisRow } };
}

/** The column names a structured reference's specifier (the text between its outer brackets) names. */
function specColumns(inner: string): string[] | { problem: string } {
  const spec = inner.trim();
  if (spec === "") return [];
  if (spec.startsWith("@")) {
    const rest = spec.slice(1).trim();
    if (rest === "") return [];
    if (!rest.startsWith("[")) return columnNames([rest]);
    const items = bracketItems(rest);
    if ("problem" in items) return items;
    if (items.some((item) => item.startsWith("#")))
      return { problem: `"@" cannot be combined with a special item` };
    return columnNames(items);
  }
  if (spec.startsWith("#")) {
    return SPECIAL_ITEMS.has(spec.toLowerCase())
      ? []
      : { problem: `"${spec}" is not a special item` };
  }
  if (!spec.startsWith("[")) return columnNames([spec]);
  const items = bracketItems(spec);
  if ("problem" in items) return items;
  const columns: string[] = [];
  for (const item of items) {
    if (!item.startsWith("#")) columns.push(item);
    else if (!SPECIAL_ITEMS.has(item.toLowerCase()))
      return { problem: `"${item}" is not a special item` };
  }
  return columnNames(columns);
}

/** "[a],[b]:[c]" → ["a", "b", "c"]; items are separated by "," (specials) or ":" (a column span). */
function bracketItems(text: string): string[] | { problem: string } {
  const items: string[] = [];
  let i = 0;
  while (i < text.length) {
    if (text[i] !== "[") return { problem: `unexpected "${text.slice(i)}"` };
    const close = closingBracket(text, i);
    if (close < 0) return { problem: `"${text.slice(i)}" is not closed` };
    items.push(text.slice(i + 1, close));
    i = close + 1;
    while (text[i] === " ") i++;
    if (i >= text.length) break;
    if (text[i] !== "," && text[i] !== ":") return { problem: `unexpected "${text.slice(i)}"` };
    i++;
    while (text[i] === " ") i++;
  }
  return items;
}
