import type { EnumValue, Localized } from "./types";
import {
  CLIENT_KIND_WORDS,
  RISK_PROFILE_WORDS,
  ENTERPRISE_NATURE_WORDS,
  CREDIT_RATING_WORDS,
  PAYMENT_ATTITUDE_WORDS,
  CASH_POSITION_WORDS,
  INDUSTRY_STANDING_WORDS,
  CONTACT_LAYER_WORDS,
  CONTACT_INFLUENCE_WORDS,
  INSURANCE_TYPE_WORDS,
  POLICY_STATUS_WORDS,
  ASSET_CLASS_WORDS,
  HELD_AT_WORDS,
  TIER_WORDS,
  GRADE_WORDS,
  SEVERITY_WORDS,
  COMPLAINT_STATUS_WORDS,
  VISIT_METHOD_WORDS,
  PIPELINE_STAGE_WORDS,
} from "./vocabulary/values";

export const L = (en: string, zhCN: string, zhTW: string = zhCN): Localized => ({
  en,
  "zh-CN": zhCN,
  "zh-TW": zhTW,
});

const v = (key: string, label: Localized, aliases: readonly string[]): EnumValue => ({
  key,
  label,
  aliases,
});

export const CLIENT_KIND = [
  v("person", L("Person", "个人", "個人"), CLIENT_KIND_WORDS.person),
  v("enterprise", L("Enterprise", "企业", "企業"), CLIENT_KIND_WORDS.enterprise),
] as const;

export const RISK_PROFILE = [
  v("conservative", L("Conservative", "保守型", "保守型"), RISK_PROFILE_WORDS.conservative),
  v("moderate", L("Moderate", "稳健型", "穩健型"), RISK_PROFILE_WORDS.moderate),
  v("aggressive", L("Aggressive", "积极型", "積極型"), RISK_PROFILE_WORDS.aggressive),
] as const;

export const ENTERPRISE_NATURE = [
  v("state-owned", L("State-owned", "国企", "國企"), ENTERPRISE_NATURE_WORDS["state-owned"]),
  v("joint-venture", L("Joint venture", "合资", "合資"), ENTERPRISE_NATURE_WORDS["joint-venture"]),
  v("private", L("Private", "民营", "民營"), ENTERPRISE_NATURE_WORDS.private),
  v("joint-stock", L("Joint-stock", "股份", "股份"), ENTERPRISE_NATURE_WORDS["joint-stock"]),
  v("foreign", L("Foreign", "外资", "外資"), ENTERPRISE_NATURE_WORDS.foreign),
  v(
    "institution",
    L("Public institution", "事业单位", "事業單位"),
    ENTERPRISE_NATURE_WORDS.institution
  ),
] as const;

export const CREDIT_RATING = [
  v("very-good", L("Very good", "很好", "很好"), CREDIT_RATING_WORDS["very-good"]),
  v("good", L("Good", "好", "好"), CREDIT_RATING_WORDS.good),
  v("average", L("Average", "一般", "一般"), CREDIT_RATING_WORDS.average),
  v("poor", L("Poor", "差", "差"), CREDIT_RATING_WORDS.poor),
  v("very-poor", L("Very poor", "很差", "很差"), CREDIT_RATING_WORDS["very-poor"]),
] as const;

export const PAYMENT_ATTITUDE = [
  v("prompt", L("Prompt", "爽快", "爽快"), PAYMENT_ATTITUDE_WORDS.prompt),
  v("average", L("Average", "一般", "一般"), PAYMENT_ATTITUDE_WORDS.average),
  v("slow", L("Slow", "迟缓", "遲緩"), PAYMENT_ATTITUDE_WORDS.slow),
  v("difficult", L("Difficult", "为难", "為難"), PAYMENT_ATTITUDE_WORDS.difficult),
  v("arrears", L("Chronic arrears", "嗜欠耗款", "嗜欠耗款"), PAYMENT_ATTITUDE_WORDS.arrears),
] as const;

