"""
Shape of Chandrahasa985/Accounts "Accounts.xlsx" (commit 4866e7d25cda941bdc8f4d82a9cd7f1798f3f0df):
a civil site engineer's own cash book in Excel (Telangana / Andhra Pradesh, India, 2019-2022),
one sheet per posting town, kept day by day. Not client data: a person imports nothing.

- "<Town> Account" sheets: a bold title merged over A:D (repeated over F:I when a second block
  runs beside the first), a header row Date / Description / Cr. / Dr. (dates m-d-yy, the date
  written only on a day's first line), advances "From Office" / "From <Town> Site" under Cr.,
  spendings under Dr. (Tiffin, Lunch, Night Meals, bus/auto fares, petrol, rent), some amounts
  typed as sums (=160+120, =7*300); each block closed by a "Total" row of =SUM (some without the
  word), a =+C-D balance under one, a note "Added in daiy basis" beside it; later blocks start
  lower down under a new merged two-row title. A stray 50 and =9.81*N139 far right in one sheet.
- "Daily Basis": title merged A1:G1 with date ranges typed in column I, a two-row header with
  merged cells (S.No / Description / Date: From, To / No.Of Days / Cr. / Dr.), one line per
  job of days (=+D-C+1 days, =+E*1500 allowance), payments from the office under Cr., a
  reference to another sheet's balance, "Total" and "To Be Received" rows.
- "Sheet1" (hidden): five first names with an amount each and a =SUM.
Towns, items and amounts invented.
"""
import datetime

from openpyxl.styles import Alignment, Font
from openpyxl.utils import get_column_letter

from fake import CachedFormulas, Fake, workbook

f = Fake("ledger-en-in-siteexpenses")
cf = CachedFormulas()
BOLD = Font(bold=True)
DATE = "mm-dd-yy"
MEALS = ["Tiffin", "Lunch", "Night Meals", "Lunch ", "Fruits", "Tiffin "]
TRAVEL = ["To EC Office", "Bike Petrol", "Petrol", "Auto Charges ( Up & Down )", "Mobile Recharge", "Clothes Washing",
          "Bus Fare", "Drawings Xerox", "Vegetables & Chapathi Atta", "Milk", "Car Diesel", "Toll Gate Charges"]


def amount():
    """A spending, sometimes typed as a sum of its parts."""
    if f.chance(0.12):
        parts = [f.r.randrange(2, 60) * 5 for _ in range(f.r.randrange(2, 4))]
        return "=" + "+".join(map(str, parts)), sum(parts)
    v = f.r.randrange(3, 40) * 5
    return v, v


def block(ws, top, col, title, start, n_lines, site, merged_title=True, total_word=True, two_row_title=False):
    """Writes one Date / Description / Cr. / Dr. block; returns (last row, credit, debit)."""
    A, B, C, D = col, col + 1, col + 2, col + 3
    L = get_column_letter
    ws.cell(top, A, title).font = BOLD
    ws.cell(top, A).alignment = Alignment(horizontal="center")
    if two_row_title:
        ws.merge_cells(start_row=top, start_column=A, end_row=top + 1, end_column=D)
        head = top + 2
    elif merged_title:
        ws.merge_cells(start_row=top, start_column=A, end_row=top, end_column=D)
        head = top + 1 if ws.title.startswith("Nizampet") else top + 2
    else:
        head = top + 2
    for k, h in enumerate(["Date", "Description", "Cr.", "Dr."]):
        ws.cell(head, A + k, h).font = BOLD
    ws.cell(head, A).number_format = DATE
    r, day, cr, dr = head + 1, start, 0, 0
    for i in range(n_lines):
        new_day = i == 0 or f.chance(0.4)
        if new_day:
            day += datetime.timedelta(days=f.pick([1, 1, 1, 2, 3, 9]))
            ws.cell(r, A, datetime.datetime.combine(day, datetime.time())).number_format = DATE
        if i == 0 or f.chance(0.08):
            v = f.pick([1000, 1500, 2000, 3000, 4000, 5000])
            ws.cell(r, B, f"From {site}")
            ws.cell(r, C, v)
            cr += v
        else:
            ws.cell(r, B, f.pick(MEALS) if f.chance(0.6) else f.pick(TRAVEL))
            text, v = amount()
            if isinstance(text, str):
                cf.formula(ws, f"{L(D)}{r}", text, v)
            else:
                ws.cell(r, D, v)
            dr += v
        r += 1
    if total_word:
        ws.cell(r, B, "Total").font = BOLD
    cf.formula(ws, f"{L(C)}{r}", f"=SUM({L(C)}{head + 1}:{L(C)}{r - 1})", cr)
    cf.formula(ws, f"{L(D)}{r}", f"=SUM({L(D)}{head + 1}:{L(D)}{r - 1})", dr)
    return r, cr, dr


