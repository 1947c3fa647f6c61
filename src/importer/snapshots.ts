/**
 * Tabs of one layout holding the same list at different times (10月 / 11月, Jan / Feb, 2025 / 2026,
 * 第1周 / 第2周, Active / Churned) are one source to a person: the same client on two tabs is one
 * client, and where the tabs differ the newer tab is right. The period a tab's name gives orders
 * the tabs; without one, the order of the tabs in the workbook does.
 */
import { foldHeader } from "../register/catalog";
import { foldScript } from "../register/vocabulary";
import { TAB_MONTH_NAMES, TAB_QUARTER, TAB_WEEK } from "../register/vocabulary/periods";

/** Share of two tables' headers (folded) that both have, for them to count as one layout. */
const SAME_LAYOUT = 0.8;
/** Fewest headers a table has for its layout to identify a list. */
const MIN_HEADERS = 3;

/** The folded, distinct headers of a table. */
export function headerSet(headers: readonly string[]): Set<string> {
  return new Set(headers.map((h) => foldHeader(h)).filter((h) => h !== ""));
}

/** True when two tables have (nearly) the same headers: the same list's layout. */
export function sameLayout(a: readonly string[], b: readonly string[]): boolean {
  const sa = headerSet(a);
  const sb = headerSet(b);
  if (sa.size < MIN_HEADERS || sb.size < MIN_HEADERS) return false;
  let both = 0;
  for (const h of sa) if (sb.has(h)) both++;
  return both / (sa.size + sb.size - both) >= SAME_LAYOUT;
}

const CN_DIGIT: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4 };

export interface TabPeriod {
  /** Comparable position in time: later periods have larger keys. */
  key: number;
  year: number | null;
  month: number | null;
}

/** The period a tab's name gives (10月, 2026年1月, Jan, Nov 2025, 第3周, Q2, 2026), or null. */
export function tabPeriod(name: string): TabPeriod | null {
  let text = foldScript(name.normalize("NFKC").toLowerCase());
  let year: number | null = null;
  let month: number | null = null;
  let week: number | null = null;
  let quarter: number | null = null;
  const y = /(?<!\d)((?:19|20)\d{2})(?!\d)/.exec(text);
  if (y) {
    year = Number(y[1]);
    const after = /^\s*(?:年|[-/._])\s*(\d{1,2})(?!\d)/.exec(text.slice(y.index + 4));
    if (after && Number(after[1]) >= 1 && Number(after[1]) <= 12) month = Number(after[1]);
    text = `${text.slice(0, y.index)} ${text.slice(y.index + 4)}`;
  }
  if (month === null) {
    const m = /(?<!\d)(\d{1,2})\s*月/.exec(text);
    if (m && Number(m[1]) >= 1 && Number(m[1]) <= 12) month = Number(m[1]);
  }
  if (month === null) {
    // Longest words first: 十一月 before 一月, "september" before "sep".
    const words = TAB_MONTH_NAMES.flatMap((list, i) => list.map((w) => ({ w, month: i + 1 }))).sort(
      (a, b) => b.w.length - a.w.length
    );
    for (const { w, month: m } of words) {
      const latin = /^[a-z]+$/.test(w);
      const at = latin ? new RegExp(`(?<![a-z])${w}(?![a-z])`).exec(text) : null;
      if (latin ? at : text.includes(w)) {
        month = m;
        break;
      }
    }
  }
  const w = TAB_WEEK.exec(text);
  if (w) week = Number(w[1] ?? w[2]);
  const q = TAB_QUARTER.exec(text);
  if (q) quarter = Number(q[1] ?? CN_DIGIT[q[2]] ?? q[2]);
  if (year === null && month === null && week === null && quarter === null) return null;
  const within =
    month !== null
      ? (month - 1) * 31
      : quarter !== null
        ? (quarter - 1) * 92
        : week !== null
          ? (week - 1) * 7
          : 0;
  const inMonth = month !== null && week !== null ? week * 7 : 0;
  return { key: (year ?? 0) * 1000 + within + inMonth, year, month };
}

export interface Tab {
  /** The tab's name. */
  name: string;
  /** The headers of its table. */
  headers: readonly string[];
}

export interface SnapshotPlace {
  /** Tabs of one group hold the same list; the group is its first tab's position. */
  group: number;
  /** Position in time within the group: larger is newer. */
  rank: number;
}

/**
 * Groups tabs of one layout (two or more) and ranks each group's tabs from oldest to newest: by
 * the periods their names give when every tab names a distinct one (months running over a year's
 * end in tab order, Nov / Dec / Jan, are read in tab order), else in tab order. Tabs in no group
 * are absent from the result.
 */
export function snapshotPlaces(tabs: readonly Tab[]): Map<number, SnapshotPlace> {
  const places = new Map<number, SnapshotPlace>();
  const grouped = new Set<number>();
  tabs.forEach((tab, i) => {
    if (grouped.has(i)) return;
    const members = [i];
    for (let j = i + 1; j < tabs.length; j++)
      if (!grouped.has(j) && tabs[j].name !== tab.name && sameLayout(tab.headers, tabs[j].headers))
        members.push(j);
    if (members.length < 2) return;
    for (const m of members) grouped.add(m);
    const periods = members.map((m) => tabPeriod(tabs[m].name));
    const keys = periods.map((p) => p?.key ?? null);
    const byPeriod =
      keys.every((k) => k !== null) &&
      new Set(keys).size === keys.length &&
      !runsOverYearEnd(periods as TabPeriod[]);
    const order = byPeriod
      ? [...members.keys()].sort((a, b) => (keys[a] as number) - (keys[b] as number))
      : [...members.keys()];
    order.forEach((k, rank) => places.set(members[k], { group: i, rank }));
  });
  return places;
}

/** Months without a year that step back once, from the year's end to its start (Nov, Dec, Jan). */
function runsOverYearEnd(periods: readonly TabPeriod[]): boolean {
  if (periods.some((p) => p.year !== null || p.month === null)) return false;
  const months = periods.map((p) => p.month as number);
  let steps = 0;
  for (let i = 1; i < months.length; i++) {
    if (months[i] > months[i - 1]) continue;
    if (months[i - 1] < 9 || months[i] > 4) return false;
    steps++;
  }
  return steps === 1 && months[months.length - 1] < months[0];
}
