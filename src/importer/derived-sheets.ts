/**
 * How the sheets of one workbook relate: beside its master list a workbook often keeps sheets
 * made from it — a day's delivery list or a "postponed" list repeating master accounts with a few
 * columns of its own (quantity, driver, dates), a hidden copy of a log a pivot table reads, a
 * filtered subset. A person imports the master once: the records are the master's, and a sheet
 * whose rows only name master records again adds none.
 *
 * The relation is read from the values, never from sheet names: a column of the derived sheet
 * that says which record a row is (an id, a name, a phone, a policy or complaint number) whose
 * values all stand in one column of the source, where each value names one row. What makes the
 * derived sheet a working list rather than more of the same records is then one of:
 * - it is hidden while the source is visible (a pivot table's source, kept out of sight);
 * - it names some source records on several rows (one delivery or call per row, not one record);
 * - it carries columns of its own that are no register field (dates of a schedule, quantities);
 * - it is a copy: it names nearly all the source's records (all but one in ten) and its rows, in
 *   every column read as a register field, say nothing the source's row of the same record does
 *   not — a "Copy of", an older version, the raw export behind a tidied list. Of two sheets that
 *   each hold the other's rows, the one naming more of its rows in its name column is imported
 *   (then the longer, then the earlier tab), and the other is said to be the same list.
 * A selection with the source's own layout (the warned customers again, one day's batch, the
 * district sheets of a summary), a copy whose values changed since (a newer phone, a closed
 * complaint) or that gives a record a number of its own, and the same records in another system's
 * layout (columns that map to fields) are imported and merge into the source's (see link-merge.ts).
 *
 * A delivery or dispatch list is not read as Visits either: a visit in the register is a contact
 * about the relationship (a call, a meeting, what the client said, the next step), while a run of
 * deliveries records the goods sent; a person keeps those in the distributor's own system, not in
 * the client register. A row naming no record of the source is said, never silently dropped.
 */
import { foldHeader } from "../register/catalog";
import { cellText } from "./grid";
import type { SheetAnalysis } from "./analyse-sheet";

/** Fields whose value says which record a row is. */
const RECORD_KEYS = new Set([
  "clientId",
  "name",
  "idNumber",
  "phone",
  "email",
  "policyNo",
  "complaintId",
  "opportunityId",
]);

/** Numbers given to one record: another number is another record. */
const NUMBER_KEYS = new Set(["clientId", "idNumber", "policyNo", "complaintId", "opportunityId"]);
/** Keys that name one person wherever they stand. */
const PERSON_KEYS = new Set(["idNumber", "phone", "email"]);
/** Fewest distinct keys a derived sheet names for the relation to be evidence. */
const MIN_KEYS = 3;
/** Share of the derived sheet's keys the source holds: all but a stray one in twenty. */
const FOUND_SHARE = 0.95;
/** Share of a column's distinct values shaped like the source's keys, for it to be a key column. */
const KEY_SHARE = 0.8;
/** A source column names one row per value when nearly every value is its own. */
const UNIQUE_SHARE = 0.95;

export type DerivedWhy =
  "hidden" | "hidden-rows" | "rows-copy" | "repeats" | "own-columns" | "copy" | "same-list";

export interface DerivedSheet {
  derived: SheetAnalysis;
  source: SheetAnalysis;
  /** The derived sheet's column that names the source's records (its header). */
  column: string;
  /** Distinct keys of that column, and how many of them the source holds. */
  count: number;
  found: number;
  why: DerivedWhy;
  /** The derived sheet's headers the source does not have (for "own-columns"). */
  own: string[];
  /** Rows (as Excel numbers them) whose key names no record of the source, with that key. */
  unmatched: { row: number; key: string }[];
  /** The source's keys this sheet names, and how many keys the source holds. */
  named: Set<string>;
  sourceKeys: number;
  /** For a copy: the share (%) of what its rows give the register that the source's rows hold. */
  held?: number;
  /** For the same list kept once ("same-list"): the share (%) of rows each sheet names. */
  namedRows?: { source: number; derived: number };
}

function keyText(cell: unknown): string {
  return cellText(cell).normalize("NFKC").replace(/\s+/g, " ").trim().toLowerCase();
}

