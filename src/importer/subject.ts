/**
 * Whose name or number a header names: the row's subject (the client, the store, the insured) or a
 * person attached to it (the sales rep, the agent, the contact). A header such as 业务员名称 or
 * 岗位编号 holds the word for "name"/"number" too, so alias matching alone mistakes it for the
 * client's; the word in front says whose it is.
 */
import { matchForm } from "./header-match";
import { withoutAccents } from "../register/catalog";
import {
  IN_CHARGE_WORDS,
  OWN_NUMBER_WORDS,
  RECORD_PARTY_WORDS,
  RELATED_PARTY_WORDS,
  SECOND_PARTY_WORDS,
  SYSTEM_USER_WORDS,
} from "../register/vocabulary/record-parties";

export type HeaderRole = "subject" | "insured" | "owner" | "contact" | "other" | "none";
export type HeaderBase = "name" | "id" | null;

export interface HeaderReading {
  role: HeaderRole;
  base: HeaderBase;
}

// Words are compared in match form (folded, lower case, no spaces or punctuation).
const SUBJECT_WORDS = [
  "客户",
  "客戶",
  "顾客",
  "顧客",
  "门店",
  "門店",
  "店铺",
  "店鋪",
  "店",
  "商户",
  "商戶",
  "会员",
  "會員",
  "公司",
  "企业",
  "企業",
  "单位",
  "單位",
  "机构",
  "機構",
  "投保人",
  "要保人",
  "消费者",
  "消費者",
  "用户",
  "用戶",
  "账户",
  "帳戶",
  "customer",
  "client",
  "consumer",
  "store",
  "shop",
  "outlet",
  "merchant",
  "member",
  "account",
  "company",
  "policyholder",
  "subscriber",
  "borrower",
  "applicant",
  "complainant",
  "dealer",
  "retailer",
  "organisation",
  "organization",
  "business",
  "firm",
  "车主",
  // The party a loan, an application or a complaint is about (borrower, 借款人, 申请人).
  ...RECORD_PARTY_WORDS.party.map((w) => matchForm(w)),
];
const INSURED_WORDS = ["被保险人", "被保險人", "insured", "被保人"];
const OWNER_WORDS = [
  "业务员",
  "業務員",
  "销售",
  "銷售",
  "代理人",
  "经纪人",
  "經紀人",
  "客户经理",
  "客戶經理",
  "经理",
  "經理",
  "负责人",
  "負責人",
  "员工",
  "員工",
  "职员",
  "職員",
  "店长",
  "店長",
  "督导",
  "督導",
  "主管",
  "导购",
  "導購",
  "营业员",
  "營業員",
  "跟进人",
  "跟進人",
  "录入人",
  "錄入人",
  "操作员",
  "操作員",
  "推荐人",
  "推薦人",
  "介绍人",
  "介紹人",
  "经办",
  "經辦",
  "经手人",
  "經手人",
  "负责业务",
  "負責業務",
  "承办人",
  "承辦人",
  "服务人员",
  "服務人員",
  "专员",
  "專員",
  "岗位",
  "崗位",
  "工号",
  "工號",
  "agent",
  "salesrep",
  "salesperson",
  "salesman",
  "sales",
  "rep",
  "staff",
  "employee",
  "manager",
  "supervisor",
  "owner",
  "advisor",
  "adviser",
  "officer",
  "handler",
  "assignee",
  "broker",
  "banker",
  "rm",
  "createdby",
  "agentcode",
  // A CRM's record owner in its Chinese edition (客户所有人, 线索所有人) and the person a record
  // belongs to (所属人, 归属人); matching folds 繁 to 简. A bare 所有人 is read by the sheet
  // (OWNER_IS_CLIENT).
  "客户所有人",
  "线索所有人",
  "联系人所有人",
  "联络人所有人",
  "商机所有人",
  "记录所有人",
  "所属人",
  "归属人",
  "业代",
  "业务代表",
  "营业代表",
];
const CONTACT_WORDS = [
  "联系人",
  "聯繫人",
  "聯絡人",
  "联络人",
  "contactperson",
  "contact",
  // The client's own representative: its legal or authorised one (法定代表人, 法人代表).
  "legalrepresentative",
  "authorizedrepresentative",
  "authorisedrepresentative",
  "法定代表人",
  "法人代表",
];
const OTHER_WORDS = [
  "产品",
  "產品",
  "商品",
  "品",
  "项目",
  "項目",
  "银行",
  "銀行",
  "保险公司",
  "保險公司",
  "区域",
  "區域",
  "大区",
  "大區",
  "省",
  "市",
  "城市",
  "区",
  "县",
  "部门",
  "部門",
  "渠道",
  "品牌",
  "供应商",
  "供應商",
  "product",
  "plan",
  "险种",
  "險種",
  "item",
  "bank",
  "branch",
  "region",
  "area",
  "city",
  "state",
  "district",
  "department",
  "channel",
  "brand",
  "supplier",
  "vendor",
  "file",
  "user",
  "username",
  "sheet",
  // A status's, a stage's or a campaign's name ("status_name: Meeting Set", 阶段名称) names the
  // state a record is in or the drive that reached it, not the party.
  "status",
  "stage",
  "campaign",
  "状态",
  "狀態",
  "阶段",
  "階段",
  // A name on a social network (Facebook 名字, "FB Name", Instagram handle) is an account's
  // name, not the person's.
  "facebook",
  "fb",
  "instagram",
  "ig",
  "twitter",
  "tiktok",
  "skype",
  "脸书",
  "臉書",
];

