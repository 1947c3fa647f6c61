"""
Shape of chinamrwu1999/iCRM "docs/销售跟进表（周汇报）.xlsx": a diagnostics maker's weekly sales
follow-up workbook for its regional managers, exported from Tencent Docs (腾讯文档), five sheets:

- "医院对接表（周更）": city coverage of top hospitals. Row 1 holds SUBTOTAL formulas and a ratio
  (cached) above the header, row 2 the green header 大区 / 省份 / 地市 / 三甲医院总数 / 已对接 /
  覆盖率 / 已对接医院名称 / 未对接医院, row 3 one 示例 row (hospital short names joined by 、 with a
  count in brackets), row 4 "填写说明", row 5 a note merged over A5:E5.
- "医院开发跟进表（周更）": hospitals under development, a two-row header: merged group headings
  in row 1 (医院基础档案信息 A:I, 入院进展 J:P, 医院关键人信息（姓名） Q:T, 竞品销量信息（月均销量数字）
  U:Z, 代理商信息 AA:AI, 周跟进情况 AJ:AK), 37 column headers in row 2 (科室主任 and 联系电话 twice,
  competitor product names, 本周进展（9.19-9.23） / 下周目标（9.26-9.30）), a 填写说明 row 3 with
  long hints, panes frozen at H4, drop-down lists on the progress columns. Six hospitals of one
  province, all with the same 省区经理 and 招商推广经理, the agent company by short name or as
  "X报单" / "待筛选代理商", progress as text ("已提单", "暂不确定", "预计22年10月") in date-formatted
  cells, one competitor volume number on three rows, the weekly notes on three rows; the key-person
  and agent-detail columns empty.
- "预估及达成（月更）": a title merged over A1:H1 with group headings, the header in row 2 (months
  7月…12月, Q3, Q4 three times over), a 填写说明 row 3 with a sample manager and formulas, six
  terminals of another province with monthly forecast quantities, SUM and price formulas.
- "物价及挂网（周更）": price-listing status per province/city (six rows, dates, 待定, a line break).
- "公卫及体检项目（周更）": public-health and check-up projects: header row 1, a 示例 row 2 (a
  number date serial, a budget as text), five projects naming the manager, sometimes the promoter
  and the agent, the other columns empty.
Values invented (people, hospitals, agents, numbers); province and city names are places.
"""
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.worksheet.datavalidation import DataValidation

from fake import CachedFormulas, Fake, workbook

f = Fake("pipeline-zh-cn-hospitaldev")
cf = CachedFormulas()
GREEN = PatternFill("solid", fgColor="FF03847D")
BLUE = PatternFill("solid", fgColor="FF8CDDFA")
LIGHT = PatternFill("solid", fgColor="FFE3F0CF")
GREY = PatternFill("solid", fgColor="FFEFEFEF")
YELLOW = PatternFill("solid", fgColor="FFFFFF00")
BOLD = Font(bold=True)
MONTH = 'yyyy"年"m"月";@'

wb = workbook()

# 1 ------------------------------------------------------------------------------------------
ws = wb.active
ws.title = "医院对接表（周更）"
cf.formula(ws, "D1", "=SUBTOTAL(9,D3:D3)", 24)
cf.formula(ws, "E1", "=SUBTOTAL(9,E3:E3)", 17)
cf.formula(ws, "F1", "=E1/D1", 17 / 24)
ws["F1"].number_format = "0%"
for i, h in enumerate(["大区", "省份", "地市", "三甲医院总数", "已对接", "覆盖率", "已对接医院名称", "未对接医院"], 1):
    c = ws.cell(2, i, h)
    c.fill = GREEN
    c.font = Font(bold=True, color="FFFFFFFF")
for i, v in enumerate(["示例", "广东", "佛山"], 1):
    ws.cell(3, i, v).fill = LIGHT
ws["D3"], ws["E3"] = 24, 17
cf.formula(ws, "F3", "=E3/D3", 17 / 24)
ws["F3"].number_format = "0.0%"
ws["G3"] = "市一、市二、中医院、妇幼、南海人民、顺德人民、禅城中心、三水人民、高明人民、南海经济区、顺德中医、南海中医、禅城人民、市五、骨伤、口腔、南海妇幼（17）"
ws["H3"] = "肿瘤、市四、高明中医、三水中医、顺德妇幼、南海第二（6）"
for col in "DEFGH":
    ws[f"{col}3"].fill = GREY
ws["A4"] = "填写说明"
ws["A5"] = "1. 未对接医院转为已对接医院后，需同步新增至医院开发跟进表，新增医院用蓝色标记。"
ws.merge_cells("A5:E5")
ws.column_dimensions["G"].width = 60
ws.column_dimensions["H"].width = 40