wb = workbook()

# "Indalwai Account": two blocks side by side, header on row 2, no "Total" word
ws = wb.active
ws.title = "Nizampet Account"
end1, _, _ = block(ws, 1, 1, "Nizampet Account", datetime.date(2021, 3, 13), 64, "Office", total_word=False)
ws.cell(3, 2).value = None  # first line: an opening balance without a description
ws.cell(3, 3).value = 23750
cf.formula(ws, "D3", "=22000+1186", 23186)
end2, _, _ = block(ws, 1, 6, "Nizampet Account", datetime.date(2021, 5, 7), 14, "Nizampet", total_word=False)
for col, w in zip("ABCFGH", [12, 30.3, 8.6, 12, 30.3, 8.6]):
    ws.column_dimensions[col].width = w

# "Vijayawada Account": four blocks one under the other, later titles merged over two rows
ws = wb.create_sheet("Guntur Account")
r, _, _ = block(ws, 1, 1, "Guntur Account", datetime.date(2019, 5, 15), 47, "Office")
top = r + 2
for start, n in ((datetime.date(2021, 5, 8), 61), (datetime.date(2021, 12, 1), 83), (datetime.date(2022, 5, 12), 34)):
    r, cr, dr = block(ws, top, 1, "Guntur Account", start, n, "Office", two_row_title=True)
    if n == 83:
        cf.formula(ws, f"D{r + 1}", f"=+C{r}-D{r}", cr - dr)
        ws.cell(r + 1, 5, "Added in daiy basis")
        guntur_balance = (f"D{r + 1}", cr - dr)
        top = r + 4
    else:
        top = r + 3
ws.cell(43, 7, "p")
ws.cell(46, 7, "P")
for col, w in zip("ABCE", [11.6, 35.6, 10, 9.1]):
    ws.column_dimensions[col].width = w

# "Ramagundam Account": a side block at F:I, then three more blocks below
ws = wb.create_sheet("Karimnagar Account")
r, _, _ = block(ws, 1, 1, "Karimnagar Account", datetime.date(2021, 4, 9), 78, "Karimnagar Site")
block(ws, 1, 6, "Karimnagar Account", datetime.date(2021, 4, 27), 47, "Karimnagar Site")
top = r + 3
for start, n, last in ((datetime.date(2021, 9, 25), 4, False), (datetime.date(2021, 12, 6), 23, False),
                       (datetime.date(2022, 1, 12), 34, True)):
    r, cr, dr = block(ws, top, 1, "Karimnagar Account", start, n, "Karimnagar Site", two_row_title=True,
                      total_word=not last)
    if last:
        # the last block leaves a blank row before its sums and a balance under them
        for k in (3, 4):
            ws.cell(r + 1, k).value = ws.cell(r, k).value
            ws.cell(r, k).value = None
        cf.results[(ws.title, f"C{r + 1}")] = cf.results.pop((ws.title, f"C{r}"))
        cf.results[(ws.title, f"D{r + 1}")] = cf.results.pop((ws.title, f"D{r}"))
        cf.formula(ws, f"D{r + 2}", f"=+C{r + 1}-D{r + 1}", cr - dr)
    top = r + 2
