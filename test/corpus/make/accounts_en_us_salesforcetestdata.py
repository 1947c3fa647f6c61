"""
Shape of SmartBear/testcomplete-salesforce-extension "Accounts.xlsx" (commit 4e189f56): test data
for creating Salesforce accounts from a spreadsheet (a TestComplete extension's sample), made in
Excel, sheets "Accounts" (A1:G11) and an empty "Sheet1".

Header (Salesforce field names): Name / Rating / Phone / Fax / AccountNumber / Website /
NumberOfEmployees. Ten accounts named like people (generated first + last names, two sharing a
family name); Rating cycling Hot, Warm, Cold, "--None--" (the picklist's empty choice); phone and
fax as text "ddd-ddd-dddd"; AccountNumber and NumberOfEmployees 1–10 as numbers; websites
"https://www.<random letters and digits>.com". Values invented (names, numbers, sites).
"""
from fake import Fake, save, workbook

f = Fake("accounts-en-us-salesforcetestdata")
NAMES = ["Rowena Castillo", "Desmond Pruitt", "Tamsin Holt", "Barnaby Quinn", "Odessa Marsh", "Fletcher Doyle",
         "Juniper Marsh", "Casey Lowell", "Morgan Tate", "Ivy Crane"]
RATINGS = ["Hot", "Warm", "Cold", "--None--", "Hot", "Warm", "Cold", "--None--", "Hot", "Warm"]
ALNUM = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"

wb = workbook()
ws = wb.active
ws.title = "Accounts"
ws.append(["Name", "Rating", "Phone", "Fax", "AccountNumber", "Website", "NumberOfEmployees"])
for i, (name, rating) in enumerate(zip(NAMES, RATINGS), 1):
    phone = f.phone_us().replace("(", "").replace(") ", "-")              # "712-555-0163"
    fax = f.phone_us().replace("(", "").replace(") ", "-")
    site = "https://www." + "".join(f.pick(ALNUM) for _ in range(f.r.randrange(8, 12))) + ".com"
    ws.append([name, rating, phone, fax, i, site, i])
for col, w in zip("ABCEFGH", [16, 8.71, 12.43, 15.57, 31, 20.43, 9.14]):
    ws.column_dimensions[col].width = w
wb.create_sheet("Sheet1")
save(wb, "accounts-en-us-salesforcetestdata.xlsx")
for r in ws.iter_rows(min_row=2, max_row=4, values_only=True):
    print(r)
