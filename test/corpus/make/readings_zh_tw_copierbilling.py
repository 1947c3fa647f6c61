"""
Shape of Diyn19/count "COUNT.xlsx": a Taiwanese copier dealer's monthly meter-reading and billing
sheet for its rented machines (Excel), one sheet "工作表1".

- Header 客戶名稱 / 收費條件 / 設備代號 / 契約編號 / 區域 / 工程師 / 計算式 (自動產生) / 月租金 / 稅別 /
  抄表日期 / 本月彩色 / 本月黑白 / 前次彩色 / 前次黑白 / 彩色收費張數 / 黑白收費張數 / 未稅 / 稅額 / 含稅 /
  彩色誤印率 / 計算 / 黑白誤印率 / 計算 / 彩色贈送 / 計算 / 黑白贈送 / 計算 / 彩色基本張數 / 計算 /
  黑白基本張數 / 計算 / 特殊計算 / 彩色單價 / 計算 / 黑白單價 / 計算 / 收費條件 on row 1 (計算 six times,
  收費條件 twice), panes frozen under it, an autofilter over the header row.
- One row per machine: the customer as the dealer writes it (company name, often with a site,
  floor, department or colour tag, '(合開)' for a combined invoice, '留用'), the billing terms as a
  multi-line paragraph, device id, contract number (a number, empty or #N/A), district, the one
  service engineer, a generated calculation text, rent in a currency format or '$ -' text, counts,
  amounts, rates.
- A customer's several machines billed together: the terms and rent on the first row only, the
  others with counts; a cable company's machines under department names, '合開7-1' on a second row.
- Four machines with separate large and small colour counters take four rows each: name, terms,
  rent and totals merged down the block, '彩色(大)' and '彩色(小)' label rows above their counters.
- At the end a big telecom's machines listed by building and floor only, without the company
  name, billing columns empty.
Values invented.
"""
import datetime

from openpyxl.styles import Alignment

from fake import Fake, save, workbook

f = Fake("readings-zh-tw-copierbilling")
HEAD = ["客戶名稱", "收費條件", "設備代號", "契約編號", "區域", "工程師", "計算式 (自動產生)", "月租金", "稅別", "抄表日期",
        "本月彩色", "本月黑白", "前次彩色", "前次黑白", "彩色收費張數", "黑白收費張數", "未稅", "稅額", "含稅", "彩色誤印率", "計算",
        "黑白誤印率", "計算", "彩色贈送", "計算", "黑白贈送", "計算", "彩色基本張數", "計算", "黑白基本張數", "計算", "特殊計算",
        "彩色單價", "計算", "黑白單價", "計算", "收費條件"]
MONEY = '"$"#,##0;[Red]\\-"$"#,##0'
ENGINEER = f.name_tw()
DISTRICTS = ["三重區", "新莊區", "板橋區", "五股區", "林口區", "泰山區", "蘆洲區"]
SYL = list("宏昌永豐大興聯華順成新光金泰建和正隆瑞益佳美協勝鼎峰冠")
KINDS = ["股份有限公司", "有限公司", "實業有限公司", "精密有限公司", "營造股份有限公司", "不動產經紀有限公司", "國際股份有限公司"]


def company():
    return f._unique(lambda: f.pick(SYL) + f.pick(SYL) + f.pick(["科技", "光學", "機械", "設計", "", "資訊"]) + f.pick(KINDS))


def device(prefix=None):
    return f._unique(lambda: f"{prefix or f.pick(['T25', 'T30', 'T35', 'T45'])}{f.pick(['10', '15', '18', '20', '28'])}00{f.r.randrange(1, 200):03d}")


def contract():
    return f._unique(lambda: 270011000 + f.r.randrange(0, 4000))


def terms(rent, bw_free, colour_free, bw, colour, tax):
    if not rent:
        return f"黑白單張{bw}元({tax[:1]})，彩色單張{colour}元"
    return f.pick([
        f"月租金${rent:,}元,含黑白{bw_free:,}張,超張{bw}元;彩色{colour}元.(以上{tax})",
        f"每月租金NT：{rent:,}元（{tax[:1]}稅）\n元含張數：黑白{bw_free:,}張，彩色{colour_free}張\n超過每張：黑白{bw}元，彩色{colour}元",
        f"月租金{rent}元，每月免費黑白{bw_free}張，彩色{colour_free}張，超張黑白{bw}元，彩色{colour}元（均{tax}）"])


wb = workbook()
ws = wb.active
ws.title = "工作表1"
ws.append(HEAD)
ws.freeze_panes = "A2"
ws.auto_filter.ref = "A1:AK1"
row = 2


def put(values):
    global row
    for col, v in values.items():
        c = ws.cell(row, HEAD.index(col) + 1 if col in HEAD else col, v)
        if col in ("月租金", "未稅", "稅額", "含稅"):
            c.number_format = MONEY
        if col in ("收費條件", "計算式 (自動產生)"):
            c.alignment = Alignment(wrap_text=True)
    row += 1


