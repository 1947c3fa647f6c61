import { parsePhoneNumberFromString, type CountryCode } from "libphonenumber-js";
import type { Lang } from "../../register/types";
import { foldScript } from "../../register/vocabulary/fold";
import { MOBILE_HEADER_WORDS } from "../../register/vocabulary/record-parties";

/** The regions whose national formats a workbook is read in; the workbook's language picks one. */
export type PhoneRegion = "CN" | "TW" | "HK" | "US";

/** The default region for national numbers in a workbook written in `lang`. */
export function phoneRegionForLang(lang: Lang): PhoneRegion {
  if (lang === "zh-TW") return "TW";
  if (lang === "zh-CN") return "CN";
  return "US";
}

/** The default region for an Office/BCP-47 locale tag: zh-HK and en-HK read Hong Kong numbers. */
export function phoneRegionFromLocale(locale: string | null | undefined): PhoneRegion {
  const tag = (locale ?? "").toLowerCase();
  if (/-(hk|mo)\b/.test(tag)) return "HK";
  if (/^zh-(tw|hant)/.test(tag)) return "TW";
  if (tag.startsWith("zh")) return "CN";
  return "US";
}

export interface PhoneReading {
  /** The number as written (outer space trimmed). */
  text: string;
  /** E.164, e.g. "+886912345678": the form used to compare two numbers. */
  e164: string;
  /** Country the number belongs to, when the metadata can tell. */
  country?: string;
  /** An extension (转 123, ext. 5), kept apart from the number. */
  extension?: string;
}

