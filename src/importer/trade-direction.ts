/**
 * Which way a trade table's rows go: bought in by the workbook's keeper from suppliers, or sold
 * by it to buyers. A person importing clients keeps the parties the keeper sells to and never the
 * ones it buys from: a purchase register's party column names suppliers, however much it looks
 * like a client list (firm names, tax numbers, a party coming back month after month).
 *
 * The direction is one score over the witnesses a person reads, each counted once, purchase
 * positive and sale negative:
 * - the sheet's name or the table's title says purchases or sales (Purchase 22-23, 采购表 /
 *   Sales, 成品销售表) — 1;
 * - a header names the other party as a supplier or as a buyer (Vendor, 供货单位 / Client, 客户名称;
 *   a header naming both names neither) — 1;
 * - two headers or more speak of procurement or of selling (采购金额, 采购方式 / 销售单价, 销售额)
 *   — 1 (one alone may be a contact's role, 采购角色);
 * - the tax is input tax, paid on purchases, or output tax, charged on sales (Input IGST, 进项税额
 *   / Output CGST, 销项税额) — 2: by law it says the direction.
 * At PURCHASE_MARGIN or more the rows are purchases and their party column names suppliers; at
 * minus that, sales. In between the table says nothing of its direction, and is read as before.
 */
import { headerHasWord } from "../register/catalog";
import {
  TRADE_FLOW_HEADER_WORDS,
  TRADE_FLOW_WORDS,
  TRADE_PARTY_WORDS,
} from "../register/vocabulary";
import type { ColumnProfile } from "./profile";

export type TradeSide = "purchase" | "sale";

export interface TradeDirection {
  side: TradeSide;
  /** Purchase witnesses' weight minus sale witnesses'. */
  score: number;
  /** The texts that said it (a sheet name, a title, headers), in the order read. */
  evidence: string[];
  /** The column naming the other party (the supplier on a purchase), by index; null when none. */
  party: number | null;
}

export interface TradeTable {
  sheetName: string;
  /** The title lines above the header, "" when none. */
  title: string;
  headers: readonly string[];
  profiles: readonly (ColumnProfile | undefined)[];
}

export const PURCHASE_MARGIN = 2;
const NAME_WEIGHT = 1;
const PARTY_WEIGHT = 1;
const FLOW_HEADERS_WEIGHT = 1;
const TAX_WEIGHT = 2;
/** Headers about the flow needed for its witness: one alone may be a person's role. */
const FLOW_HEADERS = 2;
/** A party column's values read as firms' or people's names on this share at least. */
const PARTY_NAMES = 0.5;

/** The party a header names: a supplier, a buyer, or neither (both, or no party word). */
function partyOfHeader(header: string): "supplier" | "buyer" | null {
  const supplier = headerHasWord(header, TRADE_PARTY_WORDS.supplier);
  const buyer = headerHasWord(header, TRADE_PARTY_WORDS.buyer);
  return supplier === buyer ? null : supplier ? "supplier" : "buyer";
}

/** A column whose values name parties: text, read as firms' or people's names, not all one. */
function namesParties(p: ColumnProfile | undefined): boolean {
  return (
    p !== undefined &&
    p.text >= 0.8 &&
    p.distinct >= 2 &&
    (p.company >= PARTY_NAMES || p.personName >= PARTY_NAMES)
  );
}

/** The direction of a trade table's rows, or null when its witnesses do not reach the margin. */
export function tradeDirection(table: TradeTable): TradeDirection | null {
  let score = 0;
  const evidence: string[] = [];
  const witness = (weight: number, texts: readonly string[]) => {
    score += weight;
    evidence.push(...texts);
  };

  for (const text of [table.sheetName.trim(), table.title.trim()]) {
    if (text === "") continue;
    const purchase = headerHasWord(text, TRADE_FLOW_WORDS.purchase);
    const sale = headerHasWord(text, TRADE_FLOW_WORDS.sale);
    if (purchase === sale) continue;
    witness(purchase ? NAME_WEIGHT : -NAME_WEIGHT, [text]);
    break;
  }

  const parties = table.headers.map(partyOfHeader);
  const supplierAt = parties.indexOf("supplier");
  const buyerAt = parties.indexOf("buyer");
  if (supplierAt >= 0 && buyerAt < 0) witness(PARTY_WEIGHT, [table.headers[supplierAt]]);
  if (buyerAt >= 0 && supplierAt < 0) witness(-PARTY_WEIGHT, [table.headers[buyerAt]]);

  const bought = table.headers.filter((h) => headerHasWord(h, TRADE_FLOW_HEADER_WORDS.purchase));
  const sold = table.headers.filter((h) => headerHasWord(h, TRADE_FLOW_HEADER_WORDS.sale));
  if (bought.length >= FLOW_HEADERS && sold.length < FLOW_HEADERS)
    witness(FLOW_HEADERS_WEIGHT, bought.slice(0, 2));
  if (sold.length >= FLOW_HEADERS && bought.length < FLOW_HEADERS)
    witness(-FLOW_HEADERS_WEIGHT, sold.slice(0, 2));

  const taxes = table.headers.filter((h) => headerHasWord(h, TRADE_FLOW_HEADER_WORDS.tax));
  const input = taxes.find((h) => headerHasWord(h, TRADE_FLOW_HEADER_WORDS.inputTax));
  const output = taxes.find((h) => headerHasWord(h, TRADE_FLOW_HEADER_WORDS.outputTax));
  if (input !== undefined && output === undefined) witness(TAX_WEIGHT, [input]);
  if (output !== undefined && input === undefined) witness(-TAX_WEIGHT, [output]);

  if (Math.abs(score) < PURCHASE_MARGIN) return null;
  const side: TradeSide = score > 0 ? "purchase" : "sale";
  const named = side === "purchase" ? supplierAt : buyerAt;
  // The party column: the one headed as this side's party, else one whose values name firms or
  // people, else one headed as a party of either side (PARTY, 往来单位).
  const byValues = table.profiles.findIndex((p, i) => parties[i] === null && namesParties(p));
  const byHeader = table.headers.findIndex((h) => headerHasWord(h, TRADE_PARTY_WORDS.either));
  const party = [named, byValues, byHeader].find((i) => i >= 0);
  return { side, score, evidence, party: party ?? null };
}
