"""
Shape of Boleefat/NCCU_ML_AI "data/業務員資料0325V01.xlsx" (at commit 1721cf6): a life insurer's data set on its
own sales agents for a model that flags agents misusing clients' money, downloaded from Google Sheets (four
sheets, frozen panes, a dark header row). 基礎資料描述: 項目 / 內容 with the row count, the column count, the
number of flagged agents and their share as =B4/B2 (0.00%). DATA (autofilter, frozen at A2): one row per agent,
65 snake_case columns: serial_no (agnt_0001 …), gender (F / M), department, area and unit codes (DEPT2, AREA18,
CNTR13), agent level (K7, HA, Z1 …), status 1–5, monthly average first-year premium, 25-month persistency,
salary deduction ratio, garnishment and debt flags (Y / N), age, years since registered, invalid premium
receipts, own policies, claims in the first year, address-mismatch / commission / change / lapse rates (empty
for agents without business), loan flags, 39 rule-hit counts and abnormal_target (Y on about 1 %). schema:
欄位英文 / 欄位中文 / 型別 describing every column; 規則對照表: 規則代號 / 規則中文 / 代碼中文說明 for the 39 rules.
The source holds 4,019 agents; this file has the shape of 1,500. No client in it. Values invented.
"""
from openpyxl.styles import Alignment, Font, PatternFill

from fake import Fake, save, workbook

f = Fake("agents-zh-tw-riskmodel")

