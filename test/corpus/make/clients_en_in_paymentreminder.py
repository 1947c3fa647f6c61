"""
Shape of Dayal2003/AI-Fast-Payment-Reminder "clients.xlsx" (commit
c2801ad12868092c768ce5cc12703460e51e454a): the client sheet of an Indian payment-reminder bot,
written by openpyxl (no widths), one sheet "Sheet1" A1:C2.

- Header Name, Phone, DueDate; one client: name in capitals with a trailing space, phone as text
  "+91 " and ten digits, the due date as text dd-mm-yyyy.
Values invented.
"""
from fake import Fake, workbook, save

f = Fake("clients-en-in-paymentreminder")
wb = workbook()
ws = wb.active
ws.title = "Sheet1"
ws.append(["Name", "Phone", "DueDate"])
ws.append(["RAVI ", "+91 " + f.mobile_in(), "21-01-2026"])
save(wb, "clients-en-in-paymentreminder.xlsx")