export const CASH_POSITION = [
  v("ample", L("Ample", "充足", "充足"), CASH_POSITION_WORDS.ample),
  v("average", L("Average", "一般", "一般"), CASH_POSITION_WORDS.average),
  v("short", L("Short", "不足", "不足"), CASH_POSITION_WORDS.short),
  v("tight", L("Tight", "紧张", "緊張"), CASH_POSITION_WORDS.tight),
] as const;

export const INDUSTRY_STANDING = [
  v("leading", L("Leading", "领先", "領先"), INDUSTRY_STANDING_WORDS.leading),
  v("middle", L("Middle", "居中", "居中"), INDUSTRY_STANDING_WORDS.middle),
  v("trailing", L("Trailing", "末流", "末流"), INDUSTRY_STANDING_WORDS.trailing),
] as const;

export const CONTACT_LAYER = [
  v("decision", L("Decision", "决策层", "決策層"), CONTACT_LAYER_WORDS.decision),
  v("management", L("Management", "管理层", "管理層"), CONTACT_LAYER_WORDS.management),
  v("operation", L("Operation", "操作层", "操作層"), CONTACT_LAYER_WORDS.operation),
] as const;

export const CONTACT_INFLUENCE = [
  v("decide", L("Decides", "决定权", "決定權"), CONTACT_INFLUENCE_WORDS.decide),
  v("recommend", L("Recommends", "建议权", "建議權"), CONTACT_INFLUENCE_WORDS.recommend),
  v("veto", L("Veto", "否决权", "否決權"), CONTACT_INFLUENCE_WORDS.veto),
  v("use", L("Uses", "使用权", "使用權"), CONTACT_INFLUENCE_WORDS.use),
] as const;

export const INSURANCE_TYPE = [
  v("life", L("Life", "寿险", "壽險"), INSURANCE_TYPE_WORDS.life),
  v(
    "critical-illness",
    L("Critical illness", "重疾险", "重大疾病險"),
    INSURANCE_TYPE_WORDS["critical-illness"]
  ),
  v("medical", L("Medical", "医疗险", "醫療險"), INSURANCE_TYPE_WORDS.medical),
  v("accident", L("Accident", "意外险", "意外險"), INSURANCE_TYPE_WORDS.accident),
  v("annuity", L("Annuity", "年金险", "年金險"), INSURANCE_TYPE_WORDS.annuity),
  v("property", L("Property", "财产险", "財產險"), INSURANCE_TYPE_WORDS.property),
  v("other", L("Other", "其他", "其他"), INSURANCE_TYPE_WORDS.other),
] as const;

export const POLICY_STATUS = [
  v("in-force", L("In force", "有效", "有效"), POLICY_STATUS_WORDS["in-force"]),
  v("lapsed", L("Lapsed", "失效", "失效"), POLICY_STATUS_WORDS.lapsed),
  v("matured", L("Matured", "满期", "滿期"), POLICY_STATUS_WORDS.matured),
] as const;

export const ASSET_CLASS = [
  v("deposit", L("Deposit", "存款", "存款"), ASSET_CLASS_WORDS.deposit),
  v("fund", L("Fund", "基金", "基金"), ASSET_CLASS_WORDS.fund),
  v("bond", L("Bond", "债券", "債券"), ASSET_CLASS_WORDS.bond),
  v("stock", L("Stock", "股票", "股票"), ASSET_CLASS_WORDS.stock),
  v(
    "wealth-product",
    L("Wealth-management product", "理财产品", "理財商品"),
    ASSET_CLASS_WORDS["wealth-product"]
  ),
  v("property", L("Property", "房产", "房產"), ASSET_CLASS_WORDS.property),
  v("loan", L("Loan", "贷款", "貸款"), ASSET_CLASS_WORDS.loan),
  v("insurance", L("Insurance", "保险", "保險"), ASSET_CLASS_WORDS.insurance),
  v("other", L("Other", "其他", "其他"), ASSET_CLASS_WORDS.other),
] as const;