def billed(name, district, rent=None, tax=None, readings=True, contract_no=None, text=None):
    rent = rent if rent is not None else f.pick([500, 550, 1500, 1700, 2000, 2500, 3000, 3500, 5500])
    tax = tax or f.pick(["含稅", "未稅"])
    bw_free, colour_free = f.pick([0, 1000, 1500, 2000, 4000]), f.pick([0, 100, 200])
    bw, colour = f.pick([0.21, 0.25, 0.3, 0.4]), f.pick([2.5, 2.9, 3])
    t = text or terms(rent, bw_free, colour_free, bw, colour, tax)
    untaxed = rent if tax == "未稅" else round(rent / 1.05)
    put({"客戶名稱": name, "收費條件": t, "設備代號": device(), "契約編號": contract_no if contract_no is not None else contract(),
         "區域": district, "工程師": ENGINEER, "計算式 (自動產生)": f"彩色: 0-{colour_free}=0*{colour}=0\n黑白: 0-{bw_free}=0*{bw}=0",
         "月租金": rent if rent else "$ -", "稅別": tax, "抄表日期": 9 if readings else None, "彩色收費張數": 0, "黑白收費張數": 0,
         "未稅": untaxed, "稅額": round(untaxed * 0.05), "含稅": round(untaxed * 1.05), "彩色誤印率": 0, 21: 0, "黑白誤印率": 0,
         23: 0, "彩色贈送": colour_free, 25: 0, "黑白贈送": bw_free, 27: 0, "彩色基本張數": 0, 29: 0, "黑白基本張數": 0, 31: 0,
         "特殊計算": 0, "彩色單價": colour, 34: "$ -", "黑白單價": bw, 36: "$ -", 37: t})
    for c in (20, 22):
        ws.cell(row - 1, c).number_format = "0%"


def counters(name=None, district=None, same_device=None, cont=None):
    now_c, now_b = f.r.randrange(1000, 20000), f.r.randrange(20000, 220000)
    prev_c, prev_b = now_c - f.r.randrange(0, 900), now_b - f.r.randrange(0, 15000)
    put({"客戶名稱": name, "設備代號": same_device or device(), "契約編號": cont or contract(), "區域": district, "工程師": ENGINEER,
         "本月彩色": now_c, "本月黑白": now_b, "前次彩色": prev_c, "前次黑白": prev_b, "彩色收費張數": now_c - prev_c,
         "黑白收費張數": now_b - prev_b})


def four_row_block(name, district):
    global row
    top = row
    rent = f.pick([3000, 3200])
    t = f"月租金${rent:,}元,含黑白3,000張,超張0.42元;彩色A4單張4元,A3單張6元.(以上含稅)"
    big, small = f.r.randrange(5, 60), f.r.randrange(50, 400)
    put({"客戶名稱": name, "收費條件": t, "設備代號": device("T25"), "契約編號": contract() if f.chance(0.7) else None, "區域": district,
         "工程師": ENGINEER, "計算式 (自動產生)": f"彩色(大): {big}*6={big * 6}\n彩色(小): {small}*4={small * 4}\n黑白: 930-3000=0*0.42=0\n租金: {rent}",
         "月租金": rent, "稅別": "含稅", "本月彩色": "彩色(大)", "本月黑白": f.r.randrange(5000, 9000), "前次彩色": "彩色(大)",
         "前次黑白": f.r.randrange(4000, 5000), "彩色收費張數": "彩色(大)", "黑白收費張數": 930, "未稅": rent + 832, "稅額": 192,
         "含稅": rent + 1024, "彩色誤印率": "彩色(大)", 21: "彩色(大)", "黑白誤印率": 0, 23: 0, "彩色贈送": "彩色(大)",
         25: "彩色(大)", "黑白贈送": 3000, 27: 0, "彩色基本張數": "彩色(大)", 29: "彩色(大)", "黑白基本張數": 0, 31: 0,
         "彩色單價": "彩色(大)", 34: "彩色(大)", "黑白單價": 0.42, 36: "$ -", 37: t})
    for label, n, price in ((None, big, 6), ("彩色(小)", None, None), (None, small, 4)):
        if label:
            put({c: label for c in ("本月彩色", "前次彩色", "彩色收費張數", "彩色誤印率", 21, "彩色贈送", 25, "彩色基本張數", 29, "彩色單價", 34)}
                | {"工程師": ENGINEER})
        else:
            now = f.r.randrange(1500, 2600)
            put({"工程師": ENGINEER, "抄表日期": 9 if price == 6 else None, "本月彩色": now, "前次彩色": now - n, "彩色收費張數": n,
                 "彩色誤印率": 0, 21: n, "彩色贈送": 0, 25: n, "彩色基本張數": 0, 29: n, "特殊計算": 0, "彩色單價": price,
                 34: n * price})
    for col in range(1, 38):
        if HEAD[col - 1] not in ("工程師", "抄表日期", "本月彩色", "前次彩色", "彩色收費張數", "彩色誤印率", "彩色贈送",
                                 "彩色基本張數", "特殊計算", "彩色單價") and col not in (21, 25, 29, 34):
            ws.merge_cells(start_row=top, start_column=col, end_row=top + 3, end_column=col)


