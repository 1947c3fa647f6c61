/**
 * Holdings or a client list with figures. A row of holdings is a thing held: its own number (an
 * account, a card, a policy, a contract), a term, or the product held, named on the row; a client
 * holding several things comes back on several rows. A report of one row per distinct party whose
 * other columns are amounts (balances, day averages, deposits this year) is a client list with
 * figures, however much its amount words sound like assets: a person imports each row as a client
 * and reads the figures as what the client list says of them.
 */
import type { SheetClassification } from "./classify-sheet";
import { matchForm } from "./header-match";
import { ledgerEvidence } from "./keyed-holdings";
import { roundedNumberShare, type ColumnProfile } from "./profile";
import { isPartyWordAlone, readHeader } from "./subject";
import { LEDGER_HOLDING_WORDS, THING_KEY_WORDS } from "../register/vocabulary/record-parties";
import { SALE_DOCUMENT_WORDS } from "../register/vocabulary/trade-flow";
import { ASSET_CLASS } from "../register/enums";
import { enumChoices, parseEnum } from "./normalize";

/** Fewer rows than this say nothing of how often a party comes back. */
const MIN_ROWS = 10;
/** A column this distinct names each row once. */
const ONCE = 0.95;

const folded = (words: readonly string[]) => words.map((w) => matchForm(w));
const TERM_WORDS = folded(LEDGER_HOLDING_WORDS.term);
const HELD_WORDS = folded(LEDGER_HOLDING_WORDS.held);
const NUMBER_WORDS = folded(LEDGER_HOLDING_WORDS.heldNumber);

/** A folded header holds a word: a Latin word at its start or end, a Chinese word anywhere. */
function holdsWord(text: string, word: string): boolean {
  return /^[a-z]+$/.test(word)
    ? text === word || text.startsWith(word) || text.endsWith(word)
    : text.includes(word);
}

const isAmounts = (p: ColumnProfile | undefined): boolean =>
  p !== undefined &&
  p.filled >= 2 &&
  p.numeric + p.money >= 0.8 &&
  p.date < 0.2 &&
  !roundedLongNumbers(p);

/** Share of a column's numbers rounded past their fifteenth digit that makes them no one's. */
const ROUNDED = 0.5;

/**
 * Card or certificate numbers a spreadsheet rounded when it stored them as figures: no longer the
 * number of one thing held, and no amount either (profile.ts, roundedNumberShare).
 */
function roundedLongNumbers(p: ColumnProfile): boolean {
  return p.sampled >= MIN_ROWS && roundedNumberShare(p) >= ROUNDED;
}

/** A column naming a kind of asset on this share of its filled cells says what each row is. */
const KINDS_SHARE = 0.7;
/** …with few kinds, each on several rows: a row's own text would differ from row to row. */
const KINDS_DISTINCT = 0.2;

const assetClasses = enumChoices(ASSET_CLASS);
const ACCOUNT_KINDS = folded(LEDGER_HOLDING_WORDS.accountKind);

/**
 * A column whose values are kinds of asset or of account (Savings, Current, Fund, 定期, 理财 — a
 * few of them, each on many rows): each row is an account or a product of that kind, whatever the
 * header says.
 */
function namesKindsHeld(p: ColumnProfile): boolean {
  if (p.filled < MIN_ROWS || p.text < 0.8 || p.distinctRatio > KINDS_DISTINCT) return false;
  let counted = 0;
  let kinds = 0;
  for (const [text, count] of p.values) {
    counted += count;
    if (parseEnum(text, assetClasses).ok || ACCOUNT_KINDS.includes(matchForm(text))) kinds += count;
  }
  return counted > 0 && kinds >= counted * KINDS_SHARE;
}

/**
 * The evidence that each row is a thing held: the number of what is held (an account, a card, a
 * policy, a contract, a certificate of deposit), a term or maturity column, a text column naming
 * the product held, or one whose values are the kinds of asset held. Returns the header that says
 * so, or null.
 */
export function heldThingHeader(
  headers: readonly string[],
  profiles: readonly ColumnProfile[]
): string | null {
  for (let i = 0; i < headers.length; i++) {
    const p = profiles[i];
    if (!p || p.filled < 2) continue;
    const h = matchForm(headers[i]);
    if (NUMBER_WORDS.some((w) => h.includes(w)) && !roundedLongNumbers(p)) return headers[i];
    if (TERM_WORDS.some((w) => holdsWord(h, w))) return headers[i];
    if (p.text >= 0.6 && HELD_WORDS.some((w) => holdsWord(h, w))) return headers[i];
    if (namesKindsHeld(p)) return headers[i];
  }
  return null;
}

/**
 * A table read as Assets that names each party once (a client-name column distinct on every row),
 * carries amounts, and has nothing of a thing held and nothing of a ledger, is a client list with
 * figures: read as Clients when the client sheet's headers fit it at all (its name column does).
 */
