"""
Shape of the customer table a Tunisian student's bank desktop app keeps and its automated tests fill, as
NeyrouzTM/bank-desktop-tests holds it ("data/customers.xlsx", commit 256ef7ac47e9a6564c3a8c09c7fbe8b8ef8814e0),
written by openpyxl.

- One sheet "Sheet": header CustomerName / CIN / Email on row 1, 22 customers in the order they were added:
  first names in lower case (one with an initial), the national ID card number (CIN, eight digits) mostly a
  number, 0 for the developer's own first entry, as text where it starts with zeros or was typed later,
  e-mail addresses, one with a stray accented letter in the domain; a test row 'user 10'; one first name
  twice with another CIN and the same e-mail.
Values invented: names, CINs and e-mail addresses.
"""
from fake import Fake, workbook, save

f = Fake("customers-en-tn-bankapptest")
NAMES = ["yassine", "amira", "karim t", "nour", "walid", "rania", "hamza", "selma", "anis", "farah", "bilel", "lina",
         "sami", "dorra", "aziz", "meriem", "rim", "khalil", "ghada", "nizar"]
wb = workbook()
ws = wb.active
ws.title = "Sheet"
ws.append(["CustomerName", "CIN", "Email"])
rows = [("yassine", 0, "yassine@example.com"), ("user 10", 78945678, "user@example.com")]
digits = "123456789"
used = {78945678}
for k, name in enumerate(NAMES[1:]):
    while True:
        a, b = f.pick(digits), f.pick(digits)
        cin = int(a * 4 + b * 4) if k % 3 else int(a * 8)
        if cin not in used:
            used.add(cin)
            break
    email = f"{name.split()[0]}@example.com"
    if k == 15:
        cin, email = f"0000{b * 4}", f"{name}@exaùmple.com"
    elif k == 17:
        cin = f"0000{a * 4}"
    rows.append((name, cin, email))
rows.append(("amira", f"{f.r.randrange(10000000, 99999999)}", "amira@example.com"))
for r in rows:
    ws.append(list(r))
ws.column_dimensions["B"].width = 9.66666666666667
save(wb, "customers-en-tn-bankapptest.xlsx")
print(len(rows))
