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

/**
 * Words in a client list's header that say its column holds a tier or level (客户等级, 會員級別,
 * VIP等级, Client Tier, Segment). Loose: the column's values must name tiers too.
 */
export const TIER_HEADER_PARTS: readonly string[] = [
  "等级",
  "级别",
  "星级",
  "分级",
  "卡种",
  "卡别",
  "卡级",
  "tier",
  "segment",
  "vip",
  "level",
  "membership",
];

/**
 * Words after a tier in a cell that say what holds it, not which tier (金卡会员, 钻石客户,
 * "Platinum member", "Gold card").
 */
export const TIER_VALUE_SUFFIXES: readonly string[] = [
  "会员",
  "客户",
  "卡",
  "级",
  "member",
  "card",
  "tier",
  "client",
  "customer",
];