# 2 ------------------------------------------------------------------------------------------
ws = wb.create_sheet("医院开发跟进表（周更）")
groups = [("A1:I1", "医院基础档案信息"), ("J1:P1", "入院进展"), ("Q1:T1", "医院关键人信息（姓名）"),
          ("U1:Z1", "竞品销量信息（月均销量数字）"), ("AA1:AI1", "代理商信息"), ("AJ1:AK1", "周跟进情况")]
for rng, text in groups:
    first = rng.split(":")[0]
    ws[first] = text
    ws[first].font = BOLD
    ws[first].alignment = Alignment(horizontal="center")
    ws.merge_cells(rng)
ws["AA1"].fill = BLUE
HEAD2 = ["大区", "省市", "地级市", "医院名称", "医院级别", "省区经理", "招商推广经理", "代理商公司", "联系电话",
         "提单科室", "科室主任", "第2提单科室", "科室主任", "提单时间", "预实验时间", "进院时间",
         "主管院长", "检验科主任", "体检科主任", "消化科主任",
         "长安心", "常卫清", "S9", "睿肠太", "常易舒", "其他",
         "销售模式", "保证金（万）", "是否签约", "是否授权", "约定2022年销量", "第2顺位代理商", "联系电话", "第3顺位代理商", "联系电话",
         "本周进展（9.19-9.23）", "下周目标（9.26-9.30）"]
for i, h in enumerate(HEAD2, 1):
    c = ws.cell(2, i, h)
    c.font = BOLD
    if 27 <= i <= 35:
        c.fill = BLUE
for ref in ("N2", "O2"):
    ws[ref].number_format = MONTH
for ref in ("AC2", "AD2"):
    ws[ref].number_format = "yyyy/mm/dd;@"
hints = {"A": "填写说明", "B": "填写说明", "D": "医院全称", "G": "招商经理信息需补齐，如招商经理暂空缺，填省区经理",
         "H": "公司全称", "I": "代理商联系方式",
         "M": "提单时间、预实验时间、进院时间为递进关系，下拉列表选择对应时间。并按照计划推进目标达成",
         "T": "竞品销量信息仅限填写数字，未入院/无销量/不详，填0", "AJ": "周总结及下周目标，参考SMART原则",
         "AK": "目标清晰，计划达成什么结果"}
for col, text in hints.items():
    ws[f"{col}3"] = text
manager, promoter = "郑晓梅", "蒋浩"
HOSPITALS = [
    ("西安", "陕西省康复医学中心医院", "三甲医院", "陕西恒远", "检验科", "已提单", "暂不确定", None, ("U", 20), None,
     "下周约拜访，和代理商一起。"),
    ("西安", "陕西中医药大学第三附属医院", "三级甲等", "众达云科", "检验科", "暂不确定", "暂不确定", None, ("V", 10), None, None),
    ("咸阳", "咸阳市第二中心医院", "三级甲等", "国药报单", "检验科", "预计22年10月", "暂不确定", "预计22年12月", ("W", 5),
     "和代理商沟通医院进展，计划下周检验科拜访", "预约拜访"),
    ("咸阳", "咸阳市仁和人民医院", "三级甲等", "王总报单", "检验科", "暂不确定", "暂不确定", None, None, None,
     "预约代理商沟通进展"),
    ("宝鸡", "宝鸡市协和中心医院", "三级甲等", "众达云科", "检验科", "暂不确定", "暂不确定", None, None, None, None),
    ("宝鸡", "宝鸡市康泰中医医院", "三级甲等", "待筛选代理商", "精准中心", "预计22年10月", "暂不确定", "预计22年12月", None, None, None),
]
for r, (city, name, level, agent, dept, n, o, p, comp, progress, target) in enumerate(HOSPITALS, start=4):
    for col, v in (("A", "北大区"), ("B", "陕西"), ("C", city), ("D", name), ("E", level), ("F", manager),
                   ("G", promoter), ("H", agent), ("J", dept), ("N", n), ("O", o), ("P", p),
                   ("AJ", progress), ("AK", target)):
        if v is not None:
            ws[f"{col}{r}"] = v
    for col in ("F", "N", "O"):
        ws[f"{col}{r}"].number_format = MONTH
    if comp:
        ws[f"{comp[0]}{r}"] = comp[1]
