"""
Shape of PankajSingh2705/LIC-Automation-tool-v1.0 "policies.xlsx" (commit
2c493fe72ca13bc76be3fbc84f8c9dfdd99f959c): the input list of an Indian LIC agent's status-lookup
robot, which types each policy number into an agency app and writes name, plan, premium, status
and maturity to a separate output workbook. Two sheets:

- "DATA" (the active sheet): A1 "Policy Number" (Arial, centred), then 996 nine-digit policy
  numbers as numbers, centred, no blanks, no duplicates, in no order; most begin 25x (251 … 259),
  the rest 20x–54x. Column A 19.6 wide, nothing else on the sheet.
- "Sheet1": empty.

The workbook names no policyholder, insurer field, plan, premium or date: only the numbers the
robot will look up. A person imports nothing from it — a policy without its holder cannot be put
in the register, and the details come only from the lookup's output. Row count kept (996).
Values invented (random nine-digit numbers of the same spread).
"""
from openpyxl.styles import Alignment, Font

from fake import Fake, save, workbook

f = Fake("policynumbers-en-in-licagent")

wb = workbook()
ws = wb.active
ws.title = "DATA"
ws["A1"] = "Policy Number"
ws["A1"].font = Font(name="Arial", size=10)
ws["A1"].alignment = Alignment(horizontal="center")

prefixes = (["257"] * 138 + ["258"] * 131 + ["253"] * 111 + ["255"] * 101 + ["256"] * 79 + ["254"] * 62
            + ["259"] * 26 + ["209"] * 24 + ["227"] * 22 + ["268"] * 22 + ["251"] * 60 + ["252"] * 58)
others = ["202", "206", "207", "228", "235", "247", "279", "278", "339", "412", "545", "233", "240"]
seen = set()
numbers = []
while len(numbers) < 996:
    head = prefixes[len(numbers)] if len(numbers) < len(prefixes) else f.pick(others)
    n = int(head + f"{f.r.randrange(10 ** 6):06d}")
    if n not in seen:
        seen.add(n)
        numbers.append(n)
f.r.shuffle(numbers)
for i, n in enumerate(numbers, start=2):
    c = ws.cell(i, 1, n)
    c.alignment = Alignment(horizontal="center")
ws.column_dimensions["A"].width = 19.5546875

wb.create_sheet("Sheet1")
save(wb, "policynumbers-en-in-licagent.xlsx")
