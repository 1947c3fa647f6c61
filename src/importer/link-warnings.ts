/**
 * The same link warning on many rows of a sheet (each row names no client; each names a client
 * the register does not have) is one thing to tell a person: one issue for the sheet with the
 * count, the names and their counts and the first rows. Each record is kept as before (without a
 * client link, the name in notes); only the telling is gathered. A single row keeps its own issue.
 */
import { renderMessage, type MessageCode, type MessageParams } from "../register/messages";
import { cellText } from "./grid";
import type { ImportIssue } from "./types";

/** Link warnings about one row, and the sheet issue each gathers into. */
const GATHERED: Readonly<Record<string, MessageCode>> = {
  "link.no-client": "link.rows-no-client",
  "link.unlinked-name": "link.rows-unlinked-name",
};

export const MIN_GATHERED_LINKS = 2;
const VALUES_LISTED = 8;
const ROWS_LISTED = 10;

function groupKey(issue: ImportIssue): string | null {
  if (issue.severity !== "warning" || issue.row === null) return null;
  if (!issue.code || !(issue.code in GATHERED)) return null;
  // Several clients of one name is a choice to make per row; only names no client has gather.
  if (issue.code === "link.unlinked-name" && issue.params?.why !== "link.no-client-named")
    return null;
  return [issue.sheet, issue.code].join("\u0000");
}

/** The issues with each sheet's repeated link warnings gathered into one (in place of the first). */
export function gatherLinkWarnings(issues: readonly ImportIssue[]): ImportIssue[] {
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
    if (group.length < MIN_GATHERED_LINKS) continue;
    gathered.set(group[0], sheetIssue(group));
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

function sheetIssue(group: readonly ImportIssue[]): ImportIssue {
  const first = group[0];
  const counts = new Map<string, number>();
  for (const issue of group) {
    const name = cellText(issue.value).trim();
    if (name !== "") counts.set(name, (counts.get(name) ?? 0) + 1);
  }
  const names = [...counts].sort((a, b) => b[1] - a[1]);
  const listed = names.slice(0, VALUES_LISTED).map(([v, n]) => `"${v}" ×${n}`);
  if (names.length > VALUES_LISTED) listed.push("…");
  const rows = [...group]
    .map((i) => i.row as number)
    .sort((a, b) => a - b)
    .slice(0, ROWS_LISTED)
    .map(String);
  if (group.length > ROWS_LISTED) rows.push("…");
  const code = GATHERED[first.code as string];
  const params: MessageParams = {
    count: group.length,
    distinct: names.length,
    values: listed.join(", "),
    rows: rows.join(", "),
  };
  return {
    sheet: first.sheet,
    row: null,
    column: null,
    field: first.field,
    value:
      names
        .slice(0, 3)
        .map(([v]) => v)
        .join(", ") || null,
    severity: "warning",
    message: renderMessage(code, params, "en") ?? code,
    code,
    params,
  };
}
