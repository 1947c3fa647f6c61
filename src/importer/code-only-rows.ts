/**
 * Rows that name no one. A table read as holdings, complaints or deals is imported onto the
 * clients its rows name; when the only thing tying a row to anybody is a client number (client_id
 * CLT-…, customer_id CUST1000 …) that no client list of the workbook holds, and no other column's
 * header says what that register sheet keeps (a value, a date, a policy, a stage), the rows are
 * something else keyed by client — an item's agreed price per buyer code, a teaching set of
 * anonymous loan applications — and a person imports nothing from them. A column its values or a
 * near word alone made a field (source_id read as a channel) says nothing of the kind; a column
 * naming the party (a name, a contact, a phone) makes the rows someone's.
 */
import type { SheetAnalysis } from "./analyse-sheet";
import { usable } from "./derived-sheets";
import { cellText } from "./grid";

/** Fields that name or reach the party a row is about: the rows are someone's. */
const PARTY_FIELDS: ReadonlySet<string> = new Set([
  "name",
  "clientName",
  "prospect",
  "policyholder",
  "insured",
  "mainContact",
  "attendees",
  "email",
  "phone",
  "address",
  "idNumber",
]);
/** Fields any record keeps beside what defines it: they say nothing of what the rows are. */
const ANY_RECORD_FIELDS: ReadonlySet<string> = new Set(["clientId", "notes"]);
/** Fewest numbered rows: a handful may be a sketch of a sheet still to be filled. */
const MIN_ROWS = 5;

export interface CodeOnlyRows {
  analysis: SheetAnalysis;
  /** The client number's header. */
  header: string;
  /** A few of its numbers. */
  ids: string;
}

/** Tables whose rows only a client number no sheet of the workbook lists ties to anybody. */
export function codeOnlyRows(analyses: readonly SheetAnalysis[]): CodeOnlyRows[] {
  if (analyses.some((a) => usable(a) && a.mapping.registerSheet === "Clients")) return [];
  const out: CodeOnlyRows[] = [];
  for (const a of analyses) {
    if (!usable(a) || a.mapping.registerSheet === "Clients") continue;
    const columns = a.mapping.columns;
    const idAt = columns.findIndex((c) => c.field === "clientId" && c.source === "alias");
    if (idAt < 0) continue;
    const saysSomething = columns.some(
      (c) =>
        c.field !== null &&
        !ANY_RECORD_FIELDS.has(c.field) &&
        (PARTY_FIELDS.has(c.field) || c.source === "alias" || c.source === "override")
    );
    if (saysSomething) continue;
    const ids = (a.columnValues[idAt] ?? []).map((v) => cellText(v).trim()).filter((t) => t);
    if (ids.length < MIN_ROWS) continue;
    out.push({
      analysis: a,
      header: columns[idAt].header,
      ids: [...new Set(ids)].slice(0, 3).join(", "),
    });
  }
  return out;
}
