/**
 * A warning that holds for most of a column (every Birthday written "MM/DD" without a year, every
 * status a word the register does not know) is one thing to tell a person, not one line per row:
 * it becomes one issue for the column, with how many rows and a few of their values. The values
 * themselves are kept as before (in notes); only the telling is gathered.
 */
import { renderMessage, type MessageCode, type MessageParams } from "../register/messages";
import { cellText } from "./grid";
import type { ImportIssue } from "./types";

/** Row warnings about one cell's value, and the column issue each gathers into. */
const GATHERED: Readonly<Record<string, MessageCode>> = {
  "value.unreadable-kept": "value.column-kept",
  "value.unreadable-kept-column": "value.column-kept-extra",
  "value.warning": "value.column-warning",
};

/** Fewer rows than this are no flood: each keeps its own line. */
export const MIN_GATHERED_ROWS = 5;
/** Share of the column's filled cells the warning must hold for. */
const MOST_OF_COLUMN = 0.5;
/** Values shown as examples. */
const EXAMPLES = 3;

function groupKey(issue: ImportIssue): string | null {
  if (issue.severity !== "warning" || issue.row === null || issue.column === null) return null;
  if (!issue.code || !(issue.code in GATHERED)) return null;
  const problem = issue.params?.problem ?? "";
  return [issue.sheet, issue.column, issue.code, String(problem)].join("\u0000");
}

/**
 * The issues of one table's rows with every warning that holds for most of its column gathered
 * into one issue for that column (in place of the first); the other issues keep their order.
 * `filledCells` gives how many cells of a column (by its label) hold a value.
 */
export function gatherColumnWarnings(
  issues: readonly ImportIssue[],
  filledCells: (column: string) => number
): ImportIssue[] {
  const groups = new Map<string, ImportIssue[]>();
  for (const issue of issues) {
    const key = groupKey(issue);
    if (key === null) continue;
    const group = groups.get(key);
    if (group) group.push(issue);
    else groups.set(key, [issue]);
  }
  const gathered = new Map<ImportIssue, ImportIssue | null>();
  for (const group of groups.values()) {
    const column = group[0].column as string;
    if (group.length < MIN_GATHERED_ROWS) continue;
    if (group.length < MOST_OF_COLUMN * filledCells(column)) continue;
    gathered.set(group[0], columnIssue(group));
    for (const other of group.slice(1)) gathered.set(other, null);
  }
  if (gathered.size === 0) return [...issues];
  const out: ImportIssue[] = [];
  for (const issue of issues) {
    const replaced = gathered.get(issue);
    if (replaced === undefined) out.push(issue);
    else if (replaced !== null) out.push(replaced);
  }
  return out;
}

function columnIssue(group: readonly ImportIssue[]): ImportIssue {
  const first = group[0];
  const examples = [
    ...new Set(group.map((i) => cellText(i.value)).filter((v) => v.trim() !== "")),
  ].slice(0, EXAMPLES);
  const code = GATHERED[first.code as string];
  const params: MessageParams = {
    ...first.params,
    column: first.column as string,
    count: group.length,
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
