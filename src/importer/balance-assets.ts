/**
 * A client list that carries what the client holds with us — AUM, 金融资产, 资产余额, one column
 * or one per month (1月AUM … 12月AUM) — says what the client holds: a person records it as the
 * client's asset, the latest figure, dated. The columns themselves stay in the client's notes.
 */
import { cellText, isBlankCell } from "./grid";
import { parseAmount, parseDate, parseHeaderUnit, stripHeaderUnit, toHalfWidth } from "./normalize";
import { emptyRecord } from "./normalize-row";
import type { ColumnMapping, SourceCell } from "./types";
import type { RegisterRecord } from "../register/types";

/**
 * Headers of what a client holds with us: AUM, assets under management, 金融资产, 资产余额, 日均资产.
 * A bare "Balance" or 余额 may be a loan's or a card's, and 总资产 on a company list is the
 * company's own balance sheet: neither is an asset the client holds here.
 */
const BALANCE_HEADER =
  /aum|assetsundermanagement|financialassets|金融资产|金融資產|资产余额|資產餘額|日均资产|日均資產|管户资产|管戶資產|管理资产|管理資產|本行资产|本行資產|我行资产|我行資產/i;
/** …but not a change, a share, a count, a target or a limit of it. */
const NOT_BALANCE =
  /增减|增減|变动|變動|变化|變化|较|較|增长|增長|同比|环比|環比|占比|佔比|比例|排名|笔数|筆數|户数|戶數|目标|目標|额度|額度|负债|負債|change|growth|delta|diff|ratio|share|%|rank|count|target|limit|liabilit/i;
/** Balances held at another institution. */
const ELSEWHERE = /他行|外行|行外|elsewhere|otherbank|external/i;
const AS_OF_TITLE =
  /(?:数据)?(?:截至|截止|數據截至|统计日|統計日|as\s*of|as\s*at)\s*[:：]?\s*([0-9０-９年月日./-]+)/i;
const YEAR_TITLE = /((?:19|20)\d{2})\s*年/;

interface Period {
  year: number | null;
  month: number;
}

export interface BalanceColumn {
  index: number;
  header: string;
  unit: number;
  period: Period | null;
}

export interface BalanceColumns {
  columns: BalanceColumn[];
  heldAt: "ours" | "elsewhere";
  /** The date the title says the figures are as of ("数据截至：2026-11-30"). */
  asOf: string | null;
  /** The year the title names ("2026年 …月度明细"), for month-only headers. */
  year: number | null;
}

function fold(header: string): string {
  return toHalfWidth(header).toLowerCase().replace(/\s+/g, "");
}

/** "11月AUM", "2026-11 AUM", "AUM 2026年11月": the period a header names, if any. */
function periodOf(header: string): Period | null {
  const text = toHalfWidth(header);
  const ym = /((?:19|20)\d{2})\s*(?:年|[-/.])\s*(\d{1,2})\s*月?/.exec(text);
  if (ym) {
    const month = Number(ym[2]);
    if (month >= 1 && month <= 12) return { year: Number(ym[1]), month };
  }
  const m = /(?:^|[^\d])(\d{1,2})\s*月/.exec(text);
  if (m) {
    const month = Number(m[1]);
    if (month >= 1 && month <= 12) return { year: null, month };
  }
  return null;
}

function lastDayOf(year: number, month: number): string {
  const day = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

/**
 * The unmapped balance columns of a client list. Several periods of one balance are one balance
 * over time; two different balances (存款余额 beside 理财余额) are left to notes, since no single
 * figure is the client's.
 */
export function balanceColumns(
  mappings: readonly ColumnMapping[],
  titleTexts: readonly string[]
): BalanceColumns | null {
  const titleUnit = titleTexts
    .map((t) => parseHeaderUnit(t))
    .find((u) => u !== null && Number.isFinite(u.multiplier));
  const columns: BalanceColumn[] = [];
  const bases = new Set<string>();
  for (const m of mappings) {
    if (m.field !== null || m.source === "row-number" || m.header.trim() === "") continue;
    const header = fold(stripHeaderUnit(m.header));
    if (!BALANCE_HEADER.test(header) || NOT_BALANCE.test(header)) continue;
    const period = periodOf(m.header);
    const unit = parseHeaderUnit(m.header);
    if (unit && !Number.isFinite(unit.multiplier)) continue;
    bases.add(
      header
        .replace(/(?:(?:19|20)\d{2}(?:年|[-/.]))?\d{1,2}月?/g, "")
        .replace(/[()（）[\]【】:：_-]/g, "")
    );
    columns.push({
      index: m.index - 1,
      header: m.header,
      unit: unit?.multiplier ?? titleUnit?.multiplier ?? 1,
      period,
    });
  }
  if (columns.length === 0 || bases.size > 1) return null;
  if (columns.length > 1 && columns.some((c) => c.period === null)) return null;
  const joined = columns.map((c) => fold(c.header)).join(" ");
  let asOf: string | null = null;
  let year: number | null = null;
  for (const text of titleTexts) {
    const stated = AS_OF_TITLE.exec(toHalfWidth(text));
    if (asOf === null && stated) {
      const date = parseDate(stated[1]);
      if (date.ok && typeof date.value === "string") asOf = date.value;
    }
    const y = YEAR_TITLE.exec(text);
    if (year === null && y) year = Number(y[1]);
  }
  if (year === null && asOf !== null) year = Number(asOf.slice(0, 4));
  return {
    columns,
    heldAt: ELSEWHERE.test(joined) ? "elsewhere" : "ours",
    asOf,
    year,
  };
}

function order(c: BalanceColumn, year: number | null): number {
  if (!c.period) return 0;
  return (c.period.year ?? year ?? 0) * 12 + c.period.month;
}

/**
 * The client's asset from one row: the latest column with a figure, in yuan (its unit applied),
 * dated by its month's last day (capped by the title's as-of date), else by the title's date.
 */
export function balanceAsset(
  balances: BalanceColumns,
  cells: readonly SourceCell[]
): { record: RegisterRecord; column: BalanceColumn } | null {
  const latestFirst = [...balances.columns].sort(
    (a, b) => order(b, balances.year) - order(a, balances.year)
  );
  for (const column of latestFirst) {
    const raw = cells[column.index] ?? null;
    if (isBlankCell(raw)) continue;
    const read = parseAmount(raw, { unitMultiplier: column.unit });
    if (!read.ok || typeof read.value !== "number" || read.warning) continue;
    const record = emptyRecord("Assets");
    record.marketValue = Math.round(read.value * 100) / 100;
    record.heldAt = balances.heldAt;
    const year = column.period?.year ?? balances.year;
    let asOf = column.period && year !== null ? lastDayOf(year, column.period.month) : null;
    if (balances.asOf !== null && (asOf === null || asOf > balances.asOf)) asOf = balances.asOf;
    if (asOf !== null) record.asOf = asOf;
    record.notes = `${column.header}: ${cellText(raw)}`;
    return { record, column };
  }
  return null;
}
