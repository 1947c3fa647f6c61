/**
 * What a column's values look like, from a bounded sample plus running counts: the second witness
 * (after the header) for deciding which field a column is. Built value by value, so a reader that
 * streams rows can feed it without keeping the column.
 */
import type { FieldDef } from "../register/types";
import { cellText, isBlankCell } from "./grid";
import {
  emailsListed,
  enumChoices,
  isNorthAmericanWithOne,
  looksLikeEmail,
  labelledPhoneNumber,
  leadingPhoneNumber,
  parseAmount,
  parseDate,
  parseEmail,
  parseEnum,
  parsePhone,
  parseYesNo,
  stripInvisible,
  timeOfDayOnly,
  toHalfWidth,
  type EnumChoice,
} from "./normalize";
import type { SourceCell } from "./types";
import { holdsRiskSteps } from "./risk-scale";

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
  /**
   * Phone numbers with digits hidden (138****1234), counted among `phone`: member systems export
   * them so. They say the column holds phones, never who the client is.
   */
  maskedPhone: number;
  /** Dates written without a year (03-15, 3月15日): a birthday as a shop keeps it. */
  monthDay: number;
  /**
   * Whole numbers in the range of the days' serials from 1950 to 2099 (46207 is 2026-07-04), counted
   * among `numeric`: a day typed as a number, not formatted as a date, when the column's header or
   * its other values say dates — never on their own (an amount can be 46207 too).
   */
  daySerial: number;
  email: number;
  idNumber: number;
  money: number;
  percent: number;
  /** Looks like a person's name: 2–4 Han characters, or two or three capitalised Latin words. */
  personName: number;
  /** Names a region: a US state code (CA, NJ), a province or autonomous region (广东省). */
  region: number;
  /** Names a place without a street: a province, city, district or county (滨海新区, 徐州市). */
  place: number;
  /** Reads as a postal address: a place and a road, lane, village or house number. */
  address: number;
  /** Reads as a company or organisation's name (…有限公司, …集团, … Ltd, … Inc). */
  company: number;
  /** Reads as an internal unit of an organisation (财务部, 信贷科, 营业室, Sales, HR). */
  department: number;
  /** Reads as a job title (客户经理, 柜员, 科长, Sales Manager, Officer). */
  jobTitle: number;
  /** Whole numbers of 3–6 digits (internal extensions, short numbers, codes). */
  shortNumber: number;
  /**
   * Codes of at most six letters and digits, with a digit (C0005, T00021, 10432): too short for
   * any identity document's number (the shortest, a passport's or an SSN, have eight or nine).
   */
  shortCode: number;
  /**
   * Bare runs of digits counted among `phone` that no one dials as written: no separator, no "+",
   * no leading 0 (trunk prefix) and not a mainland mobile (a TW 統一編號 74149077, an account number).
   */
  bareDigits: number;
  /**
   * Amounts written as a range or an open bound ("20-50万", "50万以上", "<5万", "5k-10k"): a band a
   * person chose, not one figure.
   */
  range: number;
  /** Whole-number values that run 1, 2, 3 … (or 001, 002 …) down the column. */
  serial: boolean;
  meanLength: number;
  /** The distinct sampled texts with their counts (bounded), for vocabulary hits. */
  values: Map<string, number>;
}

const CN_ID = /^\d{17}[\dXx]$/;
const SHORT_CODE = /^[A-Za-z0-9]{1,6}$/;
const TW_ID = /^[A-Z][12]\d{8}$/;
const HK_ID = /^[A-Z]{1,2}\d{6}\(?[\dA]\)?$/;

/** An identity document's number as written (half-width): mainland, Taiwan or Hong Kong. */
function isIdNumberText(half: string): boolean {
  return CN_ID.test(half) || TW_ID.test(half) || HK_ID.test(half);
}

/** True when a cell's text is an identity document's number (110101199003071234, A123456789). */
export function looksLikeIdNumber(text: string): boolean {
  return isIdNumberText(toHalfWidth(text.trim()));
}
const MONEY_UNIT = /[¥￥$€£]|元|万|萬|亿|億|rmb|cny|usd|hkd|twd|ntd|nt\$/i;
/** A number with a unit of time or age ("10年", "3个月", "20 years"): a figure, not a label. */
const WITH_UNIT =
  /^\d+(?:\.\d+)?\s*(?:年|个月|個月|月|周|週|天|日|岁|歲|years?|yrs?|months?|days?)$/i;
