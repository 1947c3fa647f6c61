"""
Shape of fuyulong/HJZL "保险.xlsx" (commit 9b024bb89d9e5b3f8906b3957d0f1d50a5c6b1bd): a family working out
in Excel whether to surrender one of two life policies and buy more shares of the other. No policyholder,
insured or policy number anywhere: two products side by side as small tables.

- Sheet1: the used range starts at B1; a frame of merged cells (B2:B28 and T2:T28 down the sides, C2:S2 and
  C28:S28 across). Left table C3:J3 产品名称 / 投保年龄 / 每份保费 / 份数 / 总保费 / 交款年限 / 保额 / 现金价值
  with the two products kept (rows 4-5), 合计： merged over C6:F6 with a formula total, then scenario
  labels in H (投保第24年，50岁 … 假设身故年龄80岁) with formula or typed sums in I and cash values in J;
  right table L3:S3 the same header for the "surrender one, double the other" plan (L4:S4 merged:
  退…亏损5400), and a long multi-line conclusion merged over C11:S27. Other merged blocks (C7:G10,
  J4:J8, K3:K10, L8:P10, S5:S8) as in the original. Formulas keep Excel's cached results.
- Sheet2: an earlier version of the same comparison starting at B2 (the kept product's name spelt with a
  homophone), a 假设身故年龄 column added, the conclusion in L8.
- Sheet3 empty.
Product names and figures invented (homophone names in the original's style).
"""
from openpyxl.styles import Alignment

from fake import CachedFormulas, workbook

A, A2, B = "瑞佑", "睿佑", "鑫佑"       # the kept-or-surrendered product, its homophone typo, the other
cf = CachedFormulas()
wb = workbook()
ws = wb.active
ws.title = "Sheet1"
HEAD = ["产品名称", "投保年龄", "每份保费", "份数", "总保费", "交款年限", "保额", "现金价值"]
for j, h in enumerate(HEAD):
    ws.cell(3, 3 + j, h)
    ws.cell(3, 12 + j, h)
for j, v in enumerate([A, 25, 288, 20, 5760, 15, 200000]):
    ws.cell(4, 3 + j, v)
for j, v in enumerate([B, 26, 496, 10, 4960, 20, 100000]):
    ws.cell(5, 3 + j, v)
ws["L4"] = f"退{A}亏损5400"
for j, v in enumerate([B, 26, 496, 20, 9920, 20, 200000]):
    ws.cell(5, 12 + j, v)
ws["C6"], ws["L6"] = "合计：", "合计："
cf.formula(ws, "G6", "=G4+G5", 10720)
ws["P6"] = 15320
rows = [("投保第24年，50岁", "=I4+I5+3000*24", 372000, "=R5+6000*24", 344000),
        ("投保第24年，51岁", "=I4+I5+3000*29", 387000, "=R5+6000*29", 374000),
        ("投保第34年，60岁", "=I4+I5+3000*34", 402000, "=R5+6000*34", 404000)]
for r, (label, fl, vl, fr, vr) in enumerate(rows, start=6):
    ws.cell(r, 8, label)
    ws.cell(r, 17, label)
    cf.formula(ws, f"I{r}", fl, vl)
    cf.formula(ws, f"R{r}", fr, vr)
ws["H9"], ws["I9"], ws["Q9"], ws["R9"] = "假设身故年龄71岁", 432000, "假设身故年龄71岁", 464000
cf.formula(ws, "J9", "=148860+196320", 345180)
cf.formula(ws, "S9", "=196320*2", 392640)
ws["H10"], ws["I10"], ws["J10"] = "假设身故年龄80岁", 462000, 412600
ws["Q10"], ws["R10"], ws["S10"] = "假设身故年龄80岁", 524000, 468900
ws["C11"] = (f"总保费相差4600，退掉{A}，买20份{B}多花4600\n投保第34年时两种情况保额持平\n34年后右边的保额将超过左边\n"
             f"假定80岁身故时退掉{A}比不退的情况子女多拿62000\n相当于现在多花4600以后能多拿62000\n71岁身故能多拿32000\n"
             "假定80岁把保险退掉能多拿56300\n假定71岁把保险退掉能多拿47460\n50岁到55之间发生风险退比不退亏13000\n"
             "55岁到60之间发生风险退比不退亏33400\n总上分析，风险划分为60岁前和60岁后，60岁前风险高不退，60岁后风险高退\n")
ws["C11"].alignment = Alignment(wrap_text=True, vertical="top")
for rng in ["S5:S8", "C7:G10", "J4:J8", "L8:P10", "K3:K10", "C11:S27", "B2:B28", "T2:T28", "C2:S2", "C28:S28",
            "L4:S4", "C6:F6", "L6:O6"]:
    ws.merge_cells(rng)
ws["B1"].value = None
ws.cell(93, 20).number_format = "0"     # the used range reaches T93 in the original

ws2 = wb.create_sheet("Sheet2")
HEAD2 = ["产品名称", "投保年龄", "每份保费", "份数", "总保费", "交款年限", "保额", "总现金价值", "假设身故年龄"]
for j, h in enumerate(HEAD2):
    ws2.cell(2, 2 + j, h)
    ws2.cell(2, 12 + j, h)
for j, v in enumerate([A2, 25, 288, 20, 5760, 15, 200000]):
    ws2.cell(3, 2 + j, v)
for j, v in enumerate([B, 26, 496, 10, 4960, 20, 100000]):
    ws2.cell(4, 2 + j, v)
ws2["L3"] = f"退{A}亏损5400"
for j, v in enumerate([B, 26, 496, 20, 9920, 20, 200000]):
    ws2.cell(4, 12 + j, v)
ws2["B5"], ws2["L5"], ws2["P5"] = "合计：", "合计：", 15320
cf.formula(ws2, "F5", "=F3+F4", 10720)
ws2["G5"], ws2["H5"], ws2["Q5"], ws2["R5"] = "投保四年后", 42000, "投保四年后", 44000
ws2["G6"], ws2["H6"], ws2["I6"], ws2["J6"] = "80岁时", 462000, 412600, 80
ws2["Q6"], ws2["R6"], ws2["S6"], ws2["T6"] = "80岁时", 524000, 468900, 80
ws2["L8"] = (f"总保费相差4600，也就是说退掉{A2}，买20份{B}多花4600\n投保四年时两种情况保额持平\n四年后右边的保额将超过左边\n"
             f"假定80岁身故时退掉{A2}的情况比不退子女少拿62000\n相当于现在多花4600以后能多拿62000")
ws2.cell(47, 20).number_format = "0"
wb.create_sheet("Sheet3")
cf.save(wb, "policies-zh-cn-surrendercompare.xlsx")
