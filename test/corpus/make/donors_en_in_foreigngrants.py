"""
Shape of mohanteja7m/Rural-Development-Trust-Internship.com "Donations.xlsx" (commit
9c6677cc08257141c7b664444102d3cb956e1bf2): an Indian rural-development trust's foreign grants
received in one quarter (its statutory disclosure, copied out of a PDF), by donor.

- One sheet named after the PDF, cut at 31 characters ("Foreign-Grants-Incormation-1st-").
- Row 1: "Name of the Donor" pushed right by some hundred leading spaces (centred by hand),
  "Amount\\nRs." with a line break, "Date of Receipt"; rows 28.8 / 57.6 points high, wrapped text.
- 15 receipts from 4 donors: each donor cell holds the name and its postal address on 3–4 lines
  (street, city and postcode, country); one foundation gives 12 of them, its address typed with
  five or six spaces inside "71,      2a"; its US sister foundation once with "Foundataion";
  amounts in rupees as plain numbers; dates as text dd.mm.yyyy.
- Row 17: "Total" in bold with the sum typed as a number, an empty date.
Values invented.
"""
from openpyxl.styles import Alignment, Font

from fake import Fake, save, workbook

f = Fake("donors-en-in-foreigngrants")
r = f.r

MAIN = "Fundació Esperanza Solidària\nC/Aragó, 214,{sp}3a\nBarcelona - 08011\nSpain"
SISTER = "Esperanza Solidaria Foundataion, USA\n1200 18th Street NW 5th Floor\nWashington, D.C. 20036\nUnited States of America"
SWISS = "Schweizerische Stiftung\nFuer Zusammenarbeit SSZ\nC/Seevorstadt Mattenweg 12, CH-2503\nBiel / Bienne\nSwitzerland"
GERMAN = "Kinderhilfe Lichtblick E.V.\nWalsroder str.7B\nDE/28215 Bremen\nGermany"

RECEIPTS = [
    (MAIN, 3, 2846120, "22.04.2022"), (MAIN, 3, 8913470, "22.04.2022"), (MAIN, 3, 10452388, "22.04.2022"),
    (MAIN, 3, 158904213, "25.04.2022"), (SISTER, None, 1187450, "09.05.2022"), (MAIN, 2, 4309918, "20.05.2022"),
    (MAIN, 3, 57814006, "23.05.2022"), (MAIN, 2, 7736015, "23.05.2022"), (MAIN, 2, 15540382, "23.05.2022"),
    (MAIN, 3, 161288540, "24.05.2022"), (SWISS, None, 812300, "30.05.2022"), (MAIN, 3, 160775612, "20.06.2022"),
    (MAIN, 2, 8820045, "23.06.2022"), (MAIN, 2, 5962330, "24.06.2022"), (GERMAN, None, 902860, "28.06.2022"),
]

wb = workbook()
ws = wb.active
ws.title = "Foreign-Grants-Incormation-1st-"
ws["A1"] = " " * 97 + "Name of the Donor"
ws["B1"] = "Amount\nRs."
ws["C1"] = "Date of Receipt"
for c in ("A1", "B1", "C1"):
    ws[c].alignment = Alignment(wrap_text=True)
ws.row_dimensions[1].height = 28.8
total = 0
for i, (donor, extra, amount, date) in enumerate(RECEIPTS, start=2):
    name = donor.format(sp=" " * (4 + extra)) if extra else donor
    ws.cell(i, 1, name).alignment = Alignment(wrap_text=True)
    ws.cell(i, 2, amount)
    ws.cell(i, 3, date)
    ws.row_dimensions[i].height = 57.6 if name.count("\n") == 3 else 72
    total += amount
last = len(RECEIPTS) + 2
ws.cell(last, 1, "Total").font = Font(bold=True)
ws.cell(last, 2, total)
ws.cell(last, 3, "")
ws.column_dimensions["A"].width = 97.11
ws.column_dimensions["B"].width = 11.33
ws.column_dimensions["C"].width = 13.89
wb.properties.creator = "Intern"

save(wb, "donors-en-in-foreigngrants.xlsx")