ws["N139"] = 50
cf.formula(ws, "N140", "=9.81*N139", 490.5)
for col, w in zip("ABCEFGHJ", [11.3, 30.1, 10.7, 9.1, 11.3, 30.1, 10.7, 9.1]):
    ws.column_dimensions[col].width = w

# "Daily Basis"
ws = wb.create_sheet("Daily Basis")
ws["A1"] = "Daily Basis"
ws["A1"].font = BOLD
ws.merge_cells("A1:G1")
ws["I1"] = "4/10/21 to 12/10/21"
ws["I2"] = "18/10/21 to 25/10/21"
for ref, text in (("A2", "S.No"), ("B2", "Description"), ("C2", "Date"), ("E2", "No.Of Days"), ("F2", "Cr."),
                  ("G2", "Dr."), ("C3", "From"), ("D3", "To")):
    ws[ref] = text
    ws[ref].font = BOLD
for rng in ("E2:E3", "C2:D2", "F2:F3", "G2:G3", "B2:B3", "A2:A3"):
    ws.merge_cells(rng)
jobs = ["Work Done Estimates at EC Office", "Work Done Estimates at Karimnagar Site",
        "Bill Abstract As Per Work Done Estimates at Karimnagar Site", "Drawings For Karimnagar Site",
        "Culvert Drawing for Karimnagar Site", "Jagtial Building M.Book Measurements"]
day = datetime.date(2021, 10, 4)
fsum = gsum = 0
for i in range(19):
    r = 4 + i
    ws.cell(r, 1, i + 1)
    if i == 10:
        ws.cell(r, 2, "Daily Spendings")
        cf.formula(ws, f"G{r}", f"=-'Guntur Account'!{guntur_balance[0]}", -guntur_balance[1])
        gsum += -guntur_balance[1]
        continue
    if i in (11, 14):
        day += datetime.timedelta(days=6)
        ws.cell(r, 2, f"Payment from Office ( Received on {day:%d/%m/%Y} )")
        v = f.pick([20000, 30000])
        ws.cell(r, 6, v)
        fsum += v
        continue
    ws.cell(r, 2, f.pick(jobs))
    start = day + datetime.timedelta(days=f.r.randrange(3, 20))
    end = start + datetime.timedelta(days=f.r.randrange(0, 12))
    day = end
    ws.cell(r, 3, datetime.datetime.combine(start, datetime.time())).number_format = DATE
    ws.cell(r, 4, datetime.datetime.combine(end, datetime.time())).number_format = DATE
    days = (end - start).days + 1
    cf.formula(ws, f"E{r}", f"=+D{r}-C{r}+1", days)
    cf.formula(ws, f"G{r}", f"=+E{r}*1500", days * 1500)
    gsum += days * 1500
    if f.chance(0.5):
        v = f.pick([5000, 13500, 20000, 25000])
        ws.cell(r, 6, v)
        fsum += v
ws["E29"] = "Total"
cf.formula(ws, "F29", "=SUM(F4:F28)", fsum)
cf.formula(ws, "G29", "=SUM(G4:G28)", gsum)
cf.formula(ws, "F32", "=+F29", fsum)
cf.formula(ws, "G32", "=+G29", gsum)
ws["E33"] = "To Be Received"
cf.formula(ws, "G33", "=+G32-F32", gsum - fsum)
ws["G33"].number_format = '_ * #,##0_ ;_ * \\-#,##0_ ;_ * "-"??_ ;_ @_ '
for col, w in zip("ABCEFGH", [9.3, 21, 11.6, 10.4, 9.3, 11.3, 10.4]):
    ws.column_dimensions[col].width = w

# hidden "Sheet1"
ws = wb.create_sheet("Sheet1")
ws.sheet_state = "hidden"
amounts = [12000, 3500, 2500, 1500, 1000]
for i, (name, v) in enumerate(zip(["Ravi", "Kiran", "Naresh", "Babu", "Ramesh"], amounts)):
    ws.cell(i + 1, 1, name)
    ws.cell(i + 1, 2, v)
cf.formula(ws, "B6", "=SUM(B1:B5)", sum(amounts))

cf.save(wb, "ledger-en-in-siteexpenses.xlsx")
