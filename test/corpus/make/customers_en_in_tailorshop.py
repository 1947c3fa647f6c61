"""
Shape of MohammadAbrarAlam/Smart-Tailor "media/customers.xlsx" (commit
806f19e9b4d2afccafde77f2265b9710b3ab4cc5): the customer sheet of an Indian tailoring shop's
small web app, written by openpyxl (pandas), one sheet "Sheet1" A1:C8, no widths.

- Header Name, Phone, Created At; seven rows appended by the app: the owner first (phone
  "+91 " with a space inside the ten digits), then first names or full names in any case with
  bare ten-digit mobiles as text; one customer saved twice five minutes apart (same name, same
  phone), and another customer with that same phone (a family member's number); the creation
  stamp a date-time with milliseconds shown YYYY-MM-DD HH:MM:SS.
Values invented.
"""
import datetime
from fake import Fake, workbook, save

f = Fake("customers-en-in-tailorshop")
wb = workbook()
ws = wb.active
ws.title = "Sheet1"
ws.append(["Name", "Phone", "Created At"])
shared = f.mobile_in()
own = f.mobile_in()
rows = [
    ("Imran Qureshi", f"+91 {own[:5]} {own[5:]}", datetime.datetime(2026, 2, 12, 22, 22, 15, 679000)),
    ("Pallavi", shared, datetime.datetime(2026, 2, 13, 10, 17, 2, 408000)),
    ("Ishita", f.mobile_in(), datetime.datetime(2026, 2, 13, 10, 17, 34, 236000)),
    ("Nisha kumari", shared, datetime.datetime(2026, 2, 13, 10, 53, 5, 765000)),
    ("Nisha kumari", shared, datetime.datetime(2026, 2, 13, 10, 58, 43, 715000)),
    ("Rukhsar", f.mobile_in(), datetime.datetime(2026, 2, 13, 13, 18, 58, 266000)),
    ("Salim Ansari", f.mobile_in(), datetime.datetime(2026, 2, 13, 17, 4, 1, 364000)),
]
for r in rows:
    ws.append(list(r))
    ws.cell(ws.max_row, 3).number_format = "YYYY-MM-DD HH:MM:SS"
save(wb, "customers-en-in-tailorshop.xlsx")
