import * as E from "./enums";
import { L } from "./enums";
import {
  annualRevenueField, birthdayField, clientIdField, emailField, enumField, field, hobbiesField, notesField,
  ownerField, phoneField, valueScoreField,
} from "./fields";
import type { SheetDef, SheetKey } from "./types";

const yesNo = (key: string, label: ReturnType<typeof L>, aliases: readonly string[]) => field(key, "boolean", label, aliases);

const clients: SheetDef = {
  key: "Clients",
  table: "tblClients",
  label: L("Clients", "客户信息", "客戶資料"),
  aliases: ["clients", "customers", "accounts", "client list", "客户", "客戶", "客户信息清单", "客户档案", "客户档案表", "客戶檔案", "客户名单", "客戶名單", "大客户", "大客戶"],
  fields: [
    clientIdField,
    field("name", "text", L("Name", "客户名称", "客戶名稱"), [
      "name", "account name", "client name", "customer name", "client", "customer", "account", "full name", "company name",
      "姓名", "客户", "客戶", "名称", "名稱", "客户姓名", "客戶姓名", "公司名称", "公司名稱", "单位名称", "單位名稱", "企业名称", "企業名稱",
    ], { required: true }),
    enumField("kind", L("Client type", "客户类型", "客戶類型"), E.CLIENT_KIND, [
      "kind", "type", "client type", "customer type", "category", "类型", "類型", "类别", "類別", "客户类别", "客戶類別",
    ]),
    phoneField,
    emailField,
    field("address", "text", L("Address", "地址", "地址"), [
      "address", "home address", "office address", "住址", "联系地址", "聯絡地址", "通讯地址", "通訊地址", "项目地址", "項目地址", "公司地址",
    ], { personal: true }),
    birthdayField,
    field("occupation", "text", L("Occupation", "职业", "職業"), ["occupation", "job", "profession", "职务", "職務", "工作"]),
    field("employer", "text", L("Employer", "工作单位", "工作單位"), ["employer", "company", "work unit", "单位", "單位", "任职单位", "任職單位", "服务单位", "服務單位"]),
    hobbiesField,
    enumField("riskProfile", L("Risk profile", "风险偏好", "風險偏好"), E.RISK_PROFILE, [
      "risk profile", "risk preference", "risk appetite", "risk tolerance", "risk", "风险承受能力", "風險承受能力", "风险等级", "風險等級", "风险类型", "風險類型",
    ]),
    field("industry", "text", L("Industry", "所在行业", "所在行業"), ["industry", "sector", "行业", "行業", "所属行业", "所屬行業"]),
    enumField("enterpriseNature", L("Enterprise nature", "企业性质", "企業性質"), E.ENTERPRISE_NATURE, [
      "enterprise nature", "ownership", "company type", "nature", "ownership type", "性质", "性質", "单位性质", "單位性質", "公司性质", "公司性質",
    ]),
    annualRevenueField,
    ownerField,
    field("clientSince", "date", L("Client since", "建档日期", "建檔日期"), [
      "client since", "since", "customer since", "onboarded", "start date", "开户日期", "開戶日期", "入网时间", "入網時間", "合作开始", "合作開始", "成为客户日期", "成為客戶日期",
    ]),
    enumField("creditRating", L("Credit rating", "银行信用", "銀行信用"), E.CREDIT_RATING, [
      "credit rating", "credit", "bank credit", "rating", "信用", "信用评价", "信用評價", "信用等级", "信用等級", "同行信用评价", "同行信用評價",
    ]),
    enumField("paymentAttitude", L("Payment attitude", "付款态度", "付款態度"), E.PAYMENT_ATTITUDE, [
      "payment attitude", "payment behaviour", "payment behavior", "payment", "付款情况", "付款情況", "回款情况", "回款情況",
    ]),
    notesField,
    field("annualIncome", "money", L("Annual income", "个人年收入", "個人年收入"), [
      "annual income", "income", "personal income", "salary", "年薪", "收入", "个人收入", "個人收入", "家庭年收入",
    ], { min: 0, personal: true }),
    yesNo("married", L("Married", "已婚", "已婚"), ["married", "marital status", "婚否", "婚姻状况", "婚姻狀況", "是否已婚"]),
    field("children", "integer", L("Children", "子女数", "子女數"), ["children", "kids", "number of children", "子女", "子女人数", "子女人數", "孩子"], { min: 0 }),
    field("mainContact", "text", L("Main contact", "常用联系人", "常用聯絡人"), ["main contact", "contact person", "contact", "联系人", "聯絡人", "聯繫人"]),
    field("mainBusiness", "text", L("Main business", "主营业务", "主營業務"), ["main business", "business scope", "主营业务范围", "主營業務範圍", "经营范围", "經營範圍"]),
    enumField("industryStanding", L("Industry standing", "行业地位", "行業地位"), E.INDUSTRY_STANDING, ["industry standing", "market position", "行业排名", "行業排名"]),
    field("foundedYear", "integer", L("Year founded", "成立年代", "成立年代"), ["year founded", "founded", "established", "成立时间", "成立時間", "成立年份"], { min: 1800, max: 2100 }),
    field("registeredCapital", "money", L("Registered capital", "注册资金", "註冊資金"), ["registered capital", "capital", "注册资本", "註冊資本"], { min: 0 }),
    enumField("cashPosition", L("Cash position", "资金状况", "資金狀況"), E.CASH_POSITION, ["cash position", "liquidity", "资金情况", "資金情況"]),
    yesNo("groupClient", L("Group client", "集团客户", "集團客戶"), ["group client", "group account", "集团", "集團"]),
    yesNo("strategicClient", L("Strategic client", "战略客户", "戰略客戶"), ["strategic client", "strategic account", "strategic", "战略", "戰略"]),
    field("referrals", "integer", L("Signed referrals", "转介绍签约数", "轉介紹簽約數"), ["referrals", "referred clients", "转介绍", "轉介紹"], { min: 0 }),
  ],
};

