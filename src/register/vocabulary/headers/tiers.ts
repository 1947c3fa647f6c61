import type { WordTable } from "../words";

/** Header words for the Tiers sheet, one list per field key (besides the field's key and labels). */
export const TIERS_HEADERS = {
  difficulty: ["effort", "难度评分"],
  tier: ["level", "client tier", "客户等级", "客户级别", "等级"],
  grade: ["abcd", "分类", "价值分类"],
  overrideTier: ["override", "manual tier", "人工调整"],
  overrideReason: ["reason", "原因"],
  effectiveTier: ["final tier", "最终级别"],
  previousTier: ["last tier", "原级别"],
  assessedTier: ["tier at assessment", "评定时级别"],
  assessedOn: ["assessment date", "评估日期"],
} as const satisfies WordTable;
