/**
 * Terms and durations as people write them: 7天, 3个月, 半年, 20年, 20年期, 終身, 至65歲, "10 years".
 * A term is turned into whole years only when it is written in years; anything shorter, longer
 * than a number of years (lifelong, to an age) or fractional is kept exactly as written.
 */
import { foldScript } from "../../register/vocabulary/fold";
import { screenCell } from "./cell";
import { describeRaw, failure, ok, warned, type Normalized } from "./result";
import { stripInvisible, toHalfWidth } from "./text";

export type DurationUnit = "day" | "week" | "month" | "year";

export type Duration =
  | { kind: "span"; amount: number; unit: DurationUnit }
  | { kind: "lifelong" }
  | { kind: "to-age"; age: number };

/** The words for each unit after a number (compared case-insensitively, Traditional folded to Simplified). */
export const DURATION_UNIT_WORDS: Readonly<Record<DurationUnit, readonly string[]>> = {
  day: ["天", "日", "day", "days", "d"],
  week: ["周", "星期", "个星期", "礼拜", "week", "weeks", "wk", "wks", "w"],
  month: ["个月", "月", "month", "months", "mo", "mos", "m"],
  year: ["年", "年期", "年度", "周年", "year", "years", "yr", "yrs", "y"],
};

/** Lifelong terms. */
export const LIFELONG_WORDS: readonly string[] = [
  "终身", "至终身", "终生", "保终身", "lifetime", "life", "whole life", "whole-life", "wholelife", "for life",
  "whole of life", "whole-of-life", "lifelong",
]; // prettier-ignore

/** A premium paid once (躉繳): its payment term is the one year it is paid in. */
export const SINGLE_PREMIUM_WORDS: readonly string[] = [
  "趸缴", "趸交", "趸缴费", "一次缴清", "一次交清", "一次性缴清", "一次性交清", "一次性缴费", "一次性交费",
  "一次缴", "一次交", "single premium", "single pay", "single payment", "one-off premium",
]; // prettier-ignore

/**
 * Words that say the term is a payment term: 繳費20年, 20年繳, 交10年, "pay 20 years". They say how
 * the years are counted, not a different number.
 */
const PAYING_PREFIX =
  /^(?:缴费期?|缴付|缴|交费|交|付款|pay(?:ing|ment)?(?: term)?)\s*(?=\d|[一二两兩三四五六七八九十至到])/i;
const PAYING_SUFFIX = /(?<=\S)\s*(?:缴费|缴清|缴|交费|交清|交|pay(?:ing|ment)?)$/i;

/** One spelling for comparing words: half width, lower case, single spaces, Simplified script. */
function wordKey(text: string): string {
  return foldScript(
    toHalfWidth(stripInvisible(text)).normalize("NFKC").trim().replace(/\s+/g, " ").toLowerCase()
  );
}

const UNIT_BY_WORD = new Map<string, DurationUnit>(
  (Object.entries(DURATION_UNIT_WORDS) as [DurationUnit, readonly string[]][]).flatMap(
    ([unit, words]) => words.map((word): [string, DurationUnit] => [wordKey(word), unit])
  )
);
const LIFELONG = new Set(LIFELONG_WORDS.map(wordKey));
const SINGLE_PREMIUM = new Set(SINGLE_PREMIUM_WORDS.map(wordKey));

const TO_AGE =
  /^(?:至|到|保至|保到|to age|until age|age)\s*(\d{1,3})\s*(?:岁|歲|周岁|週歲|years?)?$/i;
const CN_DIGITS: Record<string, number> = {
  零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 兩: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
}; // prettier-ignore

/** 1–99 written in Chinese numerals (五, 十, 十二, 二十, 三十五), or null. */
export function chineseNumber(text: string): number | null {
  const m = /^([一二两兩三四五六七八九])?(十)?([一二三四五六七八九])?$/.exec(text);
  if (!m || text === "") return null;
  const [, tens, ten, ones] = m;
  if (!ten) return tens && !ones ? CN_DIGITS[tens] : null;
  return (tens ? CN_DIGITS[tens] : 1) * 10 + (ones ? CN_DIGITS[ones] : 0);
}

function amountOf(text: string): number | null {
  if (/^\d+(?:\.\d+)?$/.test(text)) return Number(text);
  if (text === "半") return 0.5;
  return chineseNumber(text);
}

/** Reads one duration, or null when the text is not one. */
export function parseDuration(text: string): Duration | null {
  const t = wordKey(text);
  if (LIFELONG.has(t)) return { kind: "lifelong" };
  const toAge = TO_AGE.exec(t);
  if (toAge) return { kind: "to-age", age: Number(toAge[1]) };
  if (t === "半年") return { kind: "span", amount: 6, unit: "month" };
  // "10-yr", "20-year": a hyphen may join the number to its unit.
  const m = /^(\d+(?:\.\d+)?|半|[一二两兩三四五六七八九十]+)(?:\s*-\s*(?=\p{L}))?\s*(.*)$/u.exec(t);
  if (!m) return null;
  const amount = amountOf(m[1]);
  if (amount === null) return null;
  const unitText = m[2].trim();
  if (unitText === "") return { kind: "span", amount, unit: "year" };
  // 1.5年 stays years; 半个月 is half a month, kept as written by the caller.
  const unit = UNIT_BY_WORD.get(unitText);
  return unit === undefined ? null : { kind: "span", amount, unit };
}

/**
 * A term in whole years (termYears): numbers and "20年" / "20 years" / "二十年" give the years;
 * 7天, 3个月, 半年, 1.5年, 終身 and 至65歲 fail with the code `value.term-not-years`, so the caller
 * keeps the text exactly as written instead of changing its unit.
 */
export function parseTermYears(raw: unknown): Normalized<number> {
  const screened = screenCell(raw);
  if (screened.done) return screened.result as Normalized<number>;
  const value = screened.value;
  if (typeof value === "number") {
    if (Number.isInteger(value) && value >= 0) return ok(value);
    return notYears(describeRaw(value));
  }
  if (typeof value !== "string")
    return failure("term.not-years-text", { value: describeRaw(value) });
  if (value.trim() === "") return ok(null);
  const key = wordKey(value);
  if (SINGLE_PREMIUM.has(key))
    return warned(1, "term.single-premium", { value: describeRaw(value.trim()) });
  const duration =
    parseDuration(value) ??
    parseDuration(key.replace(PAYING_PREFIX, "").replace(PAYING_SUFFIX, ""));
  if (duration === null) return failure("term.unreadable", { value: describeRaw(value) });
  if (duration.kind === "span" && duration.unit === "year" && Number.isInteger(duration.amount))
    return ok(duration.amount);
  return notYears(describeRaw(value));
}

function notYears(quoted: string): Normalized<number> {
  return failure("value.term-not-years", { value: quoted });
}