const family: SheetDef = {
  key: "Family",
  table: "tblFamily",
  label: L("Family", "家庭成员", "家庭成員"),
  aliases: ["family", "household", "family members", "家庭", "家属", "家屬", "家庭成员", "家庭成員", "家庭情况", "家庭情況"],
  fields: [
    clientIdField,
    field("memberName", "text", L("Member name", "成员姓名", "成員姓名"), ["member name", "member", "name", "family member", "姓名", "家属姓名", "家屬姓名", "成员", "成員", "家庭成员", "家庭成員"], { required: true }),
    field("relation", "text", L("Relation", "关系", "關係"), ["relation", "relationship", "relation to client", "与客户关系", "與客戶關係", "称谓", "稱謂"]),
    birthdayField,
    field("age", "integer", L("Age", "年龄", "年齡"), ["age", "岁数", "歲數"], { min: 0, max: 130 }),
    field("occupationOrSchool", "text", L("Occupation or school", "职业/学校", "職業/學校"), [
      "occupation or school", "school", "occupation", "work or study", "学校", "學校", "就读学校", "就讀學校", "工作单位", "工作單位", "职业", "職業", "就读/工作", "就讀/工作",
    ]),
    notesField,
  ],
};

const contacts: SheetDef = {
  key: "Contacts",
  table: "tblContacts",
  label: L("Contacts", "联系人", "聯絡人"),
  aliases: ["contacts", "decision map", "people", "key people", "联系人", "聯絡人", "決策鏈", "决策链", "关键人", "關鍵人", "客户内部影响采购的人"],
  fields: [
    clientIdField,
    field("name", "text", L("Contact name", "联系人姓名", "聯絡人姓名"), ["name", "contact", "contact name", "person", "姓名", "联系人", "聯絡人", "聯繫人"], { required: true }),
    field("title", "text", L("Title", "职务", "職務"), ["title", "position", "job title", "role", "职位", "職位", "头衔", "頭銜"]),
    field("department", "text", L("Department", "部门", "部門"), ["department", "dept", "division", "科室"]),
    enumField("layer", L("Layer", "层级", "層級"), E.CONTACT_LAYER, ["layer", "level", "decision level", "层次", "層次", "决策层级", "決策層級"]),
    enumField("influence", L("Influence", "影响力", "影響力"), E.CONTACT_INFLUENCE, ["influence", "power", "authority", "权限", "權限", "角色", "采购角色", "採購角色"]),
    field("closeness", "score", L("Closeness (1–5)", "亲密程度", "親密程度"), ["closeness", "relationship strength", "亲密度", "親密度", "关系程度", "關係程度"], { min: 1, max: 5 }),
    yesNo("isCoach", L("Coach", "内线/教练", "內線/教練"), ["coach", "is coach", "inside contact", "insider", "内线", "內線", "教练", "教練"]),
    phoneField,
    emailField,
    birthdayField,
    hobbiesField,
    field("character", "text", L("Character", "性格", "性格"), ["character", "personality", "性格特点", "性格特點"]),
    notesField,
  ],
};

