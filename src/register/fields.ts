import { L } from "./enums";
import type { EnumValue, FieldDef, FieldType, Localized } from "./types";

type FieldOptions = Omit<FieldDef, "key" | "type" | "label" | "aliases">;

export function field(
  key: string,
  type: FieldType,
  label: Localized,
  aliases: readonly string[],
  options: FieldOptions = {}
): FieldDef {
  return { key, type, label, aliases, ...options };
}

export function enumField(
  key: string,
  label: Localized,
  values: readonly EnumValue[],
  aliases: readonly string[],
  options: FieldOptions = {}
): FieldDef {
  return field(key, "enum", label, aliases, { ...options, values });
}

/** Fields that several sheets share, with the same label and header aliases everywhere. */
export const clientIdField = field("clientId", "id", L("Client ID", "客户编号", "客戶編號"), [
  "client id",
  "client no",
  "customer id",
  "customer no",
  "account id",
  "client code",
  "id",
  "客户号",
  "客户代码",
  "客户ID",
  "客戶號",
  "客戶代碼",
  "編號",
  "编号",
]);

export const phoneField = field(
  "phone",
  "phone",
  L("Phone", "电话", "電話"),
  [
    "phone",
    "mobile",
    "tel",
    "telephone",
    "cell",
    "phone number",
    "mobile phone",
    "contact number",
    "手机",
    "手機",
    "联系电话",
    "聯絡電話",
    "聯繫電話",
    "电话号码",
    "電話號碼",
    "手机号",
    "手機號碼",
  ],
  { personal: true }
);

export const emailField = field(
  "email",
  "email",
  L("E-mail", "电子邮箱", "電子郵件"),
  [
    "email",
    "e-mail",
    "mail",
    "email address",
    "邮箱",
    "郵箱",
    "电邮",
    "電郵",
    "电子邮件",
    "電子信箱",
    "邮件",
  ],
  { personal: true }
);

export const birthdayField = field(
  "birthday",
  "date",
  L("Birthday", "生日", "生日"),
  ["birthday", "date of birth", "dob", "birth date", "出生日期", "出生年月", "出生年月日", "生辰"],
  { personal: true }
);

export const hobbiesField = field("hobbies", "text", L("Hobbies", "爱好", "愛好"), [
  "hobbies",
  "hobby",
  "interests",
  "兴趣",
  "興趣",
  "兴趣爱好",
  "興趣愛好",
  "嗜好",
]);

export const notesField = field("notes", "text", L("Notes", "备注", "備註"), [
  "notes",
  "note",
  "remarks",
  "remark",
  "comments",
  "comment",
  "memo",
  "说明",
  "說明",
  "备考",
  "附注",
  "附註",
  "其他",
]);

export const ownerField = field("owner", "text", L("Owner", "负责人", "負責人"), [
  "owner",
  "account manager",
  "relationship manager",
  "rm",
  "manager",
  "responsible",
  "客户经理",
  "客戶經理",
  "大客户经理",
  "大客戶經理",
  "经办人",
  "經辦人",
  "责任人",
  "責任人",
  "跟进人",
  "跟進人",
]);

export const annualRevenueField = field(
  "annualRevenue",
  "money",
  L("Annual revenue", "年收入贡献", "年收入貢獻"),
  [
    "annual revenue",
    "revenue",
    "annual spend",
    "yearly revenue",
    "revenue per year",
    "annual sales",
    "spend",
    "年营收",
    "年營收",
    "年收入",
    "年度收入",
    "年消费",
    "年消費",
    "年通信消费",
    "年通信消費",
    "年业务收入",
    "年業務收入",
    "业务收入",
    "業務收入",
    "年贡献",
    "年貢獻",
    "年度贡献",
    "年度貢獻",
    "年交易额",
    "年交易額",
  ],
  { min: 0 }
);

export const valueScoreField = field(
  "valueScore",
  "score",
  L("Value score", "价值评分", "價值評分"),
  ["value score", "score", "价值分", "價值分", "评分", "評分", "综合评分", "綜合評分"],
  { min: 0, max: 100 }
);
