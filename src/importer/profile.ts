/**
 * What a column's values look like, from a bounded sample plus running counts: the second witness
 * (after the header) for deciding which field a column is. Built value by value, so a reader that
 * streams rows can feed it without keeping the column.
 */
import type { FieldDef } from "../register/types";
import { cellText, isBlankCell } from "./grid";
import {
  enumChoices,
  looksLikeEmail,
  parseAmount,
  parseDate,
  parseEmail,
  parseEnum,
  parsePhone,
  parseYesNo,
  toHalfWidth,
  type EnumChoice,
} from "./normalize";
import type { SourceCell } from "./types";

/** How many non-blank values are looked at closely; the rest only counted. */
export const PROFILE_SAMPLE = 2000;
/** Distinct values remembered with their counts (enough to judge vocabulary hits and repetition). */
const DISTINCT_LIMIT = 1000;

export interface ColumnProfile {
  /** Data rows seen (blank or not). */
  rows: number;
  /** Non-blank values seen in all rows. */
  filled: number;
  /** Non-blank values looked at closely. */
  sampled: number;
  /** Distinct values among the sample, and their share of it. */
  distinct: number;
  distinctRatio: number;
  /** Share of the sample held by its most frequent value. */
  topShare: number;
  /** Shares (0–1) of the sample. */
  numeric: number;
  integer: number;
  text: number;
  date: number;
  phone: number;
  email: number;
  idNumber: number;
  money: number;
  percent: number;
  /** Looks like a person's name: 2–4 Han characters, or two or three capitalised Latin words. */
  personName: number;
  /** Names a region: a US state code (CA, NJ), a province or autonomous region (广东省). */
  region: number;
  /** Whole-number values that run 1, 2, 3 … (or 001, 002 …) down the column. */
  serial: boolean;
  meanLength: number;
  /** The distinct sampled texts with their counts (bounded), for vocabulary hits. */
  values: Map<string, number>;
}

const CN_ID = /^\d{17}[\dXx]$/;
const TW_ID = /^[A-Z][12]\d{8}$/;
const HK_ID = /^[A-Z]{1,2}\d{6}\(?[\dA]\)?$/;
const MONEY_UNIT = /[¥￥$€£]|元|万|萬|亿|億|rmb|cny|usd|hkd|twd|ntd|nt\$/i;
/** A number with a unit of time or age ("10年", "3个月", "20 years"): a figure, not a label. */
const WITH_UNIT =
  /^\d+(?:\.\d+)?\s*(?:年|个月|個月|月|周|週|天|日|岁|歲|years?|yrs?|months?|days?)$/i;
const PERCENT = /^[+-]?\d+(?:\.\d+)?\s*[%％]$/;
const US_STATES = new Set(
  (
    "AL AK AZ AR CA CO CT DE FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM " +
    "NY NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY DC PR"
  ).split(" ")
);
const PROVINCE = /^[\u3400-\u9fff]{2,6}(?:省|自治区|自治區|特别行政区|特別行政區)$/;
const HAN_NAME = /^[\u3400-\u9fff·•]{2,4}$/;
const LATIN_NAME = /^[A-Z][a-z'’.-]+(?: [A-Z][a-z'’.-]*){1,2}$/;
const DATE_SHAPE =
  /^\s*(?:\d{2,4}[/.\-年]\d{1,2}[/.\-月]\d{1,2}日?|\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}|民國|民国|\d{1,2}-[A-Za-z]{3}-\d{2,4})/;

function wholeNumber(value: SourceCell): number | null {
  if (typeof value === "number") return Number.isInteger(value) ? value : null;
  if (typeof value === "string" && /^\s*\d{1,7}\s*$/.test(value)) return Number(value);
  return null;
}

