import type { WordTable } from "./words";

/** Sheet and tab names that mean a register sheet (besides its key, table name and labels). */
export const SHEET_WORDS = {
  Clients: [
    "customers",
    "accounts",
    "client list",
    "客户",
    "客户信息清单",
    "客户档案",
    "客户档案表",
    "客户名单",
    "大客户",
  ],
  Family: ["household", "family members", "家庭", "家属", "家庭情况"],
  Contacts: ["decision map", "people", "key people", "決策鏈", "关键人", "客户内部影响采购的人"],
  Insurance: ["policies", "coverage", "保险", "保单", "保险涵盖范围表", "保障"],
  Assets: [
    "asset review",
    "holdings",
    "portfolio",
    "wealth",
    "资产",
    "资产回顾表",
    "资产配置",
    "持仓",
  ],
  Tiers: ["tiering", "segmentation", "分级", "等级"],
  Complaints: ["complaint log", "issues", "投诉", "投诉登记", "抱怨", "客诉"],
  Visits: [
    "visit log",
    "contacts log",
    "activities",
    "拜访",
    "客户维护",
    "走访",
    // A log of talks and call-backs with the client.
    "communication log",
    "call log",
    "沟通记录",
    "回访记录",
    "跟进记录",
    "联系记录",
  ],
  Pipeline: ["opportunities", "deals", "prospects", "商机", "大客户开发", "开发计划", "项目"],
} as const satisfies WordTable;

/**
 * Titles of a document about one account (a key-account plan, a client profile or card): a title
 * line "Account Plan — Northwind Ltd" or "客户档案卡——张伟" names the account on its other side.
 */
export const ACCOUNT_DOCUMENT_WORDS = {
  Clients: [
    "account plan",
    "key account plan",
    "strategic account plan",
    "account profile",
    "account review",
    "account overview",
    "client plan",
    "client profile",
    "client card",
    "client overview",
    "customer plan",
    "customer profile",
    "customer card",
    "客户计划",
    "大客户计划",
    "客户规划",
    "大客户规划",
    "客户经营计划",
    "客户档案",
    "客户档案卡",
    "客户资料卡",
    "客户概况",
    "大客户档案",
  ],
} as const satisfies WordTable;

/**
 * Captions a person writes above a block to say what it lists ("Key Contacts", "Opportunities",
 * 行动计划): evidence for the register sheet of the table right below. Action and next-step
 * captions ("Actions", 行动计划) name a list of things to do with the client: Visits.
 */
export const TABLE_CAPTION_WORDS = {
  Contacts: [
    "contacts",
    "key contacts",
    "contact persons",
    "people",
    "key people",
    "stakeholders",
    "decision makers",
    "联系人",
    "联络人",
    "主要联系人",
    "关键联系人",
    "关键人",
    "决策链",
  ],
  Pipeline: [
    "opportunities",
    "open opportunities",
    "pipeline",
    "deals",
    "open deals",
    "商机",
    "销售机会",
    "项目机会",
    "在谈项目",
  ],
  Visits: [
    "actions",
    "action plan",
    "action items",
    "next steps",
    "activities",
    "activity log",
    "visits",
    "meetings",
    "follow-ups",
    "follow ups",
    "行动计划",
    "行动",
    "下一步",
    "下一步行动",
    "跟进计划",
    "跟进记录",
    "拜访记录",
  ],
  Complaints: ["complaints", "complaint log", "issues log", "投诉", "客诉", "投诉记录"],
} as const satisfies WordTable;

/**
 * Tab names of a workbook's lookup lists: the choices its drop-downs offer (字典, 下拉选项, Lists),
 * never clients, whatever a column is headed. Written folded (简体, lower case, no spaces).
 */
export const LOOKUP_SHEET_WORDS = {
  lookup: [
    "字典",
    "数据字典",
    "下拉",
    "下拉选项",
    "下拉列表",
    "选项",
    "码表",
    "代码表",
    "枚举",
    "参数表",
    "list",
    "lists",
    "lookup",
    "lookups",
    "dropdown",
    "dropdowns",
    "picklist",
    "picklists",
    "options",
    "codes",
    "enums",
    "referencedata",
    "refdata",
  ],
} as const satisfies WordTable;

/**
 * Headers of the day a row's facts were true (风险测评日期, 更新日期, "As of"): when one client has
 * two rows, the later day's row is current. Written folded (简体, lower case, no spaces).
 */
export const FACT_DATE_HEADER_WORDS = {
  asOf: [
    "测评日期",
    "评估日期",
    "评测日期",
    "更新日期",
    "更新时间",
    "最后更新",
    "修改日期",
    "数据日期",
    "截至日期",
    "asof",
    "asat",
    "updated",
    "lastupdated",
    "updatedate",
    "updatedon",
    "assessmentdate",
    "assessedon",
  ],
} as const satisfies WordTable;
