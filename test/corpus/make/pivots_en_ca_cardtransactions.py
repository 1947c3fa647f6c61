"""
Shape of Beejayojay/My-first-commit "Cards Pivot.xlsx" (commit
3eb592810851dd639696c7f07bb093fa737e1d3e): a department store's credit-card sales worked into pivot tables in
an Excel course (a Canadian locale: dates in the [$-1009] d-mmm-yy format), six sheets.

- "Dataset": a bold title "Credit Card Transactions" merged over A1:F1, row 2 blank, header on row 3
  Date / Trans # / Department / Payment Type / Issuer / Amount; 204 card sales of 2 April - 29 June
  2018 (SN-18345 …, several a day, a few days missing), nine departments (Ladies most often),
  Visa / MasterCard / Debit / Amex, the issuing bank (Canadian, US and UK banks, spelt as typed:
  'Santandar', 'Santandar of Scotland ' with a trailing space), whole-dollar amounts 1-200 (#,##0).
  Beside it, from H3, a pivot: Row Labels / Sum of Amount / Average sales per department with a
  Grand Total row.
- "Pivot1" … "Pivot5": one pivot each from row 3 (rows 1-2 blank, the page-field area):
  per department total / average; total / count / max / min; total / % of grand total / count /
  rank; a running total per day (d-mmm labels); per payment type with the difference from Visa.
No customer anywhere (a card sale is anonymous): a person imports nothing. Values invented.
"""
import datetime
import random

from openpyxl.styles import Font

from fake import save, workbook

r = random.Random(3604)
DEPTS = ["Appliances", "Food", "Furniture", "Hardware", "Housewares", "Ladies", "Linens", "Men", "Toys"]
DEPT_W = [23, 20, 21, 17, 23, 43, 20, 19, 18]
PAY = ["Visa"] * 144 + ["MasterCard"] * 29 + ["Debit"] * 20 + ["Amex"] * 11
ISSUERS = {"Visa": ["Bank of Montreal", "CitiBank", "ScotiaBank", "Toronto Dominion Bank", "Wells Fargo", "Santandar",
                    "CapitalOne", "VanCity Credit Union", "Lloyds Banking Group", "Seattle FirstBank",
                    "Chase Manhattan", "Santandar of Scotland ", "Bank of America"],
           "MasterCard": ["Bank of Montreal", "CitiBank", "CapitalOne", "ScotiaBank", "Santandar"],
           "Debit": ["Bank of Montreal", "Toronto Dominion Bank", "ScotiaBank", "VanCity Credit Union"],
           "Amex": ["American Express"]}
DATEFMT = "[$-1009]d\\-mmm\\-yy;@"

# 204 sales over the quarter, a few days without any
days = [datetime.date(2018, 4, 2) + datetime.timedelta(d) for d in range(89)]
days = [d for d in days if r.random() > 0.12]
dates = sorted(r.choice(days) for _ in range(204))
depts = [d for d, w in zip(DEPTS, DEPT_W) for _ in range(w)]
r.shuffle(depts)
pays = PAY[:]
r.shuffle(pays)
rows = []
for i in range(204):
    p = pays[i]
    rows.append([dates[i], f"SN-{18345 + i}", depts[i], p, r.choice(ISSUERS[p]), r.randint(1, 200)])

wb = workbook()
ws = wb.active
ws.title = "Dataset"
ws["A1"] = "Credit Card Transactions"
ws["A1"].font = Font(bold=True, size=11)
ws.merge_cells("A1:F1")
for j, h in enumerate(["Date", "Trans #", "Department", "Payment Type", "Issuer", "Amount"]):
    ws.cell(3, j + 1, h)
for i, row in enumerate(rows):
    for j, v in enumerate(row):
        c = ws.cell(4 + i, j + 1, v)
        if j == 0:
            c.number_format = DATEFMT
        if j == 5:
            c.number_format = "#,##0"
for col, w in zip("ABCDEF", [12.7, 13.1, 16.3, 18.3, 22.3, 12.7]):
    ws.column_dimensions[col].width = w

tot = {d: sum(x[5] for x in rows if x[2] == d) for d in DEPTS}
cnt = {d: sum(1 for x in rows if x[2] == d) for d in DEPTS}
mx = {d: max(x[5] for x in rows if x[2] == d) for d in DEPTS}
mn = {d: min(x[5] for x in rows if x[2] == d) for d in DEPTS}
grand = sum(x[5] for x in rows)

ws["H3"], ws["I3"], ws["J3"] = "Row Labels", "Sum of Amount", "Average sales"
for i, d in enumerate(DEPTS):
    ws.cell(4 + i, 8, d)
    ws.cell(4 + i, 9, tot[d])
    ws.cell(4 + i, 10, tot[d] / cnt[d]).number_format = '"$"#,##0.00'
ws.cell(13, 8, "Grand Total")
ws.cell(13, 9, grand)
ws.cell(13, 10, grand / len(rows)).number_format = '"$"#,##0.00'


def pivot(title, header, body, total, fmts=None):
    p = wb.create_sheet(title)
    for j, h in enumerate(header):
        p.cell(3, j + 1, h)
    for i, row in enumerate(body + [total]):
        for j, v in enumerate(row):
            if v is None:
                continue
            c = p.cell(4 + i, j + 1, v)
            if fmts and fmts.get(j):
                c.number_format = fmts[j]
    p.column_dimensions["A"].width = 13.1
    return p


pivot("Pivot1", ["Row Labels", "total sales", "Average sales"],
      [[d, tot[d], tot[d] / cnt[d]] for d in DEPTS], ["Grand Total", grand, grand / len(rows)], {2: '"$"#,##0'})
pivot("Pivot2", ["Row Labels", "Total Sales", "No of Trans", "Max Sales", "Min Sales"],
      [[d, tot[d], cnt[d], mx[d], mn[d]] for d in DEPTS],
      ["Grand Total", grand, len(rows), max(mx.values()), min(mn.values())])
rank = {d: k + 1 for k, d in enumerate(sorted(DEPTS, key=lambda d: -tot[d]))}
pivot("Pivot3", ["Row Labels", "Total Amount", "% of grandtotal", "Count of Trans #", "Sales rank"],
      [[d, tot[d], tot[d] / grand, cnt[d], rank[d]] for d in DEPTS], ["Grand Total", grand, 1, len(rows), None],
      {2: "0%"})
run, body = 0, []
for d in sorted(set(dates)):
    day = sum(x[5] for x in rows if x[0] == d)
    run += day
    body.append([f"{d.day}-{d.strftime('%b')}", day, run])
pivot("Pivot4", ["Row Labels", "Daily Total", "Sum of Amount"], body, ["Grand Total", grand, None], {0: DATEFMT})
pt = {p: sum(x[5] for x in rows if x[3] == p) for p in ["Amex", "Debit", "MasterCard", "Visa"]}
pivot("Pivot5", ["Row Labels", "Total Amount", "Diff. from Visa"],
      [[p, pt[p], (pt[p] - pt["Visa"]) if p != "Visa" else None] for p in pt], ["Grand Total", grand, None])

save(wb, "pivots-en-ca-cardtransactions.xlsx")
