"""
Shape of Ahmed-ElDabody/Biosyn-CRM "Employees.xlsx": the same Egyptian pharmaceutical company's
field-force list in Excel, for loading its users into the new CRM (not client data).

- One sheet "employees", the table from B2: SR / Employee / Region / Role / Direct Manager, bold
  white on navy, thin borders, centred; column A empty and row 1 empty.
- 33 people: medical reps (MR) per town under five district managers (DM), the DMs under vacant
  regional posts ("RSM_Vacant 1"), a marketing manager, an MSL, a CRM admin; a vacant rep
  territory written as a name ("Alex_Center_Vacant"); Region a town, a group of governorates or
  "Total Egypt"; town spellings as typed ("Heliobolis", "Ismalia").
Values invented.
"""
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

from fake import Fake, save, workbook

f = Fake("staff-en-eg-pharmareps")

FIRST_F = ["Haneen", "Amira", "Taghreed", "Aya", "Omnia", "Rania", "Aml", "Reem", "Mayada", "Farah", "Doha", "Shorouk",
           "Hanem", "Roaa", "Basma", "Nada", "Noha", "Nihal", "Mai", "Salma", "Yasmin", "Dina"]
FIRST_M = ["Mostafa", "Kareem", "Nedal", "Sherif", "Mahmoud", "Mohamed", "Ahmed", "Omar", "Tamer", "Hazem", "Khaled"]
LAST = ["Hegazy", "Fouad", "Shalaby", "Radwan", "El Masry", "Sobhy", "Ghoneim", "Badawy", "Helmy", "Khalil",
        "Mansour", "Nasr", "Eid", "Abdelaziz", "Farouk", "Soliman", "Wahba", "Lotfy", "Saleh", "Zaki", "Hafez", "Osman",
        "Kamel", "Shawky", "Gaber", "Rizk", "Emam", "Fahmy"]


def person(first):
    return f._unique(lambda: f"{f.pick(first)} {f.pick(LAST)}")


dms = [(person(FIRST_M), "Kafr El Sheikh, Gharbia & Menofia", ["Kafr El Sheikh", "Desouk", "Mahalla", "Shebin", "Tanta", "Ashmoun"]),
       (person(FIRST_M), "Alex & Behera", ["Damnhour", "Etay", "Alex East", None, "Alex West"]),
       (person(FIRST_M), "Sharkia, Dakahlia & Ismalia", ["Mansoura", "Dekernes", "Ismalia", "Zagazig", "Hehya", "10th of Ramadan"]),
       (person(FIRST_M), "Cairo & Qalubia", ["Marg", "Nasr City", "Banha", "Shobra", "Heliobolis"])]
helwan_dm = person(FIRST_M)
head = person(FIRST_M)

rows = []
for dm, _, towns in dms:
    for town in towns:
        if town is None:
            rows.append(["Alex_Center_Vacant", "Alex Center", "MR", dm])
        else:
            rows.append([person(FIRST_F if f.chance(0.75) else FIRST_M), town, "MR", dm])
rows.append([person(FIRST_F), "Faisal", "MR", helwan_dm])
rows.append([person(FIRST_F), "Helwan", "MR", helwan_dm])
rows.append([helwan_dm, "Helwan", "DM", "RSM_Vacant 1"])
rows.append([person(FIRST_F), "Total Egypt", "Marketing Manager", head])
rows.append([person(FIRST_F), "Total Egypt", "MSL", head])
for i, (dm, region, _) in enumerate(dms, start=1):
    rows.append([dm, region, "DM", f"RSM_Vacant {i}"])
rows.append(["RSM_Vacant1", "Total Egypt", "RSM", head])
rows.append([person(FIRST_F), "Total Egypt", "CRM Admin", head])

wb = workbook()
ws = wb.active
ws.title = "employees"
thin = Side(style="thin")
box = Border(left=thin, right=thin, top=thin, bottom=thin)
for i, h in enumerate(["SR", "Employee", "Region", "Role", "Direct Manager"]):
    c = ws.cell(2, i + 2, h)
    c.font = Font(bold=True, color="FFFFFF")
    c.fill = PatternFill("solid", fgColor="1E3A8A")
    c.alignment = Alignment(horizontal="center")
    c.border = box
for r, row in enumerate(rows, start=3):
    for j, v in enumerate([r - 2] + row):
        c = ws.cell(r, j + 2, v)
        c.border = box
        c.alignment = Alignment(horizontal="center")
ws.column_dimensions["B"].width = 18.77734375
ws.column_dimensions["F"].width = 21.6640625
save(wb, "staff-en-eg-pharmareps.xlsx")