/**
 * A value as a copy is compared by: spaces and the dots, dashes and underscores between words are
 * how a system wrote it (Post.CH.AG is Post CH AG exported to CSV), not what it says. An e-mail
 * address is compared whole: its dots are part of it.
 */
function sameText(cell: unknown): string {
  const text = keyText(cell);
  return text.includes("@") ? text : text.replace(/[\s._-]+/g, "");
}

function isHidden(a: SheetAnalysis): boolean {
  return a.sheet.state === "hidden" || a.sheet.state === "veryHidden";
}

/** The headers of a sheet's table as written, one a column (none without a table). */
export function headersOfTable(a: SheetAnalysis): string[] {
  return (a.table?.columns ?? []).map((c) => c.text);
}

/** A table that may take part: read as a register sheet from its own evidence, not set aside. */
export function usable(a: SheetAnalysis): boolean {
  return (
    a.table !== null &&
    !a.loose &&
    !a.overridden &&
    !a.form &&
    a.notData === null &&
    a.mapping.registerSheet !== null
  );
}

interface KeyMatch {
  col: number;
  /** The source's column the keys stand in. */
  sourceCol: number;
  count: number;
  found: number;
  /** Rows of the derived sheet naming a key. */
  rows: number;
  /** The source holds more records than the derived sheet names: a part of it, not all of it. */
  part: boolean;
  /** The source's keys (folded). */
  theirs: Set<string>;
  /** The source's key shapes: a value of another shape is no key (a total, a count). */
  shapes: Set<string>;
}

/** The derived sheet's key values, without a repeat of its own header (sections of one sheet). */
function keysOf(a: SheetAnalysis, col: number): string[] {
  const header = keyText(a.table?.columns[col]?.text ?? "");
  return (a.columnValues[col] ?? []).map(keyText).filter((t) => t !== "" && t !== header);
}

/** A key's shape: digits kept one by one (ids have their length), runs of letters as one. */
function shapeOf(key: string): string {
  return key
    .replace(/\d/g, "9")
    .replace(/[a-z]+/g, "a")
    .replace(/\p{L}+/gu, (run) => (run === "a" ? run : "L"));
}

interface SourceColumn {
  set: Set<string>;
  shapes: Set<string>;
  unique: boolean;
}

/** Each table's columns as key sets, made once per workbook read (every pair of sheets asks). */
const sourceColumns = new WeakMap<SheetAnalysis, SourceColumn[]>();

function columnsOf(source: SheetAnalysis): SourceColumn[] {
  const known = sourceColumns.get(source);
  if (known) return known;
  const columns = source.columnValues.map((values) => {
    const texts = values.map(keyText).filter((t) => t !== "");
    const set = new Set(texts);
    const shapes = new Set([...set].map(shapeOf));
    return { set, shapes, unique: texts.length > 0 && set.size >= texts.length * UNIQUE_SHARE };
  });
  sourceColumns.set(source, columns);
  return columns;
}

/** The best column of `derived` whose distinct values (nearly) all name rows of `source`. */
function keyMatch(derived: SheetAnalysis, source: SheetAnalysis): KeyMatch | null {
  const columns = columnsOf(source);
  let best: KeyMatch | null = null;
  derived.mapping.columns.forEach((c, col) => {
    const field = c.field;
    if (field === null || !RECORD_KEYS.has(field)) return;
    const all = keysOf(derived, col);
    columns.forEach((theirs, sourceCol) => {
      // The source names each record once; a column of repeated values (a status, a town)
      // holds a sheet's few values without saying which records they are.
      if (!theirs.unique) return;
      // A value shaped like none of the source's keys (a run's total, a count under the ids)
      // is no record's key; most of the column must be keys all the same.
      const keys = all.filter((k) => theirs.shapes.has(shapeOf(k)));
      const distinct = new Set(keys);
      // A person's own e-mail, phone or ID number names one person: one such key written on
      // several rows (a call tool's log of one contact) is evidence as three keys are.
      const fewest = PERSON_KEYS.has(field) && keys.length > distinct.size ? 1 : MIN_KEYS;
      if (distinct.size < fewest || distinct.size < new Set(all).size * KEY_SHARE) return;
      let found = 0;
      for (const k of distinct) if (theirs.set.has(k)) found++;
      if (found < distinct.size * FOUND_SHARE) return;
      if (best && best.found >= found) return;
      const part = theirs.set.size > found;
      best = {
        col,
        sourceCol,
        count: distinct.size,
        found,
        rows: keys.length,
        part,
        theirs: theirs.set,
        shapes: theirs.shapes,
      };
    });
  });
  return best;
}