const insurance: SheetDef = {
  key: "Insurance",
  table: "tblInsurance",
  label: L("Insurance", "保险涵盖", "保險涵蓋"),
  aliases: ["insurance", "policies", "coverage", "保险", "保險", "保单", "保單", "保险涵盖范围表", "保險涵蓋範圍表", "保障"],
  fields: [
    clientIdField,
    field("policyNo", "text", L("Policy no.", "保单号", "保單號碼"), ["policy no", "policy number", "policy", "保单号码", "保單號", "保单编号", "保單編號"]),
    field("insurer", "text", L("Insurer", "保险公司", "保險公司"), ["insurer", "insurance company", "carrier", "承保公司", "承保机构", "承保機構"]),
    enumField("type", L("Insurance type", "险种", "險種"), E.INSURANCE_TYPE, ["type", "insurance type", "policy type", "product", "险别", "險別", "保险类型", "保險類型", "产品", "產品"]),
    field("insured", "text", L("Insured", "被保险人", "被保險人"), ["insured", "insured person", "life insured", "被保人"]),
    field("startDate", "date", L("Start date", "生效日期", "生效日期"), ["start date", "effective date", "issue date", "start", "投保日期", "承保日期", "起保日期"]),
    field("termYears", "integer", L("Term (years)", "年限", "年期"), ["term", "term years", "years", "term (years)", "保障年限", "缴费年限", "繳費年期", "年限", "期限"], { min: 0 }),
    field("sumInsured", "money", L("Sum insured", "保额", "保額"), ["sum insured", "sum assured", "cover", "coverage amount", "face amount", "保险金额", "保險金額", "保障额度", "保障額度"], { min: 0 }),
    field("annualPremium", "money", L("Annual premium", "年缴保费", "年繳保費"), ["annual premium", "premium", "yearly premium", "保费", "保費", "年保费", "年保費", "期缴保费", "期繳保費"], { min: 0 }),
    yesNo("criticalIllnessCovered", L("Critical illness covered", "含重疾保障", "含重疾保障"), [
      "critical illness covered", "critical illness", "ci cover", "ci", "重大疾病", "重疾", "是否含重疾", "是否含重大疾病", "重疾保障",
    ]),
    enumField("status", L("Status", "状态", "狀態"), E.POLICY_STATUS, ["status", "policy status", "保单状态", "保單狀態"]),
    notesField,
  ],
};

