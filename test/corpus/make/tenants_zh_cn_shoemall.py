"""
Shape of 13560159735/project "工作/20260117/合同台账.xlsx": a wholesale shoe mall's stall-tenant
contract ledger (鞋城 物业租赁情况表), made in Excel, one sheet named for the date it was taken
("2025.12.1").

- Title in A1 merged over A1:R1 with trailing spaces. A three-row header: row 2 holds the groups
  (序号 merged down A2:A4, 基本信息 over B:E, 公司定价 over F:H, 物业实际出租情况 over I:T, an
  empty merge over Z:AN, 备  注 merged down AQ2:AQ4); row 3 the columns, most merged down over
  row 4; row 4 the parts of 租金 (主合同租金 / 管理合同租金 / 总租金) and four unlabelled deposit parts
  (月租 / 管理费 / 电费 / 水费) under nothing in row 3.
- One row per stall: area, list price, tenant (档主名), the joined stalls (连档说明), lease kind,
  signing / start / end / billing dates as real dates (yyyy/m/d), rents, a deposit, escalation
  columns left empty, "V" ticks for the papers on file, then the tenant's ID number (text) and
  mobile (a number). A tenant renting two joined stalls appears on two rows, the second with no
  rent and sometimes no deposit; one ID number has a digit missing. 序号 is =ROW()-4, 总租金 is
  =Q+R and 月份 is =(O-N)/365*12, with Excel's cached results.
Values invented.
"""
import datetime

from openpyxl.styles import Alignment, Font

from fake import CachedFormulas, Fake, workbook

f = Fake("tenants-zh-cn-shoemall")
D = datetime.date


def person_id():
    born = f.date(D(1968, 1, 1), D(2001, 12, 28))
    return f"44{f.r.randrange(10, 99)}{f.r.randrange(10, 99)}{born:%Y%m%d}{f.r.randrange(1000):03d}{f.pick('0123456789X')}"


STALLS = ["1001-01（临一）", "1001", "1002", "1003", "1004", "1005", "1006", "1007", "1008", "1009"]
AREAS = [19.5, 21.87, 21.87, 21.87, 27.15, 27.15, 27.15, 27.15, 27.15, 27.15]
LIST_RENT = [2178, 3812, 3630, 3000, 3812, 3832, 3832, 3630, 3000, "3812 "]
JOINED = {3: "1003/1004", 4: "1003/1004", 8: "1008/1009", 9: "1008/1009"}

wb = workbook()
ws = wb.active
ws.title = "2025.12.1"
cf = CachedFormulas()

ws["A1"] = "鞋城 物业租赁情况表  "
ws["A1"].font = Font(size=16, bold=True)
ws.merge_cells("A1:R1")
for ref, text in [("A2", "序号"), ("B2", "基本信息"), ("F2", "公司定价"), ("I2", "物业实际出租情况"), ("AQ2", "备  注")]:
    ws[ref] = text
for rng in ["A2:A4", "B2:E2", "F2:H2", "I2:T2", "Z2:AN2", "AQ2:AQ4"]:
    ws.merge_cells(rng)
ROW3 = {"B": "基本区域", "C": "档号", "D": "使用面积（㎡）", "E": "建筑面积（使用率50%）㎡", "F": "单价", "G": "月租",
        "H": "管理费", "I": "档主名", "J": "状态", "K": "连档说明", "L": "租赁性质", "M": "签约日期", "N": "起租日",
        "O": "到期日", "P": "计租日", "Q": "租金", "T": "月份", "U": "保证金", "Z": "递增日（2023）", "AA": "递增金额",
        "AB": "递增日（2024）", "AC": "递增金额", "AD": "请示报告单", "AE": "身份证复印件", "AF": "商铺转租记录",
        "AG": "市场管理规定", "AH": "防火安全责任", "AI": "申请书", "AJ": "优惠协议", "AK": "承诺书", "AL": "面积确认单",
        "AM": "成交单", "AN": "面积确认单", "AO": "档主身份证号码", "AP": "档主联系电话"}
for col, text in ROW3.items():
    ws[f"{col}3"] = text
