import type { EnumValue, Localized } from "./types";

export const L = (en: string, zhCN: string, zhTW: string = zhCN): Localized => ({
  en,
  "zh-CN": zhCN,
  "zh-TW": zhTW,
});

const v = (key: string, label: Localized, ...aliases: string[]): EnumValue => ({
  key,
  label,
  aliases,
});

export const CLIENT_KIND = [
  v("person", L("Person", "个人", "個人"), "individual", "personal", "私人", "自然人", "P"),
  v(
    "enterprise",
    L("Enterprise", "企业", "企業"),
    "company",
    "corporate",
    "business",
    "公司",
    "单位",
    "單位",
    "法人",
    "E"
  ),
] as const;

export const RISK_PROFILE = [
  v("conservative", L("Conservative", "保守型", "保守型"), "low", "保守", "低风险", "低風險"),
  v(
    "moderate",
    L("Moderate", "稳健型", "穩健型"),
    "balanced",
    "medium",
    "稳健",
    "穩健",
    "平衡",
    "中等"
  ),
  v(
    "aggressive",
    L("Aggressive", "积极型", "積極型"),
    "growth",
    "high",
    "积极",
    "積極",
    "进取",
    "進取",
    "激进",
    "激進"
  ),
] as const;

export const ENTERPRISE_NATURE = [
  v(
    "state-owned",
    L("State-owned", "国企", "國企"),
    "SOE",
    "state owned",
    "国有企业",
    "國有企業",
    "国有",
    "國有",
    "央企"
  ),
  v("joint-venture", L("Joint venture", "合资", "合資"), "JV", "合资企业", "合資企業"),
  v("private", L("Private", "民营", "民營"), "私营", "私營", "民营企业", "民營企業", "私企"),
  v(
    "joint-stock",
    L("Joint-stock", "股份", "股份"),
    "joint stock",
    "股份制",
    "股份有限公司",
    "上市公司"
  ),
  v("foreign", L("Foreign", "外资", "外資"), "foreign-owned", "外资企业", "外資企業", "外企"),
  v(
    "institution",
    L("Public institution", "事业单位", "事業單位"),
    "public institution",
    "government",
    "政府",
    "机关",
    "機關"
  ),
] as const;

export const CREDIT_RATING = [
  v("very-good", L("Very good", "很好", "很好"), "excellent", "优", "優", "优秀", "優秀", "AAA"),
  v("good", L("Good", "好", "好"), "良", "良好", "AA"),
  v("average", L("Average", "一般", "一般"), "fair", "中", "A"),
  v("poor", L("Poor", "差", "差"), "bad", "较差", "較差", "B"),
  v("very-poor", L("Very poor", "很差", "很差"), "very bad", "极差", "極差", "C"),
] as const;

export const PAYMENT_ATTITUDE = [
  v("prompt", L("Prompt", "爽快", "爽快"), "on time", "及时", "及時", "准时", "準時"),
  v("average", L("Average", "一般", "一般"), "normal"),
  v("slow", L("Slow", "迟缓", "遲緩"), "late", "拖延"),
  v("difficult", L("Difficult", "为难", "為難"), "reluctant"),
  v("arrears", L("Chronic arrears", "嗜欠耗款", "嗜欠耗款"), "chronic arrears", "拖欠", "欠款"),
] as const;

export const CASH_POSITION = [
  v("ample", L("Ample", "充足", "充足")),
  v("average", L("Average", "一般", "一般")),
  v("short", L("Short", "不足", "不足")),
  v("tight", L("Tight", "紧张", "緊張")),
] as const;

export const INDUSTRY_STANDING = [
  v("leading", L("Leading", "领先", "領先"), "leader"),
  v("middle", L("Middle", "居中", "居中"), "average"),
  v("trailing", L("Trailing", "末流", "末流"), "lagging"),
] as const;

export const CONTACT_LAYER = [
  v("decision", L("Decision", "决策层", "決策層"), "decision layer", "决策", "決策"),
  v("management", L("Management", "管理层", "管理層"), "management layer", "管理"),
  v("operation", L("Operation", "操作层", "操作層"), "operation layer", "operational", "操作"),
] as const;

export const CONTACT_INFLUENCE = [
  v("decide", L("Decides", "决定权", "決定權"), "decision", "final say", "决定", "決定"),
  v(
    "recommend",
    L("Recommends", "建议权", "建議權"),
    "recommend",
    "推荐权",
    "推薦權",
    "建议",
    "建議"
  ),
  v("veto", L("Veto", "否决权", "否決權"), "否决", "否決"),
  v("use", L("Uses", "使用权", "使用權"), "user", "使用"),
] as const;

export const INSURANCE_TYPE = [
  v(
    "life",
    L("Life", "寿险", "壽險"),
    "life insurance",
    "人寿",
    "人壽",
    "终身寿险",
    "終身壽險",
    "定期寿险",
    "定期壽險"
  ),
  v(
    "critical-illness",
    L("Critical illness", "重疾险", "重疾險"),
    "CI",
    "critical illness",
    "重大疾病",
    "重疾",
    "重大疾病险",
    "重大疾病險"
  ),
  v("medical", L("Medical", "医疗险", "醫療險"), "health", "医疗", "醫療", "住院医疗", "住院醫療"),
  v("accident", L("Accident", "意外险", "意外險"), "意外", "意外伤害", "意外傷害"),
  v("annuity", L("Annuity", "年金险", "年金險"), "pension", "年金", "养老", "養老"),
  v(
    "property",
    L("Property", "财产险", "財產險"),
    "财产",
    "財產",
    "家财险",
    "家財險",
    "车险",
    "車險"
  ),
  v("other", L("Other", "其他", "其他")),
] as const;

