"""
Shape of CBJlove11/daily_data "工作簿1.xlsx": an e-commerce supply-chain team's daily warehouse
report kept in WPS 表格 (简体), five sheets, every table turned on its side: measures down column A,
one column per day across, the day written as text (3月18日).

- "Sheet1": receiving exceptions (来货异常 / 多货异常 / 少数少款), goods received, the exception
  rate, handled / unhandled / in progress, completion and backlog rates (percent format).
- "Sheet2": exception types (包装不良 … 未知类型) and the unknown type's share as a formula.
- "Sheet3": handling times in hours per outcome (正常入库 / 退货 / 退款 / 不作处理 / 总时效).
- "Sheet4": purchase-order completion (orders placed, planned pushes typed as =a+b, in transit,
  arrived, received, cancelled, achievement rate formula).
- "历史数据": the same four tables stacked down one sheet, each under its own header row of days,
  a blank row between them, one more day at the left, rates as formulas (cached).
Not client data. Values invented.
"""
from fake import CachedFormulas, Fake, workbook

f = Fake("reports-zh-cn-warehousedaily")
cf = CachedFormulas()
DAYS = [f"3月{d}日" for d in range(17, 25)]


def day_figures():
    arrived = f.r.randrange(5000, 18000)
    exc = [f.r.randrange(150, 650), f.r.randrange(30, 450), f.r.randrange(120, 460)]
    handled = f.r.randrange(340, 500)
    open_, doing = f.r.randrange(50, 90), f.r.randrange(50, 80)
    kinds = [f.r.randrange(8, 60), f.r.randrange(30, 115), f.r.randrange(38, 125), f.r.randrange(26, 120),
             f.r.randrange(31, 140), f.r.randrange(90, 125)]
    times = [round(f.r.uniform(60, 90), 10), round(f.r.uniform(44, 70), 10), round(f.r.uniform(0, 140), 10),
             round(f.r.uniform(8, 40), 10)]
    placed = f.r.randrange(1, 9500)
    plan = (f.r.randrange(1, 10000), f.r.randrange(1, 10500))
    return dict(arrived=arrived, exc=exc, handled=handled, open=open_, doing=doing, kinds=kinds, times=times,
                placed=placed, plan=plan, transit=f.r.randrange(300, 5100), got=f.r.randrange(140, 6000),
                void=f.r.randrange(6, 190))


figures = [day_figures() for _ in DAYS]


def rate_exc(d):
    return sum(d["exc"]) / (d["exc"][0] + d["exc"][1] + d["arrived"])


def write_block(ws, top, days, figs, formulas):
    """The four tables; on 历史数据 rates are formulas, on the day sheets typed values."""
    c = lambda i: chr(ord("B") + i)
    blocks = []
    # table 1
    ws.cell(top, 1, "异常数量")
    for i, (day, d) in enumerate(zip(days, figs)):
        col = c(i)
        ws[f"{col}{top}"] = day
        for k, v in enumerate(d["exc"]):
            ws[f"{col}{top + 1 + k}"] = v
        ws[f"{col}{top + 4}"] = d["arrived"]
        if formulas:
            cf.formula(ws, f"{col}{top + 5}", f"=SUM({col}{top + 1}:{col}{top + 3})/SUM({col}{top + 1}:{col}{top + 2},{col}{top + 4})", rate_exc(d))
        else:
            ws[f"{col}{top + 5}"] = rate_exc(d)
        ws[f"{col}{top + 6}"] = d["handled"]
        ws[f"{col}{top + 7}"] = d["open"]
        ws[f"{col}{top + 8}"] = d["doing"]
        total = d["handled"] + d["open"] + d["doing"]
        if formulas:
            cf.formula(ws, f"{col}{top + 9}", f"={col}{top + 6}/({col}{top + 6}+{col}{top + 7}+{col}{top + 8})", d["handled"] / total)
            cf.formula(ws, f"{col}{top + 10}", f"=({col}{top + 7}+{col}{top + 8})/({col}{top + 7}+{col}{top + 6}+{col}{top + 8})", (d["open"] + d["doing"]) / total)
        else:
            ws[f"{col}{top + 9}"] = d["handled"] / total
            ws[f"{col}{top + 10}"] = (d["open"] + d["doing"]) / total
        for r in (top + 5, top + 9, top + 10):
            ws[f"{col}{r}"].number_format = "0.00%"
    for k, label in enumerate(["来货异常", "多货异常", "少数少款", "入库量", "异常率", "已处理", "未处理", "处理中", "完结率", "滞留率"]):
        ws.cell(top + 1 + k, 1, label)
    return top + 11


