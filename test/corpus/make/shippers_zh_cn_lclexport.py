"""
Shape of ColorfullyZhang/rang "yjc/Worknote.xlsx" (at commit 5e43458f): the work notebook of a Shanghai
forwarder's LCL export desk, in Excel, eight sheets:
  客户      the desk's shippers (105 rows) in table 表3_5 (A1:F106), sorted by the pinyin initial of
            the company: D (the phone-keypad digit of the initial), A (the initial), 抬头 (the
            company's short name, Chinese or an English brand, city first on some), R ('Y', '群' when
            the shipper is reached through a chat group, 'N', or empty), 联系邮箱 (one address, two
            joined by ';' or ' 抄 ', a qq-style number, or none), 抄送 (a copy address, a mobile, an
            instruction); one shipper listed twice (an agent's address marked N, its own marked Y);
            beside it two small tables: Table25 (H1:I9, keypad digit → letters) and 表1_6 (K1:M9,
            the shippers reached by chat group: 抬头, 群, 备注 '群，邮件优先'); panes frozen at A71;
  单航次    the desk's procedure per sailing (steps with long multi-line instructions);
  周工作表  a week grid with date serials and multi-line task cells;
  总览      table 表8: sailings ('0319\\n周二') × tasks, mostly empty;
  流水帐    table 表1: a time-stamped diary (时间, 船期, 摘要);
  品名      tables 表1_8 / 表2 / 表3: 183 house bills per sailing naming the shipper (抬头), with
            B/L numbers, packages, weight, volume, goods, container and seal, formula columns;
  工作历    a calendar built from formulas;
  Draft     loose B/L numbers and figures.
Every company, person, address and number is invented.
"""
import datetime

from openpyxl.styles import Alignment
from openpyxl.worksheet.table import Table, TableStyleInfo

from fake import Fake, save, workbook

f = Fake("shippers-zh-cn-lclexport")
wrap = Alignment(wrap_text=True, vertical="top")
DIGIT = {**dict.fromkeys("ABC", 2), **dict.fromkeys("DEF", 3), **dict.fromkeys("GHI", 4), **dict.fromkeys("JKL", 5),
         **dict.fromkeys("MNO", 6), **dict.fromkeys("PQRS", 7), **dict.fromkeys("TUV", 8), **dict.fromkeys("WXYZ", 9)}
STEMS = {
    "A": ["安驰", "奥德", "艾森", "昂泰", "ALTEC"], "B": ["博锐", "宝康", "百盛", "BELTA", "博川"], "C": ["晨光", "创维达", "CORTEX", "CNTR-SHA"],
    "D": ["德尔孚", "鼎泰", "东越", "达利", "迪恒", "大川", "东岳", "德沃", "鼎盛", "迪科", "东辰", "达信", "德海"], "E": ["EVOTEC", "恩腾"],
    "F": ["福莱", "丰源", "方圆", "飞鸿", "富瑞"], "G": ["冠达", "光远", "国瑞"],
    "H": ["华泰", "瀚海", "恒通", "浩宇", "HELIOS", "汇川", "弘毅", "海川", "华岳", "衡信", "和远", "合盛", "鸿利", "豪森"],
    "J": ["金穗", "嘉禾"], "K": ["凯达", "科菱", "康泰", "KORVA", "KELTON", "凯瑞", "科源", "康盛"], "L": ["联创", "立信", "龙腾"],
    "M": ["美达", "敏捷", "明辉", "MAXTON", "迈腾"], "N": ["NOVA"], "O": ["欧瑞"], "P": ["鹏程"],
    "R": ["瑞丰", "日新", "荣达", "睿信", "仁和", "锐捷"],
    "S": ["顺达", "三盛", "森泰", "SOLTEC", "SUMMA", "盛世", "尚德", "胜利", "思源", "世纪", "升华", "双环", "苏恒", "申通达"],
    "T": ["泰和", "天润", "TREXA", "通达"], "W": ["万通", "伟业"], "X": ["新宇", "兴达", "鑫源", "西德"],
    "Y": ["永盛", "亿达", "宇通", "远航"], "Z": ["正泰", "中鼎", "卓越", "众成"],
}
CITIES = ["", "", "", "宁波", "苏州", "常熟", "杭州", "无锡", "嘉兴", "南通", "武汉", "江苏", "浙江", "上海", "太仓", "常州"]


