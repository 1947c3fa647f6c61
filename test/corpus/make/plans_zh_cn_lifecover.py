"""
Shape of chenmget/myWork "保险.xlsx": a household's own notes while shopping for insurance, kept in
Excel for a personal to-do repository — nothing a key-account manager imports.

- Sheet "Sheet1": no header; from row 2 a few cover notes: a cover kind, an amount in 万 written
  "200w" or "100" (text), the insurer and a link to its member policy page on the first line only;
  rows 5–8 empty, then one product with its price in one cell ("<product>30年 2900").
- Sheet "Sheet2": two cells, a cover kind and a product name under it.
- Sheet "寿险" (term life): a comparison table, header on row 1 with A1 empty, then 年限 / 保额 /
  交费年限 / 保费 / 免责条款 / 优势 / 网址; one row per product (six, with an empty row 7): term
  "60" or "保30年", sum "150w" / "150", paying years "20" or "20/30", premium per sex and paying
  term in one cell ("女1530/1170\\n男2850/2190"), long exclusion clauses with line breaks on three
  rows, a short selling point, a product page link. Every value is text (numbers typed as text);
  wrapped text in E–H; wide F and G columns.
Values invented (products, prices and links).
"""
from openpyxl.styles import Alignment

from fake import Fake, save, workbook

f = Fake("plans-zh-cn-lifecover")
WRAP = Alignment(wrap_text=True)

wb = workbook()
ws = wb.active
ws.title = "Sheet1"
for r, row in enumerate([["房屋主体结构险", "200w", "安泰财险", "http://insurer.example.com/member/order/policy-list.shtml"],
                         ["寿险", "100"], ["重疾", "100"]], 2):
    for c, v in enumerate(row, 1):
        ws.cell(r, c, v)
ws["A9"] = "恒康安心30年 2900"
for col, w in {"A": 18.73, "B": 5.45, "D": 79.36}.items():
    ws.column_dimensions[col].width = w

ws2 = wb.create_sheet("Sheet2")
ws2["A1"] = "重疾"
ws2["A2"] = "福瑞守护者"
ws2.column_dimensions["A"].width = 13.54
ws2.column_dimensions["B"].width = 16.82

CLAUSE_A = ("（1） 投保人对被保险人的故意杀害、故意伤害；\n（2） 被保险人故意犯罪或者抗拒依法采取的刑事强制措施；\n"
            "（3） 被保险人自本合同生效（或最后一次复效）之日起2年内自杀，但被保险人自杀时为无民事行为能力人的除外。\n"
            "发生上述第（1）项情形导致被保险人身故或全残的，本合同效力终止，我们向其他权利人退还合同终止时的保单现金价值。")
CLAUSE_B = ("1)投保人对被保险人的故意杀害、故意伤害；\n2)被保险人故意犯罪或抗拒依法采取的刑事强制措施；\n"
            "3)被保险人自本合同成立或者合同效力恢复之日起二年内自杀，但自杀时为无民事行为能力人的除外；\n"
            "发生上述第1项情形导致被保险人身故的，本合同终止，本公司向被保险人继承人退还本合同的现金价值。")
CLAUSE_C = ("（1）投保人对被保险人的故意杀害、故意伤害；\n（2）被保险人故意自伤、故意犯罪或者抗拒依法采取的刑事强制措施；"
            "被保险人自本合同成立或者合同效力恢复之日起2年内自杀，但被保险人自杀时为无民事行为能力人的除外；\n"
            "（3）被保险人主动吸食或注射毒品，酒后驾驶，无合法有效驾驶证驾驶的机动车。")

ws3 = wb.create_sheet("寿险")
ws3.append([None, "年限", "保额", "交费年限", "保费", "免责条款", "优势", "网址"])
rows = [
    ["泰和安康升级版", "60", "150w", "20", "女2250", CLAUSE_A, "价格适合女性", "https://compare.example.com/life/detail/ip10211_is1.html#navPostion"],
    ["长青定寿", "60", "150w", "20/30", "女1530/1170\n男2850/2190", CLAUSE_B, None, "https://compare.example.com/life/detail/ip10348_is1.html?area=SEARCH01"],
    ["江源人寿常相伴", "60", "150w", "20/30", "女1545/1185\n男2925/2250", CLAUSE_C, "被保人在 41 岁前身故/全残，可以额外赔付 50% 保额", None],
    ["小白智选定寿", "60", "150", "20/30", "女1995/1530\n男3720/2850", None, None, "https://compare.example.com/life/detail/ip10570_is1.html?area=SEARCH02"],
    ["信和擎松 3 号", "60", "150w", "20/30", "男2505/1935", None, "价格适合男性，", "http://term-life.example.net/"],
    [None],
    ["华安双人甜蜜家", "保30年", "200w", "20/30", "4260/3280", None, "夫妻共买，", "https://compare.example.com/life/detail/ip11045_is1.html?area=SEARCH03"],
]
for row in rows:
    ws3.append(row)
for r in range(1, 9):
    for c in "EFGH":
        if ws3[f"{c}{r}"].value is not None and (c != "E" or "\n" in str(ws3[f"{c}{r}"].value)):
            ws3[f"{c}{r}"].alignment = WRAP
for col, w in {"A": 21.09, "B": 7.27, "C": 5.27, "D": 9.27, "E": 12.45, "F": 52.54, "G": 52.45, "H": 20.54}.items():
    ws3.column_dimensions[col].width = w

save(wb, "plans-zh-cn-lifecover.xlsx")
