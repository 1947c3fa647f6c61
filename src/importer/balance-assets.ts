/**
 * A client list that carries what the client holds with us — AUM, 金融资产, 资产余额, one column
 * or one per month (1月AUM … 12月AUM) — says what the client holds: a person records it as the
 * client's asset, the latest figure, dated. An asset report with one column per asset class
 * (股票市值, 基金市值, 理财产品市值, 现金余额; Equities, Funds, Cash) says more: one asset per class
 * the client holds, its total (总资产, Total AUM) being their sum and no asset of its own. The
 * columns themselves stay in the client's notes.
 */
import { ASSET_CLASS } from "../register/enums";
import { foldScript } from "../register/vocabulary/fold";
import { MONTH_ABBREVIATIONS } from "../register/vocabulary/periods";
import { cellText, isBlankCell } from "./grid";
import {
  currencyCode,
  parseAmount,
  parseDate,
  parseHeaderUnit,
  stripHeaderUnit,
  toHalfWidth,
  writtenUnit,
  type HeaderUnit,
} from "./normalize";
import { CURRENCY_HEADER, emptyRecord } from "./normalize-row";
import { withUnit } from "./note-unit";
import { periodOrder, splitPeriod } from "./period-columns";
import type { SheetClassification } from "./classify-sheet";
import type { ColumnMapping, SourceCell } from "./types";
import type { RegisterRecord } from "../register/types";

/**
 * Headers of what a client holds with us: AUM, assets under management, 金融资产, 资产余额, 日均资产,
 * and the value of the client's portfolio or holdings (Portfolio Value, Holdings Value, 持仓市值,
 * 庫存市值). A bare "Balance" or 余额 may be a loan's or a card's, a bare 市值 on a company list is
 * the company's market capitalisation, and 总资产 there is the company's own balance sheet: none is
 * an asset the client holds here.
 */
const BALANCE_HEADER =
  /aum|assetsundermanagement|financialassets|金融资产|金融資產|资产余额|資產餘額|日均资产|日均資產|管户资产|管戶資產|管理资产|管理資產|本行资产|本行資產|我行资产|我行資產|^(?:total)?(?:portfolio|holdings?|investments?)(?:marketvalue|value)$|^(?:持仓|持倉|库存|庫存|持股)(?:总)?市值$/i;
/** …but not a change, a share, a count, a target or a limit of it. */
const NOT_BALANCE =
  /增减|增減|变动|變動|变化|變化|较|較|增长|增長|同比|环比|環比|占比|佔比|比例|排名|笔数|筆數|户数|戶數|目标|目標|额度|額度|负债|負債|change|growth|delta|diff|ratio|share|%|rank|count|target|limit|liabilit/i;
/** Balances held at another institution. */
const ELSEWHERE = /他行|外行|行外|elsewhere|otherbank|external/i;
const AS_OF_TITLE =
  /(?:(?:截至|截止)(?:日期|日|时间|時間)?|(?:数据|數據|统计|統計|报表|報表|估值|制表|製表)(?:日期|日)|as\s*(?:of|at)(?:\s*date)?)\s*[:：]?\s*((?:民國|民国)?\s*[0-9０-９年月日./-]+)/i;
const YEAR_TITLE = /((?:19|20)\d{2})\s*年/;
/** "客户资产月报 2026年10月": a report of one month, not a range ("2026年1-12月", "2026年1月至6月"). */
const MONTH_TITLE = /((?:19|20)\d{2})\s*年\s*(\d{1,2})\s*月(?!\s*(?:\d|份?\s*[-~～至到–—]))/;