export const HELD_AT = [
  v("ours", L("With us", "本行", "本行"), HELD_AT_WORDS.ours),
  v("elsewhere", L("Elsewhere", "他行", "他行"), HELD_AT_WORDS.elsewhere),
] as const;

export const TIER = [
  v("diamond", L("Diamond", "钻石客户", "鑽石客戶"), TIER_WORDS.diamond),
  v("platinum", L("Platinum", "白金客户", "白金客戶"), TIER_WORDS.platinum),
  v("gold", L("Gold", "黄金客户", "黃金客戶"), TIER_WORDS.gold),
  v("vip", L("VIP", "贵宾客户", "貴賓客戶"), TIER_WORDS.vip),
  v("standard", L("Standard", "商务/公众客户", "商務/公眾客戶"), TIER_WORDS.standard),
] as const;

export const GRADE = [
  v("A", L("A: go all out", "A：全力投入", "A：全力投入"), GRADE_WORDS.A),
  v("B", L("B: control time", "B：控制投入", "B：控制投入"), GRADE_WORDS.B),
  v("C", L("C: watch", "C：观察变化", "C：觀察變化"), GRADE_WORDS.C),
  v("D", L("D: postpone", "D：暂缓", "D：暫緩"), GRADE_WORDS.D),
] as const;

export const SEVERITY = [
  v("low", L("Low", "低", "低"), SEVERITY_WORDS.low),
  v("medium", L("Medium", "中", "中"), SEVERITY_WORDS.medium),
  v("high", L("High", "高", "高"), SEVERITY_WORDS.high),
  v("critical", L("Critical", "紧急", "緊急"), SEVERITY_WORDS.critical),
] as const;

export const COMPLAINT_STATUS = [
  v("open", L("Open", "待处理", "待處理"), COMPLAINT_STATUS_WORDS.open),
  v("in-progress", L("In progress", "处理中", "處理中"), COMPLAINT_STATUS_WORDS["in-progress"]),
  v("resolved", L("Resolved", "已解决", "已解決"), COMPLAINT_STATUS_WORDS.resolved),
  v("closed", L("Closed", "已关闭", "已關閉"), COMPLAINT_STATUS_WORDS.closed),
] as const;

export const VISIT_METHOD = [
  v("letter", L("Letter", "信函", "信函"), VISIT_METHOD_WORDS.letter),
  v("phone", L("Phone", "电话", "電話"), VISIT_METHOD_WORDS.phone),
  v("visit", L("Visit", "拜访", "拜訪"), VISIT_METHOD_WORDS.visit),
  v("exhibition", L("Exhibition", "展会", "展會"), VISIT_METHOD_WORDS.exhibition),
  v(
    "tech-exchange",
    L("Technical exchange", "技术交流", "技術交流"),
    VISIT_METHOD_WORDS["tech-exchange"]
  ),
  v(
    "business-event",
    L("Business event", "商务活动", "商務活動"),
    VISIT_METHOD_WORDS["business-event"]
  ),
  v("site-visit", L("Site visit", "参观考察", "參觀考察"), VISIT_METHOD_WORDS["site-visit"]),
  v("message", L("Message", "消息", "訊息"), VISIT_METHOD_WORDS.message),
] as const;

export const PIPELINE_STAGE = [
  v("identify", L("1 Identify", "1 识别目标", "1 識別目標"), PIPELINE_STAGE_WORDS.identify),
  v("gather", L("2 Gather", "2 信息收集", "2 資訊收集"), PIPELINE_STAGE_WORDS.gather),
  v("assess", L("3 Assess", "3 价值评估", "3 價值評估"), PIPELINE_STAGE_WORDS.assess),
  v("relate", L("4 Relate", "4 关系建立", "4 關係建立"), PIPELINE_STAGE_WORDS.relate),
  v("close", L("5 Close", "5 成交", "5 成交"), PIPELINE_STAGE_WORDS.close),
] as const;
