/**
 * A client list's key dates of contact: the last review or visit (Last Review, Last QBR, 最近拜访,
 * 上次回访, 上次拜訪日期) and the next one due (Next Review, 下次回访, Follow-up Date). A person reads
 * the last date as a visit made on that day, and the next date as the day the client is to be seen
 * again: the nextVisitOn of that visit, or — when the row gives no last date — a visit planned on
 * that day (the register reads a visit dated after today as the next one planned, not as one made).
 * Each visit says what it is by its header (purpose "Last Review"). Only columns of dates count:
 * "Last contact: by phone" is no date. Dates are read as the column writes them (day first or
 * month first from the whole column, ROC years, serial numbers among written dates).
 */
import type { RegisterRecord } from "../register/types";
import { cellText, isBlankCell } from "./grid";
import { buildRowContext, normalizeRow, type RowContext } from "./normalize-row";
import type { ReviewDateColumns } from "./review-date-columns";
import type { ColumnMapping, ImportIssue, SourceCell } from "./types";

export interface ReviewDatesWork {
  columns: ReviewDateColumns;
  /** The last date read as visitOn and the next as nextVisitOn. */
  ctx: RowContext;
  /** The next date read as visitOn: a row with no last date makes a planned visit. */
  plannedCtx: RowContext | null;
  lastHeader: string;
  nextHeader: string;
}

type ReaderOptions = Parameters<typeof buildRowContext>[4];

/** How a sheet's date-of-contact columns are read into Visits records, or null when it has none. */
export function reviewDatesWork(
  sheetName: string,
  mappings: readonly ColumnMapping[],
  columnValues: readonly (readonly SourceCell[])[],
  columns: ReviewDateColumns,
  options: ReaderOptions
): ReviewDatesWork {
  const as = (fields: Map<number, string>) =>
    mappings.map((m, i): ColumnMapping => ({
      ...m,
      field: fields.get(i) ?? null,
      source: fields.has(i) ? "alias" : "row-number",
      joined: undefined,
      joinSeparator: undefined,
    }));
  const both = new Map<number, string>();
  if (columns.last !== null) both.set(columns.last, "visitOn");
  if (columns.next !== null)
    both.set(columns.next, columns.last === null ? "visitOn" : "nextVisitOn");
  const planned =
    columns.last !== null && columns.next !== null
      ? buildRowContext(
          sheetName,
          "Visits",
          as(new Map([[columns.next, "visitOn"]])),
          columnValues,
          options
        )
      : null;
  return {
    columns,
    ctx: buildRowContext(sheetName, "Visits", as(both), columnValues, options),
    plannedCtx: planned,
    lastHeader: columns.last === null ? "" : (mappings[columns.last]?.header ?? ""),
    nextHeader: columns.next === null ? "" : (mappings[columns.next]?.header ?? ""),
  };
}

/**
 * The visit one client row's dates of contact give, with the issues of reading them (each naming
 * sheet, row and column); no record when the row gives no date the visit can stand on (a value
 * that is no date stays in the client's notes, see normalize-row).
 */
export function reviewVisitOfRow(
  work: ReviewDatesWork,
  row: number,
  cells: readonly SourceCell[]
): { record: RegisterRecord | null; issues: ImportIssue[]; unread: string[] } {
  const { last, next } = work.columns;
  const lastBlank = last === null || isBlankCell(cells[last] ?? null);
  const nextBlank = next === null || isBlankCell(cells[next] ?? null);
  if (lastBlank && nextBlank) return { record: null, issues: [], unread: [] };
  const planned = lastBlank && work.plannedCtx !== null;
  const read = normalizeRow(planned && work.plannedCtx ? work.plannedCtx : work.ctx, row, cells);
  const record = read.record;
  // A cell that is no date ("n/a", "soon") is kept in the client's notes under its header.
  const unread: string[] = [];
  const check = (column: number | null, field: string, header: string) => {
    if (column === null || isBlankCell(cells[column] ?? null)) return;
    if (typeof record[field] !== "string")
      unread.push(`${header}: ${cellText(cells[column] ?? null).trim()}`);
  };
  if (planned || last === null) check(next, "visitOn", work.nextHeader);
  else {
    check(last, "visitOn", work.lastHeader);
    check(next, "nextVisitOn", work.nextHeader);
  }
  if (typeof record.visitOn !== "string") return { record: null, issues: [], unread };
  if (record.notes !== null && record.notes !== undefined) record.notes = null;
  record.purpose = planned || last === null ? work.nextHeader : work.lastHeader;
  return { record, issues: read.issues.filter((i) => i.code !== "value.unreadable-kept"), unread };
}

/** The columns map-columns gave to dates of contact (map.why.review-date), or null. */
export function reviewDateColumnsOf(mappings: readonly ColumnMapping[]): ReviewDateColumns | null {
  let last: number | null = null;
  let next: number | null = null;
  mappings.forEach((m, i) => {
    const reason = m.reasons?.find((r) => r.code === "map.why.review-date");
    if (!reason) return;
    if (reason.params?.role === "last") last = i;
    else next = i;
  });
  return last === null && next === null ? null : { last, next };
}
