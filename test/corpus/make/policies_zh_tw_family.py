"""
Shape of pingju624/insurance "秉儒保單.xlsx" (at commit 70b3de1): one insured person's life and health
policies kept in Microsoft Excel for Mac (繁體), one sheet per policy, named with a short product name
(the last sheet's name is the product its rider belongs to, not the rider's own). Each sheet has a
key-value block in A:B — 商品名稱 (the full product name), 開始日 (start date, mm-dd-yy), 年齡 (age at
start; twice a formula =7 in the original, its value here), 終止年齡 (the age cover ends), 繳期別 (years of premiums), 保額
(the sum insured in the product's own unit: an amount, units of a plan, a daily hospital benefit),
宣告利率 (declared rate, on some), 主約 (the base policy a rider belongs to, on later sheets), once a
注意事項 note — and beside it, from D1, an Excel table projecting the policy year by year (保單年度,
年齡, 西元年, 保費, then the product's benefits: 一般身故, 意外身故, 癌症身故, 住院病房（日）…) down to
age 110 or so, in accounting format. The table names are copies of the first one (…4, …5, …567).
The original computes the table with formulas; here the values are written. The person's name is
only in the file name. Values invented.
"""
import datetime

from openpyxl.worksheet.table import Table, TableStyleInfo

from fake import Fake, save, workbook

f = Fake("policies-zh-tw-family")
BORN = 2001
MONEY = '_("$"* #,##0_);_("$"* \\(#,##0\\);_("$"* "-"??_);_(@_)'

# sheet, product, start, age typed as a formula in the original, end age, pay years, sum, rate, base, note, benefit headers
POLICIES = [
    ("新安康久久", "新安康久久失能照護終身保險", datetime.date(2019, 11, 8), False, 99, 20, 30000, 0.0225, None, None,
     ["一般身故", "意外身故", "癌症身故", "失能扶助", "失能關懷（一次給付）", "生存領回金"]),
    ("新守護滿福", "新守護滿福重大傷病定期保險(外溢型)", datetime.date(2023, 4, 17), False, 89, 20, 1000000, None, None,
     "可以考慮減額繳清，保障有點不划算", ["一般身故", "意外身故", "癌症身故", "重疾特傷", "重大傷病", "生存領回金"]),
    ("金采308", "金采308增額終身壽險", datetime.date(2011, 6, 9), False, 110, 20, 100000, 0.0225, None, None,
     ["一般身故", "意外身故", "癌症身故"]),
    ("318還本", "318還本終身壽險", datetime.date(2001, 8, 3), False, 99, 20, 200000, None, "", None,
     ["一般身故", "意外身故", "癌症身故", "生存領回金"]),
    ("安心防癌", "安心防癌終身保險附約", datetime.date(2001, 8, 3), False, 105, 20, 3, None, "318還本終身壽險", None,
     ["癌症身故", "初次罹癌", "癌症手術", "癌症住院", "癌症門診", "癌症出院"]),
    ("康和住院醫療", "康和住院醫療終身健康保險", datetime.date(2002, 5, 21), False, 110, 20, 1000, None, "", None,
     ["住院病房（日）", "長期住院（日）", "加護傷燙住院（日）", "急診住院", "特定手術", "住院前、後門診", "醫療轉送"]),
    ("樂保住院醫療", "樂保住院醫療終身保險", datetime.date(2008, 10, 6), True, 99, 20, 1000, None, "", None,
     ["一般身故", "意外身故", "癌症身故", "住院病房（日）", "長期住院（日）", "加護傷燙住院（日）", "急診住院", "住院手術",
      "門診手術", "住院前、後門診", "醫療轉送", "出院療養"]),
    ("新溫馨住院日額", "新溫馨住院日額醫療保險附約", datetime.date(2001, 8, 3), False, 75, 76, 1000, None,
     "318還本終身壽險", None, ["住院病房（日）", "長期住院（日）", "加護傷燙住院（日）", "住院手術", "門診手術", "手術療養",
                          "出院療養"]),
    ("順心手術醫療", "順心手術醫療終身保險", datetime.date(2008, 10, 6), True, 99, 20, 1000, None, "", None,
     ["一般身故", "意外身故", "癌症身故", "重疾特傷", "意外縫合", "住院手術", "門診手術", "重大手術療養", "住院療養"]),
    ("雙利還本", "雙利還本終身保險", datetime.date(2002, 9, 30), False, 99, 20, 400000, None, "", None,
     ["一般身故", "意外身故", "癌症身故", "生存領回金"]),
    ("暖心住院醫療", "暖心住院醫療保險附約", datetime.date(2001, 8, 3), False, 75, 76, 10, None, "318還本終身壽險", None,
     ["住院病房（日）", "門診手術", "雜費限額", "加護雜費限額"]),
    ("金采308增額終身壽險", "XMR醫療費用健康保險附約", datetime.date(2011, 6, 9), False, 81, 72, 4, None,
     "金采308增額終身壽險", None, ["住院病房（日）", "加護傷燙住院（日）", "住院手術", "門診手術", "住院醫療（最高）"]),
]