def address(company):
    user = "".join(f.pick("abcdefghjkmnprstwxyz") for _ in range(f.r.randrange(3, 7)))
    return f.email(f"{user}.{f.pick(['wang', 'chen', 'xu', 'li', 'zhang'])}")


wb = workbook()
cs = wb.active
cs.title = "客户"
cs.append(["D", "A", "抬头", "R", "联系邮箱", "抄送", None, "数字", "字母", None, "抬头", "群", "备注"])
rows = []
for letter, stems in STEMS.items():
    for stem in stems:
        ascii_name = stem.isascii()
        name = stem if ascii_name else f"{f.pick(CITIES)}{stem}"
        r_flag = f.r.choices(["Y", None, "群"], weights=[86, 8, 5])[0]
        mail = None
        if r_flag == "Y" and f.chance(0.5):
            k = f.r.random()
            if k < 0.1:
                mail = f"{f.r.randrange(10**8, 10**10)}@example.com"
            elif k < 0.14:
                mail = f"{address(name)};{address(name)}"
            elif k < 0.16:
                mail = f"{address(name)} 抄 {address(name)}"
            else:
                mail = address(name)
        rows.append([DIGIT[letter], letter, name, r_flag, mail, None])
# The agent's address and the shipper's own, the same company listed twice.
twin = [r for r in rows if r[1] == "X"][3]
twin[3], twin[4] = "Y", address(twin[2])
rows.insert(rows.index(twin), [twin[0], "X", twin[2], "N", f.email("op"), None])
# A copy address, a mobile and an instruction in 抄送.
cc_rows = [r for r in rows if r[4] and ";" not in r[4] and "抄" not in r[4]]
cc_rows[5][5] = address(cc_rows[5][2])
cc_rows[14][5] = "-".join([(m := f.mobile_cn())[:3], m[3:7], m[7:]])
cc_rows[20][5] = f"提单确认找{f.name_cn()}，正本寄{f.name_cn()}"
for r in rows:
    cs.append(r)
last = len(rows) + 1
KEYS = [(2, "ABC"), (3, "DEF"), (4, "GHI"), (5, "JKL"), (6, "MNO"), (7, "PQRS"), (8, "TUV"), (9, "WXYZ")]
group_rows = [r for r in rows if r[3] == "群"][:8]
while len(group_rows) < 8:
    group_rows.append(f.pick([r for r in rows if r[3] == "Y"]))
for i, (d, letters) in enumerate(KEYS, start=2):
    cs.cell(i, 8, d)
    cs.cell(i, 9, letters)
    g = group_rows[i - 2]
    cs.cell(i, 11, g[2])
    if i < 6:
        cs.cell(i, 12, f.pick([f"KTC{f.pick(['上海', '宁波'])}LCL", "KTC拼箱出口组", f"有“{f.name_cn(unique=False)[:1]}{f.pick(['总', '姐', '哥'])}”的群"]))
    cs.cell(i, 13, f.pick(["群/邮件都可以", "群", "群，邮件优先", "群，邮件优先"]))
