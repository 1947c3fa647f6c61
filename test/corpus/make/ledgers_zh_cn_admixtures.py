"""
Shape of ohmyskyhigh/zhangmu "20170318产购销表.xlsx": a small Anhui concrete-admixture maker's
purchase / sales / production book kept in Excel, three sheets, no titles.

- "采购表": raw-material receipts from suppliers under 日期 / 商品名称 / 类型 / 规格型号 /
  供货单位 / 单据类型 / 单据编号 / 单位 / 数量 / 单价 / 金额 / 采购费用 / 加采购费用后单价;
  dates typed as text (2017-3-22) in a text-formatted column, out of order; 规格型号 mostly
  empty (a purity 0.995, a grade 703); document numbers as text with leading zeros, later ones
  typed as numbers, one number on two lines; 金额 =数量*单价, 采购费用 =数量*50, unit cost
  formula (cached results).
- "成品销售表": sales of the two finished products to concrete plants under 日期 / 商品名称 /
  规格型号 / 客户名称 / 单据类型 / 单据编号 / 单位 / 数量 / 单价 / 金额, real dates (mm-dd-yy),
  after each month three subtotal rows in 商品名称 (脂肪族月合计 / 聚羧酸月合计 / 月合计) with
  SUM formulas or a typed 0, and three grand-total rows at the end (脂肪族合计 / 聚羧酸合计 /
  总合计); one plant buys most months, a branch of a Nanjing group under a second document
  type with eight-digit numbers; 规格型号 empty.
- "生产表": production receipts with one column per raw material (tonnes), a SUM column,
  frozen at F2.
Values invented.
"""
import datetime

from fake import CachedFormulas, workbook

cf = CachedFormulas()
wb = workbook()

SUPPLIERS = {
    "formaldehyde": "明光市龙源化工有限公司",
    "acetone": "泰州实信化工有限公司",
    "trader": "张家港保税区海晟国际贸易有限公司",
    "xialian": "南京夏川化工",
    "dx": "徐州德润新材料科技有限公司",
    "caustic": "滁州传丰商贸有限公司",
}
purchases = [
    ("2017-3-22", "甲醛", "脂肪族原料", None, "formaldehyde", "0051273", 31.32, 1450),
    ("2017-3-21", "丙酮", "脂肪族原料", None, "acetone", "0051272", 28.78, 6900),
    ("2017-3-31", "甲醛", "脂肪族原料", None, "formaldehyde", "0051274", 10.3, 1400),
    ("2017-4-1", "甲醛", "脂肪族原料", None, "formaldehyde", "0051275", 20.92, 1400),
    ("2017-4-1", "丙烯酸羟乙酯", "聚羧酸原料", None, "trader", "0051271", 4, 12000),
    ("2017-4-2", "甲醛", "脂肪族原料", None, "formaldehyde", "0051276", 30.5, 1400),
    ("2017-4-7", "甲醛", "脂肪族原料", None, "formaldehyde", "0051277", 38.08, 1400),
    ("2017-4-26", "丙烯酸", "聚羧酸原料", 0.995, "xialian", "0051278", 5, 7500),
    ("2017-4-26", "巯基丙酸", "聚羧酸原料", None, "xialian", "0051279", 0.24, 4800),
    ("2017-4-27", "大单体703", "聚羧酸原料", 703, "trader", "0051280", 31.14, 11400),
    ("2017-4-27", "DX-2促进剂", "聚羧酸原料", None, "dx", 6130765, 0.6, 16000),
    ("2017-4-27", "DX-8调节剂", "聚羧酸原料", None, "dx", 6130765, 0.4, 12000),
    ("2017-5-1", "过硫酸铵", "聚羧酸原料", None, "xialian", 6130766, 0.4, 5100),
    ("2017-5-1", "DX-2促进剂", "聚羧酸原料", None, "dx", 6130767, 0.4, 16000),
    ("2017-5-1", "DX-8调节剂", "聚羧酸原料", None, "dx", 6130767, 0.6, 12000),
    ("2017-5-1", "液碱", "聚羧酸原料", None, "caustic", 6130768, 20, 1100),
]
buy = wb.active
buy.title = "采购表"
buy.append(["日期", "商品名称", "类型", "规格型号", "供货单位", "单据类型", "单据编号", "单位", "数量", "单价", "金额", "采购费用",
            "加采购费用后单价"])
