"""
Shape of GalaxyDefender/Hair_Stylist-s "Price List.xlsx" (commit
7e99c736c8e8b835249fbb8c7f196064caabf803): the draft price list of a small Australian-style hair
salon for its new web site, exported from Apple Numbers (sheet "Sheet 1 - Sitemap"). A title
'Price List' merged over A1:D1, then five bold wrapped column heads in row 2 (Ladies / Gents /
Pensioners / 'other (maby ladies)' / 'combined colour specials') and under each the services as
text — cuts, blow waves, 'P/S Boys' and 'H/S Boys', foils, perms — no prices filled in yet, an
asterisk on the colour services and the footnote '* colours with cuts and blow wave' in a merged
A14:A15. The used range reaches column IU (empty formatted cells). A price list of services: a
person imports nothing. Service names kept (no personal data), typos and trailing spaces kept.
"""
from openpyxl.styles import Alignment, Font

from fake import save, workbook

COLS = [
    ("Ladies", ["cuts", "cuts and blow wave", "Blow"]),
    ("Gents", ["cuts", "P/S Boys", "H/S Boys", "highlights and cuts", "colour and cut", "shave"]),
    ("Pensioners", ["gents cuts", "gents shave", "ladies cut", "Ladies cut and blow wave set", "ladies blow wave set",
                    "perm", "High Ligths ", "Colours"]),
    ("other (maby ladies)", ["Touch-up *", "full head colour *", "per foil bleach *", "per foil colour *",
                             "half head foils *", "full head foils *", "cap high-lights *", "colors with no cuts"]),
    ("combined colour specials", ["Long", "short "]),
]

wb = workbook()
ws = wb.active
ws.title = "Sheet 1 - Sitemap"
ws["A1"] = "Price List"
ws["A1"].font = Font(size=12)
ws.merge_cells("A1:D1")
wrap = Alignment(wrap_text=True, vertical="top")
for j, (head, items) in enumerate(COLS):
    c = ws.cell(2, j + 1, head)
    c.font, c.alignment = Font(size=12, bold=True), wrap
    for i, item in enumerate(items):
        c = ws.cell(3 + i, j + 1, item)
        c.font, c.alignment = Font(size=12 if i < 3 and j < 4 else 10), wrap
ws["A14"] = "* colours with cuts and blow wave"
ws["A14"].font, ws["A14"].alignment = Font(size=10), wrap
ws.merge_cells("A14:A15")
ws.cell(15, 255).alignment = wrap  # the used range runs out to IU, as Numbers wrote it
for col, w in {"A": 12.9, "C": 17.8, "D": 15.5, "E": 20.7, "F": 9.1}.items():
    ws.column_dimensions[col].width = w
for r, h in {1: 15.0, 2: 28.5, 3: 28.5, 4: 28.5, 5: 28.5, 6: 18.0, 7: 18.0, 8: 18.0, 9: 18.0, 10: 18.0, 14: 18.0,
             15: 18.0}.items():
    ws.row_dimensions[r].height = h
save(wb, "pricelist-en-au-hairsalon.xlsx")
