/**
 * A log of transactions (one row per invoice, order or payment: a gym's membership invoices, a
 * shop's 会员消费记录) is not a client list, and a workbook that lists its clients on another sheet
 * reads it as nothing. But when no sheet of the workbook lists clients, and every row carries its
 * member's own details — a way to tell them apart (member number, phone, e-mail) and something a
 * sale does not need (birthday, ID number, occupation, income) — written the same on each of the
 * member's rows, the log is how the workbook keeps its members: a person imports one client per
 * member, the member's repeated rows merged, and leaves the transaction columns to notes.
 *
 * A log that names only who bought (a name and an e-mail to send the receipt to) stays a log.
 */
import type { SheetAnalysis } from "./analyse-sheet";
import { agreementWithin, comparableText } from "./keyed-agreement";
import { columnLabel } from "./map-columns";
import { sheetIssue } from "./sheet-issue";
import type { ImportIssue, SourceCell } from "./types";

/** A member's own details: what an invoice or an order has no need for. */
const PERSONAL_FIELDS = new Set([
  "birthday",
  "idNumber",
  "occupation",
  "annualIncome",
  "married",
  "children",
]);
/** What tells members apart (beside their name). */
const TELLING_FIELDS = new Set(["clientId", "phone", "email", "idNumber"]);
/** A personal column must be filled on this share of the rows at least. */
const FILLED_SHARE = 0.25;
/** Of the members seen on two rows or more with a value, this share must have one value only. */
const AGREEING_SHARE = 0.8;

/**
 * How a column's values stand within each member's rows: the share of members with two or more
 * values whose values are all one (1 when no member comes back with a value).
 */
function agreement(keys: readonly string[], values: readonly SourceCell[]): number {
  const { share, repeated } = agreementWithin(keys, values);
  return repeated === 0 ? 1 : share;
}

/**
 * The info issue that says the log was read as its members, when the analysis (the sheet read as
 * Clients, its transaction verdict set aside) shows each row carrying its member's own details;
 * null when it does not, and the log stays a log.
 */
export function membersOfLog(
  analysis: SheetAnalysis,
  headers: readonly string[]
): ImportIssue | null {
  const columns = analysis.mapping.columns;
  const rows = Math.max(0, ...analysis.columnValues.map((v) => v.length));
  if (analysis.mapping.registerSheet !== "Clients" || rows < 2) return null;
  const nameAt = columns.findIndex((c) => c.field === "name");
  if (nameAt < 0) return null;
  const idAt = columns.findIndex((c) => c.field === "clientId");
  const keyAt = idAt >= 0 ? idAt : nameAt;
  const keys = Array.from({ length: rows }, (_, r) =>
    comparableText(analysis.columnValues[keyAt]?.[r])
  );
  const filled = (i: number) =>
    (analysis.columnValues[i] ?? []).filter((v) => comparableText(v) !== "").length;
  const holds = (i: number) => agreement(keys, analysis.columnValues[i] ?? []) >= AGREEING_SHARE;
  const telling = columns.some(
    (c, i) => c.field !== null && TELLING_FIELDS.has(c.field) && filled(i) >= rows * 0.5 && holds(i)
  );
  const personal = columns.flatMap((c, i) =>
    c.field !== null && PERSONAL_FIELDS.has(c.field) && filled(i) >= rows * FILLED_SHARE && holds(i)
      ? [columnLabel(c.letter, c.header)]
      : []
  );
  if (!telling || personal.length === 0 || !holds(nameAt)) return null;
  const members = new Set(keys.filter((k) => k !== "")).size;
  return sheetIssue(analysis.sheet.name, "sheet.why.member-log", {
    headers,
    count: members,
    rows,
    column: columnLabel(columns[keyAt].letter, columns[keyAt].header),
    personal,
  });
}
