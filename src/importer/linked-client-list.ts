/**
 * A workbook of linked tables (a small CRM app's export: Customers, and an Activity Log naming
 * each row's customer by the customer's UUID) says which table is the client list by its links:
 * the table whose own row ids another table's client-id column names is the list of those clients,
 * whatever its other columns sound like (a lifecycle Status and a Deal Value read like a
 * pipeline). Only a workbook with no table read as clients is read so, and only through an id
 * column that names nothing but the row (ID, UUID, 编号): a pipeline's "Client ID" is the client
 * its deal is with, not the deal's own id.
 */
import { OWN_ID_HEADERS } from "../register/vocabulary";
import type { SheetAnalysis } from "./analyse-sheet";
import { cellText, columnLetter } from "./grid";
import { matchForm } from "./header-match";
import { columnLabel } from "./map-columns";
import { sheetIssue } from "./sheet-issue";
import type { ImportIssue, SourceCell } from "./types";

/** Share of the linking column's distinct ids that must stand in the list's id column. */
const FOUND_SHARE = 0.8;
/** Fewer distinct ids than this say nothing. */
const MIN_IDS = 3;

const OWN_ID_FORMS = new Set(OWN_ID_HEADERS.map((w) => matchForm(w)));

export interface LinkedClientList {
  /** The list's id column (index in its analysis). */
  column: number;
  issue: ImportIssue;
}

function texts(values: readonly SourceCell[]): string[] {
  return values.map((v) => cellText(v).trim()).filter((t) => t !== "");
}

/**
 * The sheets (by name) that other sheets' client-id columns link to through their own row id,
 * when no sheet of the workbook is read as the client list.
 */
export function linkedClientLists(
  analyses: readonly SheetAnalysis[]
): Map<string, LinkedClientList> {
  const out = new Map<string, LinkedClientList>();
  if (analyses.some((a) => a.mapping.registerSheet === "Clients")) return out;
  for (const from of analyses) {
    if (!from.table || from.mapping.registerSheet === null) continue;
    from.mapping.columns.forEach((link, j) => {
      if (link.field !== "clientId") return;
      const wanted = new Set(texts(from.columnValues[j] ?? []));
      if (wanted.size < MIN_IDS) return;
      for (const list of analyses) {
        if (list === from || list.sheet.name === from.sheet.name) continue;
        if (!list.table || list.overridden || list.notData || list.form) continue;
        if (out.has(list.sheet.name)) continue;
        list.table.columns.forEach((column, i) => {
          if (out.has(list.sheet.name) || !OWN_ID_FORMS.has(matchForm(column.text))) return;
          const ids = texts(list.columnValues[i] ?? []);
          const own = new Set(ids);
          // A row id names one row: every value once.
          if (own.size < MIN_IDS || own.size !== ids.length) return;
          let found = 0;
          for (const id of wanted) if (own.has(id)) found++;
          if (found < wanted.size * FOUND_SHARE) return;
          const params = {
            other: from.sheet.name,
            column: columnLabel(link.letter, link.header),
            id: columnLabel(columnLetter(column.index), column.text),
            found,
            count: wanted.size,
          };
          const code = "sheet.why.linked-client-list";
          out.set(list.sheet.name, {
            column: i,
            issue: sheetIssue(list.sheet.name, code, params),
          });
        });
      }
    });
  }
  return out;
}
