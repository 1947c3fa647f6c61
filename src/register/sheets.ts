import * as E from "./enums";
import { L } from "./enums";
import {
  annualRevenueField,
  birthdayField,
  clientIdField,
  emailField,
  enumField,
  field,
  hobbiesField,
  notesField,
  ownerField,
  phoneField,
  valueScoreField,
} from "./fields";
import type { SheetDef, SheetKey } from "./types";
import {
  ASSETS_HEADERS,
  CLIENTS_HEADERS,
  COMPLAINTS_HEADERS,
  CONTACTS_HEADERS,
  FAMILY_HEADERS,
  INSURANCE_HEADERS,
  PIPELINE_HEADERS,
  TIERS_HEADERS,
  VISITS_HEADERS,
  SHEET_WORDS,
} from "./vocabulary";

const yesNo = (key: string, label: ReturnType<typeof L>, aliases: readonly string[]) =>
  field(key, "boolean", label, aliases);

const clients: SheetDef = {
  key: "Clients",
  table: "tblClients",
  label: L("Clients", "客户信息", "客戶資料"),
  aliases: SHEET_WORDS.Clients,
  fields: [
    clientIdField,
    field("name", "text", L("Name", "客户名称", "客戶名稱"), CLIENTS_HEADERS.name, {
      required: true,
    }),
    enumField(
      "kind",
      L("Client type", "客户类型", "客戶類型"),
      E.CLIENT_KIND,
      CLIENTS_HEADERS.kind
    ),
    phoneField,
    emailField,
    field("address", "text", L("Address", "地址", "地址"), CLIENTS_HEADERS.address, {
      personal: true,
    }),
    birthdayField,
    field("occupation", "text", L("Occupation", "职业", "職業"), CLIENTS_HEADERS.occupation),
    field("employer", "text", L("Employer", "工作单位", "服務單位"), CLIENTS_HEADERS.employer),
    hobbiesField,
    enumField(
      "riskProfile",
      L("Risk profile", "风险偏好", "風險偏好"),
      E.RISK_PROFILE,
      CLIENTS_HEADERS.riskProfile
    ),
    field("industry", "text", L("Industry", "所在行业", "所在行業"), CLIENTS_HEADERS.industry),
    enumField(
      "enterpriseNature",
      L("Enterprise nature", "企业性质", "企業性質"),
      E.ENTERPRISE_NATURE,
      CLIENTS_HEADERS.enterpriseNature
    ),
    annualRevenueField,
    // The person on our side who looks after the client, in words of no one trade (a bank's 理專,
    // an insurer's 業務員, a telecom's 客戶經理 are all this): 負責人員, not 負責人, which on a list of
    // Taiwanese companies reads as the company's own principal. Registers written with the
    // earlier 理專 still read: it is an alias (COMMON_HEADERS.owner).
    {
      ...ownerField,
      label: L("Owner", "负责人", "負責人員"),
      // The label is its own spelling here: not repeated among the shared header words.
      aliases: ownerField.aliases.filter((a) => a !== "负责人员"),
    },
    field(
      "clientSince",
      "date",
      L("Client since", "建档日期", "建檔日期"),
      CLIENTS_HEADERS.clientSince
    ),
    enumField(
      "creditRating",
      L("Credit rating", "银行信用", "銀行信用"),
      E.CREDIT_RATING,
      CLIENTS_HEADERS.creditRating
    ),
    enumField(
      "paymentAttitude",
      L("Payment attitude", "付款态度", "付款態度"),
      E.PAYMENT_ATTITUDE,
      CLIENTS_HEADERS.paymentAttitude
    ),
    notesField,
    field(
      "annualIncome",
      "money",
      L("Annual income", "个人年收入", "個人年收入"),
      CLIENTS_HEADERS.annualIncome,
      { min: 0, personal: true }
    ),
    yesNo("married", L("Married", "已婚", "已婚"), CLIENTS_HEADERS.married),
    field("children", "integer", L("Children", "子女数", "子女數"), CLIENTS_HEADERS.children, {
      min: 0,
    }),
    field(
      "mainContact",
      "text",
      L("Main contact", "常用联系人", "常用聯絡人"),
      CLIENTS_HEADERS.mainContact
    ),
    field(
      "mainBusiness",
      "text",
      L("Main business", "主营业务", "主營業務"),
      CLIENTS_HEADERS.mainBusiness
    ),
    enumField(
      "industryStanding",
      L("Industry standing", "行业地位", "行業地位"),
      E.INDUSTRY_STANDING,
      CLIENTS_HEADERS.industryStanding
    ),
    field(
      "foundedYear",
      "integer",
      L("Year founded", "成立年代", "成立年代"),
      CLIENTS_HEADERS.foundedYear,
      // Temples, churches, schools and trading houses founded in the 1600s are clients too.
      { min: 1000, max: 2100 }
    ),
    field(
      "registeredCapital",
      "money",
      L("Registered capital", "注册资金", "註冊資金"),
      CLIENTS_HEADERS.registeredCapital,
      { min: 0 }
    ),
    enumField(
      "cashPosition",
      L("Cash position", "资金状况", "資金狀況"),
      E.CASH_POSITION,
      CLIENTS_HEADERS.cashPosition
    ),
    yesNo("groupClient", L("Group client", "集团客户", "集團客戶"), CLIENTS_HEADERS.groupClient),
    yesNo(
      "strategicClient",
      L("Strategic client", "战略客户", "戰略客戶"),
      CLIENTS_HEADERS.strategicClient
    ),
    field(
      "referrals",
      "integer",
      L("Signed referrals", "转介绍签约数", "轉介紹簽約數"),
      CLIENTS_HEADERS.referrals,
      { min: 0 }
    ),
    field("idNumber", "id", L("ID number", "证件号码", "證件號碼"), CLIENTS_HEADERS.idNumber, {
      personal: true,
    }),
  ],
};