const assets: SheetDef = {
  key: "Assets",
  table: "tblAssets",
  label: L("Assets", "资产回顾", "資產回顧"),
  aliases: ["assets", "asset review", "holdings", "portfolio", "wealth", "资产", "資產", "资产回顾表", "資產回顧表", "资产配置", "資產配置", "持仓", "持倉"],
  fields: [
    clientIdField,
    enumField("assetClass", L("Asset class", "资产类别", "資產類別"), E.ASSET_CLASS, ["asset class", "asset type", "type", "class", "product type", "资产类型", "資產類型", "类别", "類別", "品种", "品種"]),
    enumField("heldAt", L("Held at", "持有处", "持有處"), E.HELD_AT, ["held at", "where held", "location", "本行/他行", "持有机构类型", "持有機構類型", "行内外", "行內外"]),
    field("institution", "text", L("Institution", "机构", "機構"), ["institution", "bank", "provider", "银行", "銀行", "金融机构", "金融機構", "开户行", "開戶行"]),
    field("marketValue", "money", L("Market value", "市值", "市值"), ["market value", "value", "amount", "balance", "current value", "金额", "金額", "余额", "餘額", "现值", "現值"]),
    field("currency", "text", L("Currency", "币种", "幣別"), ["currency", "ccy", "货币", "貨幣", "幣種"]),
    field("startDate", "date", L("Start date", "起始日期", "起始日期"), ["start date", "purchase date", "opened", "购买日期", "購買日期", "起息日"]),
    field("maturityDate", "date", L("Maturity date", "到期日", "到期日"), ["maturity date", "maturity", "due date", "到期日期", "期满日", "期滿日"]),
    field("termYears", "integer", L("Term (years)", "年限", "年期"), ["term", "term years", "years", "年限", "期限"], { min: 0 }),
    field("asOf", "date", L("As of", "估值日期", "估值日期"), ["as of", "valuation date", "as at", "截至日期", "截至", "统计日期", "統計日期"]),
    notesField,
  ],
};

const tiers: SheetDef = {
  key: "Tiers",
  table: "tblTiers",
  label: L("Tiers", "客户分级", "客戶分級"),
  aliases: ["tiers", "tiering", "segmentation", "分级", "分級", "客户分级", "客戶分級", "等级", "等級"],
  fields: [
    clientIdField,
    field("annualRevenue", "money", annualRevenueField.label, annualRevenueField.aliases, { min: 0, computed: true }),
    { ...valueScoreField },
    field("difficulty", "score", L("Difficulty", "难度", "難度"), ["difficulty", "effort", "难度评分", "難度評分"], { min: 0, max: 100 }),
    enumField("tier", L("Tier", "级别", "級別"), E.TIER, ["tier", "level", "client tier", "客户等级", "客戶等級", "客户级别", "客戶級別", "等级", "等級"], { computed: true }),
    enumField("grade", L("Grade", "评级", "評級"), E.GRADE, ["grade", "abcd", "分类", "分類", "价值分类", "價值分類"], { computed: true }),
    enumField("overrideTier", L("Override tier", "调整级别", "調整級別"), E.TIER, ["override tier", "override", "manual tier", "人工调整", "人工調整"]),
    field("overrideReason", "text", L("Override reason", "调整原因", "調整原因"), ["override reason", "reason", "原因"]),
    enumField("effectiveTier", L("Effective tier", "生效级别", "生效級別"), E.TIER, ["effective tier", "final tier", "最终级别", "最終級別"], { computed: true }),
    enumField("previousTier", L("Previous tier", "上次级别", "上次級別"), E.TIER, ["previous tier", "last tier", "原级别", "原級別"]),
    field("assessedOn", "date", L("Assessed on", "评定日期", "評定日期"), ["assessed on", "assessment date", "评估日期", "評估日期"]),
  ],
};

