import type { WordTable } from "../words";
import { ROMANCE_INSURANCE_HEADERS } from "./romance";
import { MALAY_INSURANCE_HEADERS } from "./malay";

/** Header words for the Insurance sheet, one list per field key (besides the field's key and labels). */
export const INSURANCE_HEADERS = {
  policyNo: [
    "policy no",
    "policy number",
    "policy",
    "保单编号",
    "保险单号",
    "合同号",
    "契约编号",
    "policy id",
    ...ROMANCE_INSURANCE_HEADERS.policyNo,
    ...MALAY_INSURANCE_HEADERS.policyNo,
  ],
  insurer: [
    "insurance company",
    "carrier",
    "承保公司",
    "承保机构",
    "保险人",
    "保险公司名称",
    "provider",
    "company",
    "insurance carrier",
    ...ROMANCE_INSURANCE_HEADERS.insurer,
    ...MALAY_INSURANCE_HEADERS.insurer,
  ],
  type: [
    "policy type",
    "product",
    "险别",
    "保险类型",
    "产品",
    "保险种类",
    "产品类型",
    "商品类型",
    "coverage type",
    "product type",
    "保险类别",
    "险种类别",
    "产品名称",
    "险种名称",
    "保险产品",
    "product name",
    "plan name",
    "plan",
    "plan type",
    // A broker's schedule names the kind of cover a policy gives: its line or class of business.
    "line of cover",
    "lines of cover",
    "type of cover",
    "cover type",
    // A coverage's or a cover's name is the product it gives, not its amount.
    "coverage name",
    "cover name",
    "LOB",
    "line of business",
    "class of business",
    "class of insurance",
    ...ROMANCE_INSURANCE_HEADERS.type,
    ...MALAY_INSURANCE_HEADERS.type,
  ],
  insured: [
    "insured person",
    "life insured",
    "被保人",
    "被保人姓名",
    "insured name",
    "受保人",
    ...ROMANCE_INSURANCE_HEADERS.insured,
    ...MALAY_INSURANCE_HEADERS.insured,
  ],
  startDate: [
    "effective date",
    "issue date",
    "start",
    "投保日期",
    "承保日期",
    "起保日期",
    "起保时间",
    "保单生效日",
    "生效日",
    "契约生效日",
    "投保时间",
    "承保时间",
    "policy start",
    "commencement date",
    "inception date",
    "保单生效日期",
    // 開始日 / 开始日期: the day the cover starts (a policy's facts kept by hand).
    "开始日",
    "开始日期",
    "起始日",
    "起始日期",
    // When the policy was signed (an agent's ledger, 代理保险台账): its start unless 生效 is given.
    "签单日期",
    "签单时间",
    ...ROMANCE_INSURANCE_HEADERS.startDate,
    ...MALAY_INSURANCE_HEADERS.startDate,
  ],
  expiryDate: [
    "expiry",
    "policy expiry",
    "policy expiry date",
    "expiration date",
    "expiration",
    "expires",
    "policy end date",
    "end date",
    "renewal date",
    "renewal due date",
    "due for renewal",
    "到期日期",
    "保单到期日",
    "保险到期日",
    "满期日",
    "满期日期",
    "保险止期",
    "终保日期",
    "保险终止日期",
    ...ROMANCE_INSURANCE_HEADERS.expiryDate,
    ...MALAY_INSURANCE_HEADERS.expiryDate,
  ],
  termYears: [
    "term",
    "term years",
    "years",
    "保障年限",
    "期限",
    "保险期限",
    "保险期间",
    "保障期间",
    "保障期限",
    "保险年期",
    "policy term",
    "coverage term",
    "保险期",
  ],
  termText: ["期限原文"],
  sumInsured: [
    "sum assured",
    "cover",
    "coverage amount",
    "face amount",
    "保险金额",
    "保障额度",
    "基本保额",
    "保障金额",
    "face value",
    "death benefit",
    ...ROMANCE_INSURANCE_HEADERS.sumInsured,
    ...MALAY_INSURANCE_HEADERS.sumInsured,
  ],
  annualPremium: [
    "premium",
    "yearly premium",
    "保费",
    "年保费",
    "期缴保费",
    "保险费",
    "年交保费",
    "首年保费",
    "premium amount",
    ...ROMANCE_INSURANCE_HEADERS.annualPremium,
    ...MALAY_INSURANCE_HEADERS.annualPremium,
  ],
  criticalIllnessCovered: [
    "critical illness",
    "ci cover",
    "ci",
    "重大疾病",
    "重疾",
    "是否含重疾",
    "是否含重大疾病",
    "重疾保障",
  ],
  status: ["policy status", "保单状态", "保单状况", "契约状态", "效力状态", "保單效力"],
} as const satisfies WordTable;

/**
 * Spellings that give way when another column of the sheet is exactly named for the same field:
 * 承保 is when a policy was underwritten and 投保 when it was applied for, but 起保 (or 生效) is
 * when cover starts (签单 when it was signed), so a sheet with both gives the start date to 起保时间
 * and keeps 承保时间 in notes.
 */
export const YIELDING_HEADERS: Readonly<Record<string, readonly string[]>> = {
  startDate: ["承保日期", "承保时间", "投保日期", "投保时间", "签单日期", "签单时间", "issue date"],
  // A bare "Policy" beside a "Policy Number" is the policy's class (Motor, Fire): the number is
  // the column that says it is one.
  policyNo: ["policy"],
  // A complaint log with both a Product and a Category column: the category is the Category's.
  category: ["product", "product type", "投诉产品"],
  // A ticket's subject or summary line beside its description: the description is the text.
  description: ["subject", "ticket subject", "summary", "主题", "标题", "投诉主题"],
};

/**
 * Header words of a term counted in another unit than years (policy_term_in_days, 保险期间（月）,
 * "Term (months)"): such a figure is never a term in years, and stays in notes as written.
 * Latin words match whole words; Chinese words inside a header.
 */
export const TERM_UNIT_HEADER_WORDS = {
  days: ["days", "day", "天数", "天", "日数"],
  months: ["months", "month", "mths", "个月", "月数", "月"],
} as const satisfies WordTable;

/**
 * Header words that make a date or a count something else than the field a header resembles:
 * `start` words say a date is when something began or was issued ("Renewal Issue Date", 签发日期),
 * never an expiry, even beside a word of one (renewal); `prior` words say a count of years looks
 * back ("Years Prior Insurance", 此前投保年数), never the policy's term. Latin words match whole
 * words; Chinese words inside a header.
 */
export const DATE_KIND_HEADER_WORDS = {
  start: ["issue", "issued", "effective", "inception", "start", "签发", "出单", "生效", "起保"],
  prior: ["prior", "previous", "previously", "before", "since", "此前", "以前", "之前", "既往"],
} as const satisfies WordTable;

/**
 * Header words of a premium net of something (net_written_premium, Net Premium, 净保费): what the
 * insurer keeps after commission or reinsurance, not what the policyholder pays, so a gross or
 * plain premium column of the sheet comes before it.
 */
export const NET_PREMIUM_HEADER_WORDS = {
  net: ["net", "nett", "净"],
} as const satisfies WordTable;
