"""
Shape of rajatk27/Messy-to-Meaningful-Data-Cleaning-with-Excel-Power-Query "Loan Data.xlsx" (commit
2f7c8e03263ed25611c41af8f8eb67c23bf7d4e6): an Indian lender's business-loan register before and
after a Power Query clean-up. "Clean_Data" (first sheet): an Excel table, plain header Loan ID
(BL001…BL020) / Name (full names, five first names only, one "N/A") / Loan Amount (₹ #,##0) / ROI
(0.00%) / Date (mm-dd-yy) / Tenure (Months) (one blank) / Loan Status (Active, Closed, Overdue) /
City (one misspelt "Ahemdabad"). One loan per borrower. "Raw_Data": a one-column table "Column1"
holding the same twenty loans as free text lines, every line in another style (pipes, commas,
semicolons, "key=value", "Name:", ₹5,00,000, "5 lakh", "FiveHundredThousand", "nine percent",
"sixty", dd-mm-yyyy / mm/dd/yy / yyyy/dd/mm dates). Values invented.
"""
import datetime

from openpyxl.worksheet.table import Table, TableStyleInfo

from fake import Fake, save, workbook

f = Fake("loans-en-in-messytoclean")
NAMES = ["Manoj Tiwari", "Shalini Gupta", "Prakash Yadav", "Ajay Chauhan", "Lata", "Nikhil Bansal", "Hema Desai",
         "Sanjay Ghosh", "Rekha", "Varun Kapoor", "Gopal", "Asha Menon", "N/A", "Ramesh Pillai", "Sunita Rathore",
         "Mahesh", "Vinod", "Arvind Kurup", "Lakshmi Subramanian", "Tarun Agarwal"]
CITIES = ["Delhi", "Mumbai", "Pune", "Noida", "Jaipur", "Ahemdabad", "Surat", "Kolkata", "Indore", "Chandigarh",
          "Lucknow", "Bangalore", "Chennai", "Trichy", "Udaipur", "Bhopal", "Patna", "Kochi", "Coimbatore", "Ajmer"]
DATES = [datetime.date(2022, 4, 9), datetime.date(2022, 11, 3), datetime.date(2021, 10, 21), datetime.date(2021, 10, 21)] + \
        [datetime.date(2020, 7, 14)] * 4 + [datetime.date(2019, 2, 18)] * 4 + [datetime.date(2018, 2, 18)] * 2 + \
        [datetime.date(2017, 2, 18)] * 3 + [datetime.date(2016, 2, 18), datetime.date(2015, 2, 18), datetime.date(2015, 2, 18)]
AMTS = [450000, 800000, 275000, 1200000, 500000, 650000, 500000, 780000, 350000, 950000, 200000, 520000, 600000,
        575000, 680000, 500000, 420000, 900000, 360000, 150000]
ROI = [0.11, 0.1075, 0.095, 0.1, 0.1, 0.105, 0.1125, 0.11, 0.09, 0.1225, 0.1, 0.115, 0.1, 0.109, 0.1125, 0.095,
       0.1, 0.125, 0.1075, 0.0875]
TEN = [60, 48, 36, 72, 60, 48, 60, 60, 36, 48, 24, 60, None, 36, 48, 60, 36, 72, 48, 12]
STAT = ["Active", "Closed", "Active", "Active", "Closed", "Active", "Active", "Active", "Closed", "Overdue", "Active",
        "Closed", "Active", "Closed", "Active", "Active", "Closed", "Overdue", "Active", "Closed"]


def lakh(n):
    s = str(n)
    head, tail = s[:-3], s[-3:]
    parts = []
    while len(head) > 2:
        parts.insert(0, head[-2:])
        head = head[:-2]
    if head:
        parts.insert(0, head)
    return ",".join(parts + [tail])