const complaints: SheetDef = {
  key: "Complaints",
  table: "tblComplaints",
  label: L("Complaints", "客户投诉", "客戶投訴"),
  aliases: ["complaints", "complaint log", "issues", "投诉", "投訴", "客户投诉", "客戶投訴", "投诉登记", "投訴登記", "抱怨", "客诉", "客訴"],
  fields: [
    field("complaintId", "id", L("Complaint ID", "投诉编号", "投訴編號"), ["complaint id", "complaint no", "case no", "ticket", "ticket no", "投诉单号", "投訴單號", "工单号", "工單號"]),
    clientIdField,
    field("receivedOn", "date", L("Received on", "受理日期", "受理日期"), ["received on", "received", "date received", "date", "complaint date", "投诉日期", "投訴日期", "接收日期", "登记日期", "登記日期"], { required: true }),
    field("channel", "text", L("Channel", "渠道", "管道"), ["channel", "source", "投诉渠道", "投訴渠道", "投訴管道", "来源", "來源"]),
    field("category", "text", L("Category", "类别", "類別"), ["category", "type", "complaint type", "投诉类型", "投訴類型", "问题类型", "問題類型"]),
    enumField("severity", L("Severity", "严重程度", "嚴重程度"), E.SEVERITY, ["severity", "priority", "level", "等级", "等級", "紧急程度", "緊急程度", "优先级", "優先級"]),
    field("description", "text", L("Description", "投诉内容", "投訴內容"), ["description", "details", "complaint", "issue", "内容", "內容", "问题描述", "問題描述", "投诉事项", "投訴事項"]),
    ownerField,
    enumField("status", L("Status", "状态", "狀態"), E.COMPLAINT_STATUS, ["status", "state", "处理状态", "處理狀態", "进度", "進度"]),
    field("dueOn", "date", L("Due on", "应办结日期", "應辦結日期"), ["due on", "due date", "due", "deadline", "截止日期", "到期日", "时限", "時限"], { computed: true }),
    field("resolvedOn", "date", L("Resolved on", "解决日期", "解決日期"), ["resolved on", "resolved date", "closed on", "办结日期", "辦結日期", "完成日期"]),
    field("rootCause", "text", L("Root cause", "原因分析", "原因分析"), ["root cause", "cause", "原因", "根本原因"]),
    field("correctiveAction", "text", L("Corrective action", "整改措施", "整改措施"), ["corrective action", "action", "resolution", "处理措施", "處理措施", "纠正措施", "糾正措施", "处理结果", "處理結果"]),
    yesNo("calledBack", L("Called back", "已回访", "已回訪"), ["called back", "callback", "call back", "回访", "回訪", "是否回访", "是否回訪"]),
    field("expectedScore", "number", L("Expected score", "期望评分", "期望評分"), ["expected score", "expected", "expectation", "期望", "期望值", "期望感受"]),
    field("actualScore", "number", L("Actual score", "实际评分", "實際評分"), ["actual score", "actual", "perception", "实际", "實際", "实际感受", "實際感受", "满意度评分", "滿意度評分"]),
    field("satisfactionGap", "number", L("Satisfaction gap", "满意度差", "滿意度差"), ["satisfaction gap", "gap", "满意度", "滿意度"], { computed: true }),
    field("overdue", "boolean", L("Overdue", "已逾期", "已逾期"), ["overdue", "late", "逾期", "超时", "超時"], { computed: true }),
    notesField,
  ],
};

const visits: SheetDef = {
  key: "Visits",
  table: "tblVisits",
  label: L("Visits", "拜访记录", "拜訪紀錄"),
  aliases: ["visits", "visit log", "contacts log", "activities", "拜访", "拜訪", "拜访记录", "拜訪紀錄", "拜訪記錄", "客户维护", "客戶維護", "走访", "走訪"],
  fields: [
    field("visitOn", "date", L("Visit date", "拜访日期", "拜訪日期"), ["visit date", "visit on", "date", "visited on", "日期", "走访日期", "走訪日期", "拜访时间", "拜訪時間"], { required: true }),
    clientIdField,
    enumField("method", L("Method", "方式", "方式"), E.VISIT_METHOD, ["method", "channel", "type", "拜访方式", "拜訪方式", "维护方式", "維護方式", "形式"]),
    field("place", "text", L("Place", "地点", "地點"), ["place", "location", "venue", "拜访地点", "拜訪地點"]),
    field("attendees", "text", L("Attendees", "参加人员", "參加人員"), ["attendees", "participants", "who", "参与人员", "參與人員", "拜访对象", "拜訪對象"]),
    field("purpose", "text", L("Purpose", "目的", "目的"), ["purpose", "objective", "拜访目的", "拜訪目的"]),
    field("keyPoints", "text", L("Key points", "洽谈要点", "洽談要點"), ["key points", "discussion", "summary", "主要内容", "主要內容", "沟通内容", "溝通內容", "洽谈内容", "洽談內容"]),
    field("clientViews", "text", L("Client views", "客户意见", "客戶意見"), ["client views", "feedback", "client feedback", "客户反馈", "客戶回饋", "客户看法", "客戶看法"]),
    field("nextSteps", "text", L("Next steps", "下一步", "下一步"), ["next steps", "next step", "follow-up", "follow up", "后续安排", "後續安排", "跟进事项", "跟進事項"]),
    field("nextVisitOn", "date", L("Next visit", "下次拜访", "下次拜訪"), ["next visit", "next visit on", "next visit date", "下次拜访日期", "下次拜訪日期", "下次走访", "下次走訪"]),
    field("expense", "money", L("Expense", "费用", "費用"), ["expense", "expenses", "cost", "花费", "花費", "招待费", "招待費"], { min: 0 }),
    yesNo("reportFiled", L("Report filed", "已交报告", "已交報告"), ["report filed", "report", "visit report", "拜访报告", "拜訪報告", "是否提交报告", "是否提交報告"]),
  ],
};

