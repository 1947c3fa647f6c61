/**
 * Masking personal data (catalog fields marked `personal`) for a review that will be shared:
 * enough stays visible to recognise the record, not to use it.
 */
import { sheetDef } from "../register/sheets";
import {
  SHEET_KEYS,
  type FieldDef,
  type RegisterRecord,
  type RegisterValue,
} from "../register/types";
import { isoDay } from "../register/workflow/dates";
import type { BookSummary } from "./summary";

export const MASK = "****";

/** "13812345678" → "138****5678": the first 3 and last 4 digits stay, the others become "*". */
export function maskPhone(phone: string): string {
  const digits = phone.replace(/\D/g, "").length;
  const keepHead = digits >= 8 ? 3 : 0;
  const keepTail = digits >= 8 ? 4 : Math.min(2, digits);
  let seen = 0;
  return phone.replace(/\d/g, (d) => {
    seen += 1;
    return seen <= keepHead || seen > digits - keepTail ? d : "*";
  });
}

/** "1985-05-26" → "****-05-26": the year goes, the day a birthday card needs stays. */
export function maskDate(iso: string): string {
  return isoDay(iso) ? `${MASK}${iso.slice(4)}` : MASK;
}

/** "wang.li@example.com" → "w***@example.com". */
export function maskEmail(email: string): string {
  const at = email.indexOf("@");
  if (at < 1) return MASK;
  return `${email[0]}***${email.slice(at)}`;
}

/** An address keeps only a leading city or province written in Chinese ("北京市朝阳区…" → "北京市****"). */
export function maskAddress(address: string): string {
  const city = /^[\u4e00-\u9fff]{2,3}[省市]/.exec(address.trim());
  return city ? `${city[0]}${MASK}` : MASK;
}

const EMAIL = /[\w.+-]+@[\w-]+(\.[\w-]+)+/g;
/** A mainland resident id (17 digits and a check digit) or a Taiwanese national id (A123456789). */
const ID_NUMBER = /\b(\d{17}[\dXx]|[A-Za-z][12]\d{8})\b/g;
/** Dates written with a year: 1992-05-06, 1992/5/6, 06/05/1992, 1992年5月6日, 民國81年5月6日, 81/05/06. */
const DATE =
  /\b\d{1,2}[./-]\d{1,2}[./-]\d{4}\b|(民國|民国)?\d{2,4}\s*[年./-]\s*\d{1,2}\s*[月./-]\s*\d{1,2}\s*日?/g;
/** Seven or more digits, possibly split by spaces, dashes, dots or brackets: a phone number. */
const PHONE = /\+?\(?\d[\d\s().-]{5,}\d/g;

/**
 * Free text (notes, hobbies, visit minutes) with what identifies a person taken out: e-mail
 * addresses, ID numbers, dates with a year and phone numbers become "****". Written for the
 * shapes these registers hold (CN and TW numbers and dates), not as a general PII detector.
 */
export function scrubText(text: string): string {
  return text
    .replace(EMAIL, MASK)
    .replace(ID_NUMBER, MASK)
    .replace(DATE, MASK)
    .replace(PHONE, (run) => (run.replace(/\D/g, "").length >= 7 ? MASK : run));
}

/**
 * The value to show for `field` when personal data is masked: personal fields masked, free text
 * scrubbed of phones, e-mails, ID numbers and birth dates; other values pass through.
 */
export function maskValue(field: FieldDef, value: RegisterValue): RegisterValue {
  if (value === null || value === "") return value;
  if (!field.personal)
    return typeof value === "string" && field.type === "text" ? scrubText(value) : value;
  const text = String(value);
  switch (field.type) {
    case "phone":
      return maskPhone(text);
    case "date":
      return maskDate(text);
    case "email":
      return maskEmail(text);
    default:
      return field.key === "address" ? maskAddress(text) : MASK;
  }
}

/**
 * Every record of every sheet masked as the review sheets mask it, so that a masked workbook's
 * register sheets hold no more than its reviews. A person's own columns (unknown keys) are free
 * text and are scrubbed.
 */
export function maskRecords(
  records: Partial<Record<(typeof SHEET_KEYS)[number], RegisterRecord[]>>
): Partial<Record<(typeof SHEET_KEYS)[number], RegisterRecord[]>> {
  const out: Partial<Record<(typeof SHEET_KEYS)[number], RegisterRecord[]>> = {};
  for (const sheet of SHEET_KEYS) {
    const rows = records[sheet];
    if (!rows) continue;
    const fields = new Map(sheetDef(sheet).fields.map((f) => [f.key, f]));
    out[sheet] = rows.map((record) =>
      Object.fromEntries(
        Object.entries(record).map(([key, value]) => {
          const field = fields.get(key);
          if (field) return [key, maskValue(field, value)];
          return [key, typeof value === "string" ? scrubText(value) : value];
        })
      )
    );
  }
  return out;
}

/**
 * The book summary as a masked review may show it (the JSON written beside a masked workbook):
 * birthdays lose their year and the age that would give it back, like the review sheets.
 */
export function maskSummary(summary: BookSummary): BookSummary {
  return {
    ...summary,
    birthdaysNext30Days: summary.birthdaysNext30Days.map((b) => ({
      ...b,
      birthday: maskDate(b.birthday),
      turns: null,
    })),
  };
}
