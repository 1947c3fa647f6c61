/** Localized captions the workbook plans write besides the catalog's field and enum labels. */
import { L } from "../register/enums";

export const CAPTIONS = {
  /** The product's one name per language (footers, pane title). */
  registerTitle: L("Client Register", "客户台账", "客戶名冊"),
  settingsTitle: L("Register settings", "台账设置", "名冊設定"),
  settingsIntro: L(
    "Edit the values in column B (and the factor table below); the register's formulas read them.",
    "修改 B 列的数值（以及下方的因素表），台账中的公式会引用这些设置。",
    "修改 B 欄的數值（以及下方的因素表），名冊中的公式會引用這些設定。"
  ),
  settingHeader: L("Setting", "设置项", "設定項"),
  valueHeader: L("Value", "值", "值"),
  keyHeader: L("Key", "代码", "代碼"),
  noteHeader: L("Note", "说明", "說明"),

  tierSection: L(
    "Tier thresholds: minimum annual revenue",
    "客户分级门槛：最低年收入",
    "客戶分級門檻：最低年收入"
  ),
  tierNote: L("Annual revenue at or above this amount", "年收入不低于此金额", "年收入不低於此金額"),
  lowestTierNote: L(
    "At or above this amount; below it: standard",
    "不低于此金额；低于此金额为商务/公众客户",
    "不低於此金額；低於此金額為商務/公眾客戶"
  ),

  gradeSection: L(
    "Value assessment grades (A/B/C/D)",
    "价值评估分级（A/B/C/D）",
    "價值評估分級（A/B/C/D）"
  ),
  gradeValueCut: L("Value cut (0–100)", "价值分界（0–100）", "價值分界（0–100）"),
  gradeValueCutNote: L(
    "Separates high from low value scores",
    "区分高、低价值评分",
    "區分高、低價值評分"
  ),
  gradeDifficultyCut: L("Difficulty cut (0–100)", "难度分界（0–100）", "難度分界（0–100）"),
  gradeDifficultyCutNote: L("Separates hard from easy deals", "区分高、低难度", "區分高、低難度"),

  slaSection: L(
    "Complaint service levels: days to resolve",
    "投诉处理时限（天）",
    "客訴處理時限（天）"
  ),
  slaNote: L("Days from receipt to the due date", "从受理到应办结的天数", "從受理到應結案的天數"),
  businessDays: L("Count working days only", "仅计工作日", "僅計工作日"),
  businessDaysNote: L(
    "TRUE: Monday–Friday; FALSE: calendar days",
    "是：周一至周五；否：自然日",
    "是：週一至週五；否：日曆日"
  ),

  generalSection: L("General", "通用", "一般"),
  notVisitedDays: L("Flag clients not visited for (days)", "未拜访提醒（天）", "未拜訪提醒（天）"),
  notVisitedDaysNote: L(
    "Reviews list clients without a visit for this long",
    "复盘时列出超过此天数未拜访的客户",
    "檢討時列出超過此天數未拜訪的客戶"
  ),
  currency: L("Currency", "币种", "幣別"),
  currencyNote: L("Three-letter code, e.g. CNY", "三位字母代码，如 CNY", "三位字母代碼，如 TWD"),
  language: L("Language", "语言", "語言"),
  languageNote: L(
    "en, zh-CN or zh-TW",
    "English、简体中文或繁體中文",
    "English、简体中文或繁體中文"
  ),
  formulaStyle: L("Formula style", "公式类型", "公式類型"),
  formulaStyleNote: L(
    "portable: plain Excel formulas; live: add-in functions (KAM.*)",
    "标准公式：任何表格软件都能计算；加载项函数：KAM.* 函数",
    "標準公式：任何試算表軟體都能計算；增益集函數：KAM.* 函數"
  ),
  formulaStylePortable: L("portable", "标准公式", "標準公式"),
  formulaStyleLive: L("live", "加载项函数", "增益集函數"),

  factorSection: L("Value assessment factors", "价值评估因素", "價值評估因素"),
  factorRow: L("Factor", "因素", "因素"),
  factorNameRow: L("Name", "名称", "名稱"),
  factorWeightRow: L("Weight", "权重", "權重"),
  factorAgainstRow: L("Counts against (1 = yes)", "反向计分（1 = 是）", "反向計分（1 = 是）"),

  computedNote: L(
    "Calculated by a formula; do not type here.",
    "由公式计算，请勿手动填写。",
    "由公式計算，請勿手動填寫。"
  ),
  givenOrComputedNote: L(
    "Calculated by a formula unless a date is typed here: a typed date is this row's own and is kept.",
    "由公式计算；如在此填写日期，则以所填日期为准，并予保留。",
    "由公式計算；如在此填寫日期，則以所填日期為準，並予保留。"
  ),
  enumNote: L("Type or pick the code:", "请填写或从列表中选择：", "請填寫或從清單中選擇："),
  yesNoNote: L("TRUE = yes, FALSE = no", "填写“是”或“否”", "填寫「是」或「否」"),
};