const PERCENT = /^[+-]?\d+(?:\.\d+)?\s*[%％]$/;
/** Digits grouped in threes by commas ("1,000,000", "-12,000,000"): an amount, never a phone. */
const THOUSANDS = /^[+\-−]?\d{1,3}(?:,\d{3})+(?:\.\d+)?$/;
/**
 * A phone number with a run of hidden digits (138****1234, 0912-***-678, +86 139xxxx0001): digits
 * and marks together 7–15 long, digits at both ends.
 */
const MASKED_PHONE = /^\+?\d[\d\s()-]*(?:\*{2,}|[xX]{2,}|[●•]{2,})[\d\s()*xX●•-]*\d$/;
/** Month and day without a year: 03-15, 3/15, 3月15日 (not 3.15, a decimal). */
const MONTH_DAY = /^(\d{1,2})\s*(?:[-/]|月)\s*(\d{1,2})\s*[日号號]?$/;

function isMaskedPhone(text: string): boolean {
  if (!MASKED_PHONE.test(text)) return false;
  const length = text.replace(/[^\d*xX●•]/g, "").length;
  return length >= 7 && length <= 15;
}

function isMonthDay(text: string): boolean {
  const m = MONTH_DAY.exec(text);
  if (!m) return false;
  const month = Number(m[1]);
  const day = Number(m[2]);
  return month >= 1 && month <= 12 && day >= 1 && day <= 31;
}
/** One end of an amount range: a figure with an optional unit (20, 20万, 1.5k, ¥5000元). */
const BOUND = String.raw`[¥￥$]?\d+(?:\.\d+)?\s*(?:万|萬|千|百万|百萬|亿|億|[kKwWmM])?\s*(?:元|块|塊)?`;
const UNIT = /[万萬千亿億kKwWmM元块塊¥￥$]/;
/** "20-50万", "5000~8000", "20万至50万", "10k–20k" (per year or month). */
const RANGE = new RegExp(
  String.raw`^(${BOUND})\s*(?:-|~|～|–|—|至|到)\s*(${BOUND})(?:\s*[/／每]\s*(?:年|月|year|month))?$`
);
/** "50万以上", "10万以下", "<5万", "≥100万", "over 50k". */
const OPEN_BOUND = new RegExp(
  String.raw`^(?:(?:[<>≤≥＜＞]=?|under|below|over|above|less than|more than)\s*${BOUND}|${BOUND}\s*(?:及?以上|及?以下|以内|以內|\+))$`,
  "i"
);

/**
 * An amount band as people tick one on a form. Two bare figures joined by a dash read as a range only
 * when they look like the round ends of a band (5000-8000, not a phone's 2345-6789 or 0571-8888).
 */
export function isAmountRange(text: string): boolean {
  if (OPEN_BOUND.test(text)) return true;
  const m = RANGE.exec(text);
  if (!m) return false;
  if (UNIT.test(text)) return true;
  const [low, high] = [m[1], m[2]];
  const round = (n: string) => /^[1-9]\d*[05](?:\.\d+)?$|^[1-9]$/.test(n);
  return round(low) && round(high) && Number(high) > Number(low);
}

/**
 * A span of years, as a school year, a season or a lease runs ("2024-2025", "2024/25", "2023–24",
 * "2019~2021"): two years, the second the same or up to ten later. No phone is written so.
 */
const YEAR_SPAN = /^((?:19|20)\d{2})\s*[-–—/~～至到]\s*((?:19|20)?\d{2})$/;

/** A span of months (2018/9-2019/6, 2015.09–2017.06): when a course ran, not a number to dial. */
const MONTH_SPAN =
  /^(?:19|20)\d{2}\s*[./\-年]\s*\d{1,2}月?\s*[-–—~～至到]\s*(?:19|20)\d{2}\s*[./\-年]\s*\d{1,2}月?$/;

export function isYearSpan(text: string): boolean {
  if (MONTH_SPAN.test(text)) return true;
  const m = YEAR_SPAN.exec(text);
  if (!m) return false;
  const from = Number(m[1]);
  const to = m[2].length === 2 ? Math.floor(from / 100) * 100 + Number(m[2]) : Number(m[2]);
  return to >= from && to - from <= 10;
}

