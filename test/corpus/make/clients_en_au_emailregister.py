"""
Shape of the client register of an automatic e-mailing tool, as in WGA-Auto-Email/Client_Register_Repo
"clients.xls" (commit b4ff5932174c104a00295264e8b5145232a7ed0d; Excel 97-2003 .xls saved by Microsoft
Excel): one sheet 'Client_Register', header on row 1: Client Name / Client Email Address; nine clients
named 'Client 1' … 'Client 9' (the register's own placeholder names), each with an e-mail; the author
pointed most of them at one work address while testing, so seven clients share one e-mail and two
have their own. Written here by openpyxl and saved as .xls by LibreOffice. E-mails invented.
"""
from fake import Fake, save, workbook

f = Fake("clients-en-au-emailregister")

work = "j.ashdown@example.com"
emails = [work, "j.ashdown2@example.net", "jamesashdown@example.org"] + [work] * 6

wb = workbook()
ws = wb.active
ws.title = "Client_Register"
ws.append(["Client Name", "Client Email Address"])
for i, e in enumerate(emails, 1):
    ws.append([f"Client {i}", e])
ws.column_dimensions["A"].width = 15.7
ws.column_dimensions["B"].width = 31.2
save(wb, "clients-en-au-emailregister.xls", libreoffice="xls")
