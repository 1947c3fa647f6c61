"""
Shape of turnkeyafrica/turnkeyGrokAgents "data/clients.xlsx" (commit
6fd78153ad299ea6ebfdd8aabe7fdf551945c99f): the client sheet a Kenyan insurance-software firm's
AI e-mail agent reads to write follow-up mails, typed in Excel (author "User", widths on A-D).

- Sheet1 A1:D3, header first_name, last_name, email, last_conversation; two clients sharing a
  family name, free-mail addresses, and a sentence about the last conversation ("Discussed the
  upcoming project timeline and requirements", "Talked about policy renewal").
Values invented (names, e-mail domain example.com, sentences reworded).
"""
from fake import workbook, save

wb = workbook()
wb.properties.creator = "User"
wb.properties.lastModifiedBy = "User"
ws = wb.active
ws.title = "Sheet1"
ws.append(["first_name", "last_name", "email", "last_conversation"])
ws.append(["Brian", "Otieno", "brianotieno84@example.com", "Went over the project schedule and what they need from us"])
ws.append(["Kevin", "Otieno", "kevinbotieno@example.com", "Talked about renewing the motor policy"])
for col, w in (("A", 18.4), ("B", 19.4), ("C", 27.0), ("D", 18.1)):
    ws.column_dimensions[col].width = w
save(wb, "clients-en-ke-insurancemailer.xlsx")