ws["D6"].fill = YELLOW
ws.freeze_panes = "H4"
dv = DataValidation(type="list", formula1='"已提单,无需提单,暂不确定,预计22年09月,预计22年10月,预计22年11月,预计22年12月,预计23年01月,预计23年02月,预计23年03月"', allow_blank=True)
dv.add("N4:N9")
ws.add_data_validation(dv)
dv = DataValidation(type="list", formula1='"实验已完成,暂不确定,不需要预实验,预计22年09月,预计22年10月,预计22年11月,预计22年12月,预计23年01月,预计23年02月,预计23年03月"', allow_blank=True)
dv.add("O4:O9")
ws.add_data_validation(dv)
dv = DataValidation(type="list", formula1='"已入院,预计22年09月,预计22年10月,预计22年11月,预计22年12月,预计23年01月,预计23年02月,预计23年03月"', allow_blank=True)
dv.add("P4:P9")
ws.add_data_validation(dv)
dv = DataValidation(type="list", formula1='"试剂销售,收样检测"', allow_blank=True)
dv.add("AA4:AA1000")
ws.add_data_validation(dv)
dv = DataValidation(type="list", formula1='"是,否"', allow_blank=True)
dv.add("AC4:AD1000")
ws.add_data_validation(dv)
for col, w in (("A", 7), ("B", 7), ("C", 7), ("D", 42.2), ("G", 21.9), ("M", 35), ("T", 31.1), ("AJ", 28.75), ("AK", 28.75)):
    ws.column_dimensions[col].width = w

# 3 ------------------------------------------------------------------------------------------
ws = wb.create_sheet("预估及达成（月更）")
for rng, text in (("A1:H1", "销售预估达成跟进表"), ("I1:Q1", "销量预估"), ("R1:AA1", "销售额预估"), ("AB1:AJ1", "实际达成销量")):
    ws[rng.split(":")[0]] = text
    ws.merge_cells(rng)
months = ["7月", "8月", "9月", "10月", "11月", "12月", "Q3", "Q4"]
head = ["大区", "省份", "省区经理", "招商推广经理", "医院/终端", "代理商", "产品", "销售模式"] + months + ["销量合计", "单价"] + \
       months + ["销售额合计"] + months + ["销量合计"]
for i, h in enumerate(head, 1):
    ws.cell(2, i, h).font = BOLD
for col, v in (("A", "填写说明"), ("B", "填写说明"), ("C", "邹建国"), ("D", "招商经理信息需补齐，如招商经理暂空缺，填省区经理"),
               ("E", "医院全称"), ("F", "代理商全称"), ("G", "艾长康"), ("H", "试剂销售"), ("I", "填写销量预估：9-12月"), ("R", 160),
               ("AB", 0), ("AC", 0), ("AD", 0), ("AH", 0)):
    ws[f"{col}3"] = v
cf.formula(ws, "O3", "=SUM(I3:K3)", 0)
cf.formula(ws, "P3", "=SUM(L3:N3)", 0)
cf.formula(ws, "Q3", "=O3+P3", 0)
for k, col in enumerate("STUVWX"):
    cf.formula(ws, f"{col}3", f"={'IJKLMN'[k]}3*R3", 0)
cf.formula(ws, "Y3", "=S3+T3+U3", 0)
cf.formula(ws, "Z3", "=V3+W3+X3", 0)
cf.formula(ws, "AA3", "=SUM(Y3:Z3)", 0)
TERMINALS = [
    ("郑州医科大学第二附属医院", "河南东瑞企业管理有限公司", "收样检测", [50, 100, 20, 180, 200, 400], 300),
    ("郑州仁康医院", "河南朗泰医疗器械有限公司", "试剂销售", [48, 48, 48, 48, 48, 96], 160),
    ("郑州安普", None, "试剂销售", [48, 96, 72, 120, 120, 192], 160),
    ("郑州瑞域", None, "试剂销售", [0, 96, 0, 0, 0, 0], 160),
    ("河南康信大药房", None, "收样检测", [2, 5, 10, 0, 0, 100], 300),
    ("南阳市第四人民医院", "南阳惠达贸易有限公司", "试剂销售", [None, None, 48, 48, 100, 200], 160),
]
mgr2 = "孔丽华"
for r, (term, agent, mode, qty, price) in enumerate(TERMINALS, start=4):
    for col, v in (("A", "东大区"), ("B", "河南"), ("C", mgr2), ("D", "TBA-河南"), ("E", term), ("F", agent), ("G", "艾长康"), ("H", mode), ("R", price)):
        if v is not None:
            ws[f"{col}{r}"] = v
    q = [x or 0 for x in qty]
    for k, col in enumerate("IJKLMN"):
        if qty[k] is not None:
            ws[f"{col}{r}"] = qty[k]
            ws[f"{col}{r}"].number_format = "0_ "
    cf.formula(ws, f"O{r}", f"=SUM(I{r}:K{r})", sum(q[:3]))
    cf.formula(ws, f"P{r}", f"=SUM(L{r}:N{r})", sum(q[3:]))
    cf.formula(ws, f"Q{r}", f"=SUM(O{r}:P{r})", sum(q))
    cf.formula(ws, f"S{r}", f"=I{r}*R{r}", q[0] * price)
    cf.formula(ws, f"T{r}", f"=J{r}*R{r}", q[1] * price)
    for k, col in enumerate("UVWX"):
        cf.formula(ws, f"{col}{r}", f"={'KLMN'[k]}{r}*$R$3", q[2 + k] * 160)
    cf.formula(ws, f"Y{r}", f"=O{r}*$R$3", sum(q[:3]) * 160)
    cf.formula(ws, f"Z{r}", f"=P{r}*$R$3", sum(q[3:]) * 160)
    cf.formula(ws, f"AA{r}", f"=Q{r}*$R$3", sum(q) * 160)
