/**
 * A table of what clients hold, naming each client only by a number the client master defines (a
 * lender's loan book: CreditID | ClientID | CreditAmount | DateofFirstDisbursement; a bank's
 * 客户号 | 贷款金额 | 放款日期; 客戶編號 | 存款餘額 | 開戶日期): each row is a holding of the client
 * whose number it carries — several rows for a client with several loans — not a client, and not a
 * sale. A person sees it from two things together: the table names no one (no column of the
 * client's name), only the client's number; and its amount, or the row's own number, names a class
 * of holding (a loan, a deposit, a fund). Such a table is read as Assets, each row linked by the
 * number; a table whose amount names no class (Amount, 金额) stays as it was read.
 */
import { matchForm } from "./header-match";
import { assetClassOfHeader } from "./balance-assets";
import type { SheetClassification } from "./classify-sheet";
import type { ColumnProfile } from "./profile";
import { readHeader } from "./subject";

/** A number's word at a header's end (CreditID, Loan No, 贷款编号): what is left names the thing. */
const NUMBER_END = /(?:id|no|num|number|code|ref|编号|編號|号码|號碼|号|號|代码|代碼)$/;

/** The asset class a header names, itself or as the thing it numbers (CreditID → loan). */
export function classOfNumberHeader(header: string): string | null {
  const own = assetClassOfHeader(header);
  if (own !== null) return own;
  const text = matchForm(header);
  const stem = text.replace(NUMBER_END, "");
  return stem !== text && stem !== "" ? assetClassOfHeader(stem) : null;
}

export interface KeyedHoldings {
  classification: SheetClassification;
  /** The class the headers name. */
  assetClass: string;
}

/**
 * Assets, when the table names its clients by number only and an amount or the row's number names
 * a class of holding; null when the evidence is not there (a name column, no client number, no
 * class named, no amounts).
 */
export function keyedHoldings(
  classification: SheetClassification,
  headers: readonly string[],
  profiles: readonly ColumnProfile[]
): KeyedHoldings | null {
  if (classification.key !== null && classification.key !== "Clients") return null;
  const readings = headers.map((h) => readHeader(h));
  // Someone named on the row (the client, the insured, a bare Name) makes it a list of people.
  const named = readings.some(
    (r, i) =>
      r.base === "name" &&
      (r.role === "subject" || r.role === "none" || r.role === "insured") &&
      (profiles[i]?.filled ?? 0) > 0
  );
  if (named) return null;
  const clientNumber = readings.some(
    (r, i) => r.base === "id" && r.role === "subject" && (profiles[i]?.filled ?? 0) >= 2
  );
  if (!clientNumber) return null;
  const amounts = (p: ColumnProfile | undefined) =>
    p !== undefined && p.filled >= 2 && p.numeric + p.money >= 0.8 && p.date < 0.2;
  const amountColumns = profiles.flatMap((p, i) => (amounts(p) ? [i] : []));
  if (amountColumns.length === 0) return null;
  // The class: an amount's header names it (贷款金额, CreditAmount), else the row's own number does
  // (CreditID, 贷款编号) beside an amount.
  let assetClass: string | null = null;
  for (const i of amountColumns) {
    if (readings[i].base === "id") continue;
    assetClass ??= assetClassOfHeader(headers[i]);
  }
  if (assetClass === null)
    headers.forEach((h, i) => {
      if (assetClass === null && readings[i].base === "id" && readings[i].role !== "subject")
        assetClass = classOfNumberHeader(h);
    });
  if (assetClass === null) return null;
  return {
    classification: {
      key: "Assets",
      confidence: Math.max(classification.confidence, 0.6),
      scores: classification.scores,
    },
    assetClass,
  };
}
