/**
 * A table that explains the values of another table's column — customer categories, product
 * categories, regions, branches, the stages of a pipeline — is a lookup beside the data, not
 * records: each of its rows names one value (客戶類別 1 … 10, Lead … Lost) that a column of another
 * table takes again and again (類別編號 on every client, Stage on every lead). Told from the
 * values alone: one column of the table holds each value once, and nearly every value another
 * table's column takes on many rows (five each on average) stands there. A table that reaches people (phones, e-mails,
 * addresses) is never a lookup, nor one named by a column that says who a row is about (an order
 * log's customer number names the client list: linked-client-list.ts), nor the workbook's only
 * client list. Short names of categories read like people's names (果汁, 椰果): how the values
 * read is no evidence here.
 */
import type { SheetAnalysis } from "./analyse-sheet";
import { cellText } from "./grid";

/**
 * Fields saying whom a row is about, who serves it or which record it is: a table they name lists
 * parties or records.
 */
const PARTY_FIELDS = new Set([
  "name",
  "policyNo",
  "complaintId",
  "opportunityId",
  "clientId",
  "clientName",
  "prospect",
  "insured",
  "policyholder",
  "mainContact",
  "memberName",
  "owner",
  "employer",
]);
/** Fields reaching someone: a lookup reaches no one. */
const REACH_FIELDS = new Set(["phone", "mobile", "email", "address", "idNumber", "wechat", "fax"]);
/** Fewest values a lookup explains. */
const MIN_VALUES = 3;
/** Share of the other column's distinct values the lookup holds: all but one in ten. */
const FOUND_SHARE = 0.9;
/**
 * Share of the lookup's values the other column uses: one in five at least. A long numbered list
 * (S.No 1 … 800) holds any few small numbers (prices 65, 72, 250) without explaining them.
 */
const USED_SHARE = 0.2;
/**
 * The other column takes its values on at least this many rows each, on average: a code is used
 * again and again, while a few small counts (8, 10, 5 visits) meet a table's row numbers by chance.
 */
const REPEATS = 5;

export interface LookupTable {
  lookup: SheetAnalysis;
  /** The lookup's column holding the values, by its header. */
  column: string;
  /** The table whose column takes those values, and that column's header. */
  user: SheetAnalysis;
  userColumn: string;
  /** Distinct values of the user's column, how many the lookup holds, on how many rows. */
  count: number;
  found: number;
  rows: number;
  examples: string[];
}

const fold = (cell: unknown): string =>
  cellText(cell).normalize("NFKC").replace(/\s+/g, " ").trim().toLowerCase();

/**
 * A column read as a way to reach someone, or of e-mail addresses: a ledger account's code
 * (1211000) reads as a phone number by its digits alone, so digits are no evidence here.
 */
function reaches(a: SheetAnalysis): boolean {
  return a.mapping.columns.some(
    (c, i) => (c.field !== null && REACH_FIELDS.has(c.field)) || (a.profiles[i]?.email ?? 0) >= 0.5
  );
}

/** A figure with a fraction (55.29, 0.05): an amount or a rate, never a code. */
const FRACTION = /^-?\d*\.\d*[1-9]\d*$/;

/**
 * The lookup's candidate columns: each value once, no running number, no figures, and not headed
 * as its own table's record or party (客户ID, customer_id: the table is those clients, however
 * often a log names them).
 */
/** A column's filled values: each distinct one (folded) as first written, and how many rows. */
interface ColumnTally {
  written: Map<string, string>;
  rows: number;
}

function tally(cells: readonly unknown[]): ColumnTally {
  const written = new Map<string, string>();
  let rows = 0;
  for (const cell of cells) {
    const t = fold(cell);
    if (t === "") continue;
    rows++;
    if (!written.has(t)) written.set(t, cellText(cell).trim());
  }
  return { written, rows };
}

function valueColumns(a: SheetAnalysis): { col: number; values: Set<string> }[] {
  return a.mapping.columns.flatMap((c, col) => {
    if (c.source === "row-number" || c.source === "hidden") return [];
    if (c.field !== null && PARTY_FIELDS.has(c.field) && c.confidence >= 0.9) return [];
    const texts = (a.columnValues[col] ?? []).map(fold).filter((t) => t !== "");
    if (texts.some((t) => FRACTION.test(t))) return [];
    const values = new Set(texts);
    return values.size >= MIN_VALUES && values.size === texts.length ? [{ col, values }] : [];
  });
}

/**
 * Tables read as register data that are lookups for a column of another table of the workbook,
 * each with the column it explains. Any other table may be the user, whether imported or not (a
 * product catalogue names its categories as well as a client list does).
 */
export function lookupTables(analyses: readonly SheetAnalysis[]): LookupTable[] {
  const out: LookupTable[] = [];
  // Each table's columns are read once, not once per candidate lookup column.
  const tallied = new Map<SheetAnalysis, ColumnTally[]>();
  const tallies = (a: SheetAnalysis): ColumnTally[] => {
    let t = tallied.get(a);
    if (!t) {
      t = a.columnValues.map(tally);
      tallied.set(a, t);
    }
    return t;
  };
  for (const lookup of analyses) {
    if (!lookup.table || lookup.loose || lookup.overridden || lookup.form) continue;
    if (lookup.notData !== null || lookup.mapping.registerSheet === null) continue;
    if (reaches(lookup)) continue;
    // The workbook's only client list is the list its order log names again and again, whatever
    // its values: a lookup read as clients sits beside the client list it explains.
    const beside = analyses.some(
      (b) =>
        b !== lookup &&
        b.table !== null &&
        !b.loose &&
        b.notData === null &&
        b.mapping.registerSheet === "Clients"
    );
    if (lookup.mapping.registerSheet === "Clients" && !beside) continue;
    let best: LookupTable | null = null;
    for (const { col, values } of valueColumns(lookup)) {
      for (const user of analyses) {
        if (user === lookup || !user.table || user.loose) continue;
        tallies(user).forEach(({ written, rows }, u) => {
          const field = user.notData === null ? user.mapping.columns[u]?.field : null;
          if (field && PARTY_FIELDS.has(field)) return;
          const count = written.size;
          if (count < MIN_VALUES || rows < count * REPEATS) return;
          let found = 0;
          for (const v of written.keys()) if (values.has(v)) found++;
          if (found < count * FOUND_SHARE || found < values.size * USED_SHARE) return;
          if (best && best.rows >= rows) return;
          best = {
            lookup,
            column: lookup.table?.columns[col]?.text ?? "",
            user,
            userColumn: user.table?.columns[u]?.text ?? "",
            count,
            found,
            rows,
            examples: [...written]
              .filter(([v]) => values.has(v))
              .slice(0, 3)
              .map(([, text]) => text),
          };
        });
      }
    }
    if (best) out.push(best);
  }
  return out;
}
