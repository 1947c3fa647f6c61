/**
 * Whether names read as parties a business deals with: a person (Emily Clarke, 林美華), or a firm
 * or other body (… Ltd, …有限公司, a school, a works). The buyers of one log are of both kinds at
 * once — a dealer sells to firms, schools and walk-in people alike — so a column of buyers is told
 * by the two kinds counted together, not by either alone.
 */
import { namesOrganisation } from "../register/catalog";
import { looksLikePersonName } from "./person-name";
import { COMPANY_VALUE } from "./profile";

/** A name that reads as a person's or as a firm's or organisation's. */
export function readsAsPartyName(text: string): boolean {
  const t = text.trim();
  return t !== "" && (looksLikePersonName(t) || COMPANY_VALUE.test(t) || namesOrganisation(t));
}

/** A name that reads as a firm's or other body's (… Ltd, …有限公司, a school, a works). */
export function readsAsFirmName(text: string): boolean {
  const t = text.trim();
  return t !== "" && (COMPANY_VALUE.test(t) || namesOrganisation(t));
}

/**
 * A name that reads as a private person's, a number after it set aside: a lender writes a
 * borrower's second loan as "Ramesh Pareek 2", still Ramesh Pareek.
 */
export function readsAsPersonName(text: string): boolean {
  const t = text.trim().replace(/\s*\d{1,3}$/u, "");
  return t !== "" && looksLikePersonName(t) && !readsAsFirmName(t);
}

/** The share of the counted names (text → how many rows) that read as parties' names. */
export function partyNameShare(counted: Iterable<readonly [string, number]>): number {
  let all = 0;
  let parties = 0;
  for (const [text, count] of counted) {
    if (text.trim() === "") continue;
    all += count;
    if (readsAsPartyName(text)) parties += count;
  }
  return all === 0 ? 0 : parties / all;
}