export function preferClientsForPartyFigures(
  classification: SheetClassification,
  headers: readonly string[],
  profiles: readonly ColumnProfile[]
): SheetClassification {
  if (classification.key !== "Assets") return classification;
  const clients = classification.scores.Clients ?? 0;
  if (clients <= 0) return classification;
  const readings = headers.map((h) => readHeader(h));
  const once = (p: ColumnProfile | undefined): boolean =>
    p !== undefined && p.filled >= MIN_ROWS && p.distinctRatio >= ONCE;
  const party = readings.findIndex(
    (r, i) =>
      r.base === "name" &&
      (r.role === "subject" || r.role === "none") &&
      (profiles[i]?.text ?? 0) >= 0.6 &&
      once(profiles[i])
  );
  if (party < 0) return classification;
  if (!profiles.some(isAmounts)) return classification;
  if (heldThingHeader(headers, profiles) !== null) return classification;
  if (ledgerEvidence(headers, profiles) !== null) return classification;
  return {
    key: "Clients",
    confidence: classification.confidence,
    scores: classification.scores,
  };
}

const CHECK_WORDS = folded(LEDGER_HOLDING_WORDS.check);
/** A client name column this repetitive (distinct names on half the rows or fewer) comes back. */
const REPEATED = 0.5;

/**
 * Rows of things a client holds with us read as clients or as visits: a lender's loan list or its
 * post-loan checks (客户名称 | 借据号 | 合同金额 | 检查日期 | 风险等级). A person reads each row as a
 * holding — its own number (a loan's, an account's, a contract's) on every row, an amount, the
 * client coming back on a row per thing held — and the checks made on it as the holding's notes:
 * a check or inspection is no visit. Assets, when the sheet is read as Clients (or by no sheet's
 * words), or as Visits whose only dates are checks'; the reading otherwise stands.
 */
export function preferHoldingsForHeldThings(
  classification: SheetClassification,
  headers: readonly string[],
  profiles: readonly ColumnProfile[]
): SheetClassification {
  const key = classification.key;
  if (key !== null && key !== "Clients" && key !== "Visits") return classification;
  const forms = headers.map((h) => matchForm(h));
  if (key === "Visits") {
    const dates = forms.filter((_, i) => (profiles[i]?.date ?? 0) >= 0.6);
    if (dates.length === 0 || !dates.every((h) => CHECK_WORDS.some((w) => holdsWord(h, w))))
      return classification;
  }
  const readings = headers.map((h) => readHeader(h));
  const party = readings.findIndex((r, i) => {
    const p = profiles[i];
    // The client's name, a bare Name, or the client's word alone (借款人, Borrower); 会员备注 (the
    // member's remarks) is no party however often it repeats.
    const names =
      (r.base === "name" && (r.role === "subject" || r.role === "none")) ||
      (r.base === null && r.role === "subject" && isPartyWordAlone(headers[i]));
    return (
      names &&
      p !== undefined &&
      p.filled >= MIN_ROWS &&
      p.text >= 0.6 &&
      p.distinctRatio <= REPEATED
    );
  });
  if (party < 0) return classification;
  const numbers = forms.map((h) => NUMBER_WORDS.some((w) => h.includes(w)));
  const numbered = numbers.some((named, i) => {
    const p = profiles[i];
    // A long number rounded when stored as a figure no longer tells one thing held from another.
    return (
      named &&
      p !== undefined &&
      p.filled >= MIN_ROWS &&
      p.distinctRatio >= ONCE &&
      !roundedLongNumbers(p)
    );
  });
  // The amount held: figures of a column of its own, not the number or a phone written in digits.
  const amount = profiles.some((p, i) => !numbers[i] && isAmounts(p) && (p?.phone ?? 0) < 0.3);
  if (!numbered || !amount) return classification;
  if (ledgerEvidence(headers, profiles) !== null) return classification;
  const assets = Math.max(
    classification.scores.Assets ?? 0,
    key === null ? 0 : (classification.scores[key] ?? 0)
  );
  return {
    key: "Assets",
    confidence: classification.confidence,
    scores: { ...classification.scores, Assets: assets },
  };
}

const SALE_DOCUMENTS = folded(SALE_DOCUMENT_WORDS);
const NUMBER_SUFFIXES = ["", ...folded(THING_KEY_WORDS.numberOrName)];
/** Rows numbered by sale papers this many at least (fewer say nothing of a log). */
const MIN_SALES = 6;

/** A header numbering a sale's paper: the paper's word alone or with a number's word after it. */
function numbersSales(header: string): boolean {
  const h = matchForm(header);
  return SALE_DOCUMENTS.some((w) => h.startsWith(w) && NUMBER_SUFFIXES.includes(h.slice(w.length)));
}

/**
 * The column numbering each row's sale paper (Order ID, INVOICE, 订单号: a different one on every
 * row) on a table that names nothing held — no account, policy or contract number, no term, no
 * product or kind of asset (heldThingHeader) — else -1. Such a table read as holdings by its
 * amount and a date (an invoice's VALUE and DUE DATE read as a market value and a maturity) is a
 * log of sales: the party it names comes back as a buyer, not as the holder of anything.
 */
export function saleDocumentColumn(
  headers: readonly string[],
  profiles: readonly ColumnProfile[]
): number {
  if (heldThingHeader(headers, profiles) !== null) return -1;
  return headers.findIndex((header, i) => {
    const p = profiles[i];
    return (
      p !== undefined && p.filled >= MIN_SALES && p.distinctRatio >= ONCE && numbersSales(header)
    );
  });
}