/** A bare number one would dial: a trunk 0 in front, or a mainland mobile. */
// A trunk prefix (0 then an area code) or an international one (00 then a country code, which
// never starts with 0): 0000100234 is a number padded with zeros (a customer number), not a phone.
/** A mainland mobile's eleven digits (1 then 3–9), the one phone a number cell keeps whole. */
const NUMBER_MOBILE = /^1[3-9]\d{9}$/;
const DIALABLE_DIGITS = /^(?:0[1-9]\d+|00[1-9]\d+|1[3-9]\d{9})$/;
const US_STATES = new Set(
  (
    "AL AK AZ AR CA CO CT DE FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM " +
    "NY NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY DC PR"
  ).split(" ")
);
const PROVINCE = /^[\u3400-\u9fff]{2,6}(?:省|自治区|自治區|特别行政区|特別行政區)$/;
const HAN_NAME = /^[\u3400-\u9fff·•]{2,4}$/;
const LATIN_NAME = /^[A-Z][a-z'’.-]+(?: [A-Z][a-z'’.-]*){1,2}$/;
/** Company and organisation names, by their legal-form or kind word at the end. */
export const COMPANY_VALUE =
  /(?:有限公司|有限責任公司|有限责任公司|股份公司|公司|集团|集團|商行|经营部|經營部|门市部|門市部|服务部|服務部|工作室|事务所|事務所|合作社|研究院|研究所|厂|廠|酒店|银行|銀行|医院|醫院|学校|學校|大学|大學|协会|協會|\b(?:ltd|limited|inc|llc|llp|plc|corp|corporation|co|company|gmbh|group|bank|holdings|partners|associates|ltda|limitada|srl|sarl|sas|eirl|pty|pte|bhd)\.?)$/i;
/** Internal units of an organisation: …部, …科, …处, …室, …组, …中心, …分行 (no digits: 302室 is an address). */
const DEPARTMENT_ZH =
  /^[\u3400-\u9fffA-Za-z&/／\-－·（）()]{1,18}(?:部|科|处|處|室|组|組|中心|分行|支行|办|辦|车间|車間|队|隊|课|課|股|委)$/;
const DEPARTMENT_EN =
  /^(?:(?:dept\.?|department|division) of [a-z &]+|[a-z &/]+ (?:dept\.?|department|division|team)|sales|marketing|finance|accounting|accounts|hr|human resources|it|information technology|operations|engineering|legal|admin|administration|procurement|purchasing|customer service|support|r&d|research|logistics|production|quality|security|facilities|compliance|risk management|treasury|audit|payroll|training|maintenance)$/i;
/** Job titles, by their head word at the end (会员 is a client, not a post). */
const JOB_TITLE_ZH =
  /(?:经理|經理|主管|专员|專員|总监|總監|柜员|櫃員|科长|科長|主任|处长|處長|部长|部長|助理|工程师|工程師|文员|文員|会计|會計|出纳|出納|行长|行長|总裁|總裁|董事长|董事長|秘书|秘書|司机|司機|技术员|技術員|组长|組長|班长|班長|科员|科員|干事|幹事|职员|職員|店长|店長|讲师|講師|教师|教師|护士|護士|医师|醫師|厂长|廠長|协理|協理|襄理|业务员|業務員|营业员|營業員|操作员|操作員|客服|保安|厨师|廚師|经办|經辦|护工|護工|护理员|護理員|月嫂|育婴师|育嬰師|技师|技師)$/;
const JOB_TITLE_EN =
  /\b(?:manager|officer|director|assistant|engineer|clerk|analyst|coordinator|specialist|supervisor|teller|executive|secretary|accountant|administrator|developer|designer|consultant|technician|intern|receptionist|representative|associate|president|head|ceo|cfo|cto|coo|vp|nurse|carer|caregiver|worker|driver|cleaner|therapist)$/i;