const family: SheetDef = {
  key: "Family",
  table: "tblFamily",
  label: L("Family", "家庭成员", "家庭成員"),
  aliases: SHEET_WORDS.Family,
  fields: [
    clientIdField,
    field(
      "memberName",
      "text",
      L("Member name", "成员姓名", "成員姓名"),
      FAMILY_HEADERS.memberName,
      { required: true }
    ),
    field("relation", "text", L("Relation", "关系", "關係"), FAMILY_HEADERS.relation),
    birthdayField,
    field("age", "integer", L("Age", "年龄", "年齡"), FAMILY_HEADERS.age, {
      min: 0,
      max: 130,
    }),
    field(
      "occupationOrSchool",
      "text",
      L("Occupation or school", "职业/学校", "職業/學校"),
      FAMILY_HEADERS.occupationOrSchool
    ),
    notesField,
  ],
};

const contacts: SheetDef = {
  key: "Contacts",
  table: "tblContacts",
  label: L("Contacts", "联系人", "聯絡人"),
  aliases: SHEET_WORDS.Contacts,
  fields: [
    clientIdField,
    field("name", "text", L("Contact name", "联系人姓名", "聯絡人姓名"), CONTACTS_HEADERS.name, {
      required: true,
    }),
    field("title", "text", L("Title", "职务", "職務"), CONTACTS_HEADERS.title),
    field("department", "text", L("Department", "部门", "部門"), CONTACTS_HEADERS.department),
    enumField("layer", L("Layer", "层级", "層級"), E.CONTACT_LAYER, CONTACTS_HEADERS.layer),
    enumField(
      "influence",
      L("Influence", "影响力", "影響力"),
      E.CONTACT_INFLUENCE,
      CONTACTS_HEADERS.influence
    ),
    field(
      "closeness",
      "score",
      L("Closeness (1–5)", "亲密程度", "親密程度"),
      CONTACTS_HEADERS.closeness,
      { min: 1, max: 5 }
    ),
    yesNo("isCoach", L("Coach", "内线/教练", "內線/教練"), CONTACTS_HEADERS.isCoach),
    phoneField,
    emailField,
    birthdayField,
    hobbiesField,
    field("character", "text", L("Character", "性格", "性格"), CONTACTS_HEADERS.character),
    notesField,
  ],
};

