/**
 * A warning about the values of a column (status words the register does not know, Birthdays
 * written "MM/DD" without a year, a bad date among good ones) is one thing to tell a person, not one
 * line per row: the cells of a column with one kind of problem become one issue for the column
 * (a second kind of problem, its own issue), with how many rows,
 * the distinct values with their counts and the first row numbers. The values themselves are kept as
 * before (in notes); only the telling is gathered. A column where a single cell has the warning
 * keeps that cell's own issue, which already names its row.
 */
import { renderMessage, type MessageCode, type MessageParams } from "../register/messages";
import { gatherIssues, listedRows, listedValues, valueCounts } from "./gather-issues";
import type { ImportIssue } from "./types";

/** Row warnings about one cell's value, and the column issue each gathers into. */
const GATHERED: Readonly<Record<string, MessageCode>> = {
  "value.unreadable-kept": "value.column-kept",
  "value.unreadable-kept-column": "value.column-kept-extra",
  "value.warning": "value.column-warning",
};

/** A single row's warning stays its own issue; from this many rows on, the column's is one. */
export const MIN_GATHERED_ROWS = 2;
export { VALUES_LISTED, ROWS_LISTED } from "./gather-issues";
/** Values shown as examples (the `examples` parameter, kept for readers of earlier results). */
const EXAMPLES = 3;

function groupKey(issue: ImportIssue): string | null {
  if (issue.severity !== "warning" || issue.row === null || issue.column === null) return null;
  if (!issue.code || !(issue.code in GATHERED)) return null;
  // One issue per kind of problem in the column: each explains its own cells.
  const problem = issue.params?.problem ?? "";
  return [issue.sheet, issue.column, issue.code, String(problem)].join("\u0000");
}

/**
 * The issues of one table's rows with every cell warning of a column gathered into one issue for
 * that column (in place of the first); the other issues keep their order.
 */
export function gatherColumnWarnings(issues: readonly ImportIssue[]): ImportIssue[] {
  return gatherIssues(issues, groupKey, MIN_GATHERED_ROWS, columnIssue);
}

function columnIssue(group: readonly ImportIssue[]): ImportIssue {
  const first = group[0];
  const counts = valueCounts(group);
  const examples = counts.slice(0, EXAMPLES).map(([v]) => v);
  const code = GATHERED[first.code as string];
  const params: MessageParams = {
    ...first.params,
    column: first.column as string,
    count: group.length,
    distinct: counts.length,
    values: listedValues(counts),
    rows: listedRows(group),
    examples: examples.map((v) => `"${v}"`).join(", "),
  };
  return {
    sheet: first.sheet,
    row: null,
    column: first.column,
    field: first.field,
    value: examples.join(", "),
    severity: "warning",
    message: renderMessage(code, params, "en") ?? code,
    code,
    params,
  };
}