/** A place without a street: 滨海新区, 徐州市, 古蔺县, 广东省. */
const PLACE = /^[\u3400-\u9fff]{1,8}(?:省|市|区|區|县|縣|旗|州|镇|鎮|乡|鄉|自治区|自治區)$/;
/** The street part of an address: road, lane, village, house, floor or room. */
const STREET =
  /路|街|道|巷|弄|胡同|号|號|村|镇|鎮|乡|鄉|小区|社區|社区|大厦|大廈|广场|廣場|楼|樓|栋|棟|单元|單元|室|园|園/;
const PLACE_PART = /省|市|区|區|县|縣|镇|鎮|乡|鄉|村/;
const ADDRESS_EN =
  /^\d+[a-z]?\s+[a-z0-9 .'-]+\b(?:st|street|ave|avenue|rd|road|blvd|boulevard|lane|ln|dr|drive|way|court|ct|place|pl|hwy|highway|pkwy|parkway)\b/i;

/** A postal address as a person reads one: a place and a street part, or a house number and a street. */
export function looksLikeAddress(text: string): boolean {
  const t = text.trim();
  if (t.length < 6 || t.length > 120) return false;
  if (ADDRESS_EN.test(t)) return true;
  if (!/[\u3400-\u9fff]/.test(t) || COMPANY_VALUE.test(t)) return false;
  return STREET.test(t) && (PLACE_PART.test(t) || /\d/.test(t));
}

export function looksLikeDepartment(text: string): boolean {
  const t = text.trim();
  if (COMPANY_VALUE.test(t) || PLACE.test(t)) return false;
  return DEPARTMENT_ZH.test(t) || DEPARTMENT_EN.test(t);
}

export function looksLikeJobTitle(text: string): boolean {
  const t = text.trim();
  if (t.length > 30 || COMPANY_VALUE.test(t)) return false;
  return JOB_TITLE_ZH.test(t) || JOB_TITLE_EN.test(t);
}

const DATE_SHAPE =
  /^\s*(?:\d{2,4}[/.\-年]\d{1,2}[/.\-月]\d{1,2}日?|\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}|民國|民国|\d{1,2}-[A-Za-z]{3}-\d{2,4})/;

/**
 * Digits and the separators people dial through, then at most one extension at the end
 * (ext 23, x23, 转801). Letters elsewhere make a code (XXE12345678, a contract or account number).
 */
/**
 * One point between digits, the first not a 0 (16187.80633, an export's float written as text): a
 * decimal figure, never a phone, which starts with its trunk 0 or splits its digits more than once.
 */
const DECIMAL = /^[1-9]\d*\.\d+$/;
const PHONE_SHAPE = /^[\d\s()+\-–—/.,]*(?:(?:ext\.?|x|转|轉)\s*\d{1,6})?$/i;

/** Serials of the days from 1950-01-01 to 2099-12-31 (1900 date system). */
const DAY_SERIALS = { from: 18264, to: 73050 };

/** A whole number that is the serial of a day from 1950 to 2099. */
export function isDaySerial(value: unknown): value is number {
  return (
    typeof value === "number" &&
    Number.isInteger(value) &&
    value >= DAY_SERIALS.from &&
    value <= DAY_SERIALS.to
  );
}

/**
 * A day written as eight digits, yyyymmdd (SAP's 20190315), from 1900 to 2099, as text or as a
 * number: a real calendar day, so account numbers and phones seldom pass (month 01–12, day 01–31).
 */
function isCompactDate(value: SourceCell): boolean {
  const text = typeof value === "number" ? (Number.isInteger(value) ? String(value) : "") : value;
  if (typeof text !== "string" || !/^\s*(?:19|20)\d{6}\s*$/.test(text)) return false;
  return parseDate(text.trim()).ok;
}

/**
 * A date with its month written as a word: "March 3, 2024", "3 Mar 2024", "Mar-03-2024",
 * "Sunday, 3rd of March 2024". Only digits, a month word and a weekday may stand in it.
 */
