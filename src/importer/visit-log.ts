/**
 * A client list's visit-log column (帶看紀錄, 拜访记录, 跟进记录, Visit log): one cell lists the
 * client's dated contacts, "11/02 帶看信義路; 11/09 帶看大安路". A person reads every entry as one
 * visit of the row's client, on its date, saying what the entry says. Dates written without a
 * year take the year of the client's start (首次來店) or, failing that, the year the title names,
 * moving on a year when the months go back (12/28 then 1/05). An entry that is not dated, or a
 * cell with none, makes no visit; the cell stays in the client's notes as written either way.
 */
import type { RegisterRecord } from "../register/types";
import { foldScript } from "../register/vocabulary/fold";
import { isBlankCell } from "./grid";
import { toHalfWidth } from "./normalize";
import { emptyRecord } from "./normalize-row";
import type { ColumnMapping, SourceCell } from "./types";

/** A header naming a log of contacts with the client. */
const VISIT_LOG_HEADER =
  /^(?:(?:带看|看房|拜访|来访|回访|跟进|接洽|洽谈|联络|联系|访视|到访)(?:纪录|记录|日志|历程|历史|情况|明细)?|(?:visits?|viewings?|follow[- ]?ups?|contacts?|call)\s*(?:log|history|records?|notes)?)$/i;
/** Entries of a cell: split at semicolons and line breaks (a comma may sit inside an entry). */
const ENTRY_SPLIT = /[;；\n\r]+/;
/** An entry: an optional year, month and day, then what happened ("11/02 帶看信義路"). */
const ENTRY =
  /^\s*(?:(\d{4}|\d{2,3})\s*[/.\-年]\s*)?(\d{1,2})\s*[/.\-月]\s*(\d{1,2})\s*[日号號]?(?:\s*[:：,，、-]\s*|\s+|(?=[^\d]))(.*)$/;
/** Share of a column's filled cells whose every entry is dated, for it to be read as a log. */
const DATED_CELLS = 0.6;

export interface VisitEntry {
  /** Year as written (4 digits, or 2–3 for a short or ROC year), or null. */
  year: number | null;
  yearDigits: number;
  month: number;
  day: number;
  text: string;
}

/** The dated entries of a cell, or null when any entry is not dated. */
export function visitEntries(cell: SourceCell): VisitEntry[] | null {
  if (typeof cell !== "string") return null;
  const parts = toHalfWidth(cell)
    .split(ENTRY_SPLIT)
    .map((p) => p.trim())
    .filter((p) => p !== "");
  if (parts.length === 0) return null;
  const entries: VisitEntry[] = [];
  for (const part of parts) {
    const m = ENTRY.exec(part);
    if (!m) return null;
    const month = Number(m[2]);
    const day = Number(m[3]);
    if (month < 1 || month > 12 || day < 1 || day > 31) return null;
    entries.push({
      year: m[1] ? Number(m[1]) : null,
      yearDigits: m[1]?.length ?? 0,
      month,
      day,
      text: m[4].trim(),
    });
  }
  return entries;
}

/** The 0-based column of a client list's visit log, or null. */
export function visitLogColumn(
  mappings: readonly ColumnMapping[],
  columnValues: readonly (readonly SourceCell[])[]
): number | null {
  for (let i = 0; i < mappings.length; i++) {
    const m = mappings[i];
    if (m.field !== null || m.source === "row-number" || m.sideNote) continue;
    const header = foldScript(toHalfWidth(m.header).replace(/\s+/g, " ").trim().toLowerCase());
    if (!VISIT_LOG_HEADER.test(header)) continue;
    const filled = (columnValues[i] ?? []).filter((v) => !isBlankCell(v));
    const dated = filled.filter((v) => visitEntries(v) !== null).length;
    if (filled.length > 0 && dated >= DATED_CELLS * filled.length) return i;
  }
  return null;
}

/** The first year (19xx or 20xx, or an ROC year in 113/12/01) a title names, or null. */
export function titleYear(titleTexts: readonly string[]): number | null {
  for (const text of titleTexts) {
    const half = toHalfWidth(text);
    const gregorian = /(?:^|[^\d])((?:19|20)\d{2})(?=[^\d]|$)/.exec(half);
    if (gregorian) return Number(gregorian[1]);
    const roc = /(?:^|[^\d])(1[01]\d)\s*[/.年]\s*\d{1,2}/.exec(half);
    if (roc) return Number(roc[1]) + 1911;
  }
  return null;
}

function fullYear(entry: VisitEntry): number | null {
  if (entry.year === null) return null;
  if (entry.yearDigits === 4) return entry.year;
  if (entry.yearDigits === 3) return entry.year + 1911;
  return 2000 + entry.year;
}

function iso(year: number, month: number, day: number): string | null {
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCMonth() !== month - 1) return null;
  return `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

/**
 * The visits one cell of the log gives: each dated entry a Visits record (visitOn, keyPoints);
 * `since` is the client's start (ISO) and `year` the title's year, for entries without a year.
 */
export function visitsOf(
  cell: SourceCell,
  since: string | null,
  year: number | null
): RegisterRecord[] {
  const entries = visitEntries(cell);
  if (!entries) return [];
  const start = since && /^\d{4}-\d{2}-\d{2}/.test(since) ? since.slice(0, 10) : null;
  let current = start ? Number(start.slice(0, 4)) : year;
  let previous: string | null = start;
  const out: RegisterRecord[] = [];
  for (const entry of entries) {
    let day: string | null;
    const written = fullYear(entry);
    if (written !== null) {
      day = iso(written, entry.month, entry.day);
      current = written;
    } else {
      if (current === null) continue;
      day = iso(current, entry.month, entry.day);
      // The months went back: the log went on into the next year.
      if (day !== null && previous !== null && day < previous) {
        current += 1;
        day = iso(current, entry.month, entry.day);
      }
    }
    if (day === null) continue;
    previous = day;
    const record = emptyRecord("Visits");
    record.visitOn = day;
    if (entry.text !== "") record.keyPoints = entry.text;
    out.push(record);
  }
  return out;
}