// A label such as "手機：" or "Tel:" before the number.
const LABEL = /^[^\d+(（]{0,12}[:：]\s*/;
// A label after the number: "（手機）", "(M)", "(office)", " 手机". It says whose or which phone it
// is, not which number, so the number is read without it (the cell keeps it as written).
const TRAILING_LABEL = /\s*[(（][^\d()（）]{1,12}[)）]$|\s+[^\d\s()（）+#]{1,6}$/;
// An extension after the number: 转 / 轉 / 分機 / 分机 / ext / x / #.
const EXTENSION = /\s*(?:转|轉|分機|分机|ext\.?|x|#)\s*(\d{1,6})\s*$/i;
// What a written phone number is made of once label and extension are gone.
const PHONE_CHARS = /^\+?[\d\s\-()./]+$/;
// A number written first in a cell, then a separator and words (a name, a note, an e-mail).
const LEADING_NUMBER = /^(\+?[\d(][\d\s\-()./]*\d)(?:\s*[-–—.:,;]\s+|\s+)(?=[^\d\s])/u;
/** Digits a leading number needs to be read as a phone: a house or unit number has fewer. */
const LEADING_NUMBER_DIGITS = 7;
const SEPARATORS = /[,;、，；|\n\r]+|\s+\/\s+|\s{2,}/;
const ISO_DATE = /^\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}日?$/;
const SHORT_DATE = /^\d{1,3}[/.]\d{1,2}[/.]\d{1,4}$/;

function isCompactDate(digits: string): boolean {
  const match = /^(19|20)(\d\d)(\d\d)(\d\d)$/.exec(digits);
  if (!match) return false;
  const month = Number(match[3]);
  const day = Number(match[4]);
  return month >= 1 && month <= 12 && day >= 1 && day <= 31;
}

/**
 * Reads one phone number written in a cell. A number in national form is read in `region`;
 * one with "+" or a 00 international prefix in its own country. Dates, ID numbers and words are
 * not phone numbers. Returns null when `text` is not one plausible phone number.
 */
export function readPhone(text: string, region: PhoneRegion): PhoneReading | null {
  const written = text.trim();
  let rest = written.normalize("NFKC").replace(LABEL, "").trim();
  if (!EXTENSION.test(rest)) rest = rest.replace(TRAILING_LABEL, "").trim();
  let extension: string | undefined;
  const ext = EXTENSION.exec(rest);
  if (ext) {
    extension = ext[1];
    rest = rest.slice(0, ext.index).trim();
  }
  if (!PHONE_CHARS.test(rest)) {
    // A number leading a cell, a note run on after it ("917-555-0139 Sadia karim", "027555415 -
    // Govinda Basnet", "929-555-0121. Sara. sara@…"): the number is the phone, the words whose.
    const leading = leadingPhoneNumber(rest);
    if (leading === null) return null;
    rest = leading;
  }
  if (ISO_DATE.test(rest) || SHORT_DATE.test(rest)) return null;
  const digits = rest.replace(/\D/g, "");
  if (digits.length < 5 || digits.length > 17) return null;
  if (isCompactDate(digits) && !rest.startsWith("+")) return null;
  const international = rest.startsWith("00") ? `+${rest.slice(2)}` : rest;
  const parsed = parsePhoneNumberFromString(international, region as CountryCode);
  if (!parsed?.isPossible()) return null;
  const reading: PhoneReading = { text: written, e164: parsed.number };
  if (parsed.country) reading.country = parsed.country;
  if (extension !== undefined) reading.extension = extension;
  return reading;
}

/** Eleven digits from a 1: the shape of a North American number written with its country code. */
const ONE_AND_TEN = /^1\d{10}$/;

/**
 * True when bare digits (a number typed into a cell, 12105550124) are a North American number
 * with its country code 1 in front, as a telephony system exports the numbers it dialled: a valid
 * number of that plan by libphonenumber's metadata (its area and exchange codes), not any eleven
 * digits from a 1.
 */
export function isNorthAmericanWithOne(digits: string): boolean {
  if (!ONE_AND_TEN.test(digits)) return false;
  const parsed = parsePhoneNumberFromString(`+${digits}`);
  return parsed !== undefined && parsed.countryCallingCode === "1" && parsed.isValid();
}

/**
 * The number a cell starts with when a note is run on after it ("917-555-0139 Sadia", "027555415 -
 * Govinda Basnet"): seven digits at least (a house number has fewer), never a date. Null otherwise.
 * `text` is in half-width already (the column profile calls this on every text cell it reads).
 */
export function leadingPhoneNumber(text: string): string | null {
  const leading = LEADING_NUMBER.exec(text.trim());
  if (!leading) return null;
  const number = leading[1].trim();
  const digits = number.replace(/\D/g, "");
  if (digits.length < LEADING_NUMBER_DIGITS || digits.length > 17) return null;
  if (ISO_DATE.test(number) || SHORT_DATE.test(number) || isCompactDate(digits)) return null;
  return number;
}

const escaped = (w: string) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
/**
 * A phone's own label opening a cell: Phone:, Tel., Mobile No:, Work Phone:, 手机：, 電話：
 * (written in the vocabulary's words; a fax is no phone of the client's).
 */
const PHONE_LABEL = new RegExp(
  `^(?:(?:${MOBILE_HEADER_WORDS.kind.map(escaped).join("|")})\\s*)?(?:${[
    ...MOBILE_HEADER_WORDS.phone,
    ...MOBILE_HEADER_WORDS.mobile,
    ...MOBILE_HEADER_WORDS.landline,
    "telephone",
    "ph",
    "mob",
  ]
    .map(escaped)
    .join("|")})(?:\\s*(?:no|number|#|号码))?(?:\\.?\\s*[:：]|\\.)\\s*`,
  "i"
);

/**
 * The number a cell gives after a phone's label ("Phone:(254) 555-0186 Fax:(254) 555-0199",
 * "手機：0912-345-678"), a note or another labelled number possibly run on after it; null when
 * the cell opens with no phone label. `text` is in half-width already.
 */
export function labelledPhoneNumber(text: string): string | null {
  const trimmed = text.trim();
  const label = PHONE_LABEL.exec(foldScript(trimmed));
  if (!label) return null;
  const rest = trimmed.slice(label[0].length);
  const digits = rest.replace(/\D/g, "");
  if (PHONE_CHARS.test(rest) && digits.length >= LEADING_NUMBER_DIGITS && digits.length <= 17)
    return rest.trim();
  return leadingPhoneNumber(rest);
}

/** Every phone number in a cell that lists several ("0912-345-678 / 02-2345-6789"). */
export function readPhones(text: string, region: PhoneRegion): PhoneReading[] {
  const whole = readPhone(text, region);
  if (whole) return [whole];
  return text
    .split(SEPARATORS)
    .map((part) => readPhone(part, region))
    .filter((reading): reading is PhoneReading => reading !== null);
}

/** True when the text is one or more plausible phone numbers of `region` (or international). */
export function looksLikePhone(text: string, region: PhoneRegion): boolean {
  return readPhones(text, region).length > 0;
}

/**
 * The key two phone numbers are compared by: E.164 of the first number in the text, or null when
 * the text holds no plausible phone number. "0912-345-678" and "+886 912 345 678" share a key.
 */
export function phoneKey(text: string, region: PhoneRegion): string | null {
  return readPhones(text, region)[0]?.e164 ?? null;
}

/** The E.164 keys of every phone number in the text. */
export function phoneKeys(text: string, region: PhoneRegion): string[] {
  const plain = plainMobileKey(text, region);
  if (plain !== null) return [plain];
  return [...new Set(readPhones(text, region).map((r) => r.e164))];
}

/** A run of hidden digits in a written number (138****1234, 0912xxx678, 139●●●●0001). */
const MASKED = /\d\s*(?:[*＊]{2,}|[xX]{2,}|[●•]{2,})/;

function digitsOf(text: string): string {
  return text.normalize("NFKC").replace(/\D/g, "");
}

/**
 * True when two phone cells hold the same numbers: the same digits, or the same E.164 numbers
 * once a national number is read in `region` when it is known, else in the country the other
 * cell's international number names ("+886 932 382 786" and "0932-382-786").
 */
export function samePhone(a: string, b: string, region?: PhoneRegion): boolean {
  // 138****1234 hides the digits that tell two people apart: many members share one mask.
  if (MASKED.test(a) || MASKED.test(b)) return false;
  const digitsA = digitsOf(a);
  if (digitsA !== "" && digitsA === digitsOf(b)) return true;
  const countries = new Set<string>(region ? [region] : []);
  if (!region)
    for (const text of [a, b])
      for (const reading of readPhones(text, "US"))
        if (reading.country && /^\+|^00/.test(digitsStart(reading.text)))
          countries.add(reading.country);
  for (const country of countries) {
    const keysA = readPhones(a, country as PhoneRegion).map((r) => r.e164);
    const keysB = new Set(readPhones(b, country as PhoneRegion).map((r) => r.e164));
    if (keysA.length > 0 && keysA.length === keysB.size && keysA.every((k) => keysB.has(k)))
      return true;
  }
  return false;
}

/** The number's text from its first "+" or digit on (after a label such as "Tel:"). */
function digitsStart(text: string): string {
  return text.normalize("NFKC").replace(/^[^\d+]*/, "");
}

// A mainland mobile as most registers hold it: 11 digits from 13–19, not 179 (which
// libphonenumber's CN rules may read as a carrier prefix); a Taiwanese one: 09 and 8 digits.
const CN_MOBILE = /^1(?:[3-68-9]\d|7[0-8])\d{8}$/;
const TW_MOBILE = /^09\d{8}$/;

/**
 * E.164 of a mobile number written as bare national digits, without libphonenumber: linking a
 * big sheet parsed every row's phone, a fifth of the import. The result is libphonenumber's for
 * every such number (a test compares them across every prefix); null for anything else.
 */
function plainMobileKey(text: string, region: PhoneRegion): string | null {
  if (region === "CN" && CN_MOBILE.test(text)) return `+86${text}`;
  if (region === "TW" && TW_MOBILE.test(text)) return `+886${text.slice(1)}`;
  return null;
}

/** A number a cell typed as text kept as a float: "900263362.0" is the number 900263362. */
const FLOAT_WRITTEN = /^(\d+)\.0+$/;

/** The digits of a phone cell that holds a bare number (typed as a number or written as one). */
export function bareNumberDigits(raw: unknown): string | null {
  if (typeof raw === "number") return Number.isSafeInteger(raw) && raw > 0 ? String(raw) : null;
  if (typeof raw !== "string") return null;
  const text = raw.trim();
  return /^\d+$/.test(text) ? text : (FLOAT_WRITTEN.exec(text)?.[1] ?? null);
}

/** A national number with its trunk 0: one 0, then a digit that is not another 0. */
const TRUNK_ZERO = /^0[1-9]/;

/** How a phone column writes its national numbers with their trunk 0: their length, their leads. */
export interface TrunkZeroShape {
  length: number;
  /** The 0 and the digit after it (09 for Taiwan's mobiles, 02 for Taipei's lines). */
  leads: ReadonlySet<string>;
}

/**
 * How a phone column writes its national numbers where it writes them with their trunk 0
 * (0912 345 678, 024-555-7917): most of its numbers are text that starts with one 0 and has one
 * length. Null when the column does not show it: too few numbers, or most of them written (or
 * typed as numbers) without a leading 0 — then a number without one is as the column writes it.
 */
export function trunkZeroShape(values: readonly unknown[]): TrunkZeroShape | null {
  const byLength = new Map<number, string[]>();
  let numbers = 0;
  for (const value of values) {
    const typed =
      typeof value === "number" || (typeof value === "string" && FLOAT_WRITTEN.test(value.trim()));
    const digits = typed
      ? (bareNumberDigits(value) ?? "")
      : typeof value === "string"
        ? value.normalize("NFKC").replace(/\D/g, "")
        : "";
    if (digits.length < 7) continue;
    numbers++;
    if (!typed && TRUNK_ZERO.test(digits))
      byLength.set(digits.length, [...(byLength.get(digits.length) ?? []), digits.slice(0, 2)]);
  }
  const [length, leads] = [...byLength].sort((a, b) => b[1].length - a[1].length)[0] ?? [0, []];
  return leads.length >= 3 && leads.length >= numbers * 0.6
    ? { length, leads: new Set(leads) }
    : null;
}

/**
 * A bare number (typed as a number, or saved as "912345678.0") in a column whose national numbers
 * keep their trunk 0, with the 0 a person puts back where the number is one digit short of them
 * and starts as they do: 900560319 → 0900560319 beside 09… numbers, not a mainland mobile
 * 13800001111 beside 0731… landlines. Null for anything else.
 */
export function withTrunkZero(raw: unknown, shape: TrunkZeroShape): string | null {
  const digits = bareNumberDigits(raw);
  return digits !== null && digits.length === shape.length - 1 && shape.leads.has(`0${digits[0]}`)
    ? `0${digits}`
    : null;
}
