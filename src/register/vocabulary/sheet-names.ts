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
  Visits: ["visit log", "contacts log", "activities", "拜访", "客户维护", "走访"],
  Pipeline: ["opportunities", "deals", "prospects", "商机", "大客户开发", "开发计划", "项目"],
} as const satisfies WordTable;
