"""
Shape of HarrySevak/BookManagementApp "Clients.xlsx" (commit
3b8845ee042772fc12c2f03b3aefacfc557940d8): the client sheet of a small book-lending desktop app,
typed in Excel, one sheet "Sheet1" A1:C5, no widths, every cell text.

- Header Client name, Client EMail, Client Nationality; four clients in lower case (one with an
  initial), free-mail addresses (one under an Indian .co.in domain, .net here), and the "nationality" column holding
  digits typed as text: a ten-digit number starting 07 (a mobile), then 10, 8 and 6 digits.
Values invented.
"""
from fake import workbook, save

wb = workbook()
ws = wb.active
ws.title = "Sheet1"
ws.append(["Client name", "Client EMail", "Client Nationality"])
ws.append(["nimali P", "nimp@example.com", "0770000412"])
ws.append(["kasun", "kasunR@example.com", "5550112233"])
ws.append(["roshan", "rs512@example.net", "55501244"])
ws.append(["dilu", "diluD@example.com", "555019"])
save(wb, "clients-en-bookmanagerapp.xlsx")
