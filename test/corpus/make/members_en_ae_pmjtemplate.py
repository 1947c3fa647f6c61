"""
Shape of faizvaltrans/pmj_membership_manager "members.xlsx" (commit
43e825890ada1f2cbdf007a50fdb1a0470d923ed): the workbook an expatriate Indian community
association in the UAE starts its membership manager from, saved by Excel with no member in it.

- Sheet "members": a bold, centred, wrapped header in a tall row 1 — Full Name / Initial /
  Father Name / City / UAE Address / Home Address / Contact Number / Other Contacts / Email /
  Remarks / Payments — and a formatted (wrapped, vertically centred) but empty row 2.
- Sheet "Payments": only its header — PaymentID / MemberID / Payment Date / Paid Months / Amount /
  Remarks.
No data: nothing to invent.
"""
from openpyxl.styles import Alignment, Font

from fake import save, workbook

HEAD = Font(bold=True)
CENTRE = Alignment(horizontal="center", vertical="center", wrap_text=True)
WRAP = Alignment(vertical="center", wrap_text=True)

wb = workbook()
ws = wb.active
ws.title = "members"
for j, h in enumerate(["Full Name", "Initial", "Father Name", "City", "UAE Address", "Home Address", "Contact Number",
                       "Other Contacts", "Email", "Remarks", "Payments"], 1):
    c = ws.cell(1, j, h)
    c.font, c.alignment = HEAD, CENTRE
    ws.cell(2, j).alignment = WRAP
ws.row_dimensions[1].height = 28.8
pay = wb.create_sheet("Payments")
for j, h in enumerate(["PaymentID", "MemberID", "Payment Date", "Paid Months", "Amount", "Remarks"], 1):
    c = pay.cell(1, j, h)
    c.font, c.alignment = HEAD, CENTRE
pay.row_dimensions[1].height = 28.8

save(wb, "members-en-ae-pmjtemplate.xlsx")
