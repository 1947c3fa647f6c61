import type { WordTable } from "../words";

/** Header words for the Pipeline sheet, one list per field key (besides the field's key and labels). */
export const PIPELINE_HEADERS = {
  opportunityId: [
    "deal id",
    "opportunity no",
    "项目编号",
    "record id",
    "deal no",
    "deal number",
    "商机号",
  ],
  prospect: [
    "prospect name",
    "client",
    "customer",
    "company",
    "客户名称",
    "目标客户",
    "account name",
    "client name",
    "customer name",
    "company name",
    // On a deals sheet the account is the party the deal is with (a CRM's opportunities
    // export: opportunity_id, sales_agent, account, deal_stage).
    "account",
  ],
  stage: ["phase", "status", "开发阶段", "进度"],
  grade: ["abcd", "分类"],
  expectedValue: [
    "amount",
    "value",
    "contract value",
    "预计价值",
    "合同金额",
    "金额",
    // An advisor's deal is sized by the premium or the assets it would bring, as estimated.
    "est premium",
    "estimated premium",
    "expected premium",
    "est aum",
    "estimated aum",
    "预计保费",
    "预计规模",
    // What a lead's sale is expected to bring, as a tracker estimates it.
    "estimated sale",
    "estimated value",
    "estimated deal value",
    "potential value",
    "deal size",
    "预计销售额",
    "预计成交额",
    "预估金额",
  ],
  probability: [
    "win probability",
    "chance",
    "可能性",
    "把握",
    // A CRM's win rate of one deal (赢率 70 %) is its chance of closing.
    "赢率",
    "赢单率",
    "赢单概率",
    "成交概率",
    "成单概率",
    "likelihood",
  ],
  expectedClose: ["close date", "closing date", "expected close date", "预计成交日期", "预计完成"],
  nextAction: ["next step", "next steps", "下一步", "后续行动"],
} as const satisfies WordTable;

/**
 * Headers of what a deal is for (the product or plan discussed, the deal's own name): on a
 * pipeline without a deal id, two rows of one prospect naming different ones are two deals.
 * Written in 简体 and English; headers are folded (繁→简) before they are compared.
 */
export const DEAL_SUBJECT_WORDS = [
  "product",
  "products",
  "producttype",
  "productname",
  "plan",
  "plantype",
  "service",
  "solution",
  "dealname",
  "opportunityname",
  "opportunity",
  "deal",
  "产品",
  "险种",
  "项目",
  "商机名称",
  "业务类型",
  "意向产品",
] as const;

/**
 * Header words naming why a sale was lost or failed (Loss Reason, 未成单原因, 失败原因 beside a
 * follow-up, 战败原因): a row that can be lost is an attempt to sell, a deal. Written folded (简体,
 * lower case); Latin words match as whole header words. A client's churn (流失原因) is no deal's.
 */
export const LOST_SALE_WORDS = [
  "loss reason",
  "lost reason",
  "reason lost",
  "reason for loss",
  "reason for losing",
  "lost because",
  "why lost",
  "closed lost reason",
  "未成单原因",
  "未成交原因",
  "丢单原因",
  "输单原因",
  "战败原因",
  "失败原因",
] as const;

/**
 * Headers naming a deal's stage as such (Stage, Sales Stage, 销售阶段): a column so headed, its
 * values a few stages repeated (L1 … L5, Offer Prep, 方案报价), places each row at a step of a sale.
 * A lifecycle or lead stage of a person (Lifecycle Stage, Lead Stage) is no deal's. Written
 * folded (简体, lower case), compared with the whole header.
 */
export const DEAL_STAGE_HEADER_WORDS = [
  "stage",
  "deal stage",
  "sales stage",
  "opportunity stage",
  "pipeline stage",
  "funnel stage",
  "阶段",
  "销售阶段",
  "商机阶段",
  "项目阶段",
  "开发阶段",
] as const;
