"""
Shape of mujakkirdv/sales-analytics-project "data/customer_master.xlsx": a Bangladeshi crockery and
homeware distributor's customer master, made from the customer names typed in its sales ledger
(the analyst gave each distinct spelling an id), one sheet written by pandas.

- One sheet "Sheet1", header on row 1: CustomerName / CustomerID (name first); no formats.
- 180 rows sorted by name (case-sensitive: "01 To 99 Shop (2024)" first), ids CUST00001 …
  CUST00180 in that order. Names are retail shops and traders in Title Case: "… Crockeries",
  "… Enterprise", "… Store", "… Traders", "… Corporation", "… Homeware", "… Super Shop"; the
  same shop often typed two or three ways, each with its own id ("Al - Madina Crockeries",
  "Al Madina Crockeries", "Al- Madina Crockerise"; "Crockeries"/"Crockerise"/"Crokerise";
  "Bismillah"/"Bismillallah"), a year in brackets for an account reopened ("… (2024)" beside the
  plain name), double spaces in a few names; one row is not a shop but the ledger's bank-deposit
  account "Bank_Dp".
Values invented.
"""
from fake import Fake, save, workbook

f = Fake("customers-en-bd-crockery")

CORE = ["Rupali", "Sonali", "Shapla", "Padma", "Meghna", "Jamuna", "Nabila", "Madhumita", "Rahmat", "Barakat",
        "Nur", "Salam", "Tasnim", "Rafi", "Shuvo", "Mollah", "Sarkar", "Chowdhury", "Kushtia", "Comilla", "Noakhali",
        "Jessore", "Bogra", "Rangpur", "Dhaka", "Khulna", "Mirpur", "Uttara", "Badda", "Gulshan", "Modina", "Taqwa",
        "Ma Babar Doa", "Bhai Bhai", "Allah Bharosa", "Bismillah", "Al-Noor", "Al-Amin", "Al-Falah", "Hazi", "Sabbir",
        "Tanvir", "Ripon", "Mitu", "Sumi", "Joy", "Anik", "Rakib", "Nayeem", "Shanto", "Rupsha", "Kabir", "Sajeeb",
        "Roni", "Ayesha", "Fahim", "Sumaiya", "Labib", "Mim", "Tuhin"]
KIND = ["Crockeries"] * 8 + ["Enterprise"] * 4 + ["Store"] * 3 + ["Traders", "Corporation", "Homeware", "Super Shop",
        "Varieties Store", "Ceramics", "Plastic House", "Trading"]
SPELL = {"Crockeries": ["Crockerise", "Crokerise"], "Enterprise": ["Enterprize"], "Store": ["Stor"], "Traders": ["Trader"]}


def variants(core, kind):
    out = [f"{core} {kind}"]
    if core.startswith("Al-"):
        out += [f"Al - {core[3:]} {kind}", f"Al- {core[3:]} {f.pick(SPELL.get(kind, [kind]))}"]
    elif kind in SPELL:
        out.append(f"{core} {f.pick(SPELL[kind])}")
    else:
        out.append(f"{core}  {kind}")
    return out


names, seen = ["01 To 99 Shop (2024)", "Bank_Dp"], set()
cores = CORE[:]
f.r.shuffle(cores)
for core in cores:
    kind = f.pick(KIND)
    if core.startswith("Al-") or f.chance(0.3):
        group = variants(core, kind)
    elif f.chance(0.12):
        group = [f"{core} {kind}", f"{core} {kind} (2024)"]
    else:
        group = [f"{core} {kind}"]
    for n in group:
        if n not in seen:
            seen.add(n)
            names.append(n)
while len(names) < 180:
    n = f"{f.pick(CORE)} {f.pick(KIND)}"
    if n not in seen:
        seen.add(n)
        names.append(n)
names = sorted(names[:180])

wb = workbook()
ws = wb.active
ws.title = "Sheet1"
ws.append(["CustomerName", "CustomerID"])
for i, n in enumerate(names, 1):
    ws.append([n, f"CUST{i:05d}"])
save(wb, "customers-en-bd-crockery.xlsx")
