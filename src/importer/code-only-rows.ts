/**
 * Rows that name no one. A table read as holdings, complaints or deals is imported onto the
 * clients its rows name; when the only thing tying a row to anybody is a client number (client_id
 * CLT-…, customer_id CUST1000 …) that no sheet of the workbook holds, and no other column's
 * header says what that register sheet keeps (a value, a policy, a stage), the rows are something
 * else keyed by client — an item's agreed price per buyer code, a teaching set of anonymous loan
 * applications — and a person imports nothing from them. A column its values or a near word alone
 * made a field (source_id read as a channel) says nothing of the kind; a column naming the party
 * (a name, a contact, a phone) makes the rows someone's.
 *
 * Two kinds of such rows are still the register's. A dated log — each row dated in a date column
 * of the register sheet, with something else it keeps beside (how a contact was made, its
 * outcome) — records what happened with each client: a CRM's interactions keyed by CustomerID.
 * And rows whose numbers another kept sheet of the workbook holds (a premium history per client
 * and year beside the policy list of the same client numbers) are tied to those records: what
 * they are is for the sheets beside them to say.
 */
import type { SheetAnalysis } from "./analyse-sheet";
import { usable } from "./derived-sheets";
import { cellText } from "./grid";
import { targetsFor } from "./header-match";

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
/** Share of a column's values that are dates for the rows to be dated by it. */
const DATED_SHARE = 0.8;
/** Share of a table's client numbers another kept sheet holding them ties to its records. */
const HELD_SHARE = 0.5;

export interface CodeOnlyRows {
  analysis: SheetAnalysis;
  /** The client number's header. */
  header: string;
  /** A few of its numbers. */
  ids: string;
}

/** The filled texts of one column of a table. */
function textsOf(a: SheetAnalysis, column: number): string[] {
  return (a.columnValues[column] ?? []).map((v) => cellText(v).trim()).filter((t) => t);
}

/** The texts of a table's client-number column (any source); none without one. */
function clientNumbers(a: SheetAnalysis): string[] {
  const column = a.mapping.columns.findIndex((c) => c.field === "clientId");
  return column < 0 ? [] : textsOf(a, column);
}

/**
 * Each row dated in a date column of the register sheet (its values dates), and another field
 * the sheet keeps beside it (how, what, the outcome): a log of what happened with each client.
 */
function isDatedLog(a: SheetAnalysis): boolean {
  const registerSheet = a.mapping.registerSheet;
  if (registerSheet === null) return false;
  const dateFields = new Set(
    targetsFor(registerSheet)
      .filter((t) => t.field.type === "date")
      .map((t) => t.key)
  );
  const columns = a.mapping.columns;
  const dateAt = columns.findIndex(
    (c, i) =>
      c.field !== null && dateFields.has(c.field) && (a.profiles[i]?.date ?? 0) >= DATED_SHARE
  );
  if (dateAt < 0) return false;
  return columns.some(
    (c, i) =>
      i !== dateAt &&
      c.field !== null &&
      !ANY_RECORD_FIELDS.has(c.field) &&
      !PARTY_FIELDS.has(c.field) &&
      !dateFields.has(c.field)
  );
}

/** Tables whose rows only a client number no sheet of the workbook holds ties to anybody. */
export function codeOnlyRows(analyses: readonly SheetAnalysis[]): CodeOnlyRows[] {
  if (analyses.some((a) => usable(a) && a.mapping.registerSheet === "Clients")) return [];
  const found: (CodeOnlyRows & { numbers: string[] })[] = [];
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
    if (saysSomething || isDatedLog(a)) continue;
    const numbers = textsOf(a, idAt);
    if (numbers.length < MIN_ROWS) continue;
    found.push({
      analysis: a,
      header: columns[idAt].header,
      ids: [...new Set(numbers)].slice(0, 3).join(", "),
      numbers,
    });
  }
  // The numbers another sheet the import keeps holds are its records' clients.
  const kept = analyses.filter((a) => usable(a) && !found.some((f) => f.analysis === a));
  const heldElsewhere = (numbers: string[]): boolean => {
    const own = new Set(numbers);
    return kept.some((b) => {
      const theirs = new Set(clientNumbers(b));
      let shared = 0;
      for (const n of own) if (theirs.has(n)) shared++;
      return shared >= own.size * HELD_SHARE;
    });
  };
  return found
    .filter((f) => !heldElsewhere(f.numbers))
    .map(({ analysis, header, ids }) => ({ analysis, header, ids }));
}
