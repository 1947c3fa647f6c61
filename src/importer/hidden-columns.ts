/**
 * Columns a person reading the sheet does not see, or is told not to touch: hidden in the source
 * (the readers pass a column's hidden state), or headed "(Do Not Modify) …" as Dynamics 365 heads
 * the record id, row checksum and modified-on columns of its Excel exports. They are never mapped
 * and never added to notes (a GUID or checksum in every client's notes helps nobody); the import
 * says once per sheet which columns it left out. A caller's mapping that names such a column by
 * its header still brings it in.
 */
import { renderMessage } from "../register/messages";
import type { DetectedTable, HeaderColumn } from "./detect-table";
import { columnLetter } from "./grid";
import { sheetIssue } from "./sheet-issue";
import { columnLabel, UNMAPPED } from "./map-columns";
import { matchForm } from "./header-match";
import type { CodedReason, ColumnMapping, ImportIssue, SourceSheet } from "./types";

/** "(Do Not Modify) Account", "（请勿修改）客户", "(請勿修改) 帳戶": a system's own column. */
const DO_NOT_MODIFY = /^\(\s*(?:do\s*not\s*modify|请勿修改|請勿修改|勿修改|不要修改)\s*\)/i;

export function isDoNotModifyHeader(text: string): boolean {
  return DO_NOT_MODIFY.test(text.normalize("NFKC").trim());
}

export type HiddenWhy = "hidden" | "do-not-modify";

/**
 * Why each of the table's columns is left out (by position in `table.columns`), or undefined for
 * a column a person sees. A column the caller's mapping maps to a field by its header is not left
 * out; one it maps to nothing ("-", as a saved mapping file writes an unmapped column) still is.
 */
export function hiddenColumnsOf(
  sheet: SourceSheet,
  table: DetectedTable,
  named: ReadonlyMap<string, string> = new Map()
): (HiddenWhy | undefined)[] {
  const hidden = new Set(sheet.hiddenColumns ?? []);
  return table.columns.map((column) => {
    const names = [column.text, ...column.candidates].map((t) => named.get(matchForm(t)));
    if (names.some((field) => field !== undefined && field !== UNMAPPED)) return undefined;
    if (hidden.has(column.index)) return "hidden";
    if (column.candidates.some(isDoNotModifyHeader) || isDoNotModifyHeader(column.text))
      return "do-not-modify";
    return undefined;
  });
}

/** The mapping of a column left out: no field, no samples, and why. */
export function hiddenColumnMapping(column: HeaderColumn, why: HiddenWhy): ColumnMapping {
  const reason: CodedReason =
    why === "hidden"
      ? { code: "map.why.hidden", params: {} }
      : { code: "map.why.do-not-modify", params: { header: column.text } };
  return {
    index: column.index,
    letter: columnLetter(column.index),
    header: column.text,
    field: null,
    confidence: 1,
    source: "hidden",
    samples: [],
    reasons: [reason],
    evidence: [renderMessage(reason.code, reason.params, "en") ?? reason.code],
  };
}

/** One info issue for a sheet's columns left out; null when there are none. */
export function hiddenColumnsIssue(
  sheetName: string,
  mappings: readonly ColumnMapping[]
): ImportIssue | null {
  const left = mappings.filter((m) => m.source === "hidden");
  if (left.length === 0) return null;
  const params = {
    count: left.length,
    columns: left.map((m) => columnLabel(m.letter, m.header)),
  };
  const code = "import.hidden-columns";
  return sheetIssue(sheetName, code, params);
}