SCHEMA = [
    ('欄位英文', '欄位中文', '型別'),
    ('SERIAL_NO', '業務員流水號', None),
    ('GENDER', '性別', '類別型'),
    ('DEPT_FLG', '招攬部室代號', '類別型'),
    ('AREA_FLG', '招攬區部代號', '類別型'),
    ('CNTR_FLG', '招攬單位代號', '類別型'),
    ('AGENT_LEVEL ', '職務代號', '類別型'),
    ('AGENT_STATUS', '任用狀態', '類別型'),
    ('FYP_MONTH_AVG', '月平均業績', '連續型'),
    ('PERSISTENCE_PREM_25', '25個月繼續率', '連續型'),
    ('SALARY_DED_RATIO', '每月薪津扣款比例', '連續型'),
    ('XAGFD_FLAG', '業務員法扣註記', '類別型'),
    ('XAGDT_FLAG', '業務員欠款註記', '類別型'),
    ('AGE', '業務員現況年齡', '連續型'),
    ('REGISTER_UNTIL_NOW', '業務員初任至今經過年度', '連續型'),
    ('BILL_INVALID_RATIO', '身為送金單領用人送金單作廢率(近一年平均)', '連續型'),
    ('BILL_INVALID_CNT', '身為送金單領用人送金單作廢張數(近一年平均)', '連續型'),
    ('AGENT_OWN_PLCY', '業務員自有保單數', '連續型'),
    ('ONE_YEAR_CLAIM_PLCY_CNT', '保單生效後1年內申請賠償請求的保單數量', '連續型'),
    ('ONE_YEAR_CLAIM_PLCY_RATIO', '保單生效後1年內申請賠償請求的保單數量佔比', '連續型'),
    ('ADDR_NOT_VLD_RATE', '郵寄地址與居住地址不相符的保單張數佔比', '連續型'),
    ('COMM_AMOUNT_1Y_RATE', '近一年佣金收入與近三年佣金收入比', '連續型'),
    ('PC_IN_60_DAYS_RATE', '保單生效日後60天內保單變更的張數佔比', '連續型'),
    ('LAPSE_2Y_RATE', '於理賠後兩年內保障停效之佔率', '連續型'),
    ('CUSP_OWN_FLAG', '業務員自身申請放款註記', '類別型'),
    ('CUSP_INTR_FLAG', '業務員為放款介紹人註記', '類別型'),
    ('  RULE1_COUNTS', '業務員符合規則1的次數', '連續型'),
    ('  RULE2_COUNTS', '業務員符合規則2的次數', '連續型'),
    ('  RULE3_COUNTS', '業務員符合規則3的次數', '連續型'),
    ('  RULE4_COUNTS', '業務員符合規則4的次數', '連續型'),
    ('  RULE5_COUNTS', '業務員符合規則5的次數', '連續型'),
    ('  RULE6_COUNTS', '業務員符合規則6的次數', '連續型'),
    ('  RULE7_COUNTS', '業務員符合規則7的次數', '連續型'),
    ('  RULE8_COUNTS', '業務員符合規則8的次數', '連續型'),
    ('  RULE9_COUNTS', '業務員符合規則9的次數', '連續型'),
    ('  RULE10_COUNTS', '業務員符合規則10的次數', '連續型'),
    ('  RULE11_COUNTS', '業務員符合規則11的次數', '連續型'),
    ('  RULE12_COUNTS', '業務員符合規則12的次數', '連續型'),
    ('  RULE13_COUNTS', '業務員符合規則13的次數', '連續型'),
    ('  RULE14_COUNTS', '業務員符合規則14的次數', '連續型'),
    ('  RULE15_COUNTS', '業務員符合規則15的次數', '連續型'),
    ('  RULE16_COUNTS', '業務員符合規則16的次數', '連續型'),
    ('  RULE17_COUNTS', '業務員符合規則17的次數', '連續型'),
    ('  RULE18_COUNTS', '業務員符合規則18的次數', '連續型'),
    ('  RULE19_COUNTS', '業務員符合規則19的次數', '連續型'),
    ('  RULE20_COUNTS', '業務員符合規則20的次數', '連續型'),
    ('  RULE21_COUNTS', '業務員符合規則21的次數', '連續型'),
    ('  RULE22_COUNTS', '業務員符合規則22的次數', '連續型'),
    ('  RULE23_COUNTS', '業務員符合規則23的次數', '連續型'),
    ('  RULE24_COUNTS', '業務員符合規則24的次數', '連續型'),
    ('  RULE25_COUNTS', '業務員符合規則25的次數', '連續型'),
    ('  RULE26_COUNTS', '業務員符合規則26的次數', '連續型'),
    ('  RULE27_COUNTS', '業務員符合規則27的次數', '連續型'),
    ('  RULE28_COUNTS', '業務員符合規則28的次數', '連續型'),
    ('  RULE29_COUNTS', '業務員符合規則29的次數', '連續型'),
    ('  RULE30_COUNTS', '業務員符合規則30的次數', '連續型'),
    ('  RULE31_COUNTS', '業務員符合規則31的次數', '連續型'),
    ('  RULE32_COUNTS', '業務員符合規則32的次數', '連續型'),
    ('  RULE33_COUNTS', '業務員符合規則33的次數', '連續型'),
    ('  RULE34_COUNTS', '業務員符合規則34的次數', '連續型'),
    ('  RULE35_COUNTS', '業務員符合規則35的次數', '連續型'),
    ('  RULE36_COUNTS', '業務員符合規則36的次數', '連續型'),
    ('  RULE37_COUNTS', '業務員符合規則37的次數', '連續型'),
    ('  RULE38_COUNTS', '業務員符合規則38的次數', '連續型'),
    ('  RULE39_COUNTS', '業務員符合規則39的次數', '連續型'),
    ('ABNORMAL_TARGET', '是否為挪用業務員', '類別型'),
]
RULES = [
    ('規則代號', '規則中文', '代碼中文說明'),
    ('RULE1', '規則1', '業務員職務為業務襄理或業務副理或區經理者'),
    ('RULE2', '規則2', '催告退回比率大於3%(地址異動)'),
    ('RULE3', '規則3', '同一要保人近6個月內之保全異動次數大於10次'),
    ('RULE4', '規則4', '業務員手上招攬件的保單狀況為停效、失效、自動墊繳、繳清的比例大於30%'),
    ('RULE5', '規則5', '保單生效後1年內申請賠償請求的保單數量'),
    ('RULE6', '規則6', '催告退回比率大於3%(主招)'),
    ('RULE7', '規則7', '催告退回比率大於3%(服務)'),
    ('RULE8', '規則8', '收費員送金單作廢率大於8%且張數大於3'),
    ('RULE9', '規則9', '三次件綜合收取率未達85%'),
    ('RULE10', '規則10', '二次件綜合收取率未達85%'),
    ('RULE11', '規則11', '保單生效日後60天內保單變更的張數占比'),
    ('RULE12', '規則12', '超過6個要保人以上同地址'),
    ('RULE13', '規則13', '投保後第二保單年度即辦理繳清保險，且占所有招攬保單比例大於等於10%'),
    ('RULE14', '規則14', '於理賠後兩年內保障停效之占率'),
    ('RULE15', '規則15', '業務員每月津貼扣款金額大於等於10000元或扣款比例大於等於10%'),
    ('RULE16', '規則16', '業務員過去五年自有保單數'),
    ('RULE17', '規則17', '業務員遲到次數大於5次或未出勤天數大於5天'),
    ('RULE18', '規則18', '超過3個要保人以上同手機號碼'),
    ('RULE19', '規則19', '超過5個要保人以上同Email'),
    ('RULE20', '規則20', '近一年佣金收入與近三年佣金收入比'),
    ('RULE21', '規則21', '業務員所有招攬之保單的總可貸餘額小於10%'),
    ('RULE22', '規則22', '業務員與其配偶或二等親同處'),
    ('RULE23', '規則23', '新契約短期內變更繳別(大改小)，一年內再辦理繳清保險'),
    ('RULE24', '規則24', '業務員自身有結欠款或法扣'),
    ('RULE25', '規則25', '業務員年資大於等於2年'),
    ('RULE26', '規則26', '業務員自身申請放款者或為他人放款之介紹人'),
    ('RULE27', '規則27', '同一業務員，客戶同一帳/卡號授權人大於等於2人'),
    ('RULE28', '規則28', '業務員之月平均業績達20萬以上，且25個月繼續率小於50%'),
    ('RULE29', '規則29', '要保人購買新保單當曆月及前6個曆月或後6個曆月，又辦理其他張保單的解約'),
    ('RULE30', '規則30', '郵寄地址與居住地址不相符的保單張數占比'),
    ('RULE31', '規則31', '六個月內，保單繳別由大繳別改小繳別且保單可貸餘額小於5%(服務)'),
    ('RULE32', '規則32', '業務員自己或親屬所有保單可貸餘額比率小於5%'),
    ('RULE33', '規則33', '要保人購買新保單當曆月及前6個曆月或後6個曆月，又辦理其他張保單的貸款或縮小保額或繳清或部贖交易或停效'),
    ('RULE34', '規則34', '保單生效後1年內申請賠償請求的保單數量占比'),
    ('RULE35', '規則35', '六個月內，保單繳別由大繳別改小繳別且保單可貸餘額小於5%(主招)'),
    ('RULE36', '規則36', '收費客戶支票取消禁背的件數大於5'),
    ('RULE37', '規則37', '業務員年齡大於等於40歲'),
    ('RULE38', '規則38', '超過8個要保人以上同帳卡號'),
    ('RULE39', '規則39', '辦理印鑑變更後3個月內保單借款大於10萬'),
]
RULE_RATES = [0.042, 0.027, 0.002, 0.11, 0.018, 0.1, 0.06, 0.02, 0.027, 0.105, 0.002, 0.05, 0.012, 0.03, 0.004, 0.047,
              0.004, 0.06, 0.008, 0.025, 0.015, 0.216, 0.044, 0.342, 0.147, 0.2, 0.0003, 0.0003, 0.22, 0.028, 0.001,
              0.024, 0.26, 0.027, 0.0005, 0.154, 0.79, 0.0005, 0.014]