const MONTH_WORD_DATE =
  /^(?=.*\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?(?:\b|\d))(?=.*\d{4}|.*-\d{2}$)[\w\s,./-]{6,40}$/i;

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
  maskedPhone = 0;
  monthDay = 0;
  daySerial = 0;
  email = 0;
  idNumber = 0;
  money = 0;
  percent = 0;
  personName = 0;
  region = 0;
  place = 0;
  address = 0;
  company = 0;
  department = 0;
  jobTitle = 0;
  shortNumber = 0;
  shortCode = 0;
  bareDigits = 0;
  range = 0;
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
    const text = stripInvisible(cellText(value)).trim();
    this.lengthSum += text.length;
    if (SHORT_CODE.test(text.replace(/[\s.\-/()]/g, "")) && /\d/.test(text)) this.shortCode++;
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
      // A time with no day (07:30) is no date; its text feeds timeOfDayShare like a typed "07:30".
      if (timeOfDayOnly(value) !== null) this.text++;
      else this.date++;
      return;
    }
    if (typeof value === "number" && isCompactDate(value)) {
      this.date++;
      return;
    }
    // A mainland mobile typed as a number (13912345678, as a paste into Excel keeps it) is a phone
    // as much as the same digits typed as text: the normaliser reads it so, and so does a person.
    // So is a North American number typed with its country code (12105550124: a dialler's export).
    if (
      typeof value === "number" &&
      Number.isInteger(value) &&
      (NUMBER_MOBILE.test(String(value)) || isNorthAmericanWithOne(String(value)))
    ) {
      this.phone++;
      this.text++;
      return;
    }
    if (typeof value === "number") {
      if (isDaySerial(value)) this.daySerial++;
      this.numeric++;
      if (Number.isInteger(value)) this.integer++;
      if (Number.isInteger(value) && value >= 100 && value <= 999999) this.shortNumber++;
      return;
    }
    if (typeof value !== "string") return;
    const half = toHalfWidth(text);
    if (PERCENT.test(half)) {
      this.percent++;
      this.numeric++;
      return;
    }
    if (looksLikeEmail(half) || emailsListed(half) !== null) {
      this.email++;
      this.text++;
      return;
    }
    if (isIdNumberText(half)) {
      this.idNumber++;
      this.text++;
      return;
    }
    if (DATE_SHAPE.test(half) && (parseDate(half).ok || parseDate(half, { rocEra: true }).ok)) {
      this.date++;
      return;
    }
    if (isCompactDate(half) || (MONTH_WORD_DATE.test(half) && parseDate(half).ok)) {
      this.date++;
      return;
    }
    if (isMaskedPhone(half)) {
      this.phone++;
      this.maskedPhone++;
      this.text++;
      return;
    }
    if (isMonthDay(half)) {
      this.monthDay++;
      this.text++;
      return;
    }
    if (isAmountRange(half)) {
      this.range++;
      this.text++;
      return;
    }
    if (isYearSpan(half)) {
      this.text++;
      return;
    }
    const digits = half.replace(/\D/g, "");
    if (
      digits.length >= 7 &&
      digits.length <= 15 &&
      PHONE_SHAPE.test(half) &&
      !THOUSANDS.test(half) &&
      !DECIMAL.test(half)
    ) {
      const phone = parsePhone(half);
      if (phone.ok && phone.value !== null && !/^\d{1,6}$/.test(half)) {
        this.phone++;
        if (/^\d+$/.test(half) && !DIALABLE_DIGITS.test(half)) this.bareDigits++;
        this.text++;
        return;
      }
    }
    // Or after its label (Phone: (254) 555-0186 Fax: …, 手機：0912-345-678).
    const leading = leadingPhoneNumber(half) ?? labelledPhoneNumber(half);
    if (leading !== null && !THOUSANDS.test(leading) && !DECIMAL.test(leading)) {
      // A phone with whose it is run on after it (917-555-0139 Sadia): a phone all the same.
      this.phone++;
      this.text++;
      return;
    }
    if (/^\d{3,6}$/.test(half)) this.shortNumber++;
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
    if (PLACE.test(half)) this.place++;
    else if (looksLikeAddress(half)) this.address++;
    else if (COMPANY_VALUE.test(half)) this.company++;
    else if (looksLikeDepartment(half)) this.department++;
    else if (looksLikeJobTitle(half)) this.jobTitle++;
    else if (HAN_NAME.test(half) || LATIN_NAME.test(half)) this.personName++;
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
      maskedPhone: share(this.maskedPhone),
      monthDay: share(this.monthDay),
      daySerial: share(this.daySerial),
      email: share(this.email),
      idNumber: share(this.idNumber),
      money: share(this.money),
      percent: share(this.percent),
      personName: share(this.personName),
      region: share(this.region),
      place: share(this.place),
      address: share(this.address),
      company: share(this.company),
      department: share(this.department),
      jobTitle: share(this.jobTitle),
      shortNumber: share(this.shortNumber),
      shortCode: share(this.shortCode),
      bareDigits: share(this.bareDigits),
      range: share(this.range),
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

