import type { WordTable } from "../words";

/**
 * Words of a person column's header saying its rows are contacts (people one deals with at an
 * organisation), not clients: "Contact Name", 联系人, 聯絡人, 对接人.
 */
export const CONTACT_PERSON_WORDS: readonly string[] = [
  "contact",
  "contact person",
  "联系人",
  "聯絡人",
  "聯繫人",
  "对接人",
  "對接人",
];

/** Header words for the Contacts sheet, one list per field key (besides the field's key and labels). */
export const CONTACTS_HEADERS = {
  // A pharmaceutical account's people are its doctors, "HCP" (health-care professional) in its CRM.
  name: ["contact", "person", "姓名", "联系人", "聯絡人", "hcp", "医生姓名", "医师姓名"],
  title: ["position", "job title", "role", "职位", "头衔", "job position", "function", "职称"],
  department: ["dept", "division", "科室", "科别"],
  layer: ["level", "decision level", "层次", "决策层级"],
  influence: [
    "power",
    "authority",
    "role in decision",
    "decision role",
    "buying role",
    "权限",
    "角色",
    "采购角色",
    "决策角色",
  ],
  closeness: ["relationship strength", "亲密度", "关系程度"],
  isCoach: ["is coach", "inside contact", "insider", "内线", "教练"],
  character: ["personality", "性格特点"],
} as const satisfies WordTable;

/**
 * Header words of a company list's contact columns (联系人, 联系人职务, 联系人2电话, "Contact Title",
 * "Champion Email"): `person` starts the header, `second` may come before it (第二联系人), a
 * number may follow it (联系人2), and the rest names the part (none: the name).
 */
export const CLIENT_CONTACT_WORDS = {
  person: [
    "联系人",
    "联络人",
    "对接人",
    "对口人",
    "负责人",
    "主要联系人",
    "业务联系人",
    "contact",
    "contact person",
    "key contact",
    "primary contact",
    "main contact",
    "champion",
    // The company's accounts-payable desk named as a person column ("Accounts Payable").
    "accounts payable",
  ],
  // The company's principal (负责人, 負責人): its head as a registry lists it, beside the person to
  // contact (联系人) a fact of the company, not a second contact; alone, the person to ask for.
  principal: ["负责人"],
  second: ["第二", "second", "secondary", "2nd", "备用"],
  // Words before a person word naming who at the company receives or pays the invoices (Billing
  // Contact, Accounts Payable Contact, 财务联系人, 財務聯絡人, 开票联系人): a contact of their own.
  payer: [
    "billing",
    "invoice",
    "invoicing",
    "accounts payable",
    "ap",
    "finance",
    "财务",
    "开票",
    "对账",
    "付款",
  ],
  name: ["姓名", "名字", "name", "full name"],
  title: [
    "职务",
    "职位",
    "职称",
    "岗位",
    "头衔",
    "title",
    "job title",
    "position",
    "designation",
    "role",
  ],
  department: ["部门", "department", "dept"],
  phone: [
    "电话",
    "手机",
    "手机号",
    "手机号码",
    "电话号码",
    "移动电话",
    "联系电话",
    "联系方式",
    "号码",
    "phone",
    "tel",
    "telephone",
    "mobile",
    "cell",
    "phone number",
    "mobile number",
    "no",
    "number",
  ],
  email: ["邮箱", "电子邮件", "电子邮箱", "email", "e-mail", "mail", "email address"],
  // A phone or e-mail header naming the company's own line, not the contact's.
  ownLine: [
    "公司",
    "总机",
    "单位",
    "企业",
    "company",
    "office",
    "switchboard",
    "main line",
    "hotline",
  ],
} as const satisfies WordTable;