# The tables are copies of the first, so Excel named them after it.
TABLES = ["新安康久久", "新守護滿福"] + ["新安康久久" + t for t in ["4", "5", "56", "567", "5678", "5679", "567810", "511", "5612", "567913"]]

wb = workbook()
wb.remove(wb.active)
for n, (sheet, product, start, age_formula, end_age, pay_years, amount, rate, base, note, benefits) in enumerate(POLICIES):
    ws = wb.create_sheet(sheet)
    age = start.year - BORN
    block = [("商品名稱", product), ("開始日", start), ("年齡", age), ("終止年齡", end_age), ("繳期別", pay_years),
             ("保額", amount)]
    if rate is not None or base is not None:
        block.append(("宣告利率", rate))
    if base is not None:
        block.append(("主約", base or None))
    if note:  # a remark one row further down
        block += [(None, None), ("注意事項", note)]
    for r, (key, value) in enumerate(block, start=1):
        if key is None:
            continue
        ws.cell(r, 1, key)
        cell = ws.cell(r, 2, value)
        if key == "開始日":
            cell.number_format = "mm-dd-yy"
        elif key == "保額":
            cell.number_format = MONEY
        elif key == "宣告利率":
            cell.number_format = "0.00%"
    premium = f.r.randrange(10, 700) * 10 if amount < 50000 else f.r.randrange(1200, 6500) * 10
    headers = ["保單年度", "年齡", "西元年", "保費"] + benefits
    for c, h in enumerate(headers, start=4):
        ws.cell(1, c, h)
    values = {b: (amount * f.r.choice([1, 2, 10, 30, 100]) if amount < 50000 else amount) for b in benefits}
    years = 110 - age + 1
    paid = 0
    for y in range(1, years + 1):
        row = y + 1
        a = age + y - 1
        p = premium if y <= pay_years else 0
        paid += p
        out = [y, a, start.year + y - 1, p]
        for b in benefits:
            if a > end_age:
                out.append(0)
            elif b == "生存領回金":
                out.append(values[b] if a == end_age else 0)
            elif b.endswith("身故") and amount < 50000:
                out.append(round(paid * 1.06, 1))
            else:
                out.append(values[b])
        for c, v in enumerate(out, start=4):
            cell = ws.cell(row, c, v)
            if c >= 7:
                cell.number_format = MONEY
    last_col = ws.cell(1, 3 + len(headers)).column_letter
    table = Table(displayName=TABLES[n], ref=f"D1:{last_col}{years + 1}")
    table.tableStyleInfo = TableStyleInfo(name="TableStyleMedium2", showRowStripes=True)
    ws.add_table(table)
    ws.column_dimensions["A"].width = 10.5
    ws.column_dimensions["B"].width = 24.0 if len(product) > 12 else 14.0
save(wb, "policies-zh-tw-family.xlsx")

if __name__ == "__main__":
    import os
    if os.environ.get("SHOW"):
        from openpyxl import load_workbook
        book = load_workbook(os.path.join(os.path.dirname(__file__), "..", "files", "policies-zh-tw-family.xlsx"))
        for ws in book.worksheets:
            print(ws.title, ws.dimensions, list(ws.tables.items()))
            for r in ws.iter_rows(min_row=1, max_row=3, values_only=True):
                print("  ", r)