/** Columns of `derived` whose headers `source` lacks, and whether most of them hold no field. */
function ownColumns(
  derived: SheetAnalysis,
  source: SheetAnalysis
): { own: string[]; plain: boolean } {
  const theirs = new Set(headersOfTable(source).map((h) => foldHeader(h)));
  const own: string[] = [];
  let fields = 0;
  let plain = 0;
  derived.mapping.columns.forEach((c, i) => {
    const header = derived.table?.columns[i]?.text ?? "";
    const folded = foldHeader(header);
    if (folded === "" || theirs.has(folded)) return;
    if (c.field !== null && RECORD_KEYS.has(c.field)) return;
    if ((derived.columnValues[i] ?? []).every((v) => cellText(v) === "")) return;
    own.push(header);
    if (c.field === null || c.field === "notes") plain++;
    else fields++;
  });
  return { own, plain: plain >= 2 && plain > fields * 2 };
}

/** The derived sheet's rows whose key, shaped like the source's keys, names no row there. */
function unmatchedRows(derived: SheetAnalysis, match: KeyMatch): { row: number; key: string }[] {
  const table = derived.table;
  if (!table || match.found === match.count) return [];
  const header = keyText(table.columns[match.col]?.text ?? "");
  const out: { row: number; key: string }[] = [];
  for (let row = table.firstDataRow; row <= table.lastDataRow; row++) {
    const cell = derived.sheet.rows[row - 1]?.[match.col] ?? null;
    const key = keyText(cell);
    if (key === "" || key === header || !match.shapes.has(shapeOf(key))) continue;
    if (!match.theirs.has(key)) out.push({ row, key: cellText(cell) });
  }
  return out;
}

/**
 * True when every row of `derived` carries a record number of its own, a different one on each row
 * and mostly the source's own numbers: one record per row, as in the source. A person named on two
 * rows there has two records (a duplicate the system made under a new number), not two deliveries
 * or calls; the sheet is the source's records again, which merge.
 */
function numbersEachRow(derived: SheetAnalysis, source: SheetAnalysis, match: KeyMatch): boolean {
  const columns = columnsOf(source);
  return derived.mapping.columns.some((c, col) => {
    if (col === match.col || c.field !== "clientId") return false;
    // The numbers of the rows naming a record; a note under the table has no record's key.
    const keys = derived.columnValues[match.col] ?? [];
    const numbers = (derived.columnValues[col] ?? []).flatMap((cell, r) =>
      keyText(keys[r] ?? null) === "" ? [] : [keyText(cell)]
    );
    const distinct = new Set(numbers);
    distinct.delete("");
    if (distinct.size < MIN_KEYS || distinct.size < numbers.length) return false;
    return columns.some((theirs) => {
      if (!theirs.unique) return false;
      let found = 0;
      for (const n of distinct) if (theirs.set.has(n)) found++;
      return found * 2 >= distinct.size;
    });
  });
}

/**
 * Share of a sheet's records whose row says nothing another sheet's row of the same record does
 * not: the record's key aside, every filled cell of a column read as a register field, or headed
 * as no column of the source (a profile's skin type), must stand somewhere on the source's row of
 * the same key. A column the source has under the same header and no field reads is the source's
 * in other words (a category as its code, last year's figures): the source's stands. A row naming
 * no record there is not held; a row with no key (a total) is no record. Null when no column is
 * compared, or a row gives a record a number the source does not give it: another record (a
 * duplicate under a new number), the sheet holding records of its own.
 */
