"""
Shape of krisskrosscode/markytics_test "Task Report.xlsx" (commit
cc785ef79c6681c809088f402c9a9af8e5f09147): the layout specification an Indian microfinance
lender (IL / JLG loans) gave its software vendor for three collection-calling reports and a task
manager — headers and hints only, no customer on any row. Written by openpyxl from a script that
set every header cell's number format to the text "Values must be of type <class 'str'>", then
edited in Excel.

- "Calling " (trailing space) A1:Z6: 26 headers Zone … Customer Code, Customer Name, Husband
  Name, Loan Type, Disbursed Amount (bold), Pincipal OS, …, Calling Status (bold), …, Collection
  Match; row 2 the allowed values under three columns (IL/JLG, Cash/NEFT, Answered /Miss Call)
  and a Hinglish note under Collection Match; row 3 "Yes/No".
- "calling reports-Done" A1:Q9: 17 headers S.no … Call Duration, the hint row, and "Report- DONE"
  in H5 on a green fill.
- "Task Manager" A1:S28: filter captions in row 1 (From Date, To Date, "Stae of Task Fileters",
  All / Overdus task / Today Task / Upcoming Task / Closed Tasks), a dropdown note in row 2, 18
  headers in row 3 (Assinged Date, Division, …, Feedback), one sample task (a date, D1, R1, a
  placeholder user "123-Name", Accepted / Close) and its reschedule line, "D2" further down;
  merged A4:A28, B4:B8, B9:B15, C4:C5.
- "Sheet1" A1:W9: the calling report again with a duplicated "User Name" header and the hint row.
Values invented (the placeholder user).
"""
from openpyxl.styles import Font, PatternFill

from fake import workbook, save

FMT = "Values must be of type <class 'str'>"
wb = workbook()
wb.properties.creator = "admin"


def header(ws, row, names, bold=(), start=1):
    for k, name in enumerate(names):
        if name is None:
            continue
        c = ws.cell(row, start + k, name)
        c.number_format = FMT
        if name in bold:
            c.font = Font(bold=True)


def widths(ws, spec):
    for col, w in spec.items():
        ws.column_dimensions[col].width = w


ws = wb.active
ws.title = "Calling "
header(ws, 1, ["Zone", "Region", "Hub", "Branch", "Date", "User Name", "User Id", "Customer Code", "Customer Name",
               "Husband Name", "Loan Type", "Disbursed Amount", "Pincipal OS", "Disbursement ID", "Disbursement Date",
               "DPD OR No of Inttl Missed", "Disburse Mode", "Calling Status", "ConnectedCallsDuration",
               " Insttalment Amount", "Promise Amount", "Reason", "Payment method", "Promise Date", "Feedback",
               "Collection Match"], bold=("Disbursed Amount", "Calling Status"))
ws["K2"], ws["Q2"], ws["R2"] = "IL/JLG", "Cash/NEFT", "Answered /Miss Call"
ws["Z2"] = "Promise Amount se uska installment match na ho to data show kare"
ws["Z2"].number_format = FMT
ws["Z3"] = "Yes/No"
ws["Z3"].number_format = FMT
ws["A6"].number_format = "General"
widths(ws, {"A": 11.1, "B": 11.4, "H": 19.6, "I": 18.3, "P": 22.7, "Q": 18.3, "S": 22.0, "T": 29.3, "U": 18.3,
            "Y": 20.3, "Z": 57.3, "AA": 18.3, "AB": 19.7, "AC": 22.0, "AD": 18.3, "AE": 22.6, "AF": 15.6, "AJ": 56.6})

ws = wb.create_sheet("calling reports-Done")
header(ws, 1, ["S.no", "Region", "Hub", "Branch", "Date", "User Id", "User Name", "Customer Code", "Customer Name",
               "Loan Type", "Disbursed Amt", "Pincipal Outstanding", "Disbursement ID", "Disbursement Date",
               "User DPD Max", "Status", "Call Duration"], bold=("Disbursed Amt",))
ws["J2"], ws["P2"] = "IL/JLG", "Answered /Miss Call"
ws["H5"] = "Report- DONE"
ws["H5"].fill = PatternFill("solid", fgColor="FF00B050")
ws["A9"].number_format = "General"
widths(ws, {"A": 8.3, "B": 10.7, "C": 8.1, "D": 11.3, "G": 10.1, "H": 21.9, "I": 17.6, "J": 14.3, "K": 14.0,
            "L": 19.1, "M": 17.7, "N": 21.9, "O": 16.6, "P": 17.0, "Q": 17.6})

ws = wb.create_sheet("Task Manager")
for ref, text in (("D1", "From Date"), ("H1", "To Date"), ("J1", "Stae of Task Fileters  ")):
    ws[ref] = text
    ws[ref].number_format = FMT
for ref, text in (("K1", "All"), ("L1", "Overdus task"), ("M1", "Today Task"), ("N1", "Upcoming Task"),
                  ("O1", "Closed Tasks"), ("J2", "Task Priority Dropdown start with All")):
    ws[ref] = text
header(ws, 3, ["Assinged Date", "Division", "Region", "Hub", "Branch", "Assigned To User", None, "Assigned By",
               "Task Priority", "Task ID", "Task Categery", "Task Description", "Target date", "Re-scheduled Date",
               "WhatsApp Confirmation", "Status", "Close Date", "Rewiew", "Feedback"])
import datetime
ws["A4"] = datetime.datetime(2023, 1, 1)
ws["A4"].number_format = "mm-dd-yy"
ws["B4"], ws["C4"], ws["F4"], ws["O4"], ws["P4"] = "D1", "R1", "101-Ramesh", "Accepted", "Close"
ws["O5"], ws["P5"] = "Rescheduled ", "Completed"
ws["B9"] = "D2"
for rng in ("A4:A28", "B4:B8", "B9:B15", "C4:C5"):
    ws.merge_cells(rng)
widths(ws, {"A": 10.3, "F": 11.3, "G": 11.6, "H": 12.3, "I": 16.3, "J": 25.3, "K": 16.3, "M": 12.3, "N": 13.4,
            "O": 14.0, "P": 14.7, "Q": 14.4, "R": 16.7, "S": 14.3, "T": 12.1})

ws = wb.create_sheet("Sheet1")
header(ws, 1, ["S.no", "Region", "Hub", "Branch", "Date", "User Id", "User Name", "User Name", "Customer Code",
               "Customer Name", "Loan Type", "Disbursed Amt", "Pincipal Outstanding", "Disbursement ID",
               "Disbursement Date", "User DPD Max", "Status", "Call Duration", "Promise Amount", "Reason",
               "Payment method", "Promise Date", "Feedback"], bold=("Disbursed Amt",))
ws["K2"], ws["Q2"] = "IL/JLG", "Answered /Miss Call"
ws["A9"].number_format = "General"
save(wb, "reports-en-in-mficallingspec.xlsx")