const factor = (letter: string, en: string, cn: string, tw: string) =>
  field(`factor${letter}`, "score", L(`${letter} ${en}`, `${letter} ${cn}`, `${letter} ${tw}`), [`factor ${letter}`, `${letter}`, en, cn, tw], { min: 1, max: 5 });

const pipeline: SheetDef = {
  key: "Pipeline",
  table: "tblPipeline",
  label: L("Pipeline", "开发进度", "開發進度"),
  aliases: ["pipeline", "opportunities", "deals", "prospects", "商机", "商機", "大客户开发", "大客戶開發", "开发计划", "開發計劃", "项目", "項目"],
  fields: [
    field("opportunityId", "id", L("Opportunity ID", "商机编号", "商機編號"), ["opportunity id", "deal id", "opportunity no", "项目编号", "項目編號"]),
    clientIdField,
    field("prospect", "text", L("Prospect", "潜在客户", "潛在客戶"), ["prospect", "prospect name", "client", "customer", "company", "客户名称", "客戶名稱", "目标客户", "目標客戶"]),
    enumField("stage", L("Stage", "阶段", "階段"), E.PIPELINE_STAGE, ["stage", "phase", "status", "开发阶段", "開發階段", "进度", "進度"]),
    factor("A", "Share of business", "业务份额", "業務份額"),
    factor("B", "Time and cost", "时间精力成本", "時間精力成本"),
    factor("C", "Deal risk", "交易风险", "交易風險"),
    factor("D", "Deal value", "交易价值", "交易價值"),
    factor("E", "Payment risk", "付款风险", "付款風險"),
    factor("F", "Ability to serve", "供应服务能力", "供應服務能力"),
    factor("G", "Difficulty", "技术管理难度", "技術管理難度"),
    { ...valueScoreField, computed: true },
    enumField("grade", L("Grade", "评级", "評級"), E.GRADE, ["grade", "abcd", "分类", "分類"], { computed: true }),
    field("expectedValue", "money", L("Expected value", "预计金额", "預計金額"), ["expected value", "amount", "value", "contract value", "预计价值", "預計價值", "合同金额", "合同金額", "金额", "金額"], { min: 0 }),
    field("probability", "percent", L("Probability", "成功率", "成功率"), ["probability", "win probability", "chance", "可能性", "把握"], { min: 0, max: 1 }),
    field("expectedClose", "date", L("Expected close", "预计签约", "預計簽約"), ["expected close", "close date", "expected close date", "预计成交日期", "預計成交日期", "预计完成", "預計完成"]),
    ownerField,
    field("nextAction", "text", L("Next action", "下一步行动", "下一步行動"), ["next action", "next step", "next steps", "下一步", "后续行动", "後續行動"]),
  ],
};

export const SHEETS: readonly SheetDef[] = [clients, family, contacts, insurance, assets, tiers, complaints, visits, pipeline];

const byKey = new Map(SHEETS.map((s) => [s.key, s]));

export function sheetDef(key: SheetKey): SheetDef {
  const def = byKey.get(key);
  if (!def) throw new Error(`Unknown register sheet "${key}".`);
  return def;
}
