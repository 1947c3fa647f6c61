import { isPlaceholder, placeholderAsBlank, screenCell } from "./cell";
import { multiplyDecimal, shiftDecimal } from "./decimal";
import { describeRaw, failure, ok, warned, type Failure, type Normalized } from "./result";
import { plainNumberString, toHalfWidth } from "./text";

export interface AmountOptions {
  /** The unit a column header states, e.g. 1e4 for "（万元）". NaN marks an ambiguous header unit. */
  unitMultiplier?: number;
  /** The workbook writes decimals with a comma: "1.234,56". */
  decimalComma?: boolean;
}

type Step<T> = { ok: true; value: T } | Failure;

// ---------------------------------------------------------------------------------------------
// Units and currencies
// ---------------------------------------------------------------------------------------------

const CHINESE_UNIT_EXPONENT: Record<string, number> = {
  十: 1,
  百: 2,
  千: 3,
  万: 4,
  萬: 4,
  亿: 8,
  億: 8,
};
const AMBIGUOUS_UNIT = "兆";
/** The catalogue code explaining why 兆 is ambiguous (a million or a trillion). */
const AMBIGUOUS_UNIT_EXPLANATION = "map.unit-zhao";

/** The exponent of a run of Chinese units read as a product (百万 = 10^6, 万亿 = 10^12); null if malformed. */
function chineseUnitRunExponent(run: string): number | null {
  let total = 0;
  let previous = 0;
  for (const ch of run) {
    const exponent = CHINESE_UNIT_EXPONENT[ch];
    // Units in a run grow left to right (千万, 万亿); anything else (万千, 万万) is not a real amount.
    if (exponent === undefined || exponent <= previous) return null;
    total += exponent;
    previous = exponent;
  }
  return run === "" ? null : total;
}

const WESTERN_SCALE_EXPONENT: ReadonlyArray<[string, number]> = [
  ["thousands", 3],
  ["thousand", 3],
  ["k", 3],
  ["millions", 6],
  ["million", 6],
  ["mio", 6],
  ["mm", 6],
  ["mn", 6],
  ["m", 6],
  ["billions", 9],
  ["billion", 9],
  ["bn", 9],
  ["b", 9],
  ["trillions", 12],
  ["trillion", 12],
  ["tn", 12],
  // South Asian units: a lakh is 10^5, a crore 10^7 ("₹45 lakh", "1.2 Cr", "(in lakhs)").
  ["lakhs", 5],
  ["lakh", 5],
  ["lacs", 5],
  ["lac", 5],
  ["crores", 7],
  ["crore", 7],
  ["cr", 7],
];

const CURRENCY_CODE_BY_TOKEN: Record<string, string | undefined> = {
  nt$: "TWD",
  ntd: "TWD",
  twd: "TWD",
  新台币: "TWD",
  新台幣: "TWD",
  台币: "TWD",
  台幣: "TWD",
  hk$: "HKD",
  hkd: "HKD",
  港币: "HKD",
  港幣: "HKD",
  港元: "HKD",
  us$: "USD",
  usd: "USD",
  $: "USD",
  美元: "USD",
  美金: "USD",
  rmb: "CNY",
  cny: "CNY",
  "¥": "CNY",
  "￥": "CNY",
  人民币: "CNY",
  人民幣: "CNY",
  "€": "EUR",
  eur: "EUR",
  欧元: "EUR",
  歐元: "EUR",
  "£": "GBP",
  gbp: "GBP",
  英镑: "GBP",
  英鎊: "GBP",
  s$: "SGD",
  sgd: "SGD",
  新加坡元: "SGD",
  新币: "SGD",
  新幣: "SGD",
  "₹": "INR",
  "rs.": "INR",
  inr: "INR",
  a$: "AUD",
  aud: "AUD",
  c$: "CAD",
  cad: "CAD",
  jpy: "JPY",
  日元: "JPY",
  日圆: "JPY",
  日圓: "JPY",
  // "Yuan" is written the same in Taiwan and the mainland, so it names no currency on its own.
  元: undefined,
  圆: undefined,
  圓: undefined,
  块: undefined,
  塊: undefined,
};

