/**
 * Whose is the address of a log's row: the client's, or the line's? A sales ledger, a visit or
 * trip log names each client on many rows, and its City or Branch column often says where that
 * sale was made or which office served it. A person sees it at once: the clients that come back
 * come back in other towns, nearly all of them. Such an address tells nothing of who the client
 * is, so on that sheet it cannot keep two rows of one name apart as two firms.
 *
 * A list with a few namesakes is no log: its names come back rarely, on two rows, and its
 * addresses keep telling namesakes apart.
 */
/** A client row of a source sheet: its name and its address, each folded for comparing. */
export interface AddressedRow {
  sheet: string;
  name: string;
  address: string;
}

/** Fewer clients coming back say nothing of how the sheet writes its addresses. */
const MIN_RETURNING = 3;
/** Clients come back this many times on average in a log; a list's duplicates come back once. */
const MIN_ROWS_PER_RETURNING = 3;
/** …and their rows are most of the sheet's. */
const RETURNING_ROW_SHARE = 0.5;
/** Share of the returning clients with two addresses or more that makes the address the line's. */
const MOVING_SHARE = 0.5;

/** Two folded addresses of one place: the same, or one written as part of the other ("Spain" in "Spain, Av. …"). */
export function samePlace(a: string, b: string): boolean {
  return a.includes(b) || b.includes(a);
}

/**
 * True when the addresses, blanks left out, name two places or more: one of them is no part of
 * the client's fullest address, nor it part of that one ("Spain" and "Spain, Madrid" are one place;
 * "Spain, Madrid" and "Spain, Seville" two).
 */
function movesAround(addresses: readonly string[]): boolean {
  const written = [...new Set(addresses.filter((a) => a !== ""))];
  const fullest = written.reduce((a, b) => (b.length > a.length ? b : a), "");
  return written.some((a) => !samePlace(a, fullest));
}

/**
 * The sheets whose addresses belong to their lines: on a sheet most of whose rows name clients
 * that come back several times, most of those clients are written at two places or more.
 */
export function sheetsOfLineAddresses(rows: readonly AddressedRow[]): Set<string> {
  const bySheet = new Map<string, Map<string, string[]>>();
  for (const row of rows) {
    if (row.name === "") continue;
    const names = bySheet.get(row.sheet) ?? new Map<string, string[]>();
    names.set(row.name, [...(names.get(row.name) ?? []), row.address]);
    bySheet.set(row.sheet, names);
  }
  const sheets = new Set<string>();
  for (const [sheet, names] of bySheet) {
    const all = [...names.values()];
    const returning = all.filter((addresses) => addresses.length > 1);
    if (returning.length < MIN_RETURNING) continue;
    const rowsOfAll = all.reduce((n, a) => n + a.length, 0);
    const rowsOfReturning = returning.reduce((n, a) => n + a.length, 0);
    if (rowsOfReturning < rowsOfAll * RETURNING_ROW_SHARE) continue;
    if (rowsOfReturning < returning.length * MIN_ROWS_PER_RETURNING) continue;
    const addressed = returning.filter((a) => a.filter((x) => x !== "").length > 1);
    if (addressed.length < MIN_RETURNING) continue;
    const moving = addressed.filter(movesAround).length;
    if (moving >= addressed.length * MOVING_SHARE) sheets.add(sheet);
  }
  return sheets;
}
