/**
 * Columns that repeat one figure per period (1月 … 6月, Q1 … Q4, Jan … Dec, 2023 | 2024 | 2025) or
 * per measure (时点 / 日均, Balance / Avg, 期初 / 期末): a person reads the group as one field whose
 * current value is the latest period with a value, or the point-in-time figure over the average
 * ("存款 6月" is the deposit balance as of June). The other periods stay in notes as
 * "label: value", never lost.
 */
import { chineseNumber, toHalfWidth } from "./normalize";
import type { ColumnMapping, SourceCell } from "./types";
import { isBlankCell } from "./grid";
import { MONTH_ABBREVIATIONS } from "../register/vocabulary/periods";

const CN_QUARTER: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4 };

/** A point-in-time figure: the balance as of the period's end. */
const POINT_MEASURE =
  /^(?:时点|時點|时点余额|時點餘額|余额|餘額|期末|年末|月末|季末|期末余额|期末餘額|balance|eop|endofperiod|closing|actual|实际|實際)$/;
/** An average over the period: a figure of its own, read only when no point-in-time one is given. */
const AVERAGE_MEASURE = /^(?:日均|月日均|季日均|年日均|月均|平均|avg|average|mean|dailyaverage)$/;
/** A figure at the period's start. */
const START_MEASURE = /^(?:期初|年初|月初|季初|opening|start|期初余额|期初餘額)$/;
/** A figure that was aimed at, not had: never the current value. */
const GOAL_MEASURE = /^(?:目标|目標|计划|計劃|預算|预算|target|plan|budget|goal|forecast)$/;

/**
 * The order of a period or measure label, latest (or most current) highest; null when the label is
 * neither. Years weigh most, then months or quarters; measures rank point over average over start.
 */
export function periodOrder(label: string): number | null {
  const text = toHalfWidth(label)
    .trim()
    .toLowerCase()
    .replace(/[\s()（）.]/g, "");
  if (text === "") return null;
  if (POINT_MEASURE.test(text)) return 3;
  if (AVERAGE_MEASURE.test(text)) return 2;
  if (START_MEASURE.test(text)) return 1;
  if (GOAL_MEASURE.test(text)) return -1;
  let m = /^((?:19|20)\d{2})(?:年度?|[-/])?(?:(\d{1,2})月?份?)?$/.exec(text);
  if (m) {
    const month = m[2] ? Number(m[2]) : 12;
    if (month >= 1 && month <= 12) return 1000 + Number(m[1]) * 100 + month;
  }
  m = /^(?:fy)((?:19|20)?\d{2})$/.exec(text);
  if (m) return 1000 + (m[1].length === 2 ? 2000 + Number(m[1]) : Number(m[1])) * 100 + 12;
  m = /^(\d{1,2})月份?$/.exec(text);
  if (m && Number(m[1]) >= 1 && Number(m[1]) <= 12) return 100 + Number(m[1]);
  m = /^(?:q([1-4])|第?([1-4一二三四])季度?)$/.exec(text);
  if (m) return 100 + 3 * (m[1] ? Number(m[1]) : (CN_QUARTER[m[2]] ?? Number(m[2])));
  m = /^(?:h([12])|([上下])半年)$/.exec(text);
  if (m) return 100 + (m[1] === "2" || m[2] === "下" ? 12 : 6);
  m =
    /^(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)((?:19|20)?\d{2})?$/.exec(
      text
    );
  if (m) {
    const month = MONTH_ABBREVIATIONS.indexOf(m[1].slice(0, 3)) + 1;
    const year = m[2] ? (m[2].length === 2 ? 2000 + Number(m[2]) : Number(m[2])) : null;
    return year === null ? 100 + month : 1000 + year * 100 + month;
  }
  return null;
}

/** The month a header names on its own (1月, 一月, 十二月, Jan, March, or a bare 1 … 12), else null. */
export function monthOfHeader(label: string): number | null {
  const text = toHalfWidth(label).trim().toLowerCase();
  if (/^\d{1,2}$/.test(text)) {
    const n = Number(text);
    return n >= 1 && n <= 12 ? n : null;
  }
  const cn = /^(十?[一二三四五六七八九]?)月份?$/.exec(text);
  if (cn && cn[1] !== "") {
    const n = chineseNumber(cn[1]);
    return n !== null && n <= 12 ? n : null;
  }
  // 1月, Jan, March (a quarter or a half-year is no month).
  if (/^(?:q|h|第|[上下1-4一二三四]季|[上下]半)/.test(text)) return null;
  const order = periodOrder(text);
  return order !== null && order > 100 && order <= 112 ? order - 100 : null;
}