function heldBy(derived: SheetAnalysis, source: SheetAnalysis, match: KeyMatch): number | null {
  const rowOf = new Map<string, number>();
  (source.columnValues[match.sourceCol] ?? []).forEach((cell, r) => {
    const key = keyText(cell);
    if (key !== "" && !rowOf.has(key)) rowOf.set(key, r);
  });
  const theirHeaders = new Set(headersOfTable(source).map((h) => foldHeader(h)));
  const columns = derived.mapping.columns.flatMap((c, i) => {
    if (i === match.col || c.source === "row-number" || c.source === "hidden") return [];
    if (c.field !== null && c.field !== "notes") return [i];
    const header = foldHeader(derived.table?.columns[i]?.text ?? "");
    return header !== "" && !theirHeaders.has(header) ? [i] : [];
  });
  if (columns.length === 0) return null;
  const header = keyText(derived.table?.columns[match.col]?.text ?? "");
  let rows = 0;
  let held = 0;
  let newNumber = false;
  (derived.columnValues[match.col] ?? []).forEach((cell, r) => {
    const key = keyText(cell);
    if (key === "" || key === header || !match.shapes.has(shapeOf(key))) return;
    rows++;
    const row = rowOf.get(key);
    if (row === undefined) return;
    const theirs = new Set(source.columnValues.map((values) => sameText(values[row] ?? null)));
    let all = true;
    for (const i of columns) {
      const text = sameText(derived.columnValues[i]?.[r] ?? null);
      if (text === "" || theirs.has(text)) continue;
      all = false;
      if (NUMBER_KEYS.has(derived.mapping.columns[i]?.field ?? "")) newNumber = true;
    }
    if (all) held++;
  });
  return newNumber || rows === 0 ? null : held / rows;
}

/** True when `derived` names nearly all of `source`'s records and its rows say nothing new. */
function copies(derived: SheetAnalysis, source: SheetAnalysis, match: KeyMatch): boolean {
  return (
    match.found >= match.theirs.size * COPY_SHARE &&
    (heldBy(derived, source, match) ?? 0) >= COPY_SHARE
  );
}

/**
 * Share of a sheet's rows its name column names (all of them when it has none to name them by,
 * its records named by number).
 */
function namedShare(a: SheetAnalysis): number {
  const col = a.mapping.columns.findIndex((c) => c.field === "name");
  const rows = Math.max(
    0,
    ...a.columnValues.map((v) => v.filter((c) => cellText(c) !== "").length)
  );
  if (col < 0 || rows === 0) return 1;
  return (a.columnValues[col] ?? []).filter((c) => cellText(c).trim() !== "").length / rows;
}

function baseOf(
  derived: SheetAnalysis,
  source: SheetAnalysis,
  match: KeyMatch
): Omit<DerivedSheet, "why"> {
  return {
    derived,
    source,
    column: derived.table?.columns[match.col]?.text ?? "",
    count: match.count,
    found: match.found,
    own: [] as string[],
    unmatched: unmatchedRows(derived, match),
    named: new Set([...new Set(keysOf(derived, match.col))].filter((k) => match.theirs.has(k))),
    sourceKeys: match.theirs.size,
  };
}

/** Why `derived`, whose keys all name rows of `source`, is a list made from it; null when it is not. */
function whyDerived(
  derived: SheetAnalysis,
  source: SheetAnalysis,
  match: KeyMatch
): DerivedSheet | null {
  const base = baseOf(derived, source, match);
  if (isHidden(derived) && !isHidden(source)) return { ...base, why: "hidden" };
  // A copy of a list names each record once; namesakes make a name repeat now and then.
  const repeats = match.rows - match.count;
  const share = derived.mapping.columns[match.col]?.field === "name" ? 0.05 : 0.02;
  if (
    match.part &&
    repeats >= 2 &&
    repeats >= match.count * share &&
    !numbersEachRow(derived, source, match)
  )
    return { ...base, why: "repeats" };
  if (match.part) {
    const { own, plain } = ownColumns(derived, source);
    if (plain) return { ...base, why: "own-columns", own };
  }
  // Nearly all its source's records again, saying nothing the source's rows do not (a copy, an
  // older version): importing it adds nothing but the chance of an older value overwriting a
  // newer one. A selection of a few (the warned clients, a day's batch) names a group by who is
  // on it, and merges.
  if (copies(derived, source, match))
    return { ...base, why: "copy", held: Math.round((heldBy(derived, source, match) ?? 0) * 100) };
  // Otherwise the same records, some of them with something of their own: imported, merging.
  return null;
}

/**
 * Share of a sheet's records its source's rows hold whole, and of the source's records it names,
 * for it to be a copy: all but one in ten (a typo since corrected, a member who joined after).
 */
