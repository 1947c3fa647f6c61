"""
Shape of apkarthik/LedgerViewer "Customer_ledger.xlsx": a Tamil Nadu jeweller's customer ledgers
exported from Tally and saved by Excel Online, one block per customer one under another on Sheet1
(and an empty Sheet2). Each block: a title row 'Ledger:' / the ledger name — the customer's account
code, a dot and the name, sometimes the area after a '[' or 'Teacher' after the name — / the period
'1-Apr-2025 to 23-Nov-2025' merged across C:F; the column header Date / Particulars (merged over B:C)
/ Vch Type / Vch No. / Debit / Credit; the vouchers ('To' the customer's own ledger for a sale, 'By'
Cash or a bank for a receipt, 'To' Opening Balance); a totals row with the debit total in A merged
over A:F and the credit total in G; 'By Closing Balance'; a grand-total row; a blank row. Dates
dd/mm/yyyy, amounts with two decimals. Values invented.
"""
import datetime

from fake import Fake, workbook, save

f = Fake("ledgers-en-in-jewellers")

CUSTOMERS = [("1041", "Kalaivani Teacher"), ("1187", "Senthil[Anna Nagar"), ("1203B", "Meenakshi Sundaram"),
             ("1290", "Thenmozhi[Porur"), ("1342", "Karthikeyan Teacher"), ("1525", "Ezhilarasan")]
BANKS = ["Cash", "Cash", "Cash", "HDFC Bank - Current", "HDFC Bank - OD", "Indian Bank - CA"]
PERIOD = "1-Apr-2025 to 23-Nov-2025"

wb = workbook()
ws = wb.active
ws.title = "Sheet1"
r = 1
vch = 16300
for code, name in CUSTOMERS:
    ledger = f"{code}.{name}"
    ws.cell(r, 1, "Ledger:")
    ws.cell(r, 2, ledger)
    ws.cell(r, 3, PERIOD)
    ws.merge_cells(start_row=r, start_column=3, end_row=r, end_column=6)
    r += 1
    for j, h in enumerate(["Date", "Particulars", None, "Vch Type", "Vch No.", "Debit", "Credit"]):
        if h:
            ws.cell(r, j + 1, h)
    ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=3)
    r += 1
    entries = []
    day = datetime.date(2025, 4, 1)
    if f.chance(0.6):
        entries.append((day, "To", "Opening Balance", None, None, f.r.randrange(20000, 700000), None))
    if code != "1041":
        for _ in range(f.r.randrange(2, 9)):
            day = day + datetime.timedelta(days=f.r.randrange(3, 40))
            if day > datetime.date(2025, 11, 23):
                break
            if f.chance(0.3):
                vch_no = f.r.randrange(1900, 2200)
                entries.append((day, "To", ledger, "Sales", vch_no, f.r.randrange(15000, 760000), None))
                if f.chance(0.3):
                    entries.append((day, "By", "Old Gold Exchange", "Purchase", vch_no, None, f.r.randrange(5000, 400000)))
            else:
                vch += f.r.randrange(1, 90)
                entries.append((day, "By", f.pick(BANKS), "Receipt", None if f.chance(0.08) else vch, None,
                                f.pick([1000, 2000, 5000, 10000, 15000, 25000, 50000, 100000])))
    for e in entries:
        for j, v in enumerate(e):
            if v is not None:
                ws.cell(r, j + 1, datetime.datetime.combine(v, datetime.time()) if j == 0 else v)
        ws.cell(r, 1).number_format = "dd\\/mm\\/yyyy"
        ws.cell(r, 6).number_format = '""0.00'
        ws.cell(r, 7).number_format = '""0.00'
        r += 1
    debit = sum(e[5] or 0 for e in entries)
    credit = sum(e[6] or 0 for e in entries)
    ws.cell(r, 1, debit)
    if credit:
        ws.cell(r, 7, credit)
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=6)
    r += 1
    ws.cell(r, 3, "Closing Balance")
    if debit >= credit:
        ws.cell(r, 2, "By")
        ws.cell(r, 7, debit - credit)
        ws.merge_cells(start_row=r, start_column=4, end_row=r, end_column=6)
    else:                             # a customer in credit: the balance goes on the debit side
        ws.cell(r, 2, "To")
        ws.cell(r, 6, credit - debit)
        ws.cell(r, 6).number_format = '""0.00'
    r += 1
    ws.cell(r, 1, max(debit, credit))
    ws.cell(r, 7, max(debit, credit))
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=6)
    for row in (r - 2, r - 1, r):
        ws.cell(row, 1).number_format = '""0.00'
        ws.cell(row, 7).number_format = '""0.00'
    r += 2
wb.create_sheet("Sheet2")
save(wb, "ledgers-en-in-jewellers.xlsx")