ROW4 = {"Q": "主合同租金", "R": "管理合同租金", "S": "总租金", "V": "月租", "W": "管理费", "X": "电费", "Y": "水费"}
for col, text in ROW4.items():
    ws[f"{col}4"] = text
ws.merge_cells("Q3:R3")
for col in ["B", "C", "E", "F", "G", "H", "I", "J", "K", "L", "M", "N", "O", "P", "T", "U", "Z", "AA", "AB", "AC",
            "AD", "AE", "AF", "AG", "AH", "AI", "AJ", "AK", "AL", "AM", "AN"]:
    ws.merge_cells(f"{col}3:{col}4")
for row in ws.iter_rows(min_row=2, max_row=4):
    for c in row:
        c.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)

tenants = {}
for i, stall in enumerate(STALLS):
    r = 5 + i
    first_of_pair = i not in JOINED or JOINED[i].split("/")[0] == stall
    if i in JOINED and not first_of_pair:
        name, pid, phone, signed, start = tenants[JOINED[i]]
    else:
        name = f.name_cn()
        pid = person_id()
        if i == 8:
            pid = pid[:8] + pid[9:]  # a digit missing, as typed
        phone = int(f.mobile_cn())
        signed = f.date(D(2024, 10, 20), D(2025, 7, 25))
        start = D(signed.year + (signed.month == 12), signed.month % 12 + 1, 1) if i != 5 else signed - datetime.timedelta(days=4)
        if i in JOINED:
            tenants[JOINED[i]] = (name, pid, phone, signed, start)
    end = D(start.year + 1, start.month, start.day) - datetime.timedelta(days=1)
    billing = start if i != 3 else D(start.year, start.month + 1, 1)
    cf.formula(ws, f"A{r}", "=ROW()-4", r - 4)
    ws[f"B{r}"] = "一楼商铺"
    ws[f"C{r}"] = stall
    ws[f"E{r}"] = AREAS[i]
    ws[f"E{r}"].number_format = "0.000_);[Red]\\(0.000\\)"
    ws[f"G{r}"] = LIST_RENT[i]
    ws[f"H{r}"] = 210 if i == 0 else 500
    ws[f"I{r}"] = name
    ws[f"K{r}"] = JOINED.get(i, stall.replace("（临一）", ""))
    ws[f"K{r}"].number_format = "@"
    ws[f"L{r}"] = "月租"
    for col, day in zip("MNOP", [signed, start, end, billing]):
        ws[f"{col}{r}"] = day
        ws[f"{col}{r}"].number_format = "yyyy/m/d;@"
    rent = None
    if first_of_pair and i != 2:
        rent = f.pick([1200, 1200, 2500, 3000, 3052, 4200]) if i > 0 else 3052
        ws[f"Q{r}"] = rent
        ws[f"Q{r}"].number_format = "0_);[Red]\\(0\\)"
    cf.formula(ws, f"S{r}", f"=Q{r}+R{r}", rent or 0)
    cf.formula(ws, f"T{r}", f"=(O{r}-N{r})/365*12", round((end - start).days / 365 * 12, 10))
    ws[f"S{r}"].number_format = ws[f"T{r}"].number_format = "0_);[Red]\\(0\\)"
    if first_of_pair:
        ws[f"U{r}"] = f.pick([3000, 3600, 10000, 10000, 20000])
        ws[f"V{r}"] = rent or 1500
        ws[f"W{r}"] = f.pick([0, 200, 210, 500])
    ticks = "" if not first_of_pair else f.pick(["AE AG AH AL", "AE AG AH AL", "", "AD AE AF AG AH AI AJ AK AL AM AN"])
    for col in ticks.split():
        ws[f"{col}{r}"] = "V"
    ws[f"AO{r}"] = pid
    ws[f"AO{r}"].number_format = "@"
    ws[f"AP{r}"] = phone
    if i == 1:
        ws[f"AQ{r}"] = "2024年合同期不递增有报告"

for col, width in {"C": 14, "I": 10, "K": 11, "M": 11, "N": 11, "O": 11, "P": 11, "AO": 21, "AP": 13, "AQ": 24}.items():
    ws.column_dimensions[col].width = width
cf.save(wb, "tenants-zh-cn-shoemall.xlsx")