MULTI = {11, 17, 28, 32}  # rules counted more than once for some agents
N = 1500
HEAD_FILL = PatternFill("solid", fgColor="FF222A35")
HEAD_FONT = Font(bold=True, color="FFFFFFFF")


def header(ws, values):
    ws.append(values)
    for c in ws[1]:
        c.fill, c.font, c.alignment = HEAD_FILL, HEAD_FONT, Alignment(horizontal="center")


def maybe(p, value):
    return value if f.chance(p) else None


wb = workbook()
desc = wb.active
desc.title = "基礎資料描述"
data = wb.create_sheet("DATA")
schema = wb.create_sheet("schema")
rules = wb.create_sheet("規則對照表")

columns = [s[0].strip().lower() for s in SCHEMA[1:]]
header(data, columns)
flagged = 0
for i in range(1, N + 1):
    has_business = f.chance(0.3)
    level = f.pick(["Z1", "Z1", "Z1", "K7", "KA", "HA", "K5", "Z2"]) if not f.chance(0.0005) else 3.0
    row = [f"agnt_{i:04d}", f.pick(["F", "F", "F", "M"]),
           None if f.chance(0.0005) else f.pick(["DEPT2", "DEPT2", "DEPT4", "DEPT3", "DEPT5", "DEPT1"]),
           None if f.chance(0.0005) else f"AREA{f.r.randrange(1, 22)}", f"CNTR{f.r.randrange(1, 40)}", level,
           float(f.pick([2, 2, 2, 2, 2, 1, 1, 3, 5, 4])),
           maybe(0.67, round(f.pick([0.0, f.r.uniform(-5000, 700000) if f.chance(0.05) else f.r.uniform(0, 90000)]), 2)),
           maybe(0.22, round(f.pick([100.0, 0.0, f.r.uniform(40, 101)]), 2)), maybe(0.0045, 33.33),
           "Y" if f.chance(0.0045) else "N", "Y" if f.chance(0.34) else "N",
           None if f.chance(0.0005) else float(f.r.randrange(21, 94)), float(f.r.randrange(0, 54))]
    receipts = f.chance(0.175)
    row += [round(f.r.uniform(0, 0.5), 2) if receipts else None, float(f.r.randrange(0, 12)) if receipts else None]
    if has_business:
        row += [float(f.r.randrange(0, 78)), float(f.r.randrange(0, 43)), round(f.pick([0.0, 0.02, 0.03, f.r.uniform(0, 0.1)]), 2),
                round(f.pick([0.0, f.r.uniform(0, 1)]), 2), round(f.r.uniform(-0.21, 1.0), 2), round(f.pick([0.0, f.r.uniform(0, 1)]), 2),
                round(f.pick([0.0, f.r.uniform(0, 1)]), 2)]
    else:
        row += [None] * 7
    row += ["Y" if f.chance(0.09) else "N", "Y" if f.chance(0.18) else "N"]
    for n, rate in enumerate(RULE_RATES):
        hit = f.chance(rate)
        row.append(float(f.r.randrange(1, 7) if n in MULTI and hit and f.chance(0.4) else int(hit)))
    abnormal = f.chance(0.0095)
    flagged += abnormal
    row.append("Y" if abnormal else "N")
    data.append(row)
data.auto_filter.ref = f"A1:BM{N + 1}"
data.freeze_panes = "A2"

header(desc, ["項目", "內容"])
for label, value in (("總筆數", float(N)), ("總欄位數", float(len(columns))), ("挪用業務員筆數", float(flagged))):
    desc.append([label, value])
desc.append(["挪用業務員比例", "=B4/B2"])
desc["B5"].number_format = "0.00%"
desc.freeze_panes = "B2"

header(schema, list(SCHEMA[0]))
for r in SCHEMA[1:]:
    schema.append(list(r))
schema.freeze_panes = "A2"

header(rules, list(RULES[0]))
for r in RULES[1:]:
    rules.append(list(r))
rules.freeze_panes = "C2"

for ws, widths in ((desc, {"A": 12.78, "B": 17.67}), (data, {"A": 11, "H": 20.67}), (schema, {"A": 26.56, "B": 36.22}),
                   (rules, {"A": 13.56, "B": 10, "C": 87.11})):
    for col, w in widths.items():
        ws.column_dimensions[col].width = w

save(wb, "agents-zh-tw-riskmodel.xlsx")
