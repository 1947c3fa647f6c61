/**
 * Re-pointing plan formulas at the workbook as it is: sheets created under another name, and
 * table columns whose existing header differs from the plan's (another language, an alias).
 * Pure text rewriting of sheet prefixes and structured references.
 */
import { quoteSheetName } from "./cells";

/** Table name (lower case) → plan header → the header the workbook's table actually has. */
export type HeaderMaps = ReadonlyMap<string, ReadonlyMap<string, string>>;

/**
 * Rewrites references to renamed sheets inside a formula or a defined-name reference:
 * `Clients!$A$1` and `'Clients'!A1` become `'Clients (2)'!$A$1` when Clients was renamed.
 */
export function renameSheetRefs(text: string, renames: ReadonlyMap<string, string>): string {
  let out = text;
  for (const [from, to] of renames) {
    const quotedFrom = `'${from.replace(/'/g, "''")}'!`;
    out = out.split(quotedFrom).join(`${quoteSheetName(to)}!`);
    if (/^[\p{L}\p{N}_.]+$/u.test(from)) {
      const bare = new RegExp(`(^|[^\\p{L}\\p{N}_.'])${escapeRegExp(from)}!`, "gu");
      out = out.replace(bare, (_m, lead: string) => `${lead}${quoteSheetName(to)}!`);
    }
  }
  return out;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** Escapes the characters a structured-reference column name quotes with an apostrophe. */
export function escapeColumnName(name: string): string {
  return name.replace(/['#[\]]/g, "'$&");
}

function unescapeColumnName(text: string): string {
  return text.replace(/'(.)/g, "$1");
}

/**
 * Renames the column names inside structured references (`tblTiers[[#This Row],[Tier]]`,
 * `tblClients[[Annual revenue]]`, `tblX[Col]`) of the tables in `maps`. Specifiers such as
 * `#This Row` and text inside string literals are left alone.
 */
export function rewriteStructuredRefs(formula: string, maps: HeaderMaps): string {
  if (maps.size === 0) return formula;
  let out = "";
  let i = 0;
  while (i < formula.length) {
    if (formula[i] === '"') {
      const end = quotedEnd(formula, i);
      out += formula.slice(i, end);
      i = end;
      continue;
    }
    const name = /^[A-Za-z_\\][A-Za-z0-9_.]*/.exec(formula.slice(i))?.[0];
    const startsToken = i === 0 || !/[A-Za-z0-9_.\\]/.test(formula[i - 1]);
    if (name && startsToken && formula[i + name.length] === "[" && maps.has(name.toLowerCase())) {
      const open = i + name.length;
      const close = matchingBracket(formula, open);
      const inner = formula.slice(open + 1, close);
      out += `${name}[${renameColumns(inner, maps.get(name.toLowerCase()) as ReadonlyMap<string, string>)}]`;
      i = close + 1;
      continue;
    }
    if (name && startsToken) {
      out += name;
      i += name.length;
      continue;
    }
    out += formula[i];
    i++;
  }
  return out;
}

/** Index just past the quoted text starting at `start` (`""` or `''` inside escapes the quote). */
export function quotedEnd(text: string, start: number, quote = '"'): number {
  let i = start + 1;
  while (i < text.length) {
    if (text[i] === quote && text[i + 1] === quote) i += 2;
    else if (text[i] === quote) return i + 1;
    else i++;
  }
  return text.length;
}

/** Index of the "]" closing the "[" at `open` ("'" escapes the next character), or -1 when none does. */
export function closingBracket(text: string, open: number): number {
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    const ch = text[i];
    if (ch === "'") {
      i++;
      continue;
    }
    if (ch === "[") depth++;
    else if (ch === "]" && --depth === 0) return i;
  }
  return -1;
}

/** Like closingBracket, but an unclosed bracket runs to the end (the rewrite leaves the rest as is). */
function matchingBracket(text: string, open: number): number {
  const close = closingBracket(text, open);
  return close < 0 ? text.length - 1 : close;
}

function renameColumns(inner: string, map: ReadonlyMap<string, string>): string {
  const rename = (escaped: string): string => {
    if (escaped.startsWith("#")) return escaped;
    const actual = map.get(unescapeColumnName(escaped));
    return actual === undefined ? escaped : escapeColumnName(actual);
  };
  if (!inner.startsWith("[")) return rename(inner);
  let out = "";
  let i = 0;
  while (i < inner.length) {
    if (inner[i] !== "[") {
      out += inner[i];
      i++;
      continue;
    }
    const close = matchingBracket(inner, i);
    out += `[${rename(inner.slice(i + 1, close))}]`;
    i = close + 1;
  }
  return out;
}
