/**
 * The subject of a list no header names: a person looks down the columns and sees which one tells
 * the parties apart — a column of names of people or firms, different on every row, or, where no
 * name is written, the opaque key the list's system gave each party (a seller id, a member key, a
 * dealer code) standing first, each row its own, with the party's attributes beside it. Whose the
 * column is still counts: a header naming someone else's number or name (the agent's, the
 * supplier's) is never the client's, whatever its values.
 */
import { cellText, isBlankCell } from "./grid";
import { matchForm } from "./header-match";
import type { ColumnProfile } from "./profile";
import { THING_KEY_WORDS } from "../register/vocabulary/record-parties";
import { readHeader } from "./subject";
import type { SourceCell } from "./types";

/** Fewer rows than this are too few to tell a list of parties by its values. */
export const VALUE_SUBJECT_MIN_ROWS = 10;

/** A key as systems write them: letters, digits and joiners, no spaces, with a run of digits. */
const KEY_TEXT = /^[A-Za-z0-9][A-Za-z0-9_\-./#]{3,23}$/;

export interface ValueSubject {
  /** Index of the column among those given. */
  column: number;
  /** What it names each row by: the party's name, or its key. */
  field: "name" | "clientId";
}

/** Longer on average than this, a column's texts are remarks, not names (a firm's full name is ~20). */
export const NAME_LENGTH = 40;

/** The rows of a table: its fullest column's filled cells. */
function rowsOf(profiles: readonly ColumnProfile[]): number {
  return Math.max(0, ...profiles.map((p) => p.filled));
}

const THINGS = THING_KEY_WORDS.thing.map((w) => matchForm(w));
/** What may follow the thing's word in a header of its number or name: 号, 编号, No, ID, 名称 … */
const OF_THING = new RegExp(`(?:${THING_KEY_WORDS.numberOrName.join("|")})?$`);

/**
 * A header naming a thing's number or name (设备号, 机顶盒编号, Order No, 合同名称): the thing is
 * its last word, or its last but the word for number or name. "Policyholder" names a person.
 */
export function namesAThing(header: string): boolean {
  const folded = matchForm(header).replace(OF_THING, "");
  return folded !== "" && THINGS.some((w) => folded.endsWith(w));
}

/**
 * False for a header naming a person or party other than the row's own (the agent's, the
 * supplier's), or a thing the row is kept for (a device's, an order's number).
 */
export function ownHeader(header: string): boolean {
  const role = readHeader(header).role;
  return (role === "none" || role === "subject") && !namesAThing(header);
}

/** A value written as a system's key: a code with three digits or more, or a whole number of four. */
function keyLike(value: SourceCell): boolean {
  if (typeof value === "number") return Number.isInteger(value) && Math.abs(value) >= 1000;
  const text = cellText(value).trim();
  return KEY_TEXT.test(text) && (text.match(/\d/g)?.length ?? 0) >= 3;
}

/**
 * Keys numbered one after another (RULE1, RULE2 …; agnt_0001, agnt_0002 …): the rows' serial
 * under a prefix, naming nobody.
 */
function numberedOnward(values: readonly SourceCell[]): boolean {
  let steps = 0;
  let pairs = 0;
  let previous: number | null = null;
  for (const v of values) {
    if (isBlankCell(v)) continue;
    const digits = /(\d+)\D*$/.exec(cellText(v).trim());
    const n = digits ? Number(digits[1]) : null;
    if (previous !== null && n !== null) {
      pairs++;
      if (n === previous + 1) steps++;
    }
    previous = n;
  }
  return pairs >= 2 && steps >= pairs * 0.8;
}

/**
 * True when a column holds each row's own key: filled on nearly every row, hardly a value twice,
 * written as codes or long numbers, no row serial, and nothing else a person would read in it (a
 * phone one dials, a date, an e-mail, an amount).
 */
export function isPartyKey(values: readonly SourceCell[], p: ColumnProfile, rows: number): boolean {
  if (p.filled < VALUE_SUBJECT_MIN_ROWS || p.filled < rows * 0.9) return false;
  if (p.distinctRatio < 0.95 || p.serial) return false;
  if (p.phone - p.bareDigits >= 0.5 && !dashedCodes(p)) return false;
  if (p.email > 0.1 || p.date > 0.2 || p.money > 0.2) return false;
  let filled = 0;
  let keys = 0;
  for (const v of values) {
    if (isBlankCell(v)) continue;
    filled++;
    if (keyLike(v)) keys++;
  }
  return keys >= filled * 0.9 && !numberedOnward(values);
}

/**
 * True when a column names parties: people's or firms' names, filled on most rows and different
 * row by row, short (a remark is no name), and not places, addresses, units or job titles.
 */
export function namesParties(p: ColumnProfile, rows: number): boolean {
  return (
    p.filled >= VALUE_SUBJECT_MIN_ROWS &&
    p.filled >= rows * 0.8 &&
    p.text >= 0.8 &&
    p.distinctRatio >= 0.9 &&
    p.meanLength <= NAME_LENGTH &&
    (p.personName >= 0.5 || p.company >= 0.5) &&
    p.phone < 0.2 &&
    p.email < 0.2 &&
    p.date < 0.2 &&
    p.address < 0.5 &&
    p.place < 0.5 &&
    p.department < 0.5 &&
    p.jobTitle < 0.5
  );
}

/**
 * The column that names each row's party by its values when no header says which: the first
 * column of names of people or firms, else the first column (after any row serial) when it holds
 * each row's own key. Null when neither reads so. Only columns `free` allows are taken (a column
 * a header already read as something else is not).
 */
export function subjectByValues(
  headers: readonly string[],
  values: readonly (readonly SourceCell[])[],
  profiles: readonly ColumnProfile[],
  free: (column: number) => boolean = () => true
): ValueSubject | null {
  const rows = rowsOf(profiles);
  if (rows < VALUE_SUBJECT_MIN_ROWS) return null;
  const own = (i: number) => free(i) && ownHeader(headers[i] ?? "");
  const named = profiles.findIndex((p, i) => own(i) && namesParties(p, rows));
  if (named >= 0) return { column: named, field: "name" };
  // The key stands first: a number far right of the row (a tracking or invoice number) is one
  // of its attributes, not whose the row is.
  const first = profiles.findIndex((p) => p.filled > 0 && !p.serial);
  if (first < 0 || !own(first)) return null;
  return isPartyKey(values[first] ?? [], profiles[first], rows)
    ? { column: first, field: "clientId" }
    : null;
}

/** Two runs of digits around one dash ("0634-0250", "72136-806"). */
const DASHED = /^(\d+)-(\d+)$/;
/** Digits a dashed code holds at most: fewer than a number one dials with its area code. */
const MAX_CODE_DIGITS = 9;
/** Share of the values a way of splitting the digits must cover to count as one of the column's. */
const SPLIT_SHARE = 0.2;

/**
 * Codes that only look like phone numbers: nearly every value two runs of digits around a dash,
 * nine digits or fewer, split at different places from row to row (4-4, 5-3, 5-4) and often with
 * the longer run first. A phone number puts its short area code or prefix first and the longer
 * line number after it, and one list's numbers keep one way of writing them; a product's or an
 * account's code does neither, and a person reads the column as each row's own code.
 */
export function dashedCodes(p: ColumnProfile): boolean {
  let seen = 0;
  let dashed = 0;
  let longFirst = 0;
  const splits = new Map<string, number>();
  for (const [value, count] of p.values) {
    seen += count;
    const m = DASHED.exec(value.trim());
    if (!m || m[1].length + m[2].length > MAX_CODE_DIGITS) continue;
    dashed += count;
    if (m[1].length > m[2].length) longFirst += count;
    const split = `${m[1].length}-${m[2].length}`;
    splits.set(split, (splits.get(split) ?? 0) + count);
  }
  const ways = [...splits.values()].filter((n) => n >= seen * SPLIT_SHARE).length;
  return (
    seen >= VALUE_SUBJECT_MIN_ROWS &&
    dashed >= seen * 0.9 &&
    longFirst >= seen * SPLIT_SHARE &&
    ways >= 2
  );
}
