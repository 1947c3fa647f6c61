"""
Shape of Ujahin/Excel-Exercises "Customer Info.xlsx" (commit
7a44f558955c8db3a70713dcb89a170ac40a1b9d): a Bangladeshi analyst's Excel exercise data for a
churn-risk model (an e-commerce app's customers), three sheets.

- "Customer Info" (frozen at B2): Customer_ID (C001 … C120) / First Name / Last Name / Gender /
  Age (floats) / Region (Dhaka, Chittagong, Sylhet) / Registration_Date (format "dd mmmm, yyyy") /
  Trimmed First Name / Trimmed Last Name / Full Name / Proper Full Name — the four helper columns
  filled on the first customer only (a worked TRIM / PROPER example). Seven names typed badly:
  leading or trailing runs of spaces, random capitals ("araFat", "KHAN", "RaIHan", "JANNat").
- "Purchase Info": Customer_ID / Last Purchase Date / Total Order / Total Spent (#,##0) /
  Support Tickets / Latest Rating, one row per customer.
- "App Info" (frozen at B2): Customer_ID / App Uninstallation Status (Y/N).
All names and figures invented.
"""
import datetime

from fake import Fake, save, workbook

f = Fake("customers-en-bd-churnexercise")
FIRST_M = ["Arafat", "Ziaur", "Abir", "Zarif", "Rayeed", "Arif", "Tanvir", "Mahfuz", "Sabbir", "Rakib", "Nayeem", "Fahim",
           "Imran", "Shakil", "Mehedi", "Towhid", "Sajid", "Rafsan", "Nafis", "Tahmid"]
FIRST_F = ["Mim", "Faiza", "Rifat", "Mehnaz", "Jannat", "Lamiya", "Safa", "Nusrat", "Tasnim", "Sadia", "Farhana", "Anika",
           "Sumaiya", "Raisa", "Nabila", "Tania", "Orpa", "Maliha", "Sanjida", "Afsana"]
LAST = ["Khan", "Akter", "Rahman", "Jawad", "Kamal", "Riza", "Raihan", "Jahan", "Sultana", "Ara", "Ferdous", "Hasan",
        "Chowdhury", "Hossain", "Islam", "Uddin", "Talukder", "Sarkar", "Bhuiyan", "Mridha", "Siddique", "Karim"]
MESSY = {1: ("    araFat", "KHAN"), 6: ("Faiza    ", "   Kamal"), 14: ("Rayeed", "    RIza     "), 20: ("Arif", "RaIHan"),
         40: ("      RIFAT", "Jahan"), 64: ("Mehnaz", "    SultaNA"), 66: ("JANNat", "Ara")}
FEMALE = {6, 40, 64, 66}
REGIONS = ["Dhaka"] * 46 + ["Chittagong"] * 40 + ["Sylhet"] * 34
f.r.shuffle(REGIONS)

wb = workbook()
ci = wb.active
ci.title = "Customer Info"
ci.append(["Customer_ID", "First Name", "Last Name", "Gender", "Age", "Region", "Registration_Date", "Trimmed First Name",
           "Trimmed Last Name", "Full Name", "Proper Full Name"])
pi = wb.create_sheet("Purchase Info")
pi.append(["Customer_ID", "Last Purchase Date", "Total Order", "Total Spent", "Support Tickets", "Latest Rating"])
ai = wb.create_sheet("App Info")
ai.append(["Customer_ID", "App Uninstallation Status"])
used = set()
for i in range(1, 121):
    cid = f"C{i:03d}"
    if i in MESSY:
        first, last = MESSY[i]
        gender = "Female" if i in FEMALE else "Male"
    else:
        female = f.chance(0.5)
        while True:
            first, last = f.pick(FIRST_F if female else FIRST_M), f.pick(LAST)
            if (first, last) not in used:
                break
        gender = "Female" if female else "Male"
    used.add((first.strip().title(), last.strip().title()))
    reg = f.date(datetime.date(2023, 1, 5), datetime.date(2025, 7, 20))
    row = [cid, first, last, gender, float(f.r.randrange(19, 56)), REGIONS[i - 1], datetime.datetime.combine(reg, datetime.time())]
    if i == 1:
        row += [first.strip(), last.strip(), f"{first.strip()} {last.strip()}", f"{first.strip().title()} {last.strip().title()}"]
    ci.append(row)
    ci.cell(i + 1, 7).number_format = "dd\\ mmmm\\,\\ yyyy"
    last_buy = max(reg, f.date(datetime.date(2023, 6, 1), datetime.date(2025, 7, 25)))
    orders = f.r.randrange(1, 40)
    pi.append([cid, datetime.datetime.combine(last_buy, datetime.time()), float(orders),
               float(orders * f.r.randrange(400, 1800)), float(f.r.randrange(0, 11)), float(f.r.randrange(1, 6))])
    pi.cell(i + 1, 2).number_format = "dd\\ mmmm\\,\\ yyyy"
    pi.cell(i + 1, 4).number_format = "#,##0"
    pi.cell(i + 1, 6).number_format = "0"
    ai.append([cid, "Y" if f.chance(0.45) else "N"])
ci.freeze_panes = "B2"
ai.freeze_panes = "B2"
save(wb, "customers-en-bd-churnexercise.xlsx")

if __name__ == "__main__":
    for r in list(ci.iter_rows(values_only=True))[:3] + [list(ci.iter_rows(values_only=True))[6], list(ci.iter_rows(values_only=True))[-1]]:
        print(r)
