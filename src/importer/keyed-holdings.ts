/**
 * A table of what clients hold, naming each client only by a number the client master defines (a
 * lender's loan book: CreditID | ClientID | CreditAmount | DateofFirstDisbursement; a bank's
 * 客户号 | 贷款金额 | 放款日期; 客戶編號 | 存款餘額 | 開戶日期): each row is a holding of the client
 * whose number it carries — several rows for a client with several loans — not a client, and not a
 * sale. A person sees it from three things together: the table names no one (no column of the
 * client's name), only the client's number; its amount, or the row's own number, names a class of
 * holding (a loan, a deposit, a fund); and the row is a thing held — its own number or a term —
 * not a movement (a posting ledger or a loan ledger keyed the same way has dated debits and credits,
 * a running balance, and no number or term of its own). Such a table is read as Assets, each row
 * linked by the number; a ledger, or a table whose amount names no class (Amount, 金额), stays as
 * it was read.
 */
import { matchForm } from "./header-match";
import { assetClassOfHeader } from "./balance-assets";
import type { SheetClassification } from "./classify-sheet";
import type { ColumnProfile } from "./profile";
import { readHeader } from "./subject";
import { LEDGER_HOLDING_WORDS } from "../register/vocabulary/record-parties";

const folded = (words: readonly string[]) => words.map((w) => matchForm(w));
const MOVEMENT_WORDS = folded(LEDGER_HOLDING_WORDS.movement);
const TERM_WORDS = folded([...LEDGER_HOLDING_WORDS.term, ...LEDGER_HOLDING_WORDS.held]);
const INFLOW_WORDS = folded(LEDGER_HOLDING_WORDS.inflow);
const OUTFLOW_WORDS = folded(LEDGER_HOLDING_WORDS.outflow);

/** A folded text holds a word: a Latin word at its start or end, a Chinese word anywhere. */
function holdsWord(text: string, word: string): boolean {
  return /^[a-z]+$/.test(word)
    ? text === word || text.startsWith(word) || text.endsWith(word)
    : text.includes(word);
}

/** A folded value is the word itself (Credit, DR), or holds a Chinese one (现金存入). */
function valueIs(value: string, word: string): boolean {
  return /^[a-z]+$/.test(word) ? value === word : value.includes(word);
}

/**
 * A ledger's evidence (each row a movement of money, not a thing held): a header naming the
 * movement (Posting Date, Debit, Running Balance, 摘要, 借方, 凭证号), or a short column whose
 * values give each row's direction both ways (Credit | Debit, 存款 | 取款). Returns the header that
 * says so, or null.
 */
export function ledgerEvidence(
  headers: readonly string[],
  profiles: readonly ColumnProfile[]
): string | null {
  for (const header of headers) {
    const h = matchForm(header);
    if (h !== "" && MOVEMENT_WORDS.some((w) => holdsWord(h, w))) return header;
  }
  for (let i = 0; i < headers.length; i++) {
    const p = profiles[i];
    if (!p || p.filled < 2 || p.text < 0.6 || p.distinct > 8) continue;
    const values = [...p.values.keys()].map((v) => matchForm(v));
    const inflow = values.some((v) => INFLOW_WORDS.some((w) => valueIs(v, w)));
    const outflow = values.some((v) => OUTFLOW_WORDS.some((w) => valueIs(v, w)));
    if (inflow && outflow) return headers[i];
  }
  return null;
}

/**
 * A holding's evidence (each row one thing a client holds, for a time): the row's own number,
 * distinct on every row and not the client's (CreditID, 贷款编号, 帳號), a term or maturity
 * column (CreditDurationMonths, 期限, Maturity Date), or a column naming what is held (Fund, 产品
 * 名称). A ledger row has none: a date, a client number, an amount.
 */
export function holdingEvidence(
  headers: readonly string[],
  profiles: readonly ColumnProfile[],
  readings: readonly ReturnType<typeof readHeader>[] = headers.map((h) => readHeader(h))
): boolean {
  const ownNumber = readings.some((r, i) => {
    const p = profiles[i];
    return (
      r.base === "id" &&
      r.role !== "subject" &&
      p !== undefined &&
      p.filled >= 2 &&
      p.distinctRatio >= 0.9
    );
  });
  if (ownNumber) return true;
  return headers.some((header, i) => {
    const h = matchForm(header);
    return (profiles[i]?.filled ?? 0) >= 2 && TERM_WORDS.some((w) => holdsWord(h, w));
  });
}

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
  // A ledger names its clients by number too, with a dated amount on each row: it stays a log.
  if (ledgerEvidence(headers, profiles) !== null) return null;
  if (!holdingEvidence(headers, profiles, readings)) return null;
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
