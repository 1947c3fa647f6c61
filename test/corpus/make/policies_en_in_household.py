"""
Shape of prabhakarpl/pispl LIC.xlsx: a small Indian business family's list of its insurance
policies, kept in Excel next to the firm's bills (sheets Sheet1, Sheet2 and Sheet3, the last two
empty; panes frozen at A9). Bold bordered header row: SL / (no header: the holder) / POLICY NO /
PRM. / DUE / START / LAST PR / MATU / SUM / (no header: the insurer). The holder's first name is
written only on his or her first policy (the rows below belong to the same person); the policy
number is a number; PRM. and SUM under "0.00"; DUE is the next premium month ("mmm-yy"), a date,
"NO DUE" or empty; START / LAST PR / MATU are dates (two LAST PR typed with the wrong century,
1946 and 1935); the insurer is LIC, HDFC or BAJAJ; one note ("1 RECP. PENDING") stands in the
column after the insurer. Under the life policies a row "STAR HEALTH" (no serial) heads the
family's health policies (short policy numbers, premium and renewal date only), then the firm's
own policy and another firm's. Values invented.
"""
import datetime

from openpyxl.styles import Border, Font, Side

from fake import Fake, save, workbook

f = Fake("policies-en-in-household")
D = lambda y, m, d: datetime.datetime(y, m, d)


def lic_no():
    return f.r.randrange(211000000, 227000000)


rows = [
    [1, "RAKESH", lic_no(), 8489, "NO DUE", D(1997, 3, 28), D(2014, 3, 28), D(2022, 3, 28), 100000, "LIC"],
    [2, None, lic_no(), 13027, D(2018, 11, 1), D(2003, 11, 14), D(2022, 11, 14), D(2023, 11, 14), 200000, "LIC"],
    [3, None, lic_no(), 6776, D(2019, 1, 1), D(2014, 1, 28), D(2024, 1, 28), D(2025, 1, 28), 100000, "LIC"],
    [4, None, lic_no(), 21103, D(2018, 4, 1), D(2006, 4, 28), D(2025, 4, 28), D(2026, 4, 28), 300000, "LIC"],
    [5, None, f.r.randrange(10000000, 19999999), 20470, D(2016, 7, 8), D(2008, 7, 11), D(2022, 7, 8), None, 500000, "HDFC"],
    [6, "SANJAY", lic_no(), 6564, "NO DUE", D(1998, 3, 14), D(2017, 3, 14), D(2018, 3, 14), 100000, "LIC"],
    [7, None, lic_no(), 19927, "NO DUE", D(2001, 3, 27), D(2015, 2, 28), D(2021, 2, 28), 200000, "LIC"],
    [8, None, lic_no(), 7252, D(2019, 3, 1), D(2004, 3, 31), D(2024, 3, 28), D(2025, 3, 28), 101000, "LIC"],
    [9, None, f.r.randrange(2000000, 2999999), 15305, D(2017, 8, 21), D(2003, 8, 21), D(2022, 8, 21), D(2023, 8, 21), 250000, "BAJAJ"],
    [10, None, f.r.randrange(10000000, 19999999), 100000, None, D(2011, 1, 20), D(2016, 1, 20), D(2021, 1, 20), 1000000, "HDFC"],
    [11, "SUNITA", lic_no(), 4823, D(2018, 12, 1), D(2000, 12, 28), D(2020, 12, 28), D(2021, 12, 28), 100000, "LIC"],
    [12, "NEERAJ", f.r.randrange(10000000, 19999999), 100000, None, None, None, None, None, "HDFC"],
    [13, None, lic_no(), 94571, D(2018, 10, 1), D(2015, 3, 13), D(1946, 10, 28), None, 3000000, "LIC", "1 RECP. PENDING"],
    [14, "ROHIT", lic_no(), 114880, D(2019, 3, 1), D(2016, 3, 31), D(1935, 3, 28), None, 200000, "LIC"],
    [15, "PRIYANKA", lic_no(), 146907, D(2017, 3, 1), D(2016, 3, 31), None, None, 2500000, "LIC"],
    [16, "R.K.AGARWAL", lic_no(), 3296, D(2019, 2, 1), D(2001, 2, 28), D(2020, 2, 28), D(2021, 2, 28), 50000, "LIC"],
    [17, "MUKESH", lic_no(), 3175, D(2019, 2, 1), D(2001, 2, 28), D(2020, 2, 28), D(2021, 2, 28), 50000, "LIC"],
    [18, "PAWAN", lic_no(), 868, None, D(2000, 5, 28), D(2019, 5, 28), D(2020, 5, 28), 50000, "LIC"],
    [None, "STAR HEALTH"],
    [19, "RAKESH", f.r.randrange(2500, 2700), 28019, D(2018, 9, 11)],
    [20, "SANJAY", f.r.randrange(2500, 2700), 25158, D(2018, 9, 14)],
    [21, "NEERAJ", f.r.randrange(2500, 2700), 13919, D(2018, 9, 10)],
    [22, "ROHIT", f.r.randrange(2500, 2700), 9599, D(2018, 9, 17)],
    [23, "PRIYANKA", f.r.randrange(2500, 2700), 12585, D(2018, 9, 14)],
    [24, "PASPL", 2201000, 8496, D(2018, 7, 27), D(2017, 7, 28)],
    [25, "SATYADEEP", 6505000, 1628, D(2019, 1, 21), D(2018, 1, 22)],
]

wb = workbook()
ws = wb.active
ws.title = "Sheet1"
thin = Side(style="thin")
ws.append(["SL", None, "POLICY NO ", "PRM.", "DUE", "START", "LAST PR", "MATU", "SUM", None])
for c in ws[1]:
    c.font = Font(bold=True)
    c.border = Border(left=thin, right=thin, top=thin, bottom=thin)
for row in rows:
    ws.append(row)
    r = ws.max_row
    for col in (4, 9):
        ws.cell(r, col).number_format = "0.00"
    due = ws.cell(r, 5)
    if isinstance(due.value, datetime.datetime):
        due.number_format = "mmm-yy" if due.value.day == 1 else "mm-dd-yy"
    for col in (6, 7, 8):
        ws.cell(r, col).number_format = "mm-dd-yy"
    for col in range(1, 11):
        ws.cell(r, col).border = Border(left=thin, right=thin, top=thin, bottom=thin)
ws.freeze_panes = "A9"
for col, width in zip("ABCDEFIJK", [4.3, 12.6, 11, 9.6, 8.1, 8.1, 10.6, 6.1, 16.3]):
    ws.column_dimensions[col].width = width
wb.create_sheet("Sheet2")
wb.create_sheet("Sheet3")
save(wb, "policies-en-in-household.xlsx")
