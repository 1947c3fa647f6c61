import type { WordTable } from "./words";

/**
 * Header words naming the party a record is about, on sheets of records (loans, deals,
 * applications, complaints): the borrower of a loan, the applicant of an application. Each row's
 * such column is its client. Written once, in Simplified or in English; matching folds 繁 to 简
 * (借款人 covers 借款人, 申請人 folds to 申请人).
 */
export const RECORD_PARTY_WORDS = {
  party: [
    "borrower",
    "applicant",
    "complainant",
    "借款人",
    "借款客户",
    "贷款客户",
    "申请人",
    "投诉人",
    "申诉人",
    // The one who called in (来电 is an incoming call): a hotline's or a service desk's caller.
    "来电人",
  ],
} as const satisfies WordTable;

/**
 * Qualifiers that make a party header name a second party of the record, not its subject:
 * "Co-Borrower", "Joint Applicant", 共同借款人, 联名申请人. Written folded, English lower case.
 */
export const SECOND_PARTY_WORDS = {
  second: [
    "co",
    "joint",
    "second",
    "secondary",
    "additional",
    "other",
    "共同",
    "联名",
    "第二",
    "副",
  ],
} as const satisfies WordTable;

/**
 * Qualifiers making a subject's header name another, related one: a CRM's "Parent Account", 上级客户,
 * 母公司. Its name or number is never the row's own. Written folded, English lower case; matching
 * folds 繁 to 简.
 */
export const RELATED_PARTY_WORDS = {
  related: ["parent", "上级", "母公司"],
} as const satisfies WordTable;

/**
 * Qualifiers saying a number is the keeper's own, given by its system to the record: "Internal
 * ID", internal_id_number, "System No", 内部编号, 系統編號. Such a number keys the row (the client's
 * number on a client list), never an identity document's. Written folded, English lower case;
 * matching folds 繁 to 简.
 */
export const OWN_NUMBER_WORDS = {
  own: ["internal", "system", "in house", "inhouse", "record", "内部", "系统", "本系统", "记录"],
} as const satisfies WordTable;

/**
 * Headers naming the system user who entered or last changed a record (a CRM's Created By and
 * Modified By, 创建人, 录入人, 修改人): one of ours, but the keeper of the record, not the person
 * the client is assigned to. An owner column of the sheet (Account Owner, 客户经理) comes first.
 * Written folded, English lower case; matching folds 繁 to 简.
 */
export const SYSTEM_USER_WORDS = {
  user: [
    "created by",
    "creator",
    "modified by",
    "last modified by",
    "updated by",
    "last updated by",
    "entered by",
    "input by",
    "keyed by",
    "创建人",
    "创建者",
    "建立人",
    "建立者",
    "上次修改人",
    "上次修改者",
    "创建用户",
    "录入人",
    "录入员",
    "修改人",
    "最后修改人",
    "更新人",
    "操作员",
    "操作人",
    "制单人",
  ],
} as const satisfies WordTable;

/**
 * Header words naming someone in charge without saying on whose side: 负责人 / 負責人, "Person in
 * Charge", PIC. On a client list they name our staff member when one person looks after many
 * clients, and the client's own person in charge (its contact) when nearly every client has
 * another. Written folded, English lower case; matching folds 繁 to 简.
 */
export const IN_CHARGE_WORDS = {
  inCharge: ["负责人", "person in charge", "pic", "in charge", "responsible person"],
  // The post heading an organisation: an association's 理事长, a firm's 董事长 or legal
  // representative, a school's 校长. On a list of organisations, the organisation's own person.
  head: [
    "理事长",
    "董事长",
    "会长",
    "社长",
    "校长",
    "院长",
    "法定代表人",
    "法人代表",
    "chairman",
    "chairperson",
    "chair",
    "president",
    "legal representative",
  ],
} as const satisfies WordTable;

/**
 * Words in the name of an insurer ("010 - Harborline Insurance Company", 平安人寿, 富邦產險): a
 * column of such names on a policy list is the underwriter's, never the client's, whatever its
 * header says ("Company Code"). Written once, in Simplified or in English; matching folds 繁 to 简.
 */
export const INSURER_NAME_WORDS = {
  insurer: [
    "insurance",
    "assurance",
    "underwriters",
    "casualty",
    "indemnity",
    "保险",
    "人寿",
    "产险",
    "财险",
    "寿险",
  ],
} as const satisfies WordTable;

/**
 * A ledger's words against a holding's, for a table keyed by the client master's number. `movement`
 * headers say each row is a movement of money (Posting Date, Debit, Running Balance, 摘要, 借方,
 * 发生额, 凭证号): a log, however its amount is named. `term` headers say each row is a thing held
 * for a time (Duration, Tenor, Maturity, 期限, 到期日), and `held` ones name what is held (Fund,
 * 产品名称): a holding. `inflow` and `outflow` values
 * side by side in one column (Credit | Debit, 存入 | 支取) are a ledger's direction of each movement.
 * Written once, in Simplified or in English lower case without spaces; matching folds 繁 to 简.
 */