/** A header split into what it measures and its period: "存款 6月" → 存款 / 6月; null when none. */
export function splitPeriod(header: string): { base: string; label: string } | null {
  const text = toHalfWidth(header).trim();
  // Two-row headers join group and period with a space: the period is the last word.
  const words = text.split(/\s+/);
  if (words.length >= 2) {
    const last = words[words.length - 1];
    if (periodOrder(last) !== null) return { base: words.slice(0, -1).join(" "), label: last };
    const first = words[0];
    if (periodOrder(first) !== null && /\d/.test(first))
      return { base: words.slice(1).join(" "), label: first };
  }
  // One-row headers: 1月AUM, 2025年存款, AUM_2024.
  const lead =
    /^((?:19|20)\d{2}\s*(?:年度?)?(?:\s*\d{1,2}\s*月份?)?|\d{1,2}\s*月份?)[\s_\-:：]*(.+)$/.exec(
      text
    );
  if (lead && periodOrder(lead[1]) !== null && !/^\d/.test(lead[2]))
    return { base: lead[2].trim(), label: lead[1].trim() };
  const tail =
    /^(.+?)[\s_\-:：]*((?:19|20)\d{2}\s*(?:年度?)?(?:\s*\d{1,2}\s*月份?)?|\d{1,2}\s*月份?|q[1-4])$/i.exec(
      text
    );
  if (tail && periodOrder(tail[2]) !== null && !/\d$/.test(tail[1]))
    return { base: tail[1].trim(), label: tail[2].trim() };
  return null;
}

/** A field read from columns repeated per period: the current column first, earlier ones after. */
export interface PeriodGroup {
  field: string;
  /** 0-based columns, the current one first, then the earlier periods latest first. */
  columns: number[];
}

/** Mappings a person chose or remembered keep their column. */
const FIXED_SOURCES = new Set(["override", "remembered", "hidden"]);

/**
 * Finds the groups of columns of one base with distinct periods where one column took a field, and
 * moves the field to the most current column (the latest period, the point-in-time measure); the
 * column it leaves goes to notes like the others. Returns the mappings (changed in place) and the
 * groups, so that a row whose current cell is blank reads the latest earlier one.
 */
export function currentPeriodColumns(mappings: ColumnMapping[]): PeriodGroup[] {
  const byBase = new Map<string, { i: number; order: number }[]>();
  mappings.forEach((m, i) => {
    if (m.source === "row-number" || m.sideNote) return;
    const split = splitPeriod(m.header);
    if (!split || split.base === "") return;
    const order = periodOrder(split.label) as number;
    const key = split.base.toLowerCase().replace(/\s+/g, "");
    const list = byBase.get(key) ?? [];
    list.push({ i, order });
    byBase.set(key, list);
  });
  const groups: PeriodGroup[] = [];
  for (const members of byBase.values()) {
    if (members.length < 2 || new Set(members.map((x) => x.order)).size !== members.length)
      continue;
    const mapped = members.filter(({ i }) => mappings[i].field !== null);
    if (mapped.length !== 1) continue;
    const taken = mappings[mapped[0].i];
    if (FIXED_SOURCES.has(taken.source) || taken.joined || taken.linksClient) continue;
    const usable = members.filter((x) => x.order >= 0 && mappings[x.i].source !== "hidden");
    if (usable.length < 2) continue;
    usable.sort((a, b) => b.order - a.order);
    const current = usable[0].i;
    if (current !== mapped[0].i) swapField(mappings, mapped[0].i, current);
    // Only the same kind of figure stands in for a blank: months for months, not an average for a point.
    const kind = (order: number) => (order >= 1000 ? 2 : order >= 100 ? 1 : 0);
    const earlier = usable
      .slice(1)
      .filter((x) => kind(x.order) === kind(usable[0].order) && kind(x.order) > 0)
      .map((x) => x.i);
    groups.push({ field: mappings[current].field as string, columns: [current, ...earlier] });
  }
  return groups;
}

/** Moves the field (and what was decided with it) from column `from` to column `to`. */
function swapField(mappings: ColumnMapping[], from: number, to: number): void {
  const a = mappings[from];
  const b = mappings[to];
  const own = (m: ColumnMapping) => ({
    index: m.index,
    letter: m.letter,
    header: m.header,
    label: m.label,
    samples: m.samples,
  });
  const next = (decision: ColumnMapping, place: ColumnMapping): ColumnMapping => {
    const out: ColumnMapping = { ...decision, ...own(place) };
    if (place.label === undefined) delete out.label;
    return out;
  };
  mappings[to] = next(a, b);
  mappings[from] = next(b, a);
}

/**
 * A row's cells with each group's current cell, when blank, taken from its latest earlier period
 * that has a value (the earlier cells stay as they are, in notes).
 */
export function withCurrentPeriods(
  groups: readonly PeriodGroup[],
  cells: SourceCell[]
): SourceCell[] {
  let copy: SourceCell[] | null = null;
  for (const { columns } of groups) {
    const [current, ...earlier] = columns;
    if (!isBlankCell(cells[current] ?? null)) continue;
    const from = earlier.find((c) => !isBlankCell(cells[c] ?? null));
    if (from === undefined) continue;
    copy ??= [...cells];
    copy[current] = cells[from];
  }
  return copy ?? cells;
}
