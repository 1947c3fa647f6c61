"""
Shape of swap7433/support-tickets "tickets.xlsx" (commit d377eade7ce8c44b96b9dce46e5b95eae35fb7d1): the ticket store of
an Indian engineering college's support-ticket bot (openpyxl), where students raise problems with
the college portal for the IT cell.

- One sheet "Sheet1": ID / Issue / Status / Priority / Date Submitted / Full Name / Mobile No /
  Department / Resolution.
- One ticket: "TICKET-1101", the issue with a trailing space, Closed, High, the date as ISO text,
  the student's first name only, a ten-digit mobile stored as a number, the department short name
  ("Comp"), the IT cell's resolution.
Values invented.
"""
from fake import Fake, save, workbook

f = Fake("complaints-en-in-collegeitcell")

wb = workbook()
ws = wb.active
ws.title = "Sheet1"
ws.append(["ID", "Issue", "Status", "Priority", "Date Submitted", "Full Name", "Mobile No", "Department", "Resolution"])
ws.append(["TICKET-1101", "Unable to log in to the student portal ", "Closed", "High", "2025-05-24", "Omkar",
           int(f.mobile_in()), "Comp", "reset the password at the IT cell desk"])

save(wb, "complaints-en-in-collegeitcell.xlsx")
