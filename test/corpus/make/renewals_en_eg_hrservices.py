"""
Shape of emamproserv-dot/proserv-dashboard "clients.xlsx": an Egyptian HR and compliance
services firm's client contract history, kept in Excel on an Arabic-language desk (the sheet is
set right-to-left), uploaded for a dashboard.

- One sheet "page 1 (2)", right-to-left view at 85 % zoom, header row 45 pt high in bold on white
  fill: Company Name / Department / Renewal Number / Renewal Date, and a styled empty E1 (format
  yyyy); autofilter A1:D1088; column widths set for A:F.
- 1,087 rows, one per contract year: the client company, the firm's department serving it
  (Government compliance, Outsource, Consultations, Recruitment, L&D), the renewal number
  (0 the first contract, 1, 2 … number format "0") and the year as a plain number (2013 … 2025).
  Rows come in runs per company and department ordered by the first year; a client served by
  two departments has two runs (25 clients); a dozen runs skip or repeat numbers; four clients
  typed in another case in a later run ("Nextcare" / "nextcare"); two names with a trailing
  space; second legal entities numbered "… 2"; 263 company names in all.
- Below the data 673 empty rows still carry cell formats in B and C (the used range runs to
  row 1761).
Values invented.
"""
from openpyxl.styles import Alignment, Font, PatternFill

from fake import Fake, save, workbook

f = Fake("renewals-en-eg-hrservices")

HEADS = ["Nile", "Delta", "Cairo", "Giza", "Alexandria", "Pyramids", "Sinai", "Red Sea", "Orascom", "Misr",
         "Horus", "Lotus", "Memphis", "Luxor", "Zamalek", "Maadi", "Heliopolis", "Suez", "Aswan", "Tanta",
         "Atlas", "Vertex", "Meridian", "Crescent", "Falcon", "Obelisk", "Papyrus", "Oasis", "Sphinx", "Nova"]
TAILS = ["Engineering Services", "Pharma Egypt Limited", "for Business Solutions and Consulting", "Technology",
         "Media and Information Services WLL", "Cement Company", "Logistics S.A.E", "Water Technologies company",
         "Quality Services", "for advertising", "Education Services", "Petroleum Services", "Insurance Brokers",
         "Communities Estate Services", "Electric Infrastructure", "Foods", "Medical Services", "Capital",
         "Software House", "Marine Services", "Hospitality Group", "Trading & Distribution", "Consultancy (S.A.E)"]
DEPTS = ["Government compliance"] * 199 + ["Outsource"] * 53 + ["Consultations"] * 20 + ["Recruitment"] * 13 + ["L&D"] * 12
LENGTHS = [1] * 104 + [2] * 34 + [3] * 28 + [4] * 29 + [5] * 26 + [6] * 18 + [7] * 17 + [8] * 21 + [9] * 11 + [10] * 8 + [11]

used = set()


def company():
    while True:
        n = f"{f.pick(HEADS)} {f.pick(TAILS)}"
        if n.lower() not in used:
            used.add(n.lower())
            return n


names = [company() for _ in range(263)]
for i in (40, 95, 160):
    names[i] = names[i - 1] + " 2"                # the same client's second legal entity
names[200] = names[200] + " "
names[231] = names[231] + " "

# 297 runs: every company once, 25 of them again with another department, 4 again in another case,
# plus 5 more runs for companies that came back after a gap.
f.r.shuffle(DEPTS)
f.r.shuffle(LENGTHS)
runs = []
for i, n in enumerate(names):
    runs.append([n, DEPTS[i % len(DEPTS)]])
for n in names[:25]:
    runs.append([n, "Consultations" if f.chance(0.5) else "Outsource"])
for k, n in enumerate(names[30:34]):
    runs.append([n.lower() if k % 2 == 0 else n[0] + n[1:].lower(), runs[30 + k][1]])
for n in names[50:55]:
    runs.append([n, runs[names.index(n)][1]])

rows = []
for k, (name, dept) in enumerate(runs):
    length = LENGTHS[k % len(LENGTHS)]
    latest = 2025 - (length - 1)
    start = latest - f.r.randrange(0, latest - 2013 + 1) if f.chance(0.7) else latest - f.r.randrange(0, 2)
    years, y = [], start
    for left in range(length, 0, -1):
        years.append(y)
        y += 2 if (2025 - y >= left and f.chance(0.15)) else 1
    numbers = list(range(len(years)))
    if k % 25 == 7 and len(numbers) > 2:          # a skipped or repeated renewal number
        numbers = numbers[:1] + [n + 1 for n in numbers[1:]]
    if k % 25 == 19 and len(numbers) > 1:
        numbers[-1] = numbers[0]
    rows.append((start, k, [(name, dept, n, yr) for n, yr in zip(numbers, years)]))
rows.sort(key=lambda r: (r[0], r[1]))
flat = [line for _, _, run in rows for line in run]
assert len(flat) == 1087, len(flat)

wb = workbook()
ws = wb.active
ws.title = "page 1 (2)"
ws.sheet_view.rightToLeft = True
ws.sheet_view.zoomScale = 85
ws.sheet_view.zoomScaleNormal = 85
white = PatternFill("solid", fgColor="FFFFFFFF")
for col, text in zip("ABCD", ["Company Name", "Department", "Renewal Number", "Renewal Date"]):
    c = ws[f"{col}1"]
    c.value = text
    c.font = Font(bold=True)
    c.fill = white
    c.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
ws["E1"].number_format = "yyyy"
ws["E1"].fill = white
ws.row_dimensions[1].height = 45
for r, (name, dept, n, yr) in enumerate(flat, start=2):
    ws.cell(r, 1, name)
    ws.cell(r, 2, dept)
    ws.cell(r, 3, n).number_format = "0"
    ws.cell(r, 4, yr)
for r in range(1089, 1762):
    ws.cell(r, 2).alignment = Alignment(horizontal="center")
    ws.cell(r, 3).number_format = "0"
ws.auto_filter.ref = "A1:D1088"
for col, w in (("A", 28.44140625), ("B", 21.6640625), ("C", 8.88671875), ("D", 13.6640625), ("E", 13.5546875), ("F", 13.5546875)):
    ws.column_dimensions[col].width = w

save(wb, "renewals-en-eg-hrservices.xlsx")
