"""
Shape of thakur06/tms_backend "data/manager.xlsx": the staff roster of an Indian biogas
engineering firm, loaded into its timesheet and task app to know who reports to whom (written by
openpyxl from an HR list).

- One sheet "Sheet1", header on row 1, plain, default widths: Sr. No. / Employee Code / Full name /
  Reports To / Location / Dept / "Email - 10 Oct-25" (the date the e-mails were checked).
- 64 employees, every cell text: Sr. No. '1' … '64'; Employee Code BGEI0005 … BGEI0093 (company
  prefix + number, in name order, three late joiners at the end out of order); Full name sorted
  by first name, one given name alone, three with a trailing space; Reports To a manager's full
  name (24 managers, some with two names 'A/B', 'NA' for the director); Location site codes GGN
  (head office), Trichi, Barwala, WFH (once 'WFH '); Dept Mechanical, Process, Controls, Product
  Development, Omai, Project Controls, Bd-India, Bd-Usa, Electrical, Procurement, Document
  Control, Operations; the company e-mail first.last@ or initial+surname@, one with a trailing
  space, one missing (the director).
Not client data: the workbook lists the firm's own employees (employee codes, reporting line,
department). Values invented.
"""
from fake import FIRST_IN, LAST_IN, Fake, save, workbook

f = Fake("staff-en-in-biogasroster")
R = f.r

FIRST = FIRST_IN + ["Aakash", "Deepak", "Gaurav", "Kiran", "Manish", "Nitin", "Pankaj", "Rahul", "Sandeep", "Tarun",
                    "Vikas", "Yogesh", "Bhavna", "Ishita", "Jyoti", "Lata", "Mansi", "Priya", "Sonal", "Tanvi"]
LAST = LAST_IN + ["Kumar", "Singh", "Yadav", "Joshi", "Nair", "Pillai", "Rao", "Reddy", "Iyer", "Thakur", "Tomar",
                  "Panicker", "Manoharan", "Chauhan", "Mishra", "Pandey", "Saxena", "Bhatt"]
DEPTS = ["Mechanical"] * 23 + ["Process"] * 17 + ["Controls"] * 7 + ["Product Development"] * 3 + ["Omai"] * 3 + \
        ["Project Controls"] * 2 + ["Bd-India"] * 2 + ["Bd-Usa"] * 2 + ["Electrical"] * 2 + ["Procurement", "Document Control", "Operations"]
LOCS = ["GGN"] * 40 + ["Trichi"] * 11 + ["Barwala"] * 6 + ["WFH"] * 6 + ["WFH "]

names = set()
people = []
while len(people) < 63:
    if R.random() < 0.25:
        n = f"{R.choice(FIRST)} {R.choice(['Kumar', 'Singh', 'Saji', 'Jiten', 'Prasad', 'Lal'])} {R.choice(LAST)}"
    else:
        n = f"{R.choice(FIRST)} {R.choice(LAST)}"
    if n not in names:
        names.add(n)
        people.append(n)
people.sort()
people[2] = "Abhinav"                                   # a given name alone
director = "Madhur Saxena"

codes = R.sample([c for c in range(5, 90) if c != 10], 63)
R.shuffle(DEPTS)
R.shuffle(LOCS)
managers = R.sample(people, 22) + ["Arun Nair/Manoj Kumar", "Mayank Joshi/Manoj Kumar"]


def mail(name):
    parts = name.split()
    first, last = parts[0].lower(), parts[-1].lower()
    local = first if len(parts) == 1 else (f"{first}.{last}" if R.random() < 0.3 else f"{first[0]}{last}")
    return f"{local}@example.com"


rows = []
for i, n in enumerate(people):
    code = codes[i]
    boss = R.choice(managers)
    while boss == n:
        boss = R.choice(managers)
    rows.append([n, f"BGEI{code:04d}", boss, LOCS[i], DEPTS[i], mail(n)])
# late joiners stay at the end out of name order; trailing spaces as typed
late = [rows.pop(40), rows.pop(25), rows.pop(1)]
for r, code in zip(late, (90, 91, 93)):
    r[1] = f"BGEI{code:04d}"
rows += late
for k in (17, 61, 62):
    rows[k][0] += " "
rows[62][5] += " "
rows.append([director, "BGEI0010", "NA", "GGN", "Bd-India", None])

wb = workbook()
ws = wb.active
ws.title = "Sheet1"
ws.append(["Sr. No.", "Employee Code", "Full name", "Reports To", "Location", "Dept", "Email - 10 Oct-25"])
for i, (n, code, boss, loc, dept, email) in enumerate(rows, start=1):
    ws.append([str(i), code, n, boss, loc, dept, email])

save(wb, "staff-en-in-biogasroster.xlsx")