const COPY_SHARE = 0.9;

/**
 * True when `a` is the list to keep of two copies of each other: the one naming more of its rows
 * (a tidied list beside the raw export whose names are spread over columns), then the longer,
 * then the one before it in the workbook (a copy is made after its original).
 */
function keepsOver(a: SheetAnalysis, b: SheetAnalysis, order: readonly SheetAnalysis[]): boolean {
  const na = namedShare(a);
  const nb = namedShare(b);
  if (Math.abs(na - nb) >= 0.05) return na > nb;
  const ra = a.columnValues[0]?.length ?? 0;
  const rb = b.columnValues[0]?.length ?? 0;
  if (ra !== rb) return ra > rb;
  return order.indexOf(a) < order.indexOf(b);
}

/** Share of a source's records its parts name together for it to be their summary. */
const SUMMARY_SHARE = 0.9;

/** Fewest headers two tables share for their rows to be compared cell for cell. */
const MIN_SHARED = 3;

/** Distinct rows of `derived` and of `source` over the headers they share, and how many are on both. */
interface RowsStanding {
  count: number;
  sourceCount: number;
  found: number;
  /** Both tables have the same headers, no more and no fewer: one layout. */
  sameLayout: boolean;
}

/**
 * The rows of two tables compared cell for cell over the headers they share (three or more, most of
 * the derived table's own) — told even when no column names one record per row (a visit log, an
 * order log naming its buyers again and again). Null when they share too few headers.
 */
function rowsStanding(derived: SheetAnalysis, source: SheetAnalysis): RowsStanding | null {
  const index = (a: SheetAnalysis) => {
    const at = new Map<string, number>();
    headersOfTable(a).forEach((h, i) => {
      const folded = foldHeader(h);
      if (folded !== "" && (a.columnValues[i] ?? []).some((v) => cellText(v) !== ""))
        at.set(folded, at.has(folded) ? -1 : i);
    });
    return at;
  };
  const mine = index(derived);
  const theirs = index(source);
  const shared = [...mine.keys()].filter(
    (h) => (mine.get(h) ?? -1) >= 0 && (theirs.get(h) ?? -1) >= 0
  );
  if (shared.length < MIN_SHARED || shared.length < mine.size * 0.6) return null;
  const rowKeys = (a: SheetAnalysis, at: Map<string, number>): string[] => {
    const cols = shared.map((h) => at.get(h) as number);
    const rows = a.columnValues[0]?.length ?? 0;
    const out: string[] = [];
    for (let r = 0; r < rows; r++) {
      const texts = cols.map((c) => keyText(a.columnValues[c]?.[r] ?? null));
      if (texts.filter((t) => t !== "").length >= 2) out.push(texts.join("\u0000"));
    }
    return out;
  };
  const have = new Set(rowKeys(source, theirs));
  const rows = new Set(rowKeys(derived, mine));
  let found = 0;
  for (const k of rows) if (have.has(k)) found++;
  const layout = (a: SheetAnalysis) => headersOfTable(a).map(foldHeader).join("\u0000");
  const sameLayout = layout(derived) === layout(source);
  return { count: rows.size, sourceCount: have.size, found, sameLayout };
}

/** A derived sheet found by its rows alone: no column names its records. */
function byRows(
  derived: SheetAnalysis,
  source: SheetAnalysis,
  standing: RowsStanding,
  why: "hidden-rows" | "rows-copy"
): DerivedSheet {
  return {
    derived,
    source,
    column: "",
    count: standing.count,
    found: standing.found,
    why,
    own: [],
    unmatched: [],
    named: new Set<string>(),
    sourceKeys: standing.sourceCount,
  };
}

/**
 * A table whose rows nearly all stand on another cell for cell, over the headers they share:
 * - hidden while the other is visible, it is a copy for a pivot table or a report, kept out of
 *   sight;
 * - in sight, it is a copy when it has the other's headers, no more and no fewer, and holds nearly
 *   all of the other's rows too (a "Sheet1" made of the order log with two lines taken out): of two
 *   such copies the one to keep is chosen as for two copies of a list (keepsOver), and the other
 *   is left out. A summary of fewer columns beside the sheet it sums up is imported, merging.
 * A part of the other (one month's lines, one buyer's) names a group by what it holds, and stays.
 */