/** "Client holdings — October 2026", "Sep 2026": a month named in English before its year. */
const MONTH_NAME_TITLE =
  /\b(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?\s+((?:19|20)\d{2})\b(?!\s*[-–—~]|\s+to\b)/i;

/** The words that place a balance elsewhere, with their preposition: "at other banks", 他行. */
const ELSEWHERE_WORDS =
  /(?:at|with|in|held)?(?:otherbanks?|anotherbank|elsewhere|external)|他行|外行|行外/g;

/** The words after an asset class that say the column holds its amount: 股票市值, 现金余额, Funds Value. */
const VALUE_WORD =
  /(?:市值|余额|餘額|金额|金額|资产|資產|持仓|持倉|规模|規模|marketvalue|value|balance|amount|holdings?|positions?|aum)$/;
/**
 * The words after a class that say the column is a balance (存款余额, 貸款餘額, Deposit balance,
 * 股票市值): one such column alone is the client's holding of that class.
 */
const BALANCE_WORD = /(?:余额|餘額|结余|結餘|市值|balance|marketvalue)$/;
/** Classes a lone balance column is read as: what a bank or broker keeps for (or lends to) a client. */
const LONE_BALANCE_CLASSES = new Set([
  "deposit",
  "loan",
  "fund",
  "stock",
  "bond",
  "wealth-product",
]);
/** A word saying when, left alone once the amount word is gone: the figure is today's. */
const PRESENT_WORD = /^(?:current|present|latest|当前|目前|最新)$/;
/** A total or a sum of the classes: 总资产, 资产合计, Total AUM. */
const TOTAL_WORD =
  /^(?:总|總|合计|合計|汇总|彙總|共计|共計|total|sum|overall|grand)|(?:合计|合計|总计|總計|小计|小計|total)$/;
/** Every spelling of an asset class, folded, to its key. */
let classWords: Map<string, string> | undefined;
function classWordMap(): Map<string, string> {
  if (classWords === undefined) {
    classWords = new Map();
    for (const value of ASSET_CLASS)
      for (const word of [value.key, ...Object.values(value.label), ...(value.aliases ?? [])])
        classWords.set(foldScript(fold(word)), value.key);
  }
  return classWords;
}

/**
 * The asset class a column's header names, its amount words and unit aside: 股票市值 → stock,
 * 理财产品市值 → wealth-product, 現金餘額 → deposit, "Equities" → stock. Totals, shares and
 * changes of a class name none.
 */
export function assetClassOfHeader(header: string): string | null {
  // A period or a measure under a class (存款 时点, Deposits Avg, 理财 6月) is still that class.
  const split = splitPeriod(stripHeaderUnit(header));
  const named = split ? split.base : header;
  let text = foldScript(fold(stripHeaderUnit(named))).replace(/[()（）[\]【】:：_\-–—/]/g, "");
  if (TOTAL_WORD.test(text) || NOT_BALANCE.test(text)) return null;
  text = text.replace(ELSEWHERE_WORDS, "").replace(/^(?:本行|我行|本公司|在本司)/, "");
  for (let i = 0; i < 2 && VALUE_WORD.test(text); i++) text = text.replace(VALUE_WORD, "");
  // "Current Balance", "Current Value": the balance now, of no class ("Current Account" is one).
  if (text === "" || PRESENT_WORD.test(text)) return null;
  return classWordMap().get(text) ?? null;
}

/** Most of a column's filled cells read as amounts (placeholders aside). */
function holdsAmounts(values: readonly SourceCell[]): boolean {
  let filled = 0;
  let amounts = 0;
  for (const value of values) {
    if (isBlankCell(value)) continue;
    filled++;
    const read = parseAmount(value);
    if (read.ok && (read.value === null || typeof read.value === "number")) amounts++;
  }
  return filled > 0 && amounts >= 0.8 * filled;
}

/**
 * A sheet read as holdings whose figure columns each name an asset class (Equities, Funds, Cash
 * beside the client's name) is a report of clients, one row each, not a list of holdings: read as
 * clients, each class with a figure becomes an asset of its own (see balanceColumns).
 */
export function preferClientsForAssetClasses(
  classification: SheetClassification,
  headers: readonly string[],
  columnValues: readonly (readonly SourceCell[])[]
): SheetClassification {
  if (classification.key !== "Assets" || (classification.scores.Clients ?? 0) <= 0)
    return classification;
  const classes = new Set<string>();
  headers.forEach((header, i) => {
    const assetClass = assetClassOfHeader(header);
    if (assetClass !== null && periodOf(header) === null && holdsAmounts(columnValues[i] ?? []))
      classes.add(assetClass);
  });
  if (classes.size < 2) return classification;
  return { key: "Clients", confidence: classification.confidence, scores: classification.scores };
}

/** Every sample a column shows reads as an amount: a figure column, not a yes/no or a name. */
function showsAmounts(m: ColumnMapping): boolean {
  const samples = m.samples.filter((s) => s.trim() !== "");
  return (
    samples.length > 0 &&
    samples.every((s) => {
      const read = parseAmount(s);
      return read.ok && (read.value === null || typeof read.value === "number");
    })
  );
}

interface Period {
  year: number | null;
  month: number;
}

export interface BalanceColumn {
  index: number;
  header: string;
  unit: number;
  period: Period | null;
  /** The asset class the column holds, in a report with one column per class. */
  assetClass?: string;
  /** The column holds a balance at another institution (他行存款). */
  elsewhere?: boolean;
  /** The currency its header or the title states ("市值(美元)", "单位：港元"). */
  currency?: string;
  /** Earlier periods of the same class (latest first): read when this column is blank. */
  earlier?: { index: number; header: string }[];
  /**
   * The unit the title states for a column whose header states none ("（单位：万元）" → 万元): kept
   * beside the figure where it is written as is (notes), so 338.55 is not read as yuan.
   */
  unitText?: string;
}

export interface BalanceColumns {
  columns: BalanceColumn[];
  heldAt: "ours" | "elsewhere";
  /** The date the title says the figures are as of ("数据截至：2026-11-30"). */
  asOf: string | null;
  /** The year the title names ("2026年 …月度明细"), for month-only headers. */
  year: number | null;
  /** One column per asset class: each class with a figure is an asset of its own. */
  byClass?: boolean;
  /** A 币种 / Currency column: each row's figures are in the currency it names. */
  currencyColumn?: number;
  /**
   * The title's unit as written, by column index, for the figure columns whose header states
   * none: the balance columns and a total of the classes (合计, Total AUM) beside them.
   */
  noteUnits?: Map<number, string>;
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
  const titled = titleTexts.find((t) => {
    const u = parseHeaderUnit(t);
    return u !== null && Number.isFinite(u.multiplier);
  });
  const titleUnit = titled === undefined ? undefined : parseHeaderUnit(titled);
  const found = balanceColumnsOf(mappings, titleTexts, titleUnit);
  if (!found) return null;
  const unitText = titled === undefined ? null : writtenUnit(titled);
  if (unitText !== null) {
    const noteUnits = new Map<number, string>();
    const own = (header: string) => parseHeaderUnit(header) !== null;
    for (const column of found.columns) {
      for (const c of [column, ...(column.earlier ?? [])])
        if (!own(c.header)) noteUnits.set(c.index, unitText);
      if (!own(column.header)) column.unitText = unitText;
    }
    // The classes' total (合计 beside 存款 … 贵金属) is in the same unit.
    if (found.byClass)
      for (const m of mappings) {
        const header = foldScript(fold(m.header)).replace(/[()（）:：_-]/g, "");
        if (m.field !== null || own(m.header) || !TOTAL_WORD.test(header)) continue;
        if (NOT_BALANCE.test(header) || !showsAmounts(m)) continue;
        noteUnits.set(m.index - 1, unitText);
      }
    if (noteUnits.size > 0) found.noteUnits = noteUnits;
  }
  const currencyColumn =
    mappings.find(
      (m) => m.field === null && m.source !== "row-number" && CURRENCY_HEADER.test(m.header.trim())
    )?.index ?? 0;
  for (const column of found.columns) {
    const currency = parseHeaderUnit(column.header)?.currency ?? titleUnit?.currency;
    if (currency) column.currency = currency;
  }
  return currencyColumn < 1 ? found : { ...found, currencyColumn: currencyColumn - 1 };
}

function balanceColumnsOf(
  mappings: readonly ColumnMapping[],
  titleTexts: readonly string[],
  titleUnit: HeaderUnit | null | undefined
): BalanceColumns | null {
  const classes = classColumns(mappings, titleUnit?.multiplier ?? 1);
  if (classes)
    return { columns: classes, heldAt: "ours", byClass: true, ...titleDates(titleTexts) };
  const found: (BalanceColumn & { measure: number })[] = [];
  for (const m of mappings) {
    if (m.field !== null || m.source === "row-number" || m.header.trim() === "") continue;
    const header = fold(stripHeaderUnit(m.header));
    if (!BALANCE_HEADER.test(header) || NOT_BALANCE.test(header)) continue;
    const period = periodOf(m.header);
    const unit = parseHeaderUnit(m.header);
    if (unit && !Number.isFinite(unit.multiplier)) continue;
    // A measure under the balance (AUM 时点 | 日均, Balance | Avg): the point-in-time one is read.
    const split = splitPeriod(stripHeaderUnit(m.header));
    const order = split ? (periodOrder(split.label) as number) : null;
    const measure = order !== null && order < 100 ? order : 0;
    if (measure < 0) continue;
    found.push({
      index: m.index - 1,
      header: m.header,
      unit: unit?.multiplier ?? titleUnit?.multiplier ?? 1,
      period,
      measure,
    });
  }
  if (found.length === 0) return monthColumnsOfTitle(mappings, titleTexts, titleUnit);
  const best = Math.max(...found.map((c) => c.measure));
  const columns: BalanceColumn[] = [];
  const bases = new Set<string>();
  for (const { measure, ...column } of found) {
    if (measure !== best) continue;
    const split = measure > 0 ? splitPeriod(stripHeaderUnit(column.header)) : null;
    bases.add(
      fold(split ? split.base : stripHeaderUnit(column.header))
        .replace(/(?:(?:19|20)\d{2}(?:年|[-/.]))?\d{1,2}月?/g, "")
        .replace(/[()（）[\]【】:：_-]/g, "")
    );
    columns.push(column);
  }
  if (columns.length === 0 || bases.size > 1) return null;
  if (columns.length > 1 && columns.some((c) => c.period === null)) return null;
  const joined = columns.map((c) => fold(c.header)).join(" ");
  return {
    columns,
    heldAt: ELSEWHERE.test(joined) ? "elsewhere" : "ours",
    ...titleDates(titleTexts),
  };
}

/**
 * What a report's sheet name or title says its figures are, when they are what the clients hold
 * with us: AUM, 资产规模, 管理資產, 总资产 / Total assets, 金融资产, 资产余额 (the title of a client
 * list: the clients' own, not a company's balance sheet).
 */
const TITLE_BALANCE =
  /aum|assetsundermanagement|totalassets|资产规模|資產規模|总资产|總資產|管理资产|管理資產|管户资产|管戶資產|金融资产|金融資產|资产余额|資產餘額/i;

/** The month a header names and nothing else (2026-06, 6月, Jun 2026); null for a year, quarter or half. */
function monthOfLabel(label: string): Period | null {
  const text = toHalfWidth(label)
    .trim()
    .toLowerCase()
    .replace(/[\s()（）.]/g, "");
  if (/q[1-4]|季|^h[12]$|半年|^fy|^(?:19|20)\d{2}(?:年度?)?$/.test(text)) return null;
  const order = periodOrder(label);
  if (order === null || order < 100) return null;
  if (order < 1000) return order <= 112 ? { year: null, month: order - 100 } : null;
  return { year: Math.floor((order - 1000) / 100), month: (order - 1000) % 100 };
}

/**
 * A report whose figure columns are headed by months only (2026-06 … 2026-11, 6月 … 11月) says
 * what they measure in its sheet name or title (AUM月報, 客户资产规模月报): then the months are one
 * balance over time, its latest month with a figure the client's asset as of that month's end.
 * Every unmapped month column must show amounts, two at least; a title naming a change, a share or
 * a target of the measure (AUM变动, 占比) says no balance, and a title naming none leaves the
 * months to notes.
 */
function monthColumnsOfTitle(
  mappings: readonly ColumnMapping[],
  titleTexts: readonly string[],
  titleUnit: HeaderUnit | null | undefined
): BalanceColumns | null {
  const titles = titleTexts.map((t) => foldScript(fold(t)));
  const named = titles.filter((t) => TITLE_BALANCE.test(t));
  if (named.length === 0 || named.some((t) => NOT_BALANCE.test(t))) return null;
  const columns: BalanceColumn[] = [];
  for (const m of mappings) {
    if (m.field !== null || m.source === "row-number" || m.header.trim() === "") continue;
    const label = stripHeaderUnit(m.header).trim();
    const order = periodOrder(label);
    if (order === null || order < 100) continue;
    const period = monthOfLabel(label);
    // A year or a quarter among the months is not one balance by month: leave them all.
    if (period === null || !showsAmounts(m)) return null;
    const unit = parseHeaderUnit(m.header);
    if (unit && !Number.isFinite(unit.multiplier)) return null;
    columns.push({
      index: m.index - 1,
      header: m.header,
      unit: unit?.multiplier ?? titleUnit?.multiplier ?? 1,
      period,
    });
  }
  if (columns.length < 2) return null;
  return {
    columns,
    heldAt: named.some((t) => ELSEWHERE.test(t)) ? "elsewhere" : "ours",
    ...titleDates(titleTexts),
  };
}

/**
 * The unmapped figure columns that each name a different asset class (股票市值 beside 理财产品市值
 * and 现金余额): at least two classes, every column showing amounts, none dated by a month.
 */
function classColumns(
  mappings: readonly ColumnMapping[],
  titleUnit: number
): BalanceColumn[] | null {
  const columns: (BalanceColumn & { order: number })[] = [];
  let lone = false;
  for (const m of mappings) {
    if (m.field !== null || m.source === "row-number" || m.header.trim() === "") continue;
    const assetClass = assetClassOfHeader(m.header);
    if (assetClass === null || !showsAmounts(m)) continue;
    // One class over periods or measures (存款 时点 | 日均, 理财 1月 … 6月) is one asset: its
    // current column, earlier periods standing in for a blank. An unlabelled month is no class column.
    const split = splitPeriod(stripHeaderUnit(m.header));
    const order = split ? (periodOrder(split.label) as number) : 0;
    if (!split && periodOf(m.header) !== null) continue;
    if (order < 0) continue;
    const unit = parseHeaderUnit(m.header);
    if (unit && !Number.isFinite(unit.multiplier)) continue;
    columns.push({
      index: m.index - 1,
      header: m.header,
      unit: unit?.multiplier ?? titleUnit,
      period: null,
      assetClass,
      elsewhere: ELSEWHERE.test(fold(m.header)),
      order,
    });
    lone =
      LONE_BALANCE_CLASSES.has(assetClass) &&
      BALANCE_WORD.test(foldScript(fold(stripHeaderUnit(m.header))).replace(/[()（）:：_-]/g, ""));
  }
  const byClass = new Map<string, (BalanceColumn & { order: number })[]>();
  for (const c of columns) {
    const key = `${c.assetClass}\u0000${c.elsewhere ? 1 : 0}`;
    byClass.set(key, [...(byClass.get(key) ?? []), c]);
  }
  const chosen: BalanceColumn[] = [];
  for (const list of byClass.values()) {
    list.sort((a, b) => b.order - a.order);
    const [current, ...rest] = list;
    const kind = (o: number) => (o >= 1000 ? 2 : o >= 100 ? 1 : 0);
    const earlier = rest.filter((c) => kind(c.order) === kind(current.order) && kind(c.order) > 0);
    const { order: _order, ...column } = current;
    chosen.push(
      earlier.length > 0
        ? { ...column, earlier: earlier.map((c) => ({ index: c.index, header: c.header })) }
        : column
    );
  }
  chosen.sort((a, b) => a.index - b.index);
  const classes = new Set(chosen.map((c) => c.assetClass)).size;
  return classes >= 2 || (chosen.length === 1 && lone) ? chosen : null;
}

/** The date the title says its figures are as of ("统计截止日：2026-10-31", "月报 2026年10月"), and its year. */
function titleDates(titleTexts: readonly string[]): { asOf: string | null; year: number | null } {
  let asOf: string | null = null;
  let monthEnd: string | null = null;
  let year: number | null = null;
  for (const text of titleTexts) {
    const half = toHalfWidth(text);
    const stated = AS_OF_TITLE.exec(half);
    if (asOf === null && stated) {
      const date = parseDate(stated[1]);
      if (date.ok && typeof date.value === "string") asOf = date.value;
    }
    const month = MONTH_TITLE.exec(half);
    if (monthEnd === null && month && Number(month[2]) >= 1 && Number(month[2]) <= 12)
      monthEnd = lastDayOf(Number(month[1]), Number(month[2]));
    const named = MONTH_NAME_TITLE.exec(half);
    if (monthEnd === null && named)
      monthEnd = lastDayOf(
        Number(named[2]),
        MONTH_ABBREVIATIONS.indexOf(named[1].slice(0, 3).toLowerCase()) + 1
      );
    const y = YEAR_TITLE.exec(text);
    if (year === null && y) year = Number(y[1]);
  }
  asOf ??= monthEnd;
  if (year === null && asOf !== null) year = Number(asOf.slice(0, 4));
  return { asOf, year };
}

function order(c: BalanceColumn, year: number | null): number {
  if (!c.period) return 0;
  return (c.period.year ?? year ?? 0) * 12 + c.period.month;
}

/**
 * The client's assets from one row: in a report by class, one per class column with a figure
 * other than zero; else the one balanceAsset reads.
 */
export function balanceAssets(
  balances: BalanceColumns,
  cells: readonly SourceCell[]
): { record: RegisterRecord; column: BalanceColumn }[] {
  if (!balances.byClass) {
    const one = balanceAsset(balances, cells);
    return one ? [one] : [];
  }
  const made: { record: RegisterRecord; column: BalanceColumn }[] = [];
  for (const column of balances.columns) {
    const from = [column, ...(column.earlier ?? [])].find(
      (c) => !isBlankCell(cells[c.index] ?? null)
    );
    if (from === undefined) continue;
    const raw = cells[from.index] ?? null;
    const read = parseAmount(raw, { unitMultiplier: column.unit });
    if (!read.ok || typeof read.value !== "number" || read.warning || read.value === 0) continue;
    const record = emptyRecord("Assets");
    record.assetClass = column.assetClass ?? null;
    // The register writes what the client owes as a negative value (a loan), however the book
    // writes its balance.
    const value = Math.round(read.value * 100) / 100;
    record.marketValue = column.assetClass === "loan" ? -Math.abs(value) : value;
    record.heldAt = column.elsewhere ? "elsewhere" : "ours";
    const currency = currencyOf(balances, column, cells);
    if (currency) record.currency = currency;
    if (balances.asOf !== null) record.asOf = balances.asOf;
    record.notes = `${from.header}: ${withUnit(cellText(raw), balances.noteUnits?.get(from.index))}`;
    made.push({ record, column });
  }
  return made;
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
    const currency = currencyOf(balances, column, cells);
    if (currency) record.currency = currency;
    const year = column.period?.year ?? balances.year;
    let asOf = column.period && year !== null ? lastDayOf(year, column.period.month) : null;
    if (balances.asOf !== null && (asOf === null || asOf > balances.asOf)) asOf = balances.asOf;
    if (asOf !== null) record.asOf = asOf;
    record.notes = `${column.header}: ${withUnit(cellText(raw), balances.noteUnits?.get(column.index))}`;
    return { record, column };
  }
  return null;
}

/**
 * The currency of a row's figure: the one its 币种 column names (a report in several currencies),
 * else the one the column's header or the title states; null when nothing says it.
 */
function currencyOf(
  balances: BalanceColumns,
  column: BalanceColumn,
  cells: readonly SourceCell[]
): string | null {
  if (balances.currencyColumn !== undefined) {
    const cell = cells[balances.currencyColumn] ?? null;
    const code = typeof cell === "string" ? currencyCode(cell) : null;
    if (code) return code;
  }
  return column.currency ?? null;
}