const insurance: SheetDef = {
  key: "Insurance",
  table: "tblInsurance",
  label: L("Insurance", "保险涵盖", "保險涵蓋"),
  aliases: SHEET_WORDS.Insurance,
  fields: [
    clientIdField,
    field("policyNo", "text", L("Policy no.", "保单号", "保單號碼"), INSURANCE_HEADERS.policyNo),
    field("insurer", "text", L("Insurer", "保险公司", "保險公司"), INSURANCE_HEADERS.insurer),
    enumField(
      "type",
      L("Insurance type", "险种", "險種"),
      E.INSURANCE_TYPE,
      INSURANCE_HEADERS.type
    ),
    field("insured", "text", L("Insured", "被保险人", "被保險人"), INSURANCE_HEADERS.insured),
    field(
      "startDate",
      "date",
      L("Start date", "生效日期", "生效日期"),
      INSURANCE_HEADERS.startDate
    ),
    // When the current term ends: the date a renewal list is about (Policy Expiry, 到期日, 满期日).
    field("expiryDate", "date", L("Expiry date", "到期日", "到期日"), INSURANCE_HEADERS.expiryDate),
    field("termYears", "integer", L("Term (years)", "年限", "年期"), INSURANCE_HEADERS.termYears, {
      min: 0,
    }),
    // A term that is not whole years (7天, 6个月, 终身) as written; termYears stays empty then.
    field(
      "termText",
      "text",
      L("Term as written", "期限说明", "期限說明"),
      INSURANCE_HEADERS.termText
    ),
    field("sumInsured", "money", L("Sum insured", "保额", "保額"), INSURANCE_HEADERS.sumInsured, {
      min: 0,
    }),
    field(
      "annualPremium",
      "money",
      L("Annual premium", "年缴保费", "年繳保費"),
      INSURANCE_HEADERS.annualPremium,
      { min: 0 }
    ),
    yesNo(
      "criticalIllnessCovered",
      L("Critical illness covered", "含重疾保障", "含重大疾病保障"),
      INSURANCE_HEADERS.criticalIllnessCovered
    ),
    enumField("status", L("Status", "状态", "狀態"), E.POLICY_STATUS, INSURANCE_HEADERS.status),
    notesField,
  ],
};

const assets: SheetDef = {
  key: "Assets",
  table: "tblAssets",
  label: L("Assets", "资产回顾", "資產回顧"),
  aliases: SHEET_WORDS.Assets,
  fields: [
    clientIdField,
    enumField(
      "assetClass",
      L("Asset class", "资产类别", "資產類別"),
      E.ASSET_CLASS,
      ASSETS_HEADERS.assetClass
    ),
    enumField("heldAt", L("Held at", "持有处", "持有處"), E.HELD_AT, ASSETS_HEADERS.heldAt),
    field("institution", "text", L("Institution", "机构", "機構"), ASSETS_HEADERS.institution),
    field("marketValue", "money", L("Market value", "市值", "市值"), ASSETS_HEADERS.marketValue),
    field("currency", "text", L("Currency", "币种", "幣別"), ASSETS_HEADERS.currency),
    field("startDate", "date", L("Start date", "起始日期", "起始日期"), ASSETS_HEADERS.startDate),
    field(
      "maturityDate",
      "date",
      L("Maturity date", "到期日", "到期日"),
      ASSETS_HEADERS.maturityDate
    ),
    field("termYears", "integer", L("Term (years)", "年限", "年期"), ASSETS_HEADERS.termYears, {
      min: 0,
    }),
    field("asOf", "date", L("As of", "估值日期", "估值日期"), ASSETS_HEADERS.asOf),
    notesField,
  ],
};

const tiers: SheetDef = {
  key: "Tiers",
  table: "tblTiers",
  label: L("Tiers", "客户分级", "客戶分級"),
  aliases: SHEET_WORDS.Tiers,
  fields: [
    clientIdField,
    field("annualRevenue", "money", annualRevenueField.label, annualRevenueField.aliases, {
      min: 0,
      computed: true,
    }),
    { ...valueScoreField },
    field("difficulty", "score", L("Difficulty", "难度", "難度"), TIERS_HEADERS.difficulty, {
      min: 0,
      max: 100,
    }),
    enumField("tier", L("Tier", "级别", "級別"), E.TIER, TIERS_HEADERS.tier, { computed: true }),
    enumField("grade", L("Grade", "评级", "評級"), E.GRADE, TIERS_HEADERS.grade, {
      computed: true,
    }),
    enumField(
      "overrideTier",
      L("Override tier", "调整级别", "調整級別"),
      E.TIER,
      TIERS_HEADERS.overrideTier
    ),
    field(
      "overrideReason",
      "text",
      L("Override reason", "调整原因", "調整原因"),
      TIERS_HEADERS.overrideReason
    ),
    enumField(
      "effectiveTier",
      L("Effective tier", "生效级别", "生效級別"),
      E.TIER,
      TIERS_HEADERS.effectiveTier,
      { computed: true }
    ),
    enumField(
      "previousTier",
      L("Previous tier", "上次级别", "上次級別"),
      E.TIER,
      TIERS_HEADERS.previousTier
    ),
    enumField(
      "assessedTier",
      L("Assessed tier", "评定级别", "評定級別"),
      E.TIER,
      TIERS_HEADERS.assessedTier
    ),
    field("assessedOn", "date", L("Assessed on", "评定日期", "評定日期"), TIERS_HEADERS.assessedOn),
  ],
};