const CURRENCY_TOKENS = Object.keys(CURRENCY_CODE_BY_TOKEN).sort((a, b) => b.length - a.length);

/**
 * The currency a written amount names ("USD 12,000", "HK$ 1.2M", "12,000 EUR", "€2.1M"), or null
 * when it names none (a bare figure, or 元, written the same in several currencies).
 */
export function writtenCurrency(text: string): string | null {
  const trimmed = toHalfWidth(text).normalize("NFKC").trim().toLowerCase();
  if (!/\d/.test(trimmed)) return null;
  const token = leadingToken(trimmed, CURRENCY_TOKENS) ?? trailingToken(trimmed, CURRENCY_TOKENS);
  return token === null ? null : (CURRENCY_CODE_BY_TOKEN[token] ?? null);
}

/** The code of a currency named by a word alone ("港币", "US$", "usd", "HKD"), or null. */
export function currencyCode(word: string): string | null {
  const key = toHalfWidth(word).normalize("NFKC").trim().toLowerCase();
  const code = CURRENCY_CODE_BY_TOKEN[key];
  if (code) return code;
  return /^[a-z]{3}$/.test(key) ? key.toUpperCase() : null;
}

/** The longest token of `tokens` that `text` starts with (case-insensitive), or null. */
function leadingToken(text: string, tokens: readonly string[]): string | null {
  const lower = text.toLowerCase();
  return tokens.find((token) => lower.startsWith(token)) ?? null;
}

function trailingToken(text: string, tokens: readonly string[]): string | null {
  const lower = text.toLowerCase();
  return tokens.find((token) => lower.endsWith(token)) ?? null;
}

// ---------------------------------------------------------------------------------------------
// Plain decimal numbers with thousands separators
// ---------------------------------------------------------------------------------------------

function hasValidGroups(integerPart: string, separators: RegExp): boolean {
  const groups = integerPart.split(separators);
  if (groups.length === 1) return /^\d+$/.test(integerPart);
  if (/^\d{1,3}$/.test(groups[0]) && groups.slice(1).every((group) => /^\d{3}$/.test(group)))
    return true;
  return isIndianGrouping(groups);
}

/** Indian grouping: the last three digits, then pairs ("12,00,000" = 1,200,000; "1,23,45,678"). */
function isIndianGrouping(groups: readonly string[]): boolean {
  return (
    groups.length >= 3 &&
    /^\d{1,2}$/.test(groups[0]) &&
    groups.slice(1, -1).every((group) => /^\d{2}$/.test(group)) &&
    /^\d{3}$/.test(groups[groups.length - 1])
  );
}

/**
 * A number written with digits and separators ("1,234,567.89", "1 234", "1.234,56") as plain decimal
 * text ("1234567.89"). Spaces and apostrophes always group thousands; commas and dots follow the rules
 * in the comments below.
 */
