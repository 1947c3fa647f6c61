import type { WordTable } from "./words";

/**
 * Words saying which way goods and money flow on a trade table's rows: bought in by the keeper
 * (a purchase register, 采购表, 进货单) or sold out (a sales register, 销售表, 出货单). Written once,
 * in Simplified or in English (lower case); matching folds 繁 to 简. Latin words stand alone, Han
 * words are found anywhere in the text.
 */
export const TRADE_FLOW_WORDS = {
  /** In a sheet's name or a table's title: what its rows are. */
  purchase: [
    "purchase",
    "purchases",
    "purchasing",
    "procurement",
    "supplier",
    "suppliers",
    "vendor",
    "vendors",
    "采购",
    "进货",
    "购进",
    "供应商",
  ],
  sale: [
    "sale",
    "sales",
    "customer",
    "customers",
    "client",
    "clients",
    "销售",
    "销货",
    "出货",
    "客户",
  ],
} as const satisfies WordTable;

/**
 * Words of a header naming the other party of a trade: the supplier it was bought from, or the
 * buyer it was sold to. A header naming both (Customer/Vendor, 客户供应商) names neither side.
 */
export const TRADE_PARTY_WORDS = {
  supplier: [
    "supplier",
    "vendor",
    "seller",
    "供应商",
    "供货单位",
    "供货商",
    "供货方",
    "厂商",
    "供方",
    "卖方",
    "中标单位",
    "中标人",
  ],
  buyer: [
    "customer",
    "client",
    "buyer",
    "sold to",
    "bill to",
    "客户",
    "购货单位",
    "购买方",
    "买方",
    "购方",
    "需方",
  ],
  /** The other party, whichever side it is on: a trade register's PARTY, 往来单位. */
  either: ["party", "party name", "counterparty", "往来单位", "对方单位", "对方户名"],
} as const satisfies WordTable;

/**
 * Words of a header about the flow itself, beside the party: what a procurement cost, how it was
 * tendered (采购金额, 采购方式, 进货价); and which way the tax on it went: input tax is paid on
 * purchases, output tax charged on sales (Input IGST, 进项税额 / output CGST, 销项税额). "Purchase"
 * alone is no such word in a header: clients purchase too (Purchase Date on a client list).
 */
export const TRADE_FLOW_HEADER_WORDS = {
  purchase: ["procurement", "采购", "进货", "进价"],
  sale: ["销售", "销货", "出货", "售价"],
  inputTax: ["input", "进项"],
  outputTax: ["output", "销项"],
  tax: ["tax", "gst", "igst", "cgst", "sgst", "vat", "cess", "税"],
} as const satisfies WordTable;

/**
 * Words of a header counting a party's transactions rather than being one (交易笔数, 交易次数,
 * Transaction Count, Number of Transactions): a row carrying such a count sums up one party's
 * dealings. Not 订单数, which 订单数量 (an order line's quantity) holds too. Written in
 * Simplified or in English (lower case); matching folds 繁 to 简.
 */
export const TRANSACTION_TALLY_WORDS = ["count", "number of", "no of", "笔数", "次数"] as const;

/**
 * Words of a header numbering a sale's own paper — the order placed, the invoice or the receipt
 * made out to the buyer (Order ID, INVOICE, Invoice No, 订单号, 发票号码, 销售单号). A column of
 * them, a different one on each row, makes each row a sale, never a thing the buyer holds: an
 * invoice's due date is when it is to be paid, its value what is owed, not a deposit's maturity and
 * market value. Not a bill's number (bill_no), which a lender gives a loan drawn. The paper's word
 * alone, or followed by a number's word (THING_KEY_WORDS' numberOrName). Written once, in
 * Simplified or in English lower case without spaces; matching folds 繁 to 简.
 */
export const SALE_DOCUMENT_WORDS = [
  "order",
  "salesorder",
  "invoice",
  "taxinvoice",
  "salesinvoice",
  "receipt",
  "订单",
  "销售订单",
  "发票",
  "销售单",
  "销货单",
  "出货单",
  "送货单",
  "小票",
  "收据",
] as const;