const complaints: SheetDef = {
  key: "Complaints",
  table: "tblComplaints",
  label: L("Complaints", "客户投诉", "客訴"),
  aliases: SHEET_WORDS.Complaints,
  fields: [
    field(
      "complaintId",
      "id",
      L("Complaint ID", "投诉编号", "客訴編號"),
      COMPLAINTS_HEADERS.complaintId
    ),
    clientIdField,
    field(
      "receivedOn",
      "date",
      L("Received on", "受理日期", "受理日期"),
      COMPLAINTS_HEADERS.receivedOn,
      { required: true }
    ),
    field("channel", "text", L("Channel", "渠道", "管道"), COMPLAINTS_HEADERS.channel),
    field("category", "text", L("Category", "类别", "類別"), COMPLAINTS_HEADERS.category),
    enumField(
      "severity",
      L("Severity", "严重程度", "嚴重程度"),
      E.SEVERITY,
      COMPLAINTS_HEADERS.severity
    ),
    field(
      "description",
      "text",
      L("Description", "投诉内容", "客訴內容"),
      COMPLAINTS_HEADERS.description
    ),
    { ...ownerField, aliases: [...ownerField.aliases, ...COMPLAINTS_HEADERS.owner] },
    enumField("status", L("Status", "状态", "狀態"), E.COMPLAINT_STATUS, COMPLAINTS_HEADERS.status),
    field("dueOn", "date", L("Due on", "应办结日期", "應結案日期"), COMPLAINTS_HEADERS.dueOn, {
      computed: true,
      givenBySource: true,
    }),
    field(
      "resolvedOn",
      "date",
      L("Resolved on", "解决日期", "解決日期"),
      COMPLAINTS_HEADERS.resolvedOn
    ),
    field(
      "rootCause",
      "text",
      L("Root cause", "原因分析", "原因分析"),
      COMPLAINTS_HEADERS.rootCause
    ),
    field(
      "correctiveAction",
      "text",
      L("Corrective action", "整改措施", "改善措施"),
      COMPLAINTS_HEADERS.correctiveAction
    ),
    yesNo("calledBack", L("Called back", "已回访", "已回訪"), COMPLAINTS_HEADERS.calledBack),
    field(
      "expectedScore",
      "number",
      L("Expected score", "期望评分", "期望評分"),
      COMPLAINTS_HEADERS.expectedScore
    ),
    field(
      "actualScore",
      "number",
      L("Actual score", "实际评分", "實際評分"),
      COMPLAINTS_HEADERS.actualScore
    ),
    field(
      "satisfactionGap",
      "number",
      L("Satisfaction gap", "满意度差", "滿意度差"),
      COMPLAINTS_HEADERS.satisfactionGap,
      { computed: true }
    ),
    field("overdue", "boolean", L("Overdue", "已逾期", "已逾期"), COMPLAINTS_HEADERS.overdue, {
      computed: true,
    }),
    notesField,
  ],
};