/**
 * Words before "representative" that make it the client's own person, its contact (a "Company
 * Representative", a "Customer Representative").
 */
const CLIENT_SIDE_QUALIFIERS = [
  "legal",
  "authorized",
  "authorised",
  "company",
  "corporate",
  "statutory",
  "customer",
  "client",
];

// 简称 / 全称: the short and the full name a ledger keeps of each account (客户简称, 客戶全稱).
const NAME_BASES = [
  "姓名",
  "名称",
  "名稱",
  "名字",
  "简称",
  "簡稱",
  "全称",
  "全稱",
  "name",
  "fullname",
  "名",
];
/**
 * The other side of an accounting ledger's accounts besides customers: a header naming a client
 * and a supplier together (客户供应商代号, 客戶/廠商名稱, Customer/Vendor No.) names the account a
 * row is, whichever side it trades on — the row's subject, not a third party.
 */
const COUNTERPARTY_WORDS = ["供应商", "供應商", "厂商", "廠商", "supplier", "vendor"];
const ID_BASES = [
  "编号",
  "編號",
  "编码",
  "編碼",
  "代码",
  "代碼",
  "代号",
  "代號",
  "号",
  "號",
  "id",
  "no",
  "number",
  "code",
  "ref",
];

/** Words that make a trailing 号/no. a phone, fax or postcode number, not an identity. */
const CONTACT_NUMBER_WORDS = [
  "手机",
  "手機",
  "电话",
  "電話",
  "传真",
  "傳真",
  "邮编",
  "郵編",
  "郵遞",
  "mobile",
  "phone",
  "tel",
  "fax",
  "zip",
  "postcode",
  "postal",
  "whatsapp",
  "wechat",
  "微信",
  "qq",
];

function endsWithAny(h: string, words: readonly string[]): string | null {
  let best: string | null = null;
  for (const w of words) if (h.endsWith(w) && (!best || w.length > best.length)) best = w;
  return best;
}

/** The longest of `words` found in `text`, by length (0 when none). */
function longestHit(text: string, words: readonly string[]): number {
  let best = 0;
  for (const w of words) {
    const hit = /^[a-z]+$/.test(w) ? wordIn(text, w) : text.includes(w);
    if (hit) best = Math.max(best, w.length);
  }
  return best;
}

const wordPatterns = new Map<string, RegExp>();
/** Latin words must stand alone ("rep" in "representative" is not the word rep). */
function wordIn(text: string, word: string): boolean {
  if (!text.includes(word)) return false;
  let pattern = wordPatterns.get(word);
  if (!pattern) {
    pattern = new RegExp(`(^|[^a-z])${word}($|[^a-z])`);
    wordPatterns.set(word, pattern);
  }
  return pattern.test(text);
}

/**
 * The role of the rightmost word of a Latin header that names one (a role word spelled as one
 * word, "salesrep", is matched against the words run together).
 */