ws.freeze_panes = "S4"

# 4 ------------------------------------------------------------------------------------------
ws = wb.create_sheet("物价及挂网（周更）")
for i, h in enumerate(["大区", "省份", "地市", "物价收费编码", "物价名称", "物价收费", "物价情况", "挂网平台", "挂网价格", "预计挂网时间", "当前挂网阶段"], 1):
    c = ws.cell(1, i, h)
    c.fill = PatternFill("solid", fgColor="FFD9EAD3" if i <= 3 else "FFDFF8FF" if i <= 7 else "FFFFE1B2")
import datetime
PRICES = [
    ("东大区", "浙江", None, None, None, None, None, "浙江省药械采购平台", "待定", "待定", "需医院端提备案需求\n新平台已注册"),
    ("南大区", "湖南", None, None, "SDC2", 1100, "SDC2自主定价960；同类1800", "湖南省医用耗材集中采购系统", "1100元", datetime.datetime(2022, 6, 1), "挂网成功"),
    ("南大区", "湖南", "湖南", None, 880, None, 880, "湖南省共同资源交易平台-湖南省医药集中采购", 1100, datetime.datetime(2022, 6, 24), "已挂网"),
    ("南大区", "湖南", "长沙", None, "无", None, "无", "鑫卫网", None, None, "资料准备中"),
    ("南大区", "湖南", "郴州", None, "无", None, "无", "阳光网", 1100, datetime.datetime(2022, 7, 24), "已挂网"),
    ("南大区", "湖南", "湘潭", None, "无", None, "无", "湘潭鑫卫网", None, None, "资料准备中"),
]
for r, row in enumerate(PRICES, start=2):
    for i, v in enumerate(row, 1):
        if v is not None:
            ws.cell(r, i, v)
    ws.cell(r, 10).number_format = MONTH
ws.freeze_panes = "D2"

# 5 ------------------------------------------------------------------------------------------
ws = wb.create_sheet("公卫及体检项目（周更）")
for i, h in enumerate(["大区", "省份", "省区经理", "招商推广经理", "代理商", "项目类型", "项目名称", "招标单位", "预计需求时间",
                       "项目预算", "产品", "本周进展（9.19-9.23）", "下周计划（9.26-9.30）", "需要协助/资源支持"], 1):
    c = ws.cell(1, i, h)
    c.font = BOLD
    if i >= 12:
        c.fill = PatternFill("solid", fgColor="FF00B050")
mgr3, prom3 = "段思远", "曹俊杰"
PROJECTS = [
    ("东大区", "湖北", "示例", "示例", "无", "公卫筛查", "宜昌市政府筛查项目", "湖北省卫健委", 44835, "8万人份筛查，1900万"),
    ("南大区", "广东", mgr3, None, "广州维康达", None, "广州疾控项目"),
    ("南大区", "广东", mgr3, None, None, None, "顺德北滘医院/北联医院"),
    ("南大区", "广东", mgr3, prom3, "优健汇", None, "广州集团体检项目"),
    ("南大区", "广东", mgr3, prom3, "国康世纪", None, "高端社区体检"),
    ("南大区", "广东", mgr3, None, "复康药业", None, "复康联合健康险"),
]
for r, row in enumerate(PROJECTS, start=2):
    for i, v in enumerate(row, 1):
        if v is not None:
            ws.cell(r, i, v)
ws.freeze_panes = "A2"
dv = DataValidation(type="list", formula1='"公卫筛查,体检项目"', allow_blank=True)
dv.add("F2:F1000")
ws.add_data_validation(dv)
dv = DataValidation(type="list", formula1='"艾长康,艾消安,艾长健,艾馨甘,艾思宁,艾宫婷"', allow_blank=True)
dv.add("K2:K1000")
ws.add_data_validation(dv)

cf.save(wb, "pipeline-zh-cn-hospitaldev.xlsx")
