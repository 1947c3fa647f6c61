"""
Shape of Areeb666/Flask-Backend "customer_details.xlsx" (commit
00a6e74f8b23e15d2b373c1472f70b8e67278504): the customer sheet a Srinagar shop's small order web
app appends to, one sheet "Customer Details" holding an Excel table "Table1"
(TableStyleDark3) stretched to A1:BES666 — 1,501 columns and 665 rows.

- Header: Name / Address / Contact / Remarks, then Column1 … Column1497 (Excel's default names
  left when the table was widened by accident); columns A-D 30.6/36.6/25.2/59.6 wide.
- One row per order form sent, so a customer repeats with each order (the original: one
  customer three times); address in lower case with a trailing space, contact a ten-digit mobile
  as text, Remarks empty or the order note; the rest of the table empty.
Values invented (mobiles 90000…).
"""
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.table import Table, TableStyleInfo
from fake import Fake, save, workbook

f = Fake("customers-en-in-srinagarorders")

PEOPLE = [("Faizan Rashid", "naseem bagh "), ("Mehvish Jan", "hazratbal "), ("Tariq Ahmad Dar", "rajbagh "),
          ("Insha Mir", "lal chowk "), ("Bilal Bhat", "soura "), ("Sana Shafi", "nowshera "), ("Umar Nazir", "bemina "),
          ("Asma Qadri", "hyderpora ")]
NOTES = [None, None, None, "2 kg walnut kernels", "deliver after 5 pm", "saffron 10 g x 2", "call before delivery",
         "kahwa mix 500 g"]

wb = workbook()
ws = wb.active
ws.title = "Customer Details"
head = ["Name", "Address", "Contact", "Remarks"] + [f"Column{i}" for i in range(1, 1498)]
ws.append(head)
phones = {n: f.mobile_in() for n, _ in PEOPLE}
order = [0, 0, 0, 1, 2, 1, 3, 4, 2, 5, 6, 1, 7, 3]
for k in order:
    n, a = PEOPLE[k]
    ws.append([n, a, phones[n], f.pick(NOTES)])
last = get_column_letter(len(head))
t = Table(displayName="Table1", ref=f"A1:{last}666")
t.tableStyleInfo = TableStyleInfo(name="TableStyleDark3", showRowStripes=True)
ws.add_table(t)
for col, w in zip("ABCD", [30.61, 36.61, 25.15, 59.61]):
    ws.column_dimensions[col].width = w
save(wb, "customers-en-in-srinagarorders.xlsx")

if __name__ == "__main__":
    print(last, phones)