function lastWordRole(
  text: string,
  roles: readonly [HeaderRole, readonly string[]][]
): HeaderRole | null {
  const words = text.split(" ").filter((w) => w !== "");
  for (let end = words.length; end > 0; end--)
    for (let start = 0; start < end; start++) {
      const run = words.slice(start, end).join("");
      for (const [role, list] of roles) if (list.includes(run)) return role;
    }
  return null;
}

/** A header as lower-case words: camelCase split, anything but letters and CJK a space. */
function spacedWords(header: string): string {
  return withoutAccents(header.normalize("NFKC"))
    .replace(/([a-z])([A-Z])/g, "$1 $2")
    .toLowerCase()
    .replace(/[^a-z\u3400-\u9fff]+/g, " ")
    .trim();
}

/** Reads a header: is it a name or a number, and of whom. */
export function readHeader(header: string): HeaderReading {
  const h = matchForm(header);
  const spaced = spacedWords(header);
  const nameBase = endsWithAny(h, NAME_BASES);
  const contactNumber = CONTACT_NUMBER_WORDS.some((w) => h.includes(w));
  const idBase = nameBase || contactNumber ? null : endsWithAny(h, ID_BASES);
  const base: HeaderBase = nameBase ? "name" : idBase ? "id" : null;
  const qualifier = h.slice(0, h.length - (nameBase ?? idBase ?? "").length);
  const latin = base ? spaced.replace(/\s*\S+$/, "") : spaced;
  const text = /[a-z]/.test(qualifier) ? latin : qualifier;
  // The longest word found decides (保险公司 is an insurer, not a 公司 client); on a tie the
  // earlier role in this list wins.
  const roles: [HeaderRole, readonly string[]][] = [
    ["contact", CONTACT_WORDS],
    ["insured", INSURED_WORDS],
    ["owner", OWNER_WORDS],
    ["subject", SUBJECT_WORDS],
    ["other", OTHER_WORDS],
  ];
  let role: HeaderRole = "none";
  let longest = 0;
  for (const [r, words] of roles) {
    const n = longestHit(text, words);
    if (n > longest) {
      longest = n;
      role = r;
    }
  }
  // An English compound names its head last: a "Client Rep" or a "Customer Service Officer" is a
  // person of ours serving the client, an "Account Contact" a person at the account.
  if (/^[a-z ]+$/.test(text) && /\s/.test(text)) {
    const last = lastWordRole(text, roles);
    if (last !== null) role = last;
  }
  // "Sales Representative", "SisRepresentativeName": a representative qualified by a word of ours
  // is our rep; a bare "Representative" says nothing (a company list's is the company's head), and
  // a legal or authorised one is the client's own (CONTACT_WORDS).
  if ((role === "none" || role === "subject") && /^[a-z ]+$/.test(text)) {
    const words = text.split(" ").filter((w) => w !== "");
    const qualifier = words.length >= 2 ? words[words.length - 2] : null;
    if (words[words.length - 1] === "representative" && qualifier !== null)
      role = CLIENT_SIDE_QUALIFIERS.includes(qualifier) ? "contact" : "owner";
  }
  // "Parent Account", 上级客户, 母公司名称: another client, related to the row's.
  if (role === "subject" && namesRelatedParty(header)) role = "other";
  // Created By, 创建人, 上次修改者: a user of ours, who keyed the record in or changed it.
  if (role === "none" && namesSystemUser(header)) role = "owner";
  if (
    role === "other" &&
    longestHit(text, SUBJECT_WORDS) > 0 &&
    longestHit(text, COUNTERPARTY_WORDS) > 0 &&
    longestHit(
      text,
      OTHER_WORDS.filter((w) => !COUNTERPARTY_WORDS.includes(w))
    ) === 0
  )
    role = "subject";
  return { role, base };
}

/**
 * A header of a person of ours that says whose person it is: the client's ("Client Rep",
 * "Customer Manager", 客户经理, 会员顾问) rather than an invoice's or a shift's ("Bill Rep").
 */
export function ownerOfSubject(header: string): boolean {
  if (readHeader(header).role !== "owner") return false;
  const h = matchForm(header);
  const spaced = spacedWords(header);
  return SUBJECT_WORDS.some((w) =>
    /^[a-z]+$/.test(w) ? spaced.split(" ").slice(0, -1).includes(w) : h.includes(w)
  );
}

