"""
Shape of EdwinKingori/MKT_PracticumDataSummary "Donors.xlsx" (commit
8b8c1bb8a6823c81365afbe4a93511662b9dda5a): the first rows of a US charity's donor table pulled
for a marketing practicum (gifts and promotions in the workbooks next to it), pasted from a SQL
result into Excel: one sheet "Sheet1", General format.

- Header Couple / Female / Male / Org / Patient / AccountID / City / State / Zip / Age.
- Ten donors: 0.0/1.0 flags as floats, Patient always the text "NULL", an eight-digit AccountID
  as a float (one seven-digit), city, two-letter state, Zip as a float (a Puerto Rico zip without
  its leading zeros, 664), Age a float or "NULL".
No donor is named. Values invented.
"""
from fake import Fake, save, workbook

f = Fake("donors-en-us-accountsample")
PLACES = [("Ypsilanti", "MI", 48197), ("Lima", "OH", 45801), ("Longview", "TX", 75601), ("Farmville", "VA", 23901),
          ("Shawnee", "OK", 74801), ("Irving", "TX", 75038), ("Edwardsville", "IL", 62025), ("Verona", "WI", 53593),
          ("Chula Vista", "CA", 91910), ("Utuado", "PR", 641)]

wb = workbook()
ws = wb.active
ws.title = "Sheet1"
ws.append(["Couple", "Female", "Male", "Org", "Patient", "AccountID", "City", "State", "Zip", "Age"])
for i, (city, state, zip_) in enumerate(PLACES):
    female = 1.0 if i in (0, 1, 2, 6) else 0.0
    acct = float(f.r.randrange(1000000, 10000000)) if i == 4 else float(f.r.randrange(53600000, 54400000))
    age = float(f.r.randrange(30, 85)) if female else "NULL"
    ws.append([0.0, female, 0.0, 0.0, "NULL", acct, city, state, float(zip_), age])
save(wb, "donors-en-us-accountsample.xlsx")

if __name__ == "__main__":
    for r in ws.iter_rows(values_only=True):
        print(r)