for i, (d, item, kind, spec, sup, no, qty, price) in enumerate(purchases):
    r = i + 2
    buy.append([d, item, kind, spec, SUPPLIERS[sup], "入库单", no, "吨", qty, price])
    buy[f"A{r}"].number_format = "@"
    cf.formula(buy, f"K{r}", f"=I{r}*J{r}", round(qty * price, 2))
    cf.formula(buy, f"L{r}", f"=I{r}*50", round(qty * 50, 2))
    cf.formula(buy, f"M{r}", f"=(K{r}+L{r})/I{r}", round((qty * price + qty * 50) / qty, 4))

YUCHENG = "明光市玉成建材加工厂"
HENGQIANG = "凤阳县恒强建材混凝土有限公司"
SHILONG = "天长市世隆建材化工有限公司"
JIANGPING = "南京江平混凝土制品有限公司蚌埠分公司"
LIFENG = "永城栗丰建材有限公司"
ALI, PCE = "脂肪族减水剂", "聚羧酸减水剂"
months = [
    [(datetime.date(2017, 3, 28), ALI, YUCHENG, "销售单", "0004841", 12.56, 1500),
     (datetime.date(2017, 3, 30), ALI, HENGQIANG, "销售单", "0004842", 33.06, 1430)],
    [(datetime.date(2017, 4, 25), ALI, YUCHENG, "销售单", "0004843", 12.32, 1500)],
    [(datetime.date(2017, 5, 2), PCE, SHILONG, "销售单", "0004844", 10.36, 5200),
     (datetime.date(2017, 5, 3), PCE, SHILONG, "销售单", "0004845", 13.04, 5200),
     (datetime.date(2017, 5, 4), PCE, SHILONG, "销售单", "0004846", 14.56, 5200),
     (datetime.date(2017, 5, 9), PCE, SHILONG, "销售单", "0004847", 4.94, 5200),
     (datetime.date(2017, 5, 15), PCE, SHILONG, "销售单", "0004848", 10.58, 5200),
     (datetime.date(2017, 5, 16), PCE, JIANGPING, "东湖销售单", "00000391", 14.86, 3300),
     (datetime.date(2017, 5, 17), ALI, LIFENG, "销售单", "0004850", 28.2, 1360),
     (datetime.date(2017, 5, 26), PCE, SHILONG, "销售单", "0004851", 3.2, 5200),
     (datetime.date(2017, 5, 27), PCE, JIANGPING, "东湖销售单", "00000393", 9.827, 5200)],
    [(datetime.date(2017, 6, 1), PCE, SHILONG, "销售单", "0004852", 2.54, 5400),
     (datetime.date(2017, 6, 2), PCE, SHILONG, "销售单", "0004853", 10.14, 1800)],
]
sell = wb.create_sheet("成品销售表")
sell.append(["日期", "商品名称", "规格型号", "客户名称", "单据类型", "单据编号", "单位", "数量", "单价", "金额"])
r = 2
ali_rows, pce_rows = [], []
for lines in months:
    first = r
    a_sum = p_sum = a_qty = p_qty = 0
    a_refs, p_refs = [], []
    for d, item, client, kind, no, qty, price in lines:
        sell.append([d, item, None, client, kind, no, "吨", qty, price])
        sell[f"A{r}"].number_format = "mm-dd-yy"
        cf.formula(sell, f"J{r}", f"=H{r}*I{r}", round(qty * price, 2))
        if item == ALI:
            a_sum += qty * price
            a_qty += qty
            a_refs.append(r)
        else:
            p_sum += qty * price
            p_qty += qty
            p_refs.append(r)
        r += 1
    last = r - 1
    for label, refs, qty, amount in (("脂肪族月合计", a_refs, a_qty, a_sum), ("聚羧酸月合计", p_refs, p_qty, p_sum)):
        sell[f"B{r}"] = label
        if not refs:
            sell[f"H{r}"] = 0
            sell[f"J{r}"] = 0
        elif refs == list(range(refs[0], refs[-1] + 1)) and len(refs) > 1 or refs == list(range(first, last + 1)):
            cf.formula(sell, f"H{r}", f"=SUM(H{refs[0]}:H{refs[-1]})", round(qty, 3))
            cf.formula(sell, f"J{r}", f"=SUM(J{refs[0]}:J{refs[-1]})", round(amount, 2))
        elif len(refs) == 1:
            cf.formula(sell, f"H{r}", f"=H{refs[0]}", round(qty, 3))
            cf.formula(sell, f"J{r}", f"=J{refs[0]}", round(amount, 2))
        else:
            runs = f"H{refs[0]}:H{refs[-3]},H{refs[-2]}:H{refs[-1]}"
            cf.formula(sell, f"H{r}", f"=SUM({runs})", round(qty, 3))
            cf.formula(sell, f"J{r}", f"=SUM({runs.replace('H', 'J')})", round(amount, 2))
        (ali_rows if label.startswith("脂") else pce_rows).append(r)
        r += 1
    sell[f"B{r}"] = "月合计"
    cf.formula(sell, f"H{r}", f"=SUM(H{r - 2}:H{r - 1})", round(a_qty + p_qty, 3))
    cf.formula(sell, f"J{r}", f"=SUM(J{r - 2}:J{r - 1})" if len(lines) < 5 else f"=SUM(J{first}:J{last})",
               round(a_sum + p_sum, 2))
    r += 1
