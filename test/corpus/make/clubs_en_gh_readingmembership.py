"""
Shape of JosieEsi/pdaAfrica-dashboard "Membership.xlsx" (commit
316863c52c399277a3c7ca6a4ad53f21655d9c88): a Ghanaian literacy NGO's membership count per
community reading club, the input of a Streamlit dashboard, typed in Excel (widths on A-D).

- Sheet1 A1:D11, header Reading club, Number of females, Number of males, Total; ten clubs named
  "<village> community reading club" (one with a double space, one "… reading clubs", one
  "no.1"), the counts typed as numbers (Total typed too, not a formula). No person anywhere.
Values invented (village names, counts).
"""
from fake import Fake, workbook, save

f = Fake("clubs-en-gh-readingmembership")
VILLAGES = ["Nkwantanan", "Adomfe", "Abrepo  ", "Bonkwaso no.1", "Kyekyewere", "Asonomaso", "Kwaaso",
            "Apenkro Nkwanta", "Fumesua", "Akropong-Krom"]
wb = workbook()
wb.properties.creator = "Programme Officer"
wb.properties.lastModifiedBy = "HP"
ws = wb.active
ws.title = "Sheet1"
ws.append(["Reading club", "Number of females", "Number of males", "Total"])
for i, v in enumerate(VILLAGES):
    fem, male = f.r.randrange(55, 82), f.r.randrange(38, 70)
    name = v.strip() + ("  community reading club" if v.endswith("  ") else " community reading club")
    if i == len(VILLAGES) - 1:
        name += "s"
    ws.append([name, fem, male, fem + male])
for col, w in (("A", 35.67), ("B", 17.56), ("C", 15.56), ("D", 12.89)):
    ws.column_dimensions[col].width = w
save(wb, "clubs-en-gh-readingmembership.xlsx")