const SUBJECT_WORD_SET: ReadonlySet<string> = new Set(SUBJECT_WORDS);

/**
 * True for a header that is the party's word and nothing else (借款人, Borrower, 客户): the party
 * itself. 会员备注, "Customer Notes" name something of the party's, under their head word.
 */
export function isPartyWordAlone(header: string): boolean {
  return SUBJECT_WORD_SET.has(matchForm(header));
}

/** True for a header that is only the word for "number" (编号, 編號, No., ID): no one's number in particular. */
export function isBareNumberHeader(header: string): boolean {
  const h = matchForm(header);
  return ID_BASES.includes(h) || ["序列号", "流水号", "流水號", "编码", "編碼", "代码"].includes(h);
}

/**
 * A header naming a second party of the record beside its subject: "Co-Borrower", "Joint
 * Applicant", 共同借款人. Such a column is not the row's client.
 */
export function namesSecondParty(header: string): boolean {
  const h = matchForm(header);
  const spaced = header
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[^a-z\u3400-\u9fff]+/g, " ")
    .trim();
  return SECOND_PARTY_WORDS.second.some((w) =>
    /^[a-z]+$/.test(w) ? spaced.split(" ").slice(0, -1).includes(w) : h.startsWith(matchForm(w))
  );
}

/**
 * A header naming a number the keeper's system gave the record ("Internal ID", internal_id_number,
 * "System No.", 内部编号, 系統編號): the row's own key, never an identity document's number.
 */
export function namesKeepersNumber(header: string): boolean {
  const h = matchForm(header);
  const nameBase = endsWithAny(h, NAME_BASES);
  const idBase = nameBase ? null : endsWithAny(h, ID_BASES);
  if (!idBase) return false;
  const spaced = spacedWords(header);
  return OWN_NUMBER_WORDS.own.some((w) => {
    const word = matchForm(w);
    return /^[a-z ]+$/.test(w) ? ` ${spaced} `.includes(` ${w} `) : h.includes(word);
  });
}

/**
 * A header naming someone in charge without saying on whose side (负责人, 負責人名称, "Person in
 * Charge", PIC): the values tell whether our staff or the client's person is meant.
 */
export function namesSomeoneInCharge(header: string): boolean {
  const h = matchForm(header);
  const spaced = ` ${spacedWords(header)} `;
  // 客户负责人, 销售负责人, 业务负责人: a qualifier in front says whose person it is.
  const reading = readHeader(header);
  if (reading.role !== "owner" && reading.role !== "none") return false;
  return IN_CHARGE_WORDS.inCharge.some((w) =>
    /^[a-z ]+$/.test(w) ? spaced.startsWith(` ${w} `) : h.startsWith(matchForm(w))
  );
}

/**
 * A header that is the post heading an organisation (理事長, 董事长, Chairman, President): the
 * organisation's own person, whichever organisation the row is.
 */
export function namesHeadOfOrganisation(header: string): boolean {
  const h = matchForm(header);
  return IN_CHARGE_WORDS.head.some((w) => h === matchForm(w));
}

const SYSTEM_USERS: readonly string[] = SYSTEM_USER_WORDS.user.map((w) => matchForm(w));

/**
 * A header naming the system user who entered or changed the record ("Created By", "Last Modified
 * By", 创建人, 錄入人, 操作員), possibly with its own id or name ("Created By.id", 创建人姓名).
 */
export function namesSystemUser(header: string): boolean {
  const h = matchForm(header).replace(/(?:id|name|姓名|名称|编号)$/, "");
  return SYSTEM_USERS.includes(h);
}

/**
 * A header naming a party related to the row's subject ("Parent Account.id", "Parent Company",
 * 上级客户编号, 母公司名称): a word of RELATED_PARTY_WORDS before the subject's.
 */
export function namesRelatedParty(header: string): boolean {
  const h = matchForm(header);
  const spaced = spacedWords(header).split(" ");
  return RELATED_PARTY_WORDS.related.some((w) =>
    /^[a-z]+$/.test(w) ? spaced.slice(0, -1).includes(w) : h.startsWith(matchForm(w))
  );
}
