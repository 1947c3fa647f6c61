/**
 * Masking personal data (catalog fields marked `personal`) for a review that will be shared:
 * enough stays visible to recognise the record, not to use it.
 */
import type { FieldDef, RegisterValue } from "../register/types";
import { isoDay } from "../register/workflow/dates";

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

/** The value to show for `field` when personal data is masked; non-personal fields pass through. */
export function maskValue(field: FieldDef, value: RegisterValue): RegisterValue {
  if (!field.personal || value === null || value === "") return value;
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