function copiedRows(
  derived: SheetAnalysis,
  source: SheetAnalysis,
  analyses: readonly SheetAnalysis[]
): DerivedSheet | null {
  if (isHidden(source)) return null;
  const standing = rowsStanding(derived, source);
  if (!standing || standing.count < MIN_KEYS || standing.found < standing.count * FOUND_SHARE)
    return null;
  if (isHidden(derived)) return byRows(derived, source, standing, "hidden-rows");
  if (!standing.sameLayout || standing.found < standing.sourceCount * COPY_SHARE) return null;
  // This one holds nearly all of the other's rows too: the same rows twice, one of them kept.
  const mutual = standing.found >= standing.sourceCount * FOUND_SHARE;
  if (mutual && keepsOver(derived, source, analyses)) return null;
  return byRows(derived, source, standing, "rows-copy");
}

/**
 * The sheets of a workbook that are lists made from another sheet read as the same register
 * sheet, each with its source and why. A sheet is derived from one source at most (the one
 * holding most of its keys); a source is never itself marked derived from its derived sheet.
 */
export function derivedSheets(analyses: readonly SheetAnalysis[]): DerivedSheet[] {
  const tables = analyses.filter(usable);
  const out: DerivedSheet[] = [];
  for (const derived of tables) {
    let chosen: DerivedSheet | null = null;
    for (const source of tables) {
      if (source === derived || source.sheet.name === derived.sheet.name) continue;
      if (source.mapping.registerSheet !== derived.mapping.registerSheet) continue;
      if (out.some((d) => d.derived === source && d.source === derived)) continue;
      // A client sheet naming no one (addresses, demographics by customer id) adds to the clients
      // a named sheet lists (joinedSheets below); it is never the list the named one was drawn from.
      if (namesNoClient(source) && !namesNoClient(derived)) continue;
      // A table joining these records to another table's columns is made from them, never the
      // list they were drawn from (joinsAnother).
      if (joinsAnother(source, derived, analyses)) continue;
      const match = keyMatch(derived, source);
      let found = match
        ? joinsAnother(derived, source, analyses)
          ? { ...baseOf(derived, source, match), why: "copy" as const, held: 100 }
          : whyDerived(derived, source, match)
        : copiedRows(derived, source, analyses);
      // Two lists of the same records each saying what the other says (the raw export behind a
      // tidied list): one of them is imported, the cleaner, and the other told as the same list.
      if (match && found?.why === "copy") {
        const back = keyMatch(source, derived);
        if (back && copies(source, derived, back))
          found = keepsOver(derived, source, analyses)
            ? null
            : {
                ...baseOf(derived, source, match),
                why: "same-list",
                namedRows: {
                  source: Math.round(namedShare(source) * 100),
                  derived: Math.round(namedShare(derived) * 100),
                },
              };
      }
      if (found && (!chosen || found.found > chosen.found)) chosen = found;
    }
    if (chosen) out.push(chosen);
  }
  // Sheets in sight that together name nearly every record of their source are its parts, and
  // the source their summary (a 總表 concatenating the district sheets): the parts are where the
  // records were kept, imported with the summary, their rows merging.
  const parts = new Map<SheetAnalysis, DerivedSheet[]>();
  for (const d of out)
    if (d.why !== "hidden" && d.why !== "hidden-rows" && d.why !== "rows-copy")
      parts.set(d.source, [...(parts.get(d.source) ?? []), d]);
  const kept = new Set<DerivedSheet>();
  for (const list of parts.values()) {
    const named = new Set(list.flatMap((d) => [...d.named]));
    // Parts split the records between them: a record on two of them is a copy beside a part.
    const apart = list.reduce((n, d) => n + d.named.size, 0) <= named.size * (1 + 1 - FOUND_SHARE);
    if (list.length >= 2 && apart && named.size >= list[0].sourceKeys * SUMMARY_SHARE)
      for (const d of list) kept.add(d);
  }
  return out.filter((d) => !kept.has(d));
}

/** Share of a table's headers another must have for its columns to stand there. */
const JOINED_HEADER_SHARE = 0.8;

/** A table's headers, folded, blank ones left out. */
function headerSetOf(a: SheetAnalysis): Set<string> {
  return new Set(
    headersOfTable(a)
      .map(foldHeader)
      .filter((h) => h !== "")
  );
}

