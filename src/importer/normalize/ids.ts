import { normaliseText } from "./text";
import { ok, warned, type Normalized } from "./result";

/**
 * National identity numbers: the mainland resident ID (18 characters, GB 11643 mod 11-2 check
 * character) and the Taiwanese national ID / new resident certificate (a letter and nine digits,
 * weighted mod 10 check); and the mainland unified social credit code of an organisation
 * (统一社会信用代码, GB 32100-2015: 18 characters, mod 31 check character). No library covers
 * these, and the checksums are short public rules. A bad checksum is a warning for the caller,
 * never a rejection: the number is kept as written.
 */

export type IdNumberKind = "cn-resident" | "tw-national";

export interface IdNumberReading {
  kind: IdNumberKind;
  /** The checksum (and, for a mainland ID, the embedded birth date) is right. */
  valid: boolean;
  /** The number in one canonical spelling (upper case, no spaces), for comparing. */
  key: string;
  /** Birth date embedded in a mainland ID, ISO, when it is a real date. */
  birthday?: string;
}

const CN_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CN_CHECK = "10X98765432";

/** The check character of the first 17 digits of a mainland resident ID. */
export function cnResidentCheck(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * CN_WEIGHTS[i];
  return CN_CHECK[sum % 11];
}

// Letter → the two-digit area code the TW checksum uses (I, O, W … are out of sequence by decree).
const TW_LETTER_CODES: Record<string, number> = {
  A: 10, B: 11, C: 12, D: 13, E: 14, F: 15, G: 16, H: 17, I: 34, J: 18, K: 19, L: 20, M: 21,
  N: 22, O: 35, P: 23, Q: 24, R: 25, S: 26, T: 27, U: 28, V: 29, W: 32, X: 30, Y: 31, Z: 33,
}; // prettier-ignore

/** The check digit of a Taiwanese ID from its letter and first eight digits. */
export function twNationalCheck(letter: string, first8: string): string {
  const code = TW_LETTER_CODES[letter];
  let sum = Math.floor(code / 10) + (code % 10) * 9;
  for (let i = 0; i < 8; i++) sum += Number(first8[i]) * (8 - i);
  return String((10 - (sum % 10)) % 10);
}

/** The 31 characters of a credit code (no I, O, S, V, Z), each worth its index. */
const CREDIT_CODE_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY";
/** Weight of position i: 3^i mod 31. */
const CREDIT_CODE_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
/**
 * Registration authority and kind (91 a company, 92 a sole trader, 12 a public institution such as
 * a school, 51–53 a social organisation …), six digits of the region, then nine characters of the
 * organisation code and the check character.
 */
const CREDIT_CODE_SHAPE = /^[1-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}$/;

/** The check character of the first 17 characters of a unified social credit code. */
export function creditCodeCheck(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++)
    sum += CREDIT_CODE_CHARS.indexOf(first17[i]) * CREDIT_CODE_WEIGHTS[i];
  return CREDIT_CODE_CHARS[(31 - (sum % 31)) % 31];
}

export interface CreditCodeReading {
  valid: boolean;
  key: string;
}

/**
 * Recognises a unified social credit code (统一社会信用代码). Eighteen digits with a birth year
 * people now living were born in are a resident ID (parseIdNumber), so that a mistyped digit of
 * one is caught rather than taken, one time in 31, for a credit code.
 */
export function parseCreditCode(text: string): CreditCodeReading | null {
  const key = canonical(text);
  if (!CREDIT_CODE_SHAPE.test(key) || residentBirthYear(key)) return null;
  return { valid: creditCodeCheck(key.slice(0, 17)) === key[17], key };
}

/** The earliest and latest birth years a resident ID is read with. */
const BIRTH_YEARS = [1880, 2099];

function isoIfReal(year: number, month: number, day: number): string | null {
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1) return null;
  if (date.getUTCDate() !== day) return null;
  return `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

function canonical(text: string): string {
  return text
    .normalize("NFKC")
    .replace(/[\s\u200B-\u200D\uFEFF]+/g, "")
    .toUpperCase();
}

/**
 * Recognises a mainland resident ID or a Taiwanese national ID and checks it. Returns null when
 * the text has neither shape.
 */
export function parseIdNumber(text: string): IdNumberReading | null {
  const key = canonical(text);
  if (/^\d{17}[\dX]$/.test(key)) {
    // A school's or a company's credit code (12330100470123456X) is no one's ID number.
    if (!residentBirthYear(key) && CREDIT_CODE_SHAPE.test(key)) return null;
    const birthday = isoIfReal(
      Number(key.slice(6, 10)),
      Number(key.slice(10, 12)),
      Number(key.slice(12, 14))
    );
    const reading: IdNumberReading = {
      kind: "cn-resident",
      valid: birthday !== null && cnResidentCheck(key.slice(0, 17)) === key[17],
      key,
    };
    if (birthday !== null) reading.birthday = birthday;
    return reading;
  }
  // Second digit: 1/2 for citizens, 8/9 for the resident certificates issued since 2021.
  if (/^[A-Z][1289]\d{8}$/.test(key)) {
    return {
      kind: "tw-national",
      valid: twNationalCheck(key[0], key.slice(1, 9)) === key[9],
      key,
    };
  }
  return null;
}

/** Eighteen digits (the last may be X) whose birth year is one people now living were born in. */
function residentBirthYear(key: string): boolean {
  if (!/^\d{17}[\dX]$/.test(key)) return false;
  const year = Number(key.slice(6, 10));
  return year >= BIRTH_YEARS[0] && year <= BIRTH_YEARS[1];
}

/** The identity key of an ID number or credit code as written: canonical when recognised, else null. */
export function idNumberKey(text: string): string | null {
  return parseIdNumber(text)?.key ?? parseCreditCode(text)?.key ?? null;
}

/**
 * An ID-number cell: kept as written; a recognised number whose checksum fails, or one stored as a
 * number (digits may be lost), gives a warning — never a rejection.
 */
export function parseIdNumberCell(raw: unknown): Normalized<string> {
  const read = normaliseText(raw);
  if (!read.ok || read.value === null) return read;
  const value = read.value;
  if (typeof raw === "number") return warned(value, "value.id-number-as-number", { value });
  const reading = parseIdNumber(value);
  if (reading && !reading.valid) return warned(value, "value.id-number-checksum", { value });
  const creditCode = reading ? null : parseCreditCode(value);
  if (creditCode && !creditCode.valid)
    return warned(value, "value.credit-code-checksum", { value });
  return ok(value);
}
