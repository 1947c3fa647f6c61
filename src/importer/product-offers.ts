/**
 * A table read as Insurance whose rows name nobody and no policy — no client, no insured, no
 * policy number, no date a cover started or ends — while giving a cover's terms (sum insured,
 * premium, term) is a comparison of products on offer: a broker's or a family's shortlist of plans
 * (泰和安康 | 60年 | 150万 | 女2250), the insurers' plans side by side. A policy someone holds is
 * somebody's and began some day; a plan that no one holds yet is no record of the register.
 */
import type { ColumnMapping } from "./types";

/** Fields saying whose policy a row is, which policy, or when its cover runs. */
const HELD_FIELDS = new Set([
  "clientId",
  "clientName",
  "insured",
  "policyNo",
  "startDate",
  "expiryDate",
]);
/** Fields giving a cover's terms. */
const TERM_FIELDS = new Set(["sumInsured", "annualPremium", "termYears", "termText"]);
/** Fewest term fields for the rows to read as plans compared by their terms. */
const MIN_TERMS = 2;

/** True when an Insurance table's mapped columns give plans' terms and nothing of a held policy. */
export function plansOnOffer(columns: readonly ColumnMapping[]): boolean {
  const fields = new Set(columns.flatMap((c) => (c.field ? [c.field] : [])));
  if ([...fields].some((f) => HELD_FIELDS.has(f))) return false;
  return [...fields].filter((f) => TERM_FIELDS.has(f)).length >= MIN_TERMS;
}