/** The share of a column's sampled figures (written as plain numbers) above `max`. */
function shareAbove(profile: ColumnProfile, max: number): number {
  let figures = 0;
  let above = 0;
  for (const [text, count] of profile.values) {
    const n = Number(text.replace(/,/g, ""));
    if (text.trim() === "" || !Number.isFinite(n)) continue;
    figures += count;
    if (n > max) above += count;
  }
  return figures === 0 ? 0 : above / figures;
}

/** Whole numbers 1–31 on this share of the sampled values are days of a month, not dates. */
const MONTH_DAYS_SHARE = 0.8;

/**
 * Whole numbers from 1 to 31 on nearly every row (抄表日期 9, Billing Day 15, 每月扣款日 5): the day
 * of each month something recurs, no date of its own.
 */
export function daysOfMonth(profile: ColumnProfile): boolean {
  let days = 0;
  for (const [text, count] of profile.values)
    if (/^(?:[1-9]|[12]\d|3[01])$/.test(text.trim())) days += count;
  return profile.sampled > 0 && days >= profile.sampled * MONTH_DAYS_SHARE;
}

/**
 * The share of a column's values that are days for a date field: written dates (for a birthday also
 * days without a year, 03-15), and days typed as serial numbers (46207) when written dates stand
 * among them; serials alone are not dates (an amount can be 46207), whatever the header says.
 */
export function dateShare(p: ColumnProfile, field: FieldDef): number {
  const written = field.key === "birthday" ? p.date + p.monthDay : p.date;
  return written + (written >= 0.2 ? p.daySerial : 0);
}

/**
 * How well the values fit a field of this type, −1 (they contradict it) … +1 (they are typical of
 * it); 0 when the values say nothing either way.
 */
