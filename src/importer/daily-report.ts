/**
 * A report filed day after day. A workbook of tabs named by the day (952025, 8.19.25, 2025-09-05,
 * 9月5日), each laid out alike and listing the same names with that day's figures, is one report
 * copied forward each morning: the sales team's or the stores' numbers by day. A person reading it
 * sees no client list in it — the names are the same few people or places every day, and nothing
 * on the rows reaches anyone (no phone, e-mail, address or ID number), which a list of clients
 * kept by the day would carry. A tab of the same layout beside the run naming the same people (the
 * report's draft, its template) is that report too.
 */
import type { SheetAnalysis } from "./analyse-sheet";
import { usable } from "./derived-sheets";
import { comparableText } from "./keyed-agreement";
import { sameLayout } from "./snapshots";

/** Fewest day tabs of one layout that make a daily run rather than a couple of snapshots. */
const MIN_DAYS = 3;
/** Share of a day's names found on another day of the run: the same people each day. */
const SAME_NAMES = 0.8;
/** A column reaching people on this share of its rows gives the list a way to reach them. */
const REACHES = 0.3;

const validDay = (month: number, day: number) => month >= 1 && month <= 12 && day >= 1 && day <= 31;

/**
 * Whether a tab's name reads as a day of the calendar: 2025-09-05, 9.5, 8.19.25, 9/5/2025,
 * 9月5日, 2025年9月5日, or digits run together as a month, a day and a year (952025 for
 * 9/5/2025, 83125 for 8/31/25, 20250905).
 */
export function namesADay(name: string): boolean {
  const text = name.normalize("NFKC").trim();
  let m = /^(\d{4})[-./_ ](\d{1,2})[-./_ ](\d{1,2})$/.exec(text);
  if (m) return validDay(Number(m[2]), Number(m[3]));
  m = /^(\d{1,2})[-./_ ](\d{1,2})(?:[-./_ ](\d{2}|\d{4}))?$/.exec(text);
  if (m) return validDay(Number(m[1]), Number(m[2])) || validDay(Number(m[2]), Number(m[1]));
  m = /^(?:\d{2,4}年)?(\d{1,2})月(\d{1,2})[日号號]?$/.exec(text);
  if (m) return validDay(Number(m[1]), Number(m[2]));
  if (!/^\d{3,8}$/.test(text)) return false;
  if (text.length === 8 && /^(?:19|20)/.test(text))
    return validDay(Number(text.slice(4, 6)), Number(text.slice(6, 8)));
  // Month, day and a year of two or four digits (or none), each split tried.
  for (const year of [4, 2, 0]) {
    const rest = text.length - year;
    if (rest < 2 || rest > 4) continue;
    if (year === 4 && !/^(?:19|20)/.test(text.slice(rest))) continue;
    for (let split = 1; split <= 2 && split < rest; split++) {
      const month = text.slice(0, split);
      const day = text.slice(split, rest);
      if (day.length > 2) continue;
      if (validDay(Number(month), Number(day))) return true;
    }
  }
  return false;
}

export interface DailyReport {
  analysis: SheetAnalysis;
  /** How many day tabs the run has, and the names it lists each day. */
  days: number;
  names: number;
}

/** The names a table gives under the header `header` (its name column's, on the run's layout). */
function namesOf(a: SheetAnalysis, header: string): Set<string> {
  const at = a.mapping.columns.findIndex((c) => c.header.trim() === header);
  if (at < 0) return new Set();
  return new Set((a.columnValues[at] ?? []).map((v) => comparableText(v)).filter((t) => t !== ""));
}

function reachesAnyone(a: SheetAnalysis): boolean {
  return a.profiles.some(
    (p) =>
      p.filled > 0 &&
      (p.phone >= REACHES || p.email >= REACHES || p.address >= REACHES || p.idNumber >= REACHES)
  );
}

const headersOf = (a: SheetAnalysis) => a.mapping.columns.map((c) => c.header);

/**
 * Tables of a daily report read as a list of parties: the run's day tabs and its drafts. The run
 * is every day tab of the layout, those already left out as copies of one another included.
 */
export function dailyReports(analyses: readonly SheetAnalysis[]): DailyReport[] {
  const tables = analyses.filter((a) => a.table !== null && !a.loose && !a.overridden);
  const dayTabs = tables.filter((a) => namesADay(a.sheet.name));
  const read = (a: SheetAnalysis) =>
    usable(a) && (a.mapping.registerSheet === "Clients" || a.mapping.registerSheet === "Contacts");
  const out: DailyReport[] = [];
  const taken = new Set<SheetAnalysis>();
  for (const lead of dayTabs) {
    if (taken.has(lead) || !read(lead)) continue;
    const header = lead.mapping.columns.find((c) => c.field === "name")?.header.trim();
    if (!header) continue;
    const run = dayTabs.filter((a) => sameLayout(headersOf(lead), headersOf(a)));
    if (run.length < MIN_DAYS || run.some(reachesAnyone)) continue;
    const names = run.map((a) => namesOf(a, header));
    const all = new Set(names.flatMap((n) => [...n]));
    const sameEachDay = names.every((own, i) => {
      if (own.size === 0) return false;
      const others = new Set(names.flatMap((n, j) => (j === i ? [] : [...n])));
      return [...own].filter((n) => others.has(n)).length >= own.size * SAME_NAMES;
    });
    if (!sameEachDay) continue;
    // The report's other tabs of the same layout naming the same people (its draft, a template).
    const drafts = tables.filter((a) => {
      if (dayTabs.includes(a) || !read(a) || reachesAnyone(a)) return false;
      if (!sameLayout(headersOf(lead), headersOf(a))) return false;
      const own = namesOf(a, header);
      return own.size > 0 && [...own].filter((n) => all.has(n)).length >= own.size * SAME_NAMES;
    });
    for (const a of [...run, ...drafts]) {
      if (taken.has(a)) continue;
      taken.add(a);
      // A day the import was unsure of is said as the report too; one told otherwise keeps its reason.
      if (
        read(a) ||
        a.notData?.kind === "unsure" ||
        (a.notData === null && !a.mapping.registerSheet)
      )
        out.push({ analysis: a, days: run.length, names: all.size });
    }
  }
  return out;
}