def table2(ws, top, days, figs):
    ws.cell(top, 1, "来货异常类型占比")
    for k, label in enumerate(["包装不良", "产品不良", "来货不符", "配件不良", "资料不良", "未知类型", "未知类型占比"]):
        ws.cell(top + 1 + k, 1, label)
    for i, (day, d) in enumerate(zip(days, figs)):
        col = chr(ord("B") + i)
        ws[f"{col}{top}"] = day
        for k, v in enumerate(d["kinds"]):
            ws[f"{col}{top + 1 + k}"] = v
        cf.formula(ws, f"{col}{top + 7}", f"={col}{top + 6}/SUM({col}{top + 1}:{col}{top + 6})", d["kinds"][5] / sum(d["kinds"]))
        ws[f"{col}{top + 7}"].number_format = "0.00%"
    return top + 8


def table3(ws, top, days, figs):
    ws.cell(top, 1, "处理时效")
    for k, label in enumerate(["正常入库", "退货", "退款", "不作处理", "总时效"]):
        ws.cell(top + 1 + k, 1, label)
    for i, (day, d) in enumerate(zip(days, figs)):
        col = chr(ord("B") + i)
        ws[f"{col}{top}"] = day
        for k, v in enumerate(d["times"]):
            ws[f"{col}{top + 1 + k}"] = v
        ws[f"{col}{top + 5}"] = round(sum(d["times"]) / 4 + f.r.uniform(-3, 3), 10)
    return top + 6


def table4(ws, top, days, figs):
    ws.cell(top, 1, "下单完成率")
    for k, label in enumerate(["国内采购下单量", "国内计划推单量", "采购在途量", "采购到货量", "入库量", "采购作废量", "下单达成率"]):
        ws.cell(top + 1 + k, 1, label)
    for i, (day, d) in enumerate(zip(days, figs)):
        col = chr(ord("B") + i)
        ws[f"{col}{top}"] = day
        ws[f"{col}{top + 1}"] = d["placed"]
        cf.formula(ws, f"{col}{top + 2}", f"={d['plan'][0]}+{d['plan'][1]}", sum(d["plan"]))
        ws[f"{col}{top + 3}"] = d["transit"]
        ws[f"{col}{top + 4}"] = d["got"]
        ws[f"{col}{top + 5}"] = d["arrived"]
        ws[f"{col}{top + 6}"] = d["void"]
        cf.formula(ws, f"{col}{top + 7}", f"={col}{top + 1}/{col}{top + 2}", d["placed"] / sum(d["plan"]))
        ws[f"{col}{top + 7}"].number_format = "0.00%"
    return top + 8


wb = workbook()
s1 = wb.active
s1.title = "Sheet1"
write_block(s1, 1, DAYS[1:], figures[1:], formulas=False)
table2(wb.create_sheet("Sheet2"), 1, DAYS[1:], figures[1:])
table3(wb.create_sheet("Sheet3"), 1, DAYS[1:], figures[1:])
table4(wb.create_sheet("Sheet4"), 1, DAYS[1:], figures[1:])
hist = wb.create_sheet("历史数据")
row = write_block(hist, 1, DAYS, figures, formulas=True) + 1
row = table2(hist, row, DAYS, figures) + 1
row = table3(hist, row, DAYS, figures) + 1
table4(hist, row, DAYS, figures)

cf.save(wb, "reports-zh-cn-warehousedaily.xlsx")
