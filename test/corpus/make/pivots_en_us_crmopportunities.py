"""
Shape of Youssef4Hassan/opportunity-analysis "CRM.xlsx" (commit 5fa4b2e): a CRM sales-opportunity
analysis made in Excel from a Power Query data model, two sheets "Calculations" and "Dashboard".

"Calculations" holds only pivot-table output side by side from row 1: KPI cells A1:D2 (No.of
Opportunites / Win Rate / "dael Value" (sic) / Avg Deal Size: a count, a percentage, $ formats);
then pivots with "Row Labels" / "No.of Opportunites" (sic) headers in F:G (opportunities by sales
agent, 15 agents, ascending, Grand Total), I:J (by account, 14 accounts and a "Lead" row,
Grand Total), M:N (by product, Grand Total) and Q:R (by month Jan–Dec, Grand Total).
"Dashboard" holds only charts, slicers and a logo picture (not reproduced here: the sheet is empty).
The pivots are written as plain values. Values invented (agents, accounts, products, counts).
A person imports nothing: pivot counts and a dashboard.
"""
from openpyxl.styles import Font

from fake import FIRST_EN, LAST_EN, Fake, save, workbook

f = Fake("pivots-en-us-crmopportunities")
COUNT = "No.of Opportunites"

agents = []
while len(agents) < 15:
    n = f"{f.pick(FIRST_EN)} {f.pick(LAST_EN)}"
    if n not in agents:
        agents.append(n)
agent_counts = sorted(f.r.randrange(260, 470) for _ in range(15))
agent_counts[-1] = 702
ACCOUNTS = ["Brightlane", "Corvexa", "Daltronix", "Finbury", "Gloweave", "Hexaford", "Ironquill", "Juniperix",
            "Kelptech", "Lumacore", "Moxidata", "Nimbolt", "Ortega-Soft", "Pylonix"]
acct_counts = sorted(f.r.randrange(100, 205) for _ in range(14)) + [1390]
PRODUCTS = ["RTX 300", "RTX Plus Pro", "RTX Plus Basic", "NG Advanced", "RTXPro", "NG Special", "RTX Basic"]
prod_counts = sorted(f.r.randrange(30, 1900) for _ in range(7))
months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
month_counts = [f.r.randrange(300, 1200) for _ in months]

wb = workbook()
ws = wb.active
ws.title = "Calculations"
total = 8650
for col, h in zip("ABCD", [COUNT, "Win Rate", "dael Value", "Avg Deal Size"]):
    ws[f"{col}1"] = h
ws["A2"] = total
ws["B2"] = 0.6281271676300578
ws["B2"].number_format = "0.00%;\\-0.00%;0.00%"
ws["C2"] = 9874310
ws["D2"] = 9874310 / (total * 0.4863)
for c in ("C2", "D2"):
    ws[c].number_format = "\\$#,##0;\\(\\$#,##0\\);\\$#,##0"


def pivot(col, labels, counts):
    vcol = chr(ord(col) + 1)
    ws[f"{col}1"] = "Row Labels"
    ws[f"{vcol}1"] = COUNT
    ws[f"{col}1"].font = ws[f"{vcol}1"].font = Font(bold=True)
    for i, (label, n) in enumerate(zip(labels, counts), 2):
        ws[f"{col}{i}"] = label
        ws[f"{vcol}{i}"] = n
    last = len(labels) + 2
    ws[f"{col}{last}"] = "Grand Total"
    ws[f"{vcol}{last}"] = sum(counts)
    ws[f"{col}{last}"].font = ws[f"{vcol}{last}"].font = Font(bold=True)


pivot("F", agents, agent_counts)
pivot("I", ACCOUNTS + ["Lead"], acct_counts)
pivot("M", PRODUCTS, prod_counts)
pivot("Q", months, month_counts)
for col, w in zip("ABCDEFGHIJKLMNOPQR", [19, 9, 11, 13, 3, 19, 19, 3, 13, 19, 3, 3, 14, 19, 3, 3, 12, 19]):
    ws.column_dimensions[col].width = w
wb.create_sheet("Dashboard")
save(wb, "pivots-en-us-crmopportunities.xlsx")
print(agents[:3])
