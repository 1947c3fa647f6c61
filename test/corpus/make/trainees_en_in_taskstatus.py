"""
Shape of shivam1104/Baups "Members.xlsx" (at commit 464ffc53): a Bangalore training cohort's task
tracker, kept by the course coordinator. Two sheets.

- "Bangalore Status": header on row 1 in bold (Group / Name / Task 0 / Task 1.1 / Task 1.2 /
  Task 1.3 / Task 1.4); 15 trainees in groups A, B and C (five each), the name column 47 wide;
  1 or 0 per finished task, Task 0 done by everyone, Task 1.1 by most, Task 1.2 by four, the
  last two empty; row 17 "Completed" in B with =SUM() of each task column.
- "WIP": team totals — row 2 "Team A" / "Team B" / "Team C" merged over A2:C2, E2:G2, I2:K2,
  row 3 =SUM('Bangalore Status'!D2:G6) and the like under each team.
A person imports nothing: these are trainees' progress marks, not clients. Values invented.
"""
from openpyxl.styles import Font

from fake import CachedFormulas, Fake, workbook

f = Fake("trainees-en-in-taskstatus")
cf = CachedFormulas()
wb = workbook()
ws = wb.active
ws.title = "Bangalore Status"
ws.append(["Group", "Name", "Task 0", "Task 1.1", "Task 1.2", "Task 1.3", "Task 1.4"])
for c in ws[1]:
    c.font = Font(bold=True)
marks = []
task12 = {1, 9, 10, 14}
for i in range(15):
    t11 = 0 if i in (1, 4, 11, 13) else 1
    row = [1, t11, 1 if i in task12 else None, None, None]
    marks.append(row)
    ws.append(["ABC"[i // 5], f.name_in() if f.chance(0.7) else f"{f.pick(['Ravi', 'Sneha', 'Kiran', 'Deepa', 'Manoj'])} {f.pick('BKMS')} {f.pick(['V', 'R', 'N'])}"] + row)
ws["B17"] = "Completed"
for j, col in enumerate("CDEFG"):
    cf.formula(ws, f"{col}17", f"=SUM({col}2:{col}16)", sum(r[j] or 0 for r in marks))
ws.column_dimensions["A"].width = 11.1
ws.column_dimensions["B"].width = 47.1
ws.column_dimensions["C"].width = 9.6
ws.column_dimensions["D"].width = 9.0
ws.column_dimensions["E"].width = 7.9

wip = wb.create_sheet("WIP")
for ref, label in (("A2", "Team A"), ("E2", "Team B"), ("I2", "Team C")):
    wip[ref] = label
for rng in ("A2:C2", "E2:G2", "I2:K2"):
    wip.merge_cells(rng)
for k, (ref, rows) in enumerate((("A3", "D2:G6"), ("E3", "D7:G11"), ("I3", "D12:G16"))):
    total = sum(sum(v or 0 for v in r[1:]) for r in marks[k * 5:(k + 1) * 5])
    cf.formula(wip, ref, f"=SUM('Bangalore Status'!{rows})", total)
wip.column_dimensions["B"].width = 17.4
cf.save(wb, "trainees-en-in-taskstatus.xlsx")
