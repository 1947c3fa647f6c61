/**
 * Names that sort the rows rather than list them. A client list names each client once, or a few
 * times where a client holds several things; a table whose name column names a handful of
 * parties over hundreds of rows — a merchant, a branch, a channel beside each of a thousand loans
 * or orders — is about its rows (the loans, the orders), and those few names only say which group
 * each row falls in. A person importing it makes no client of each group: the rows are no
 * clients, and the handful of names alone make no list worth keeping. A header naming them the
 * customers says otherwise: those are a log's few buyers.
 */
import { headerHasWord } from "../register/catalog";
import { TRADE_PARTY_WORDS } from "../register/vocabulary";
import type { SheetAnalysis } from "./analyse-sheet";
import { comparableText } from "./keyed-agreement";
import { readAsBuyers } from "./buyer-log";
import { usable } from "./derived-sheets";

/** Fewer named rows than this are a list short enough for a few clients to fill. */
const MIN_ROWS = 100;
/** A name on this many rows on average, and more, sorts the rows (as a log's channel does). */
const ROWS_PER_NAME = 50;

export interface SortingNames {
  analysis: SheetAnalysis;
  /** The column's header, or its letter. */
  header: string;
  /** Named rows, and the different names over them. */
  rows: number;
  names: number;
}

/** Client lists whose name column names a handful of parties over many rows. */
export function sortingNames(analyses: readonly SheetAnalysis[]): SortingNames[] {
  const out: SortingNames[] = [];
  for (const a of analyses) {
    if (!usable(a) || a.mapping.registerSheet !== "Clients") continue;
    // A log read for its buyers names each on as many lines as it bought (buyer-log.ts).
    if (readAsBuyers(a) || a.issues.some((i) => i.code === "sheet.why.member-log")) continue;
    // A name in two columns (FirstName, LastName) is both together.
    const parts = a.mapping.columns.flatMap((c, i) => (c.field === "name" ? [i] : []));
    if (parts.length === 0) continue;
    // Rows told apart by a phone, an e-mail or an ID number read as theirs are people, however
    // few names they share.
    const reached = a.mapping.columns.some((c, i) => {
      const p = a.profiles[i];
      return (
        (c.field === "phone" || c.field === "email" || c.field === "idNumber") &&
        p !== undefined &&
        p.filled >= p.rows * 0.5 &&
        p.distinctRatio >= 0.5
      );
    });
    if (reached) continue;
    const rowCount = Math.max(...parts.map((i) => a.columnValues[i]?.length ?? 0));
    const texts: string[] = [];
    for (let r = 0; r < rowCount; r++) {
      const key = parts
        .map((i) => comparableText(a.columnValues[i]?.[r]))
        .join(" ")
        .trim();
      if (key !== "") texts.push(key);
    }
    const names = new Set(texts).size;
    if (texts.length < MIN_ROWS || texts.length < names * ROWS_PER_NAME) continue;
    const column = a.mapping.columns[parts[0]];
    // Headed as the clients (Customer Name, 客户), the few are what the header says: the log's
    // buyers, each on as many lines as it dealt.
    if (headerHasWord(column.header, [...TRADE_PARTY_WORDS.buyer, ...TRADE_PARTY_WORDS.either]))
      continue;
    const header = column.header.trim() || column.letter;
    out.push({ analysis: a, header, rows: texts.length, names });
  }
  return out;
}