class Accumulator {
  rows = 0;
  filled = 0;
  sampled = 0;
  numeric = 0;
  integer = 0;
  text = 0;
  date = 0;
  phone = 0;
  email = 0;
  idNumber = 0;
  money = 0;
  percent = 0;
  personName = 0;
  region = 0;
  lengthSum = 0;
  serialSteps = 0;
  serialBreaks = 0;
  previous: number | null = null;
  values = new Map<string, number>();
  overflow = 0;

  add(value: SourceCell): void {
    this.rows++;
    if (isBlankCell(value)) return;
    this.filled++;
    if (this.sampled >= PROFILE_SAMPLE) return;
    this.sampled++;
    const text = cellText(value).trim();
    this.lengthSum += text.length;
    const known = this.values.get(text);
    if (known !== undefined) this.values.set(text, known + 1);
    else if (this.values.size < DISTINCT_LIMIT) this.values.set(text, 1);
    else this.overflow++;

    const whole = wholeNumber(value);
    if (whole !== null) {
      if (this.previous !== null) {
        if (whole === this.previous + 1) this.serialSteps++;
        else this.serialBreaks++;
      }
      this.previous = whole;
    } else if (typeof value === "string") {
      // A label (合计, a section title) inside a numbered column does not break the run.
    } else this.serialBreaks++;

    if (value instanceof Date) {
      this.date++;
      return;
    }
    if (typeof value === "number") {
      this.numeric++;
      if (Number.isInteger(value)) this.integer++;
      return;
    }
    if (typeof value !== "string") return;
    const half = toHalfWidth(text);
    if (PERCENT.test(half)) {
      this.percent++;
      this.numeric++;
      return;
    }
    if (looksLikeEmail(half)) {
      this.email++;
      this.text++;
      return;
    }
    if (CN_ID.test(half) || TW_ID.test(half) || HK_ID.test(half)) {
      this.idNumber++;
      this.text++;
      return;
    }
    if (DATE_SHAPE.test(half) && (parseDate(half).ok || parseDate(half, { rocEra: true }).ok)) {
      this.date++;
      return;
    }
    const digits = half.replace(/\D/g, "");
    if (digits.length >= 7 && digits.length <= 15 && /^[\d\s()+\-–—/.,转轉ext]*$/i.test(half)) {
      const phone = parsePhone(half);
      if (phone.ok && phone.value !== null && !/^\d{1,6}$/.test(half)) {
        this.phone++;
        this.text++;
        return;
      }
    }
    if (WITH_UNIT.test(half)) {
      this.numeric++;
      return;
    }
    const amount = parseAmount(half);
    if (amount.ok && amount.value !== null && /\d/.test(half)) {
      this.numeric++;
      if (MONEY_UNIT.test(half)) this.money++;
      if (Number.isInteger(amount.value)) this.integer++;
      return;
    }
    this.text++;
    if (US_STATES.has(half) || PROVINCE.test(half)) this.region++;
    if (HAN_NAME.test(half) || LATIN_NAME.test(half)) this.personName++;
  }

  finish(): ColumnProfile {
    const n = Math.max(1, this.sampled);
    const share = (k: number) => k / n;
    const distinct = this.values.size + this.overflow;
    let top = 0;
    for (const c of this.values.values()) top = Math.max(top, c);
    return {
      rows: this.rows,
      filled: this.filled,
      sampled: this.sampled,
      distinct,
      distinctRatio: share(distinct),
      topShare: share(top),
      numeric: share(this.numeric),
      integer: share(this.integer),
      text: share(this.text),
      date: share(this.date),
      phone: share(this.phone),
      email: share(this.email),
      idNumber: share(this.idNumber),
      money: share(this.money),
      percent: share(this.percent),
      personName: share(this.personName),
      region: share(this.region),
      serial: this.serialSteps >= 2 && this.serialBreaks <= Math.max(1, this.serialSteps * 0.05),
      meanLength: this.lengthSum / n,
      values: this.values,
    };
  }
}

/** Builds a profile value by value (streaming readers), or at once from a column with `profileColumn`. */
export class ProfileBuilder {
  private readonly acc = new Accumulator();
  add(value: SourceCell): void {
    this.acc.add(value);
  }
  finish(): ColumnProfile {
    return this.acc.finish();
  }
}

