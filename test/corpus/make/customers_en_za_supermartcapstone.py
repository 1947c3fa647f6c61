"""
Shape of UnityMontjane00/SuperMart-Excel-BI-Capstone "Customer_List.xlsx" (commit
7aa922923bb7b8c53c7536763642eb05f347ab11): the customer sheet of a South African Excel
business-intelligence capstone for a supermarket, typed in Excel (widths on A, C, D, E).

- Sheet1 A1:E11, header Customer ID, Customer Name, Email, Phone, Region; ten rows for nine
  customers C001 … C009: the first customer entered again, identically, as row 6.
- Phone: South African mobiles typed as numbers, so the leading 0 is gone (nine digits, 82…,
  83…, 80…); e-mails firstname.lastname@ one domain; Region East / West / North / South.
Values invented (names, e-mail domain example.com, numbers).
"""
from fake import workbook, save

wb = workbook()
ws = wb.active
ws.title = "Sheet1"
ws.append(["Customer ID", "Customer Name", "Email", "Phone", "Region"])
people = [("C001", "Thabo Nkosi", 820000101, "East"), ("C002", "Lerato Mokoena", 830000202, "West"),
          ("C003", "Pieter van Wyk", 840000303, "North"), ("C004", "Zanele Dlamini", 850000404, "South"),
          ("C005", "Sipho Khumalo", 860000505, "East"), ("C006", "Anele Mahlangu", 870000606, "West"),
          ("C007", "Johan Botha", 880000707, "East"), ("C008", "Nomsa Ndlovu", 890000808, "South"),
          ("C009", "Kagiso Molefe", 800000909, "East")]


def row(p):
    cid, name, phone, region = p
    return [cid, name, name.lower().replace(" ", ".") + "@example.com", phone, region]


for p in people[:4]:
    ws.append(row(p))
ws.append(row(people[0]))
for p in people[4:]:
    ws.append(row(p))
for col, w in (("A", 15.8), ("C", 28.1), ("D", 17.2), ("E", 15.8)):
    ws.column_dimensions[col].width = w
save(wb, "customers-en-za-supermartcapstone.xlsx")
