import { L } from "./enums";
import type { EnumValue, FieldDef, FieldType, Localized } from "./types";
import { COMMON_HEADERS } from "./vocabulary/headers/common";

/**
 * Rows on other sheets may name their client instead of giving its id: the importer reads such a
 * column as this field and links it to the client (it is never a register column).
 */
export const CLIENT_REFERENCE_KEY = "clientName";
export const CLIENT_REFERENCE_LABEL: Localized = L("Client name", "客户名称", "客戶名稱");

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
export const clientIdField = field(
  "clientId",
  "id",
  L("Client ID", "客户编号", "客戶編號"),
  COMMON_HEADERS.clientId
);

export const phoneField = field(
  "phone",
  "phone",
  L("Phone", "电话", "電話"),
  COMMON_HEADERS.phone,
  { personal: true }
);

export const emailField = field(
  "email",
  "email",
  L("E-mail", "电子邮箱", "電子郵件"),
  COMMON_HEADERS.email,
  { personal: true }
);

export const birthdayField = field(
  "birthday",
  "date",
  L("Birthday", "生日", "生日"),
  COMMON_HEADERS.birthday,
  { personal: true }
);

export const hobbiesField = field(
  "hobbies",
  "text",
  L("Hobbies", "爱好", "愛好"),
  COMMON_HEADERS.hobbies
);

export const notesField = field("notes", "text", L("Notes", "备注", "備註"), COMMON_HEADERS.notes);

export const ownerField = field(
  "owner",
  "text",
  L("Owner", "负责人", "負責人"),
  COMMON_HEADERS.owner
);

export const annualRevenueField = field(
  "annualRevenue",
  "money",
  L("Annual revenue", "年收入贡献", "年收入貢獻"),
  COMMON_HEADERS.annualRevenue,
  { min: 0 }
);

export const valueScoreField = field(
  "valueScore",
  "score",
  L("Value score", "价值评分", "價值評分"),
  COMMON_HEADERS.valueScore,
  { min: 0, max: 100 }
);