cs.add_table(Table(displayName="表3_5", ref=f"A1:F{last}", tableStyleInfo=TableStyleInfo(name="TableStyleLight9", showRowStripes=True)))
cs.add_table(Table(displayName="Table25", ref="H1:I9", tableStyleInfo=TableStyleInfo(name="TableStyleLight9", showRowStripes=True)))
cs.add_table(Table(displayName="表1_6", ref="K1:M9", tableStyleInfo=TableStyleInfo(name="TableStyleLight9", showRowStripes=True)))
cs.freeze_panes = "A71"
for col, w in {"A": 4.9, "B": 4.8, "C": 20.0, "D": 4.6, "E": 50.2, "F": 26.8, "H": 7.2, "K": 13.0, "L": 16.5, "M": 13.9}.items():
    cs.column_dimensions[col].width = w

# 单航次 ---------------------------------------------------------------------------------------
sp = wb.create_sheet("单航次")
sp.append(["步骤", "分步", "前提", "列1"])
for step, sub, pre, text in [
        ("打单", "打托书", "收到托书", "收发通、船名、航次、ETD、ETA、件及单位、毛、体、Term、PP/CC、唛头、描述\n\n对每一个单子，找到该发货人之前的单子，复制过来，更改件毛体、船名航次、船期、唛头品名，录入主单，保存。"),
        (None, "打配舱单", "收到报关资料", "核对件毛体和唛头、描述，注意核对主单号、件毛体、Item Info，打印盖章"),
        ("装箱", None, None, None), (None, "加拼", "进仓完毕", "振远系统加拼，发保函"),
        (None, "并单", "装箱单", "客户并单，改数据，提单确认"), ("放单", "电放", "ATD", "系统电放，发电放提单给SHPR")]:
    sp.append([step, sub, pre, text])
for row in sp.iter_rows(min_row=2):
    for c in row:
        c.alignment = wrap

# 周工作表 -------------------------------------------------------------------------------------
wk = wb.create_sheet("周工作表")
for i, serial in enumerate(range(43534, 43541)):
    wk.cell(3, 3 + i, serial)
wk["B4"], wk["B5"] = "周二船期", "周四船期"
wk["D4"] = "并单审核 VGM\n确认提单\n发代理资料"
wk["E4"] = "ETD\n改ATD 放单"
wk["I4"] = "装箱\n振远 加拼 保函 舱单\n         并单 VGM\nKTC 客户并单 改数据\n       提单确认 代理并单"
wk["D5"] = "装箱\n振远 加拼 保函 舱单"
wk["E5"] = "并单审核 VGM\n确认提单\n发代理资料\n拉预录报关单"
wk["G5"] = "ETD\n改ATD 放单"

# 总览 -----------------------------------------------------------------------------------------
ov = wb.create_sheet("总览")
tasks = ["ETD", "船名航次", "主单号", "品名表", "振远加拼", "振远保函", "振远舱单", "振远并单", "振远VGM", "改数据", "客户并单", "拉确认件", "发确认件",
         "小代并单", "系统拼箱", "输箱封号", "箱单发票", "确认提单", "系统电放", "Esan EDI"]
ov.append(tasks)
for d in ["0319\n周二", "0321\n周四", "0324\n周日", "0326\n周二", "0328\n周四", "0331\n周日", "0402\n周二", "0404\n周四", "0407\n周日", "0409\n周二", "0411\n周四"]:
    ov.append([d])
ov.add_table(Table(displayName="表8", ref="A1:T12", tableStyleInfo=TableStyleInfo(name="TableStyleLight9", showRowStripes=True)))

# 流水帐 ---------------------------------------------------------------------------------------
dl = wb.create_sheet("流水帐")
dl.append(["时间", "船期", "摘要"])
t = datetime.datetime(2019, 3, 15, 9, 0)
for note in ["发电放提单", "打一堆托书", "9个托单", "振远加拼/发舱单，发提单确认件", "扣代理资料(箱单上的体积有的跟实际不一致也没关系，看代理要求)，有些资料不要发的，没发的客户回头补也可以",
             "改数据", "拉确认件", "客户并单", "系统电放", "输箱封号", "VGM", "确认提单", "发代理资料", "拉预录报关单", "放单", "催进仓", "查船期", "补料",
             "对账", "开票", "寄票", "改提单", "问箱号", "催付款", "电放", "发到港通知", "核舱单", "收资料", "报关", "装箱"]:
    t += datetime.timedelta(hours=f.r.randrange(1, 30), minutes=f.r.randrange(0, 59))
    dl.append([t, datetime.datetime(2019, 3, 14) + datetime.timedelta(days=f.pick([0, 5, 7, 10, 12])), note])