function readDecimal(token: string, decimalComma: boolean, quoted: string): Step<string> {
  const text = token.trim();
  if (!/^[0-9.,' ]+$/.test(text) || !/[0-9]/.test(text)) {
    return failure("number.not-a-number", { value: quoted });
  }
  const commas = (text.match(/,/g) ?? []).length;
  const dots = (text.match(/\./g) ?? []).length;
  let decimalMark: "," | "." | null;
  if (commas > 0 && dots > 0) {
    // Both marks present: the last one is the decimal mark, e.g. 1,234.56 or 1.234,56.
    decimalMark = text.lastIndexOf(",") > text.lastIndexOf(".") ? "," : ".";
  } else if (commas > 0) {
    if (decimalComma) {
      decimalMark = ",";
    } else if (hasValidGroups(text, /[, ']/)) {
      decimalMark = null;
    } else if (commas === 1 && /,\d{1,2}$/.test(text)) {
      return failure("number.ambiguous-comma", {
        value: quoted,
        asPoint: text.replace(",", "."),
        asGroups: text.replace(",", ""),
      });
    } else {
      return failure("number.bad-groups", { value: quoted });
    }
  } else if (dots > 0) {
    // With decimal commas a dot groups thousands ("1.500" = 1500), unless that reading is impossible ("1.5").
    decimalMark = decimalComma && (dots > 1 || hasValidGroups(text, /[. ']/)) ? null : ".";
  } else {
    decimalMark = null;
  }

  const dotsGroup = decimalMark === "," || (decimalMark === null && decimalComma);
  const groupSeparators = dotsGroup ? /[. ']/ : /[, ']/;
  let integerPart = text;
  let fraction = "";
  if (decimalMark !== null) {
    const at = text.lastIndexOf(decimalMark);
    if (text.indexOf(decimalMark) !== at) {
      return failure("number.decimal-marks", { value: quoted });
    }
    integerPart = text.slice(0, at).trim();
    fraction = text.slice(at + 1).trim();
  }
  if (!/^\d*$/.test(fraction)) {
    return failure("number.separators-after-decimal", { value: quoted });
  }
  if (integerPart === "" && fraction === "")
    return failure("number.not-a-number", { value: quoted });
  if (integerPart !== "" && !hasValidGroups(integerPart, groupSeparators))
    return failure("number.bad-groups", { value: quoted });
  const digits = integerPart.replace(/[^0-9]/g, "") || "0";
  return { ok: true, value: fraction === "" ? digits : `${digits}.${fraction}` };
}

// ---------------------------------------------------------------------------------------------
// The number part of an amount, with its own unit if it has one
// ---------------------------------------------------------------------------------------------

interface Magnitude {
  value: number;
  /** The text carried its own unit (万, 亿, k, M …), so a header unit must not apply again. */
  ownUnit: boolean;
  /** Plain decimal text when there is no unit, so that a header unit can be applied exactly. */
  decimal?: string;
}

const SCIENTIFIC = /^\d+(?:\.\d+)?e[+-]?\d+$/i;

function readChineseGroups(body: string, decimalComma: boolean, quoted: string): Step<Magnitude> {
  const groupPattern = /([0-9.,' ]+)([十百千万萬亿億]*)/y;
  let total = 0;
  let previousExponent = Number.POSITIVE_INFINITY;
  let position = 0;
  while (position < body.length) {
    groupPattern.lastIndex = position;
    const match = groupPattern.exec(body);
    if (!match) return failure("number.not-a-number", { value: quoted });
    position = groupPattern.lastIndex;
    const number = readDecimal(match[1], decimalComma, quoted);
    if (!number.ok) return number;
    const unitRun = match[2];
    if (unitRun === "") {
      // A bare number after a unit ("3万5000") must fill exactly the places below that unit:
      // "3万5" could mean 30,005 or 35,000, so it is refused.
      if (position < body.length || !Number.isFinite(previousExponent))
        return failure("number.not-a-number", { value: quoted });
      if (!/^\d+$/.test(number.value) || number.value.length !== previousExponent)
        return failure("number.after-unit", { value: quoted });
      total += Number(number.value);
      continue;
    }
    const exponent = chineseUnitRunExponent(unitRun);
    if (exponent === null) return failure("number.bad-unit", { value: quoted, unit: unitRun });
    const part = shiftDecimal(number.value, exponent);
    // Each later part must be smaller than the unit before it: 3亿5000万, not 3亿50000万.
    if (
      exponent >= previousExponent ||
      (Number.isFinite(previousExponent) && part >= 10 ** previousExponent)
    )
      return failure("number.unit-order", { value: quoted });
    total += part;
    previousExponent = exponent;
  }
  return { ok: true, value: { value: total, ownUnit: true } };
}

function readMagnitude(body: string, decimalComma: boolean, quoted: string): Step<Magnitude> {
  const text = body.trim();
  if (text === "") return failure("number.no-number", { value: quoted });
  if (SCIENTIFIC.test(text))
    return { ok: true, value: { value: Number(text), ownUnit: false, decimal: text } };
  if (/[十百千万萬亿億]/.test(text)) return readChineseGroups(text, decimalComma, quoted);
  const lower = text.toLowerCase();
  const scale = WESTERN_SCALE_EXPONENT.find(
    ([word]) => lower.endsWith(word) && /[0-9.\s]$/.test(lower.slice(0, -word.length))
  );
  if (scale) {
    const number = readDecimal(text.slice(0, -scale[0].length), decimalComma, quoted);
    if (!number.ok) return number;
    return { ok: true, value: { value: shiftDecimal(number.value, scale[1]), ownUnit: true } };
  }
  const number = readDecimal(text, decimalComma, quoted);
  if (!number.ok) return number;
  return {
    ok: true,
    value: { value: Number(number.value), ownUnit: false, decimal: number.value },
  };
}

// ---------------------------------------------------------------------------------------------
// Signs, currencies and percent signs around the number
// ---------------------------------------------------------------------------------------------

interface Decorations {
  body: string;
  negative: boolean;
  /** Power of ten a percent or per-mille sign applies (−2 or −3), 0 when none. */
  percentExponent: number;
  hasCurrency: boolean;
}

function peelDecorations(text: string, quoted: string): Step<Decorations> {
  let body = text.trim();
  let signs = 0;
  let negative = false;
  let percentExponent = 0;
  let hasCurrency = false;
  for (let changed = true; changed;) {
    changed = true;
    body = body.trim();
    const lead = leadingToken(body, CURRENCY_TOKENS);
    const trail = trailingToken(body, CURRENCY_TOKENS);
    if (body.length > 1 && body.startsWith("(") && body.endsWith(")")) {
      signs += 1;
      negative = true;
      body = body.slice(1, -1);
    } else if (/^[-−–]/.test(body)) {
      signs += 1;
      negative = true;
      body = body.slice(1);
    } else if (body.startsWith("+")) {
      signs += 1;
      body = body.slice(1);
    } else if (body.length > 1 && /[-−–]$/.test(body)) {
      signs += 1;
      negative = true;
      body = body.slice(0, -1);
    } else if (lead) {
      hasCurrency = true;
      body = body.slice(lead.length);
    } else if (trail) {
      hasCurrency = true;
      body = body.slice(0, -trail.length);
    } else if (percentExponent === 0 && /[%‰]$/.test(body)) {
      percentExponent = body.endsWith("%") ? -2 : -3;
      body = body.slice(0, -1);
    } else {
      changed = false;
    }
  }
  if (signs > 1) return failure("number.signs", { value: quoted });
  return { ok: true, value: { body, negative, percentExponent, hasCurrency } };
}

const SPACE_LIKE = /[\u00A0\u2007\u2009\u200A\u202F]/g;

/** What programs write for a number that is none: NaN, Infinity, inf, ∞ (any sign and case). */
const NOT_FINITE_TEXT = /^[+\-−]?\s*(?:nan|inf|infinity|infinite|∞)$/i;

/**
 * No amount in a client register comes near 10^15 (a thousand trillion); beyond it a value is a
 * stray serial, an overflow or a typo, and Excel keeps only 15 significant digits anyway. Such a
 * value is kept as read, with a warning.
 */
export const ABSURD_AMOUNT = 1e15;

function checkedAmount(amount: number, quoted: string): Normalized<number> {
  if (Math.abs(amount) > ABSURD_AMOUNT) return warned(amount, "number.absurd", { value: quoted });
  return ok(amount);
}

function parseAmountText(raw: string, opts: AmountOptions): Normalized<number> {
  const quoted = describeRaw(raw);
  const text = toHalfWidth(raw)
    .replace(SPACE_LIKE, " ")
    .replace(/[\u200B\uFEFF]/g, "")
    .trim();
  if (isPlaceholder(text)) return placeholderAsBlank(raw);
  if (NOT_FINITE_TEXT.test(text)) return failure("number.not-finite", { value: quoted });
  if (text.includes(AMBIGUOUS_UNIT)) return failure("number.zhao", { value: quoted });
  const decorated = peelDecorations(text, quoted);
  if (!decorated.ok) return decorated;
  const { body, negative, percentExponent, hasCurrency } = decorated.value;
  const magnitude = readMagnitude(body, opts.decimalComma === true, quoted);
  if (!magnitude.ok) return magnitude;
  const { value, ownUnit, decimal } = magnitude.value;
  if (percentExponent !== 0 && (ownUnit || hasCurrency))
    return failure("number.percent-and-unit", { value: quoted });
  let amount: number;
  if (percentExponent !== 0) {
    amount = shiftDecimal(decimal ?? String(value), percentExponent);
  } else if (ownUnit) {
    amount = value;
  } else {
    const scaled = applyUnit(decimal ?? String(value), opts.unitMultiplier, quoted);
    if (!scaled.ok) return scaled;
    amount = scaled.value;
  }
  if (!Number.isFinite(amount)) return failure("number.too-large", { value: quoted });
  return checkedAmount(negative && amount !== 0 ? -amount : amount, quoted);
}

function applyUnit(
  decimal: string,
  unitMultiplier: number | undefined,
  quoted: string
): Step<number> {
  if (unitMultiplier === undefined || unitMultiplier === 1)
    return { ok: true, value: shiftDecimal(decimal, 0) };
  if (Number.isNaN(unitMultiplier))
    return failure("number.column-unit-ambiguous", { value: quoted });
  if (!(unitMultiplier > 0) || !Number.isFinite(unitMultiplier)) {
    throw new RangeError(`unitMultiplier must be a positive finite number, got ${unitMultiplier}`);
  }
  return { ok: true, value: multiplyDecimal(decimal, unitMultiplier) };
}

/**
 * An amount of money or any other quantity, read from how people write it in workbooks:
 * separators, currencies, Chinese and English units, negatives in parentheses, percentages.
 */
export function parseAmount(raw: unknown, opts: AmountOptions = {}): Normalized<number> {
  const screened = screenCell(raw);
  if (screened.done) return screened.result;
  const value = screened.value;
  if (typeof value === "number") {
    if (!Number.isFinite(value)) return failure("number.not-finite", { value: describeRaw(value) });
    const scaled = applyUnit(plainNumberString(value), opts.unitMultiplier, describeRaw(value));
    return scaled.ok ? checkedAmount(scaled.value, describeRaw(value)) : scaled;
  }
  if (typeof value === "string") return parseAmountText(value, opts);
  if (value instanceof Date)
    return failure("number.date-not-amount", { value: describeRaw(value) });
  return failure("number.not-amount", { value: describeRaw(value) });
}

// ---------------------------------------------------------------------------------------------
// Integers and scores
// ---------------------------------------------------------------------------------------------

/** Counting words people append to whole numbers: "20年", "3人", "5 years". */
const COUNT_SUFFIXES = [
  "年期",
  "周岁",
  "週歲",
  "年",
  "岁",
  "歲",
  "人",
  "次",
  "个",
  "個",
  "份",
  "件",
  "家",
  "户",
  "戶",
  "天",
  "years",
  "year",
  "yrs",
  "yr",
  "times",
];

function stripSuffix(text: string, suffixes: readonly string[]): string {
  const trimmed = toHalfWidth(text).trim();
  const suffix = trailingToken(trimmed, suffixes);
  return suffix && trimmed.length > suffix.length
    ? trimmed.slice(0, -suffix.length).trim()
    : trimmed;
}

/** A whole number. Counting words such as 年, 人, "years" are allowed after it. */
export function parseInteger(raw: unknown): Normalized<number> {
  const input = typeof raw === "string" ? stripSuffix(raw, COUNT_SUFFIXES) : raw;
  const parsed = parseAmount(input);
  if (!parsed.ok || parsed.value === null) return parsed;
  if (!Number.isInteger(parsed.value))
    return failure("number.not-whole", { value: describeRaw(raw) });
  if (!Number.isSafeInteger(parsed.value))
    return failure("number.unsafe-integer", { value: describeRaw(raw) });
  return parsed;
}

const SCORE_SUFFIXES = ["points", "point", "pts", "分"];

/**
 * A score within min..max (inclusive). Accepts "4分", star ratings ("★★★☆☆" = 3), and percentages:
 * "85%" is 85 on a scale above 1 and 0.85 on a 0–1 scale.
 */
export function parseScore(raw: unknown, min: number, max: number): Normalized<number> {
  let input: unknown = raw;
  let percent = false;
  if (typeof raw === "string") {
    const text = stripSuffix(raw, SCORE_SUFFIXES);
    if (/^[★☆]+$/.test(text)) {
      input = (text.match(/★/g) ?? []).length;
    } else if (text.endsWith("%") && max > 1) {
      percent = true;
      input = text.slice(0, -1);
    } else {
      input = text;
    }
  }
  const parsed = parseAmount(input);
  if (!parsed.ok || parsed.value === null) return parsed;
  if (parsed.value < min || parsed.value > max) {
    const shown = percent ? `${parsed.value}%` : describeRaw(raw);
    return failure("number.score-range", { value: shown, min, max });
  }
  return parsed;
}

// ---------------------------------------------------------------------------------------------
// Units stated in column headers
// ---------------------------------------------------------------------------------------------

export interface HeaderUnit {
  /** What each plain number in the column is worth; NaN when the unit is ambiguous (see `ambiguous`). */
  multiplier: number;
  /** ISO 4217 code when the header names a currency. */
  currency?: string;
  /** Why the unit cannot be trusted (e.g. 兆), as a message catalogue code. */
  ambiguous?: string;
}

const HEADER_SCALE_EXPONENT: ReadonlyArray<[string, number]> = (
  [...WESTERN_SCALE_EXPONENT, ["'000s", 3], ["'000", 3], ["000s", 3], ["000", 3]] as Array<
    [string, number]
  >
).sort((a, b) => b[0].length - a[0].length);

/** Reads the inside of a unit bracket ("万元", "in thousands", "US$ m"); null if it is not a unit. */
export function readUnitText(text: string): HeaderUnit | null {
  let rest = toHalfWidth(text)
    .normalize("NFKC")
    .trim()
    .toLowerCase()
    .replace(/^(单位|單位|units?)\s*[:：]?\s*/, "")
    .replace(/^in\s+/, "");
  if (rest === "") return null;
  let currency: string | undefined;
  let multiplier: number | undefined;
  let ambiguous: string | undefined;
  let matched = false;

  const takeCurrency = (): void => {
    const token = leadingToken(rest, CURRENCY_TOKENS);
    if (!token) return;
    matched = true;
    currency = currency ?? CURRENCY_CODE_BY_TOKEN[token];
    rest = rest.slice(token.length).trim();
  };
  const takeScale = (): void => {
    const chinese = /^[十百千万萬亿億兆]+/.exec(rest);
    if (chinese) {
      if (chinese[0].includes(AMBIGUOUS_UNIT)) {
        ambiguous = AMBIGUOUS_UNIT_EXPLANATION;
      } else {
        const exponent = chineseUnitRunExponent(chinese[0]);
        if (exponent === null) return;
        multiplier = 10 ** exponent;
      }
      matched = true;
      rest = rest.slice(chinese[0].length).trim();
      return;
    }
    const western = HEADER_SCALE_EXPONENT.find(
      ([word]) => rest.startsWith(word) && !/^[a-z]/.test(rest.slice(word.length))
    );
    if (!western) return;
    matched = true;
    multiplier = 10 ** western[1];
    rest = rest.slice(western[0].length).trim();
  };

  takeCurrency();
  rest = rest.replace(/^in\s+/, ""); // "₹ in lakhs"
  takeScale();
  takeCurrency();
  if (rest !== "" || !matched) return null;
  if (ambiguous) return { multiplier: Number.NaN, ambiguous };
  const unit: HeaderUnit = { multiplier: multiplier ?? 1 };
  if (currency) unit.currency = currency;
  return unit;
}

interface LocatedUnit {
  unit: HeaderUnit;
  start: number;
  end: number;
}

const BRACKETED = /[([【]([^()[\]【】]*)[)\]】]/g;

/**
 * Words saying a figure is counted by the year, written in the unit's brackets beside a currency
 * ("保费（美元APE）", "Premium (USD p.a.)", "(HKD, annualised)"): the currency is still the unit.
 */
const PREMIUM_BASIS =
  /[\s,，]*(?:\bAPE\b|\bANP\b|\bp\.?\s?a\.?(?=$|[\s,，])|\bper\s+annum\b|\bannuali[sz]ed\b|\bannual\b|年化|每年)[\s,，]*/gi;

function locateHeaderUnit(header: string): LocatedUnit | null {
  const text = toHalfWidth(header); // same length as header: every replacement is one UTF-16 unit
  const brackets = [...text.matchAll(BRACKETED)].reverse();
  for (const match of brackets) {
    const unit =
      readUnitText(match[1]) ?? readUnitText(match[1].replace(PREMIUM_BASIS, " ").trim());
    if (unit) return { unit, start: match.index ?? 0, end: (match.index ?? 0) + match[0].length };
  }
  const stated = /(单位|單位|unit)\s*[:：]\s*([^,，;；]+)$/i.exec(text);
  if (stated) {
    const unit = readUnitText(stated[2]);
    if (unit) return { unit, start: stated.index, end: text.length };
  }
  const slash = text.lastIndexOf("/");
  if (slash > 0) {
    const unit = readUnitText(text.slice(slash + 1));
    if (unit) return { unit, start: slash, end: text.length };
  }
  // 注册资金万元, 年收入千元: a large unit of money run on after the Chinese words, no bracket.
  // Not after 单位 (金额单位万元): that is a note stating the unit of other columns.
  const runOn =
    /(?<=[\u4e00-\u9fff])(?<![单單]位)(?:万元|萬元|千元|百万元|百萬元|亿元|億元)$/u.exec(text);
  if (runOn) {
    const unit = readUnitText(runOn[0]);
    if (unit) return { unit, start: runOn.index, end: text.length };
  }
  return null;
}

/**
 * The unit a column header states: "年通信消费（万元）" → 10^4, "Annual Revenue ($)" → 1 USD,
 * "(in thousands)" → 10^3. Null when the header states none.
 */
export function parseHeaderUnit(header: string): HeaderUnit | null {
  return locateHeaderUnit(header)?.unit ?? null;
}

/**
 * The unit a text states, as written there without its brackets or "单位：" ("（单位：万元）" → 万元,
 * "Unit: HK$'000" → HK$'000), to write beside a figure kept as written; null when it states none.
 */
export function writtenUnit(text: string): string | null {
  const located = locateHeaderUnit(text);
  if (!located) return null;
  const written = toHalfWidth(text)
    .slice(located.start, located.end)
    .replace(/^[\s([{/]+|[\s)\]}]+$/g, "")
    .replace(/^(?:单位|單位|units?)\s*[:：为為是]?\s*/i, "")
    .trim();
  return written === "" ? null : written;
}

/** The header without its unit part, for matching against field names: "保額(萬)" → "保額". */
export function stripHeaderUnit(header: string): string {
  const located = locateHeaderUnit(header);
  if (!located) return header.trim();
  const without = `${header.slice(0, located.start)} ${header.slice(located.end)}`;
  return without
    .replace(/\s+/g, " ")
    .trim()
    .replace(/[\s,，:：/\-–]+$/, "")
    .trim();
}
