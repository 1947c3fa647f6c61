"""
Shape of prabath1509/Customer-Revenue-Performance-Dashboard "Customer_Data.xlsx" (commit
21b64fba0757a29898a4e62544bf89dc561f9962): a small South Indian retailer's customer table made
for a SQL-and-dashboard exercise, three sheets ("Sheet1" with the data, "Sheet2" and "Sheet3"
empty), no formats.

- Customer_ID (101 …, numbers) / Customer_Name (a first name) / City / Email.
- Missing values typed as the text "NULL" (a city, an e-mail), and one customer's row twice,
  exactly (the same id, name, city and "NULL").
The original holds six rows; values invented, nine rows here.
"""
from fake import save, workbook

ROWS = [(101, "Lakshmi", "Hyderabad", "lakshmi@example.com"), (102, "Venkat", "Bangalore", "venkat@example.com"),
        (103, "Harini", "NULL", "harini@example.com"), (104, "Naveen", "Chennai", "NULL"),
        (104, "Naveen", "Chennai", "NULL"), (105, "Pranav", "Mumbai", "pranav@example.com"),
        (106, "Divya", "Hyderabad", "divya@example.net"), (107, "Suresh", "NULL", "NULL"),
        (108, "Meghana", "Bangalore", "meghana@example.org")]

wb = workbook()
ws = wb.active
ws.title = "Sheet1"
ws.append(["Customer_ID", "Customer_Name", "City", "Email"])
for r in ROWS:
    ws.append(list(r))
wb.create_sheet("Sheet2")
wb.create_sheet("Sheet3")
save(wb, "customers-en-in-sqlnulls.xlsx")