const visits: SheetDef = {
  key: "Visits",
  table: "tblVisits",
  label: L("Visits", "拜访记录", "拜訪紀錄"),
  aliases: SHEET_WORDS.Visits,
  fields: [
    field("visitOn", "date", L("Visit date", "拜访日期", "拜訪日期"), VISITS_HEADERS.visitOn, {
      required: true,
    }),
    clientIdField,
    enumField("method", L("Method", "方式", "方式"), E.VISIT_METHOD, VISITS_HEADERS.method),
    field("place", "text", L("Place", "地点", "地點"), VISITS_HEADERS.place),
    field("attendees", "text", L("Attendees", "参加人员", "參加人員"), VISITS_HEADERS.attendees),
    field("purpose", "text", L("Purpose", "目的", "目的"), VISITS_HEADERS.purpose),
    field("keyPoints", "text", L("Key points", "洽谈要点", "洽談要點"), VISITS_HEADERS.keyPoints),
    field(
      "clientViews",
      "text",
      L("Client views", "客户意见", "客戶意見"),
      VISITS_HEADERS.clientViews
    ),
    field("nextSteps", "text", L("Next steps", "下一步", "下一步"), VISITS_HEADERS.nextSteps),
    field(
      "nextVisitOn",
      "date",
      L("Next visit", "下次拜访", "下次拜訪"),
      VISITS_HEADERS.nextVisitOn
    ),
    field("expense", "money", L("Expense", "费用", "費用"), VISITS_HEADERS.expense, { min: 0 }),
    yesNo("reportFiled", L("Report filed", "已交报告", "已交報告"), VISITS_HEADERS.reportFiled),
    // What the log says beyond the register's columns (a status, a duration, a remark): kept
    // with its header, so a visit log's unmapped columns are never lost.
    notesField,
  ],
};

const factor = (letter: string, en: string, cn: string, tw: string) =>
  field(
    `factor${letter}`,
    "score",
    L(`${letter} ${en}`, `${letter} ${cn}`, `${letter} ${tw}`),
    [`factor ${letter}`, `${letter}`, en, cn, tw],
    { min: 1, max: 5 }
  );

const pipeline: SheetDef = {
  key: "Pipeline",
  table: "tblPipeline",
  label: L("Pipeline", "开发进度", "開發進度"),
  aliases: SHEET_WORDS.Pipeline,
  fields: [
    field(
      "opportunityId",
      "id",
      L("Opportunity ID", "商机编号", "商機編號"),
      PIPELINE_HEADERS.opportunityId
    ),
    clientIdField,
    field("prospect", "text", L("Prospect", "潜在客户", "潛在客戶"), PIPELINE_HEADERS.prospect),
    enumField("stage", L("Stage", "阶段", "階段"), E.PIPELINE_STAGE, PIPELINE_HEADERS.stage),
    factor("A", "Share of business", "业务份额", "業務份額"),
    factor("B", "Time and cost", "时间精力成本", "時間精力成本"),
    factor("C", "Deal risk", "交易风险", "交易風險"),
    factor("D", "Deal value", "交易价值", "交易價值"),
    factor("E", "Payment risk", "付款风险", "付款風險"),
    factor("F", "Ability to serve", "供应服务能力", "供應服務能力"),
    factor("G", "Difficulty", "技术管理难度", "技術管理難度"),
    { ...valueScoreField, computed: true },
    enumField("grade", L("Grade", "评级", "評級"), E.GRADE, PIPELINE_HEADERS.grade, {
      computed: true,
    }),
    field(
      "expectedValue",
      "money",
      L("Expected value", "预计金额", "預計金額"),
      PIPELINE_HEADERS.expectedValue,
      { min: 0 }
    ),
    field(
      "probability",
      "percent",
      L("Probability", "成功率", "成功率"),
      PIPELINE_HEADERS.probability,
      { min: 0, max: 1 }
    ),
    field(
      "expectedClose",
      "date",
      L("Expected close", "预计签约", "預計簽約"),
      PIPELINE_HEADERS.expectedClose
    ),
    ownerField,
    field(
      "nextAction",
      "text",
      L("Next action", "下一步行动", "下一步行動"),
      PIPELINE_HEADERS.nextAction
    ),
  ],
};

export const SHEETS: readonly SheetDef[] = [
  clients,
  family,
  contacts,
  insurance,
  assets,
  tiers,
  complaints,
  visits,
  pipeline,
];

const byKey = new Map(SHEETS.map((s) => [s.key, s]));

export function sheetDef(key: SheetKey): SheetDef {
  const def = byKey.get(key);
  if (!def) throw new Error(`Unknown register sheet "${key}".`);
  return def;
}