# standalone machines, a combined group, four-row blocks, a company at three sites, a cable company
billed(company(), "三重區")
group = company()
billed(group, "板橋區", rent=11600, tax="未稅", readings=False,
       text="月租金NT：11,600元（未稅），含張數：黑白15,700張，彩色900張，超過每張NT：黑白0.3元，彩色3元（未稅）(台中，黑6300/彩600)")
first_device = ws.cell(row - 1, 3).value
counters(group, "板橋區", same_device=first_device, cont=ws.cell(row - 1, 4).value)
counters(group, "板橋區")
billed(group + "(台中)", "台中市", rent=5800, tax="未稅", readings=False)
for _ in range(2):
    billed(company(), "三重區", contract_no=None if f.chance(0.3) else contract())
builder = f.pick(SYL) + f.pick(SYL) + "營造"
for site in ("京華一期", "河岸", "幸福里"):
    four_row_block(f"{builder}/{site}", f.pick(["三重區", "新莊區"]))
multi = company()
billed(multi, "三重區", rent=1600, tax="含稅")
for _ in range(10):
    billed(company() + f.pick(["", "", f.pick(DISTRICTS)[:2] + "廠", "(主)", "4f", "留用"]), f.pick(DISTRICTS[2:5]),
           rent=f.pick([0, 1500, 2000, 2100]))
billed(multi, "板橋區", rent=1600, tax="含稅")
for floor in ("1F營業部", "2F放款部"):
    billed(f"合作信用合作社林口{floor}", "林口區", rent=8000, tax="含稅")
four_row_block(company(), "林口區")
billed(company(), "林口區")
hospital = "仁和醫院" + "保險組"
billed(hospital + "右", "泰山區", rent=6500, tax="含稅", readings=False,
       text="租金$13,000元,含黑白14,000張,超張0.24元;彩色1,000張,超張2.4元.(含稅)(兩台合併計算)")
counters(hospital + "右", "泰山區", same_device=ws.cell(row - 1, 3).value, cont=ws.cell(row - 1, 4).value)
billed(hospital + "左", "泰山區", rent=6500, tax="含稅", readings=False, text=None)
cable = f.pick(SYL) + f.pick(SYL) + "有線電視股份有限公司"
billed(cable + "櫃台2留用", "新莊區", rent=3850, tax="未稅", readings=False, text="月租金$550元/台,黑白單張0.4元;彩色3元.誤印率1%(以上未稅)")
put({"客戶名稱": cable + "櫃台2留用", "收費條件": "月租金$550元/台,黑白單張0.4元;彩色3元.誤印率1%(以上未稅)",
     "設備代號": ws.cell(row - 1, 3).value, "契約編號": ws.cell(row - 1, 4).value, "區域": "新莊區", "工程師": ENGINEER,
     "計算式 (自動產生)": "合開7-1", "月租金": "$ -", "抄表日期": 9, "前次黑白": 395025, "彩色收費張數": 0, "黑白收費張數": -395025})
for dept in ("工程部1", "工程部2", "走道", "節目部留用", "營管部", "櫃台1"):
    billed(cable + dept, "新莊區", rent=0, tax="未稅")
billed(cable, "泰山區", rent=0, tax="未稅")
for _ in range(12):
    billed(company(), f.pick(DISTRICTS), contract_no=None if f.chance(0.1) else contract())
tv2 = f.pick(SYL) + f.pick(SYL) + "有線電視股份有限公司"
billed(tv2 + "(合開)", "蘆洲區", rent=3850, tax="未稅", readings=False, contract_no=None)
for dept in ("工程部1", "業務部", "行政組", "單據組1", "單據組2", "櫃台", "工程部2"):
    billed(tv2 + dept, "蘆洲區", rent=550, tax="未稅", readings=False, text=None)
for _ in range(3):
    billed(company(), f.pick(DISTRICTS))
# the telecom's machines, by building and floor only
buildings = ["台北客服", "三重湯城"]
for i in range(31):
    b = f.pick(buildings)
    floor = f.pick(["2樓", "3樓-3", "4樓前", "4樓中", "4樓-2LJ9", "4樓-2LJ15", "7樓", "8樓", "9樓", "10樓", "10樓-2", "10樓-3",
                    "10F(總經理)", "4F申裝查核處"])
    tag = f.pick(["(黑)", "(黑)", "(彩)", "", "留用"])
    name = f"{b}{floor}{tag}"
    if i in (29, 30):
        name = f"台灣電信{b}{floor}(電信客服){tag}"
    put({"客戶名稱": name, "設備代號": device(f.pick(["T30", "T35", "T45"])), "契約編號": "#N/A" if i == 17 else contract(),
         "區域": "三重區", "工程師": ENGINEER})
put({"客戶名稱": company(), "設備代號": device(), "契約編號": "#N/A", "區域": "新莊區", "工程師": ENGINEER})
for col, width in (("A", 28), ("B", 36), ("G", 30), ("AK", 40)):
    ws.column_dimensions[col].width = width

save(wb, "readings-zh-tw-copierbilling.xlsx")