export const POLICY_STATUS = [
  v("in-force", L("In force", "有效", "有效"), "active", "生效", "保障中"),
  v("lapsed", L("Lapsed", "失效", "失效"), "terminated", "中止", "停效"),
  v("matured", L("Matured", "满期", "滿期"), "expired", "到期", "期满", "期滿"),
] as const;

export const ASSET_CLASS = [
  v(
    "deposit",
    L("Deposit", "存款", "存款"),
    "deposits",
    "savings",
    "cash",
    "定期",
    "活期",
    "储蓄",
    "儲蓄"
  ),
  v("fund", L("Fund", "基金", "基金"), "funds", "mutual fund"),
  v("bond", L("Bond", "债券", "債券"), "bonds", "国债", "國債"),
  v("stock", L("Stock", "股票", "股票"), "stocks", "shares", "equity", "equities"),
  v(
    "wealth-product",
    L("Wealth-management product", "理财产品", "理財商品"),
    "wealth product",
    "理財產品",
    "WMP",
    "理财",
    "理財"
  ),
  v(
    "property",
    L("Property", "房产", "房產"),
    "real estate",
    "不动产",
    "不動產",
    "房地产",
    "房地產"
  ),
  v("loan", L("Loan", "贷款", "貸款"), "loans", "mortgage", "房贷", "房貸", "借款"),
  v("insurance", L("Insurance", "保险", "保險")),
  v("other", L("Other", "其他", "其他")),
] as const;

export const HELD_AT = [
  v(
    "ours",
    L("With us", "本行", "本行"),
    "our bank",
    "us",
    "here",
    "我行",
    "本公司",
    "本机构",
    "本機構"
  ),
  v(
    "elsewhere",
    L("Elsewhere", "他行", "他行"),
    "other bank",
    "other",
    "external",
    "其他机构",
    "其他機構",
    "外部"
  ),
] as const;

export const TIER = [
  v("diamond", L("Diamond", "钻石客户", "鑽石客戶"), "钻石", "鑽石"),
  v("platinum", L("Platinum", "白金客户", "白金客戶"), "白金"),
  v("gold", L("Gold", "黄金客户", "黃金客戶"), "黄金", "黃金"),
  v("vip", L("VIP", "贵宾客户", "貴賓客戶"), "贵宾", "貴賓"),
  v(
    "standard",
    L("Standard", "商务/公众客户", "商務/公眾客戶"),
    "商务客户",
    "商務客戶",
    "公众客户",
    "公眾客戶",
    "普通",
    "一般客户"
  ),
] as const;

export const GRADE = [
  v("A", L("A: go all out", "A：全力投入", "A：全力投入")),
  v("B", L("B: control time", "B：控制投入", "B：控制投入")),
  v("C", L("C: watch", "C：观察变化", "C：觀察變化")),
  v("D", L("D: postpone", "D：暂缓", "D：暫緩")),
] as const;

export const SEVERITY = [
  v("low", L("Low", "低", "低"), "minor", "一般"),
  v("medium", L("Medium", "中", "中"), "moderate", "较重", "較重"),
  v("high", L("High", "高", "高"), "major", "严重", "嚴重"),
  v("critical", L("Critical", "紧急", "緊急"), "urgent", "特急", "危机", "危機"),
] as const;

export const COMPLAINT_STATUS = [
  v("open", L("Open", "待处理", "待處理"), "new", "未处理", "未處理", "新建"),
  v(
    "in-progress",
    L("In progress", "处理中", "處理中"),
    "in progress",
    "processing",
    "跟进中",
    "跟進中"
  ),
  v("resolved", L("Resolved", "已解决", "已解決"), "solved", "done", "已处理", "已處理"),
  v("closed", L("Closed", "已关闭", "已關閉"), "结案", "結案", "关闭", "關閉"),
] as const;

export const VISIT_METHOD = [
  v("letter", L("Letter", "信函", "信函"), "mail", "post", "信件"),
  v("phone", L("Phone", "电话", "電話"), "call", "telephone", "电话拜访", "電話拜訪"),
  v("visit", L("Visit", "拜访", "拜訪"), "meeting", "in person", "上门", "上門", "面谈", "面談"),
  v("exhibition", L("Exhibition", "展会", "展會"), "trade show", "展览", "展覽"),
  v(
    "tech-exchange",
    L("Technical exchange", "技术交流", "技術交流"),
    "technical exchange",
    "tech exchange"
  ),
  v("business-event", L("Business event", "商务活动", "商務活動"), "event", "business event"),
  v("site-visit", L("Site visit", "参观考察", "參觀考察"), "site visit", "考察", "参观", "參觀"),
] as const;

export const PIPELINE_STAGE = [
  v(
    "identify",
    L("1 Identify", "1 识别目标", "1 識別目標"),
    "1",
    "identify",
    "识别",
    "識別",
    "初步接触",
    "初步接觸"
  ),
  v(
    "gather",
    L("2 Gather", "2 信息收集", "2 資訊收集"),
    "2",
    "gather",
    "演示",
    "信息收集",
    "資訊收集"
  ),
  v(
    "assess",
    L("3 Assess", "3 价值评估", "3 價值評估"),
    "3",
    "assess",
    "评估",
    "評估",
    "价值评估",
    "價值評估"
  ),
  v("relate", L("4 Relate", "4 关系建立", "4 關係建立"), "4", "relate", "关系", "關係"),
  v("close", L("5 Close", "5 成交", "5 成交"), "5", "close", "closing", "签约", "簽約", "成交"),
] as const;