all_lines = [l for m in months for l in m]
for label, rows, item in (("脂肪族合计", ali_rows, ALI), ("聚羧酸合计", pce_rows, PCE)):
    sell[f"B{r}"] = label
    cf.formula(sell, f"H{r}", "=" + "+".join(f"H{x}" for x in rows), round(sum(l[5] for l in all_lines if l[1] == item), 3))
    cf.formula(sell, f"J{r}", "=" + "+".join(f"J{x}" for x in rows),
               round(sum(l[5] * l[6] for l in all_lines if l[1] == item), 2))
    r += 1
sell[f"B{r}"] = "总合计"
cf.formula(sell, f"H{r}", f"=SUM(H{r - 2}:H{r - 1})", round(sum(l[5] for l in all_lines), 3))
cf.formula(sell, f"J{r}", f"=SUM(J{r - 2}:J{r - 1})", round(sum(l[5] * l[6] for l in all_lines), 2))

MATERIALS = ["甲醛", "丙酮", "亚纳", "元明粉", "苯酚", "葡萄糖酸钠", "引气剂", "改性剂", "早强剂", "防冻剂", "大单体703", "过硫酸铵",
             "丙烯酸", "丙烯酸乙酯", "巯基乙酸", "液碱", "DX-2促进剂", "DX-8调节剂", "软水"]
make = wb.create_sheet("生产表")
make.append(["生产日期", "单据类型", "单据编号"] + MATERIALS + ["合成数量"])
batches = [
    (datetime.date(2017, 3, 21), "0000076", {"甲醛": 4.248, "丙酮": 1.337, "亚纳": 1.35, "软水": 3.402}),
    (datetime.date(2017, 3, 22), "0000077", {"甲醛": 3.446, "丙酮": 1.08, "亚纳": 1.09, "软水": 2.53}),
    (datetime.date(2017, 3, 24), "0000078", {"甲醛": 6.284, "丙酮": 2.18, "亚纳": 2.7, "软水": 9.3}),
]
for n, d in enumerate([25, 26, 27, 28]):
    batches.append((datetime.date(2017, 3, d), f"00000{79 + n}", {"甲醛": 6.396, "丙酮": 2.18, "亚纳": 2.725 if n < 2 else 2.75, "软水": 9.3}))
for n, (m, d) in enumerate([(4, 1), (4, 1), (4, 2), (4, 5), (4, 7)]):
    batches.append((datetime.date(2017, m, d), f"00000{83 + n}", {"甲醛": 6, "丙酮": 2.18, "亚纳": 2.75, "软水": 9.3}))
for n, (d, scale) in enumerate([(1, 1.0), (2, 1.3), (3, 1.4), (4, 1.5), (5, 1.5), (7, 1.21), (15, 0.576)]):
    batches.append((datetime.date(2017, 5, d), f"00000{51 + n}", {
        "大单体703": round(3.65 * scale, 4), "过硫酸铵": round(0.022 * scale, 4), "丙烯酸": round(0.25 * scale, 4),
        "丙烯酸乙酯": round(0.2 * scale, 4), "巯基乙酸": round(0.012 * scale, 4), "液碱": round(0.18 * scale, 3),
        "DX-2促进剂": round(0.04 * scale, 3), "DX-8调节剂": round(0.05 * scale, 4), "软水": round(5.6 * scale, 3)}))
for i, (d, no, used) in enumerate(batches):
    r = i + 2
    make.append([d, "成品入库单", no] + [used.get(m) for m in MATERIALS])
    make[f"A{r}"].number_format = "mm-dd-yy"
    start = "D" if "甲醛" in used else "N"
    cf.formula(make, f"W{r}", f"=SUM({start}{r}:V{r})", round(sum(used.values()), 4))
make.freeze_panes = "F2"

cf.save(wb, "ledgers-zh-cn-admixtures.xlsx")