/** True when nearly all of `part`'s headers (three at least) are among `whole`'s. */
function headersAmong(part: ReadonlySet<string>, whole: ReadonlySet<string>): boolean {
  if (part.size < 3) return false;
  let both = 0;
  for (const h of part) if (whole.has(h)) both++;
  return both >= part.size * JOINED_HEADER_SHARE;
}

/**
 * True when `wide` is `narrow` and a third table of the workbook joined by their one shared column
 * (the customers' age and region beside each of their policies): the two share that key and
 * nothing else, each stands within `wide`, and together they make nearly all of it — an analyst's
 * table repeating both. A copy of `wide` or a part of it shares more than a key with `narrow`.
 */
export function joinsAnother(
  wide: SheetAnalysis,
  narrow: SheetAnalysis,
  analyses: readonly SheetAnalysis[]
): boolean {
  const whole = headerSetOf(wide);
  const mine = headerSetOf(narrow);
  if (!headersAmong(mine, whole)) return false;
  return analyses.some((c) => {
    if (c === wide || c === narrow || c.table === null || c.loose) return false;
    const theirs = headerSetOf(c);
    if (!headersAmong(theirs, whole)) return false;
    const shared = [...theirs].filter((h) => mine.has(h)).length;
    const union = new Set([...mine, ...theirs].filter((h) => whole.has(h))).size;
    return shared <= 1 && union >= whole.size * JOINED_HEADER_SHARE;
  });
}

/** A client sheet with no column naming its clients: only their number and what it adds to them. */
function namesNoClient(a: SheetAnalysis): boolean {
  return (
    a.mapping.registerSheet === "Clients" && !a.mapping.columns.some((c) => c.field === "name")
  );
}

function clientIdColumn(a: SheetAnalysis): number {
  return a.mapping.columns.findIndex((c) => c.field === "clientId");
}

export interface JoinedSheet {
  /** The sheet adding fields to the clients of `master`, row by row through the key. */
  sheet: SheetAnalysis;
  master: SheetAnalysis;
  /** The key column of `sheet` (index) and its header. */
  keyColumn: number;
  column: string;
  /** The master's keys (folded), each naming one of its clients. */
  keys: ReadonlySet<string>;
  /** Distinct keys of `sheet`, and how many of them the master holds. */
  count: number;
  found: number;
}

/** The key as both sheets are compared by (folded, spaces collapsed). */
export const joinKey = keyText;

/**
 * Sheets of one workbook that describe the same clients by their number: a customer sheet with
 * the names, and beside it an address sheet and a demographics sheet keyed by customer_id. A person
 * reads the named sheet as the clients and each other sheet as adding its fields to them, row by
 * row through the number. A sheet is joined to a master when it names no client itself (no name
 * column), its client-number column's values nearly all (all but one in twenty) stand in the
 * master's client-number column, and the master names each client once by that number — one row
 * per client there (one-to-one), one or more here (many-to-one). Decided from the values, never
 * from sheet names.
 */
export function joinedSheets(analyses: readonly SheetAnalysis[]): JoinedSheet[] {
  const clientSheets = analyses.filter(
    (a) => usable(a) && a.mapping.registerSheet === "Clients" && clientIdColumn(a) >= 0
  );
  const masters = clientSheets.filter((a) => !namesNoClient(a));
  const out: JoinedSheet[] = [];
  for (const sheet of clientSheets) {
    if (!namesNoClient(sheet)) continue;
    const keyColumn = clientIdColumn(sheet);
    const keys = new Set(keysOf(sheet, keyColumn));
    if (keys.size < MIN_KEYS) continue;
    let best: JoinedSheet | null = null;
    for (const master of masters) {
      const theirs = columnsOf(master)[clientIdColumn(master)];
      if (!theirs?.unique) continue;
      let found = 0;
      for (const k of keys) if (theirs.set.has(k)) found++;
      if (found < keys.size * FOUND_SHARE || (best && best.found >= found)) continue;
      best = {
        sheet,
        master,
        keyColumn,
        column: sheet.table?.columns[keyColumn]?.text ?? "",
        keys: theirs.set,
        count: keys.size,
        found,
      };
    }
    if (best) out.push(best);
  }
  return out;
}
