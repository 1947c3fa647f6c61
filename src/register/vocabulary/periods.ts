/**
 * The period an amount's header gives its figures in (月均收入, 每月营收, Monthly revenue), for the
 * register's fields that hold a year's amount. Written folded (简体, lower case): headers are folded
 * before they are looked up, so 月營收/月营收 and "Monthly" / "MONTHLY" are one spelling each.
 */

import type { WordTable } from "./words";

/** Register fields that hold a year's amount: a figure per month or quarter is multiplied up. */
export const YEARLY_AMOUNT_FIELDS: readonly string[] = [
  "annualRevenue",
  "annualIncome",
  "annualPremium",
];

export interface HeaderPeriod {
  /** Figures of this period in a year. */
  perYear: number;
  /** Words that name the period anywhere in a header. */
  words: readonly string[];
  /**
   * The period's character at the very start of a header, before the measure (月收入, 月营收, 季保费;
   * not 月份 or 12月收入, which name a calendar month).
   */
  leading?: RegExp;
}

export const HEADER_PERIODS: readonly HeaderPeriod[] = [
  {
    perYear: 12,
    words: [
      "月均",
      "每月",
      "月平均",
      "平均月",
      "月度",
      "/月",
      "(月)",
      "monthly",
      "per month",
      "a month",
      "/month",
      "/mo",
      "(month)",
      "p.m.",
    ],
    // 月ARPU, 月GMV: the measure may be a Latin abbreviation (headers are folded to lower case).
    leading: /^月(?!份|日|底|初|末)[\u3400-\u9fffa-z]/,
  },
  {
    perYear: 4,
    words: [
      "季均",
      "每季",
      "季度",
      "/季",
      "(季)",
      "quarterly",
      "per quarter",
      "a quarter",
      "/quarter",
    ],
    leading: /^季(?!节|末|初)[\u3400-\u9fff]/,
  },
];

/**
 * Words that say a header's figure is already a year's (年均收入, 全年营收, Annual revenue): the
 * amount stays as written even when a period word appears too (月均 in 年收入（按月均）is how it
 * was worked out, not what it is).
 */
export const YEARLY_HEADER_WORDS: readonly string[] = [
  "年均",
  "全年",
  "年度",
  "年收入",
  "年营收",
  "年营业",
  "年销售",
  "年薪",
  "年缴",
  "年交",
  "年保费",
  "/年",
  "annual",
  "yearly",
  "per year",
  "a year",
  "/year",
  "p.a.",
  "per annum",
];

/** The months' three-letter English names, January first (a month's number is its index + 1). */
export const MONTH_ABBREVIATIONS: readonly string[] = [
  "jan",
  "feb",
  "mar",
  "apr",
  "may",
  "jun",
  "jul",
  "aug",
  "sep",
  "oct",
  "nov",
  "dec",
];

/**
 * The words that end a header naming one part of a date split over columns (出生年 | 出生月 |
 * 出生日, Birth Year, YYYY | MM | DD), what stands before them being what the date is of. Matched
 * against the header's match form (lower case, no spaces or punctuation).
 */
export const DATE_PART_WORDS = {
  year: ["年份", "年", "year", "years", "yr", "yyyy", "yy"],
  month: ["月份", "月", "month", "months", "mon", "mm"],
  day: ["日", "号", "號", "day", "days", "dd"],
} as const satisfies WordTable;

/**
 * Words in a tab's name that say which period the tab is a snapshot of (10月 / Jan / 第3周 /
 * Q2 / 2026), so tabs of one list can be ordered in time. Folded (简体, lower case).
 */
export const TAB_MONTH_NAMES: readonly (readonly string[])[] = [
  ["january", "jan", "一月"],
  ["february", "feb", "二月"],
  ["march", "mar", "三月"],
  ["april", "apr", "四月"],
  ["may", "五月"],
  ["june", "jun", "六月"],
  ["july", "jul", "七月"],
  ["august", "aug", "八月"],
  ["september", "sept", "sep", "九月"],
  ["october", "oct", "十月"],
  ["november", "nov", "十一月"],
  ["december", "dec", "十二月"],
];
/** A week number in a tab's name: 第3周 / 3周 / week 3 / wk3 / w3. */
export const TAB_WEEK = /第?\s*(\d{1,2})\s*周|\b(?:week|wk|w)\s*(\d{1,2})\b/;
/** A quarter in a tab's name: Q2 / 2季度 / 第二季度 (digits only; Chinese numerals below). */
export const TAB_QUARTER = /\bq\s*([1-4])\b|第?\s*([1-4一二三四])\s*季/;
