/**
 * The same link warning on many rows of a sheet (each row names no client; each names a client
 * the register does not have) is one thing to tell a person: one issue for the sheet with the
 * count, the names and their counts and the first rows. Each record is kept as before (without a
 * client link, the name in notes); only the telling is gathered. A single row keeps its own issue.
 */
import { renderMessage, type MessageCode, type MessageParams } from "../register/messages";
import { gatherIssues, listedRows, listedValues, valueCounts } from "./gather-issues";
import type { ImportIssue } from "./types";

/** Link warnings about one row, and the sheet issue each gathers into. */
const GATHERED: Readonly<Record<string, MessageCode>> = {
  "link.no-client": "link.rows-no-client",
  "link.unlinked-name": "link.rows-unlinked-name",
};

export const MIN_GATHERED_LINKS = 2;

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
  return gatherIssues(issues, groupKey, MIN_GATHERED_LINKS, sheetIssue);
}

function sheetIssue(group: readonly ImportIssue[]): ImportIssue {
  const first = group[0];
  const names = valueCounts(group);
  const code = GATHERED[first.code as string];
  const params: MessageParams = {
    count: group.length,
    distinct: names.length,
    values: listedValues(names),
    rows: listedRows(group),
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