wb = workbook()
ws = wb.active
ws.title = "Clean_Data"
ws.append(["Loan ID", "Name", "Loan Amount", "ROI", "Date", "Tenure (Months)", "Loan Status", "City"])
raw = []
for i in range(20):
    lid = f"BL{i + 1:03d}"
    d = DATES[i]
    dt = datetime.datetime.combine(d, datetime.time())
    ws.append([lid, NAMES[i], AMTS[i], ROI[i], dt, TEN[i], STAT[i], CITIES[i]])
    r = i + 2
    ws.cell(r, 3).number_format = '"₹"\\ #,##0'
    ws.cell(r, 4).number_format = "0.00%"
    ws.cell(r, 5).number_format = "mm-dd-yy"
    n, a, p, t, s, c = NAMES[i], AMTS[i], f"{ROI[i] * 100:g}", TEN[i], STAT[i], CITIES[i]
    styles = [
        f"LoanID=BL-{i + 1:03d} | Name: {n} | Loan Amt ₹{lakh(a)} | ROI {p}% | StartDate {d:%d-%m-%Y} | Tenure {t} months | Status {s} | City {c}",
        f"{lid},{n},Amount={a},Rate={p}%,Start={d:%m/%d/%y},Tenure={t},Status={s},City={c}",
        f"Loan Id {lid} ; Name {n} ; Amt {lakh(a)} ; ROI {p} ; StartDt {d:%Y-%m-%d} ; Tenure {t} ; {s} ; City {c}",
        f"BL-{i + 1:03d} | {n} | LoanAmt Rs.{a} | Interest {p} % | StartDate {d:%d/%m/%y} | Tenure {t} | STATUS {s.lower()} | city={c}",
        f"{lid},{n},,Amt={a},ROI=,StartDate={d:%d-%m-%Y},Tenure={t},{s},City={c}",
        f"LoanID:{lid} Name:{n} Loan={a} Rate={p}% Start={d:%m-%d-%Y} Tenure={t} Status={s} City={c}",
        f"{lid} | {n} | Amt={a // 100000} lakh | ROI {p}% | StartDate {d:%Y/%m/%d} | Tenure sixty | {s} | City {c}",
        f"BL-{i + 1:03d}, {n}, Loan Amount={a}, Interest={p}%, Start Date={d:%d-%m-%y}, Tenure={t}, Status={s.upper()}, City={c}",
        f"LoanID {lid} | Name={n} | Amount ₹{a} | ROI nine percent | StartDate {d:%Y-%m-%d} | Tenure {t} | {s} | City {c}",
        f"{lid}; Name: {n}; LoanAmt={a}; ROI={p}%; StartDt={d:%d/%m/%Y}; Tenure={t}; Status={s}; City={c}",
        f"{lid} | Name {n} | Amt {a} | Rate {p} | Start {d:%m-%d-%y} | Tenure {t} | {s} | City {c}",
        f"{lid},{n},Loan=₹{lakh(a)},ROI={p}%,StartDate={d:%Y/%d/%m},Tenure={t},{s},City={c}",
        f"{lid} | Name: {n} | Amt {a} | ROI {p}% | StartDate {d:%d-%m-%Y} | Tenure | Status {s} | City {c}",
        f"LoanID {lid} Name {n} Amt={a} ROI={p}% StartDate {d:%Y-%m-%d} Tenure {t} Status {s} City {c}",
        f"{lid}, {n}, Amt=₹{lakh(a)}, Rate={p}%, Start={d:%d/%m/%y}, Tenure={t}, Status={s}, City={c}",
        f"{lid} | {n} | LoanAmt FiveHundredThousand | ROI {p} | StartDate {d:%B} {d.day} {d.year} | Tenure {t} | {s} | City {c}",
        f"{lid}, Name={n}, Amt={a}, ROI={p}%, StartDate={d:%Y-%d-%m}, Tenure={t}, Status={s}, City={c}",
        f"{lid} | {n} | Amount {a} | Interest {p}% | StartDate {d:%m/%d/%Y} | Tenure {t} | {s} | City {c}",
        f"{lid}, {n}, Amt=₹{lakh(a)}, ROI={p}%, Start={d:%Y/%m/%d}, Tenure={t}, {s}, City={c}",
        f"{lid} | Name: {n} | Amt={a} | ROI={p}% | StartDate {d:%d-%m-%y} | Tenure {t} | Status {s} | City {c}",
    ]
    raw.append(styles[i])
t = Table(displayName="Table1__2__3", ref="A1:H21")
t.tableStyleInfo = TableStyleInfo(name="TableStyleMedium2", showRowStripes=True)
ws.add_table(t)
for col, w in zip("ABCDEFGH", [9, 20, 13, 8, 10, 16, 12, 12]):
    ws.column_dimensions[col].width = w

rw = wb.create_sheet("Raw_Data")
rw.append(["Column1"])
for line in raw:
    rw.append([line])
t2 = Table(displayName="Table1", ref="A1:A21")
t2.tableStyleInfo = TableStyleInfo(name="TableStyleMedium2", showRowStripes=True)
rw.add_table(t2)
rw.column_dimensions["A"].width = 120
save(wb, "loans-en-in-messytoclean.xlsx")
