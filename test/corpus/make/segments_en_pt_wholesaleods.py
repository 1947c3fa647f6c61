"""
Shape of nailson-br/customer_segments "customers.ods" (commit c0610d76dd632e8c227a176348df303ef34500ed):
a customer-segmentation exercise's spending table kept in LibreOffice Calc (.ods), English data
headers with Portuguese working columns. Sheet "customers", header on row 1: índice (0-based row
number) / Channel (1 or 2) / Region (1–3) / Fresh / Milk / Grocery / Frozen / Detergents_Paper /
Delicatessen (yearly spend per product group) / maior (=INDEX(header, MATCH(MAX(row)…)): the group a
customer spends most on), then beside the table, after an empty column, a block "max / indice / min /
indice" with one row per group (fresh, milk, grocery, frozen, detergents, delicatessen) of MAX /
MATCH / MIN / MATCH formulas over the whole columns. 440 customers in the original, 300 here. Sheet
"Planilha2": a sorted list of outlier row numbers with =A2=A1 duplicate checks beside them. No
names, no contacts: anonymous spending figures; a person imports nothing. Values invented; the
file is saved by LibreOffice, so every formula carries its computed value.
"""
from fake import Fake, save, workbook

f = Fake("segments-en-pt-wholesaleods")
N = 300
LAST = N + 1
wb = workbook()
ws = wb.active
ws.title = "customers"
ws.append(["índice", "Channel", "Region", "Fresh", "Milk", "Grocery", "Frozen", "Detergents_Paper", "Delicatessen",
           "maior", None, None, "max", "indice", "min", "indice"])
for i in range(N):
    channel = 1 if f.chance(0.68) else 2
    region = f.r.choices([1, 2, 3], [18, 11, 71])[0]
    k = 2.5 if channel == 2 else 1.0

    def spend(mu, cap):
        return max(3, min(cap, int(f.r.lognormvariate(mu, 1.0))))

    row = [i, channel, region, spend(8.9, 112000), spend(8.0 + (0.8 if channel == 2 else 0), 73000),
           spend(8.1 + (1.0 if channel == 2 else 0), 92000), spend(7.3, 60000),
           spend(6.3 + (1.6 if channel == 2 else 0), 40000), spend(6.7, 47000)]
    ws.append(row)
    r = ws.max_row
    ws.cell(r, 10, f"=INDEX($D$1:$I$1,MATCH(MAX(D{r}:I{r}),D{r}:I{r},0))")
for n, (label, col) in enumerate(zip(["fresh", "milk", "grocery", "frozen", "detergents", "delicatessen"], "DEFGHI")):
    r = n + 2
    ws.cell(r, 12, label)
    ws.cell(r, 13, f"=MAX({col}2:{col}{LAST})")
    ws.cell(r, 14, f"=MATCH(M{r},${col}$2:${col}${LAST},0)")
    ws.cell(r, 15, f"=MIN({col}2:{col}{LAST})")
    ws.cell(r, 16, f"=MATCH(O{r},${col}$2:${col}${LAST},0)")
for col, w in {"A": 7.09, "C": 6.24, "D": 6.35, "E": 5.5, "F": 6.96, "G": 6.24, "H": 14.02, "I": 10.49}.items():
    ws.column_dimensions[col].width = w

side = wb.create_sheet("Planilha2")
outliers = sorted(f.r.choices(range(30, N), k=34))
for n, v in enumerate(outliers, start=1):
    side.cell(n, 1, v)
    if n > 1:
        side.cell(n, 2, f"=A{n}=A{n - 1}")
save(wb, "segments-en-pt-wholesaleods.ods", libreoffice="ods")
