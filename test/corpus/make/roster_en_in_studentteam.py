"""
Shape of tejasmathurkar/tesla-web "Member List.xlsx": the member list of a Bangalore engineering
college's student team (a solar/electric vehicle team), exported from a PDF or Numbers table,
one sheet. Not client data.

- Sheet "Table 1", header on row 1 (plain): Name / Branch / Year / USN / Mobile / Email-ID /
  Method Of Boarding, and an eighth column without a header holding LinkedIn profile links on
  13 rows.
- 61 students: names in any case ("Basavaraj meti"), initials at the end ("Akhil Kumar K N");
  Branch MECH / EEE / ECE / CSE (once "Cse"); Year Second / Third / Fourth in words; USN (the
  university seat number "1RV15ME092"); Mobile a number (format "#,##0" on the first row, "0"
  on the rest), twice two numbers as text "…/…"; Gmail-style addresses; Method Of Boarding
  Hostel / Day scholar / PG / once "flat".
Values invented.
"""
from fake import Fake, save, workbook

f = Fake("roster-en-in-studentteam")
BRANCH = {"MECH": "ME", "EEE": "EE", "ECE": "EC", "CSE": "CS"}
YEARS = {"Fourth": 13, "Third": 14, "Second": 15}
plan = ([("MECH", 26), ("EEE", 15), ("ECE", 11), ("CSE", 9)])
years = ["Fourth"] * 4 + ["Third"] * 26 + ["Second"] * 31
f.r.shuffle(years)
branches = [b for b, n in plan for _ in range(n)]
f.r.shuffle(branches)
rows = []
for i, (branch, year) in enumerate(zip(branches, years)):
    name = f.name_in()
    if f.chance(0.1):
        name = name.split()[0] + " " + name.split()[1].lower()
    if f.chance(0.08):
        name += " " + f.pick(["K N", "A", "S", "M R"])
    usn = f"1RV{YEARS[year]}{BRANCH[branch]}{f.r.randrange(1, 130):03d}"
    local = name.split()[0].lower() + name.split()[-1].lower() + str(f.r.randrange(1, 999))
    board = f.pick(["Hostel"] * 28 + ["Day scholar"] * 21 + ["PG"] * 11)
    rows.append([name, branch, year, usn, int(f.mobile_in()), f.email(local), board, None])
rows.sort(key=lambda r: (["Fourth", "Third", "Second"].index(r[2]), r[1], r[3]))
rows[20][1] = "Cse" if rows[20][1] == "CSE" else rows[20][1]
next(r for r in rows if r[1] == "CSE")[1] = "Cse"
rows[-2][6] = "flat"
for k in (7, 33):
    rows[k][4] = f"{f.mobile_in()}/{f.mobile_in()}"
for k in f.r.sample(range(61), 13):
    slug = rows[k][0].lower().replace(" ", "-")
    rows[k][7] = f"https://www.linkedin.example.com/in/{slug}-{f.r.randrange(10**6, 10**7):x}/"

wb = workbook()
ws = wb.active
ws.title = "Table 1"
for j, h in enumerate(["Name", "Branch", "Year", "USN", "Mobile", "Email-ID", "Method Of Boarding"], 1):
    ws.cell(1, j, h)
for i, row in enumerate(rows, 2):
    for j, v in enumerate(row, 1):
        if v is not None:
            ws.cell(i, j, v)
    if isinstance(row[4], int):
        ws.cell(i, 5).number_format = "#,##0" if i == 2 else "0"
ws.column_dimensions["A"].width = 18.9

save(wb, "roster-en-in-studentteam.xlsx")