export function profileColumn(values: Iterable<SourceCell>): ColumnProfile {
  const builder = new ProfileBuilder();
  for (const v of values) builder.add(v);
  return builder.finish();
}

const choiceCache = new WeakMap<FieldDef, EnumChoice[]>();

/** Share of the sampled values that spell one of the field's allowed values (enum) or yes/no (boolean). */
export function vocabularyHits(profile: ColumnProfile, field: FieldDef): number {
  if (profile.sampled === 0) return 0;
  let hits = 0;
  if (field.type === "enum") {
    let choices = choiceCache.get(field);
    if (!choices) {
      choices = enumChoices(field.values ?? []);
      choiceCache.set(field, choices);
    }
    const list = choices;
    for (const [text, count] of profile.values) {
      const parsed = parseEnum(text, list);
      if (parsed.ok && parsed.value !== null) hits += count;
    }
  } else if (field.type === "boolean") {
    for (const [text, count] of profile.values) {
      const parsed = parseYesNo(text);
      if (parsed.ok && parsed.value !== null) hits += count;
    }
  } else return 0;
  return hits / profile.sampled;
}

/** Share of sampled values that are valid e-mail addresses (strictly, by the e-mail reader). */
export function emailShare(profile: ColumnProfile): number {
  if (profile.sampled === 0) return 0;
  let hits = 0;
  for (const [text, count] of profile.values) if (parseEmail(text).ok) hits += count;
  return hits / profile.sampled;
}

/**
 * How well the values fit a field of this type, −1 (they contradict it) … +1 (they are typical of
 * it); 0 when the values say nothing either way.
 */
export function valueFit(profile: ColumnProfile, field: FieldDef): number {
  if (profile.sampled === 0) return 0;
  const p = profile;
  const texty = p.text - p.phone - p.email - p.idNumber;
  switch (field.type) {
    case "phone":
      return p.phone >= 0.5 ? 1 : p.phone >= 0.2 ? 0.3 : p.email > 0.5 || texty > 0.6 ? -1 : -0.4;
    case "email":
      return p.email >= 0.5 ? 1 : p.email >= 0.2 ? 0.3 : -1;
    case "date":
      if (p.date >= 0.6) return 1;
      if (p.date >= 0.3) return 0.3;
      return texty > 0.5 || p.phone > 0.3 ? -1 : p.numeric > 0.6 ? -0.3 : -0.6;
    case "money":
    case "number":
    case "integer":
    case "score":
    case "percent":
      if (p.numeric >= 0.7) return field.type === "percent" && p.percent > 0.3 ? 1 : 0.6;
      if (p.numeric >= 0.4) return 0;
      return p.date > 0.5 || p.phone > 0.5 ? -1 : -0.7;
    case "enum":
    case "boolean": {
      const hits = vocabularyHits(p, field);
      if (hits >= 0.5) return 1;
      if (hits >= 0.2) return 0.3;
      // US states or provinces under "State": a place, not the status of anything.
      if (p.region >= 0.6) return -1;
      // Few distinct values the vocabulary does not know yet: unknown labels, not a contradiction.
      if (p.distinct <= 12 && p.distinctRatio < 0.2 && texty > 0.5) return -0.2;
      return hits < 0.05 ? -1 : -0.8;
    }
    case "id":
      if (p.date > 0.5 || p.email > 0.5 || p.phone > 0.5) return -1;
      return p.distinctRatio >= 0.9 ? 0.3 : p.distinctRatio < 0.3 ? -0.3 : 0;
    case "text":
      if (p.date > 0.6 || p.email > 0.6 || p.phone > 0.6) return -0.8;
      if (p.numeric > 0.8 && p.serial) return -0.8;
      if (p.numeric > 0.8) return -0.4;
      return 0;
  }
  return 0;
}