export const LEDGER_HOLDING_WORDS = {
  movement: [
    "posting",
    "posted",
    "entry",
    "entries",
    "journal",
    "debit",
    "voucher",
    "transaction",
    "txn",
    "withdrawal",
    "runningbalance",
    "balanceafter",
    "摘要",
    "借方",
    "贷方",
    "发生额",
    "记账",
    "入账",
    "凭证",
    "流水",
    "交易",
    "收支",
    "存取",
    "支取",
  ],
  term: [
    "term",
    "duration",
    "tenor",
    "tenure",
    "maturity",
    "maturedate",
    "expiry",
    "期限",
    "到期",
    "期满",
    "满期",
    "年期",
    "期数",
  ],
  // What is held, named on the row: a fund, a product, a policy.
  held: ["product", "fund", "security", "产品", "基金", "理财", "证券", "品种"],
  // The kinds of account a bank keeps, as a column of them names each row's account: a current
  // or savings account, 活期 or 定期 (asset classes count as well).
  accountKind: [
    "current",
    "savings",
    "checking",
    "chequing",
    "salary",
    "fixed deposit",
    "time deposit",
    "term deposit",
    "recurring deposit",
    "money market",
    "活期",
    "定期",
    "活存",
    "定存",
    "储蓄",
  ],
  // The number of what is held (an account, a card, a policy, a contract, a certificate of
  // deposit), the row's own: the client comes back on a row per thing held.
  heldNumber: [
    "accountno",
    "accountnumber",
    "acctno",
    "cardno",
    "cardnumber",
    "policyno",
    "policynumber",
    "contractno",
    "contractnumber",
    "certificateno",
    "账号",
    "账户号",
    "卡号",
    "保单号",
    "合同号",
    "合约号",
    "存单号",
    // A loan's own number, or its drawdown's (借据, a "bill" or IOU in a lender's schema).
    "loanno",
    "loannumber",
    "loanid",
    "billno",
    "iouno",
    "贷款编号",
    "贷款账号",
    "借据号",
    "借据编号",
  ],
  // Headers of a check made on a holding (a post-loan check, an inspection, a review): its date and
  // findings are the holding's notes, never a visit.
  check: ["check", "inspection", "audit", "检查", "核查", "巡检", "稽核", "贷后", "监控"],
  inflow: ["credit", "cr", "deposit", "in", "存款", "存入", "收入", "入账", "贷方", "转入"],
  outflow: [
    "debit",
    "dr",
    "withdrawal",
    "out",
    "取款",
    "提款",
    "支取",
    "支出",
    "出账",
    "借方",
    "转出",
  ],
} as const satisfies WordTable;

/**
 * Header words naming a phone (Work Phone, Landline, 電話) and a mobile number (Mobile, Cell, 手机,
 * 行動電話, 手提): of two phone columns of one person, the mobile is the phone a person calls, the
 * other its fallback. Written once, in
 * Simplified or in English lower case without spaces; matching folds 繁 to 简.
 */
export const MOBILE_HEADER_WORDS = {
  // A phone of a kind (Work Phone, Home Tel, 办公电话, 住宅電話) or a landline by its own word
  // (Landline, 座机, 固话): a column of phone numbers so headed is another number of the person.
  // A bare or numbered "tel 1" says no kind, and stays as it is read.
  phone: ["phone", "tel", "电话"],
  kind: ["home", "work", "office", "business", "住宅", "住家", "家庭", "办公", "公司", "单位"],
  landline: ["landline", "座机", "固话", "固定电话"],
  // A header of a number and nothing else (Number, No., 号码): whose or what number, the values say.
  bare: ["number", "no", "num", "nr", "号码"],
  mobile: [
    "mobile",
    "cell",
    "cellphone",
    "cellular",
    "handphone",
    "手机",
    "移动电话",
    "行动电话",
    "手提",
  ],
} as const satisfies WordTable;

/**
 * Things a list may be kept by instead of by a party — a device, an order, an invoice, a policy, a
 * contract, a ticket, a product, a vehicle or a shipment of a transport log. A number or code under a header naming one (设备号, Order No,
 * 機上盒編號) is that thing's, never a client's own key, however distinct its values. Written once,
 * in Simplified or in English lower case; matching folds 繁 to 简 and drops spaces.
 */
export const THING_KEY_WORDS = {
  thing: [
    "device",
    "terminal",
    "meter",
    "imei",
    "serial",
    "order",
    "invoice",
    "policy",
    "contract",
    "quote",
    "quotation",
    "ticket",
    "product",
    "sku",
    "item",
    "vehicle",
    "truck",
    "lorry",
    "container",
    "waybill",
    "consignment",
    "shipment",
    // A request or a debt a party made, numbered by the lender's or the insurer's system: the
    // record's own number (Loan_ID, Application No, Claim No, 借据号), not the party's.
    "loan",
    "application",
    "claim",
    "transaction",
    "booking",
    // A stall or booth let in a market or a fair: its number is the place's, whoever rents it.
    "stall",
    "booth",
    "设备",
    "终端",
    "机顶盒",
    "机上盒",
    "电表",
    "水表",
    "订单",
    "发票",
    "单据",
    "保单",
    "合同",
    "报价单",
    "工单",
    "产品",
    "商品",
    "物料",
    "序列号",
    "批次",
    "车牌",
    "车辆",
    "运单",
    "货柜",
    "集装箱",
    "贷款",
    "借据",
    "申请",
    "理赔",
    "交易",
    "档口",
    "摊位",
    "铺位",
  ],
  /** What may follow the thing's word in a header of its number or name (设备号, Order No, 合同名称). */
  numberOrName: [
    "号码",
    "编号",
    "编码",
    "代码",
    "序号",
    "号",
    "名称",
    "名",
    "id",
    "no",
    "number",
    "code",
    "name",
    "#",
  ],
} as const satisfies WordTable;

/**
 * Header words naming someone's superior: 上级主管, 直属上级, 上司, Supervisor, "Team Leader",
 * "Reports To". Beside a column of the staff member a row is assigned to, such a column names
 * that person's manager, not the client's. Written folded, English lower case without spaces;
 * matching folds 繁 to 简.
 */
export const SUPERIOR_WORDS = {
  superior: [
    "上级",
    "上司",
    "直属",
    "supervisor",
    "teamleader",
    "teamlead",
    "reportsto",
    "linemanager",
  ],
} as const satisfies WordTable;