export function valueFit(profile: ColumnProfile, field: FieldDef): number {
  if (profile.sampled === 0) return 0;
  const p = profile;
  const texty = p.text - p.phone - p.email - p.idNumber;
  // A score runs between its bounds (a factor 1–5): figures mostly beyond them (38,000 …
  // 1,500,000 under "Deal - Value", which spells factor D's label "Deal value") are amounts.
  if (field.type === "score" && field.max !== undefined && p.numeric >= 0.7) {
    if (shareAbove(p, field.max) >= 0.5) return -1;
  }
  switch (field.type) {
    case "phone":
      return p.phone >= 0.5 ? 1 : p.phone >= 0.2 ? 0.3 : p.email > 0.5 || texty > 0.6 ? -1 : -0.4;
    case "email":
      return p.email >= 0.5 ? 1 : p.email >= 0.2 ? 0.3 : -1;
    case "date": {
      // A birthday is often kept without its year (03-15): that is still a birthday.
      const dates = dateShare(p, field);
      if (dates >= 0.6) return 1;
      if (dates >= 0.3) return 0.3;
      if (daysOfMonth(p)) return -1;
      return texty > 0.5 || p.phone > 0.3 ? -1 : p.numeric > 0.6 ? -0.3 : -0.6;
    }
    case "money":
    case "number":
    case "integer":
    case "score":
    case "percent":
      // Bands (20-50万, 50万以上) are no one figure: kept as written, never read as an amount.
      if (p.range >= 0.3 && field.type !== "score" && field.type !== "percent") return -1;
      if (p.numeric >= 0.7) return field.type === "percent" && p.percent > 0.3 ? 1 : 0.6;
      if (p.numeric >= 0.4) return 0;
      return p.date > 0.5 || p.phone > 0.5 ? -1 : -0.7;
    case "enum":
    case "boolean": {
      // Steps 1–5, 1–7 or 1–10 under a header naming risk are a risk scale (risk-scale.ts).
      if (field.key === "riskProfile" && holdsRiskSteps(p.values)) return 0.6;
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
      // Eight bare digits under 統一編號 are a tax number, not phones nobody could dial.
      if (p.date > 0.5 || p.email > 0.5 || p.phone - p.bareDigits > 0.5) return -1;
      // C0005, T00021, 10432: a keeper's own short codes, never an identity document's number.
      if (field.key === "idNumber" && p.shortCode >= 0.6) return -1;
      return p.distinctRatio >= 0.9 ? 0.3 : p.distinctRatio < 0.3 ? -0.3 : 0;
    case "text":
      if (p.date > 0.6 || p.email > 0.6 || p.phone > 0.6) return -0.8;
      if (p.numeric > 0.8 && p.serial) return -0.8;
      if (p.numeric > 0.8) return -0.4;
      return 0;
  }
  return 0;
}

/** A number with a run of its digits hidden: 004-613-****92157, 6222 **** **** 1234, ****5678. */
const MASKED_NUMBER = /^[\d\s()-]*(?:\*{2,}|[xX]{2,}|[●•]{2,})[\d\s()*xX●•-]*$/;

/** Share of the sampled values that are numbers with some of their digits hidden. */
export function maskedNumberShare(profile: ColumnProfile): number {
  if (profile.sampled === 0) return 0;
  let masked = 0;
  for (const [text, count] of profile.values) {
    const half = toHalfWidth(text.trim());
    if (MASKED_NUMBER.test(half) && half.replace(/\D/g, "").length >= 3) masked += count;
  }
  return masked / profile.sampled;
}

/**
 * A long number as a spreadsheet shows it when the column is too narrow or the number too long
 * (2.1E+14, 4.10101E+17): the digits past the first few are lost, and a file saved from that view
 * (a CSV) keeps only the rounded text.
 */
const ROUNDED_NUMBER = /^\d(?:\.\d{1,9})?E\+(?:1[1-9]|[2-9]\d)$/i;

/** Share of the sampled values whose text (half-width, trimmed) matches `pattern` whole. */
function shareMatching(profile: ColumnProfile, pattern: RegExp): number {
  if (profile.sampled === 0) return 0;
  let matching = 0;
  for (const [text, count] of profile.values)
    if (pattern.test(toHalfWidth(text.trim()))) matching += count;
  return matching / profile.sampled;
}

/** Digits a spreadsheet keeps of a number stored as one: past these, every digit reads 0. */
const KEPT_DIGITS = 15;

/**
 * Share of the sampled values that are long numbers kept only as their rounded display (2.1E+14),
 * or that a spreadsheet rounded when it stored them as figures: 16 to 19 digits, every one past
 * the fifteenth 0 (6093026244180950, 3420250942000000000). A real card's or account's number ends
 * in 0 one time in ten; a column of them rounded so tells no card or account from another.
 */
export function roundedNumberShare(profile: ColumnProfile): number {
  if (profile.sampled === 0) return 0;
  let matching = 0;
  for (const [value, count] of profile.values) {
    const text = toHalfWidth(value.trim());
    if (
      ROUNDED_NUMBER.test(text) ||
      (/^\d{16,19}$/.test(text) && /^0+$/.test(text.slice(KEPT_DIGITS)))
    )
      matching += count;
  }
  return matching / profile.sampled;
}

/** A time of day, with or without seconds and a half of the day: 下午 07:48:58, 9:05 AM, 14:30. */
const TIME_OF_DAY =
  /^(?:上午|下午|午前|午後|AM|PM)?\s*\d{1,2}[:：]\d{2}(?:[:：]\d{2})?\s*(?:AM|PM)?$/i;

/** Share of the sampled values that are a time of day and nothing else. */
export function timeOfDayShare(profile: ColumnProfile): number {
  return shareMatching(profile, TIME_OF_DAY);
}

/** Fewest sampled values to say a column holds zeros only. */
const MIN_VALUES_FOR_ZEROS = 5;

/** Share of a column's filled values that are zero (0, 0.00, "-" of an accounting format aside). */
export function zeroShare(profile: ColumnProfile): number {
  if (profile.sampled < MIN_VALUES_FOR_ZEROS) return 0;
  let zeros = 0;
  let seen = 0;
  for (const [value, count] of profile.values) {
    seen += count;
    if (/^[-+]?0+(?:\.0+)?$/.test(value.trim())) zeros += count;
  }
  return seen === 0 ? 0 : zeros / seen;
}