dl.add_table(Table(displayName="表1", ref="A1:C31", tableStyleInfo=TableStyleInfo(name="TableStyleLight9", showRowStripes=True)))

# 品名 -----------------------------------------------------------------------------------------
pm = wb.create_sheet("品名")
pm.append([None, "ETD", "序", "抬头", "并单", "客户编号", "HOUSE B/L", "MASTER B/L", "件", "毛", "体", "实件", "实毛", "实体", "品名", "编", "箱号", "封号",
           None, "客户编号"])
goods = ["BALL BEARING\nWASHER-PLAIN", "SHIFT PARTS\nSPRING", "BEZEL WITHOUT EPB\nHOUSING-SWITCH", "BEARING", "TONNEAU COVER", "AUTO PARTS",
         "WIRE HARNESS", "RUBBER HOSE", "COMPRESSOR PARTS", "SENSOR"]
shippers = [r[2] for r in rows if r[3] == "Y"]
etd = datetime.datetime(2019, 3, 21)
for i in range(183):
    if i and i % 12 == 0:
        etd += datetime.timedelta(days=f.pick([2, 3]))
    n, w = f.r.randrange(1, 12), round(f.r.randrange(50, 3000) + f.pick([0, 0.5, 0.2]), 1)
    v = round(w / f.r.randrange(150, 600), 2)
    hb = f"KTCSHAN19{f.r.randrange(10**5):05d}"
    pm.append([None, etd, i % 12 + 1, f.pick(shippers), f.pick([None, None, int(hb[-4:])]), None, hb,
               f"DJSCSHB{f.pick(['MVE', '2EE', 'KRE'])}{f.r.randrange(90000, 99999)}{'ABCDEFGH'[i % 8]}", n, w, v, n, w, v, f.pick(goods), None,
               f"{f.pick(['BEAU', 'DRYU', 'TCLU'])}{f.r.randrange(10**7):07d}", str(f.r.randrange(700000, 800000)), None,
               f"=表1_8[[#This Row],[客户编号]]"])
    pm.cell(i + 2, 15).alignment = wrap
pm.add_table(Table(displayName="表1_8", ref="B1:R184", tableStyleInfo=TableStyleInfo(name="TableStyleLight9", showRowStripes=True)))
pm.freeze_panes = "A2"

# 工作历 ---------------------------------------------------------------------------------------
cal = wb.create_sheet("工作历")
cal["B1"], cal["C1"] = "=YEAR(TODAY())", "3月"
cal["B2"] = "星期日"
for c, col in enumerate("CDEFGH"):
    cal[f"{col}2"] = f'=UPPER(TEXT({col}3,"aaaa"))'
cal["B3"] = "=日+1+DATE(2019,3,1)-WEEKDAY(DATE(2019,3,1),1)"
for col in "CDEFGH":
    cal[f"{col}3"] = "="

# Draft ----------------------------------------------------------------------------------------
dr = wb.create_sheet("Draft")
for i in range(1, 30):
    mb = f"DJSCSHB2EE91544{'ABCDEFGHIJ'[i % 10]}"
    n, w, v = f.r.randrange(1, 25), f.r.randrange(40, 8000), round(f.r.randrange(30, 800) / 100, 2)
    for c, val in zip((3, 4, 5, 6, 8, 9, 10, 11), (mb, n, w, v, mb, n, w, v)):
        dr.cell(i, c, val)

wb.properties.creator = "yjc"
save(wb, "shippers-zh-cn-lclexport.xlsx")
