"""
Shape of mharper36thesmoothmemelord/IT-SAC-6- "Price List.xlsx" (commit a2dcfa9a): an Australian
(Victorian VCE IT school-assessed coursework) shoe maker's component price list made in Excel,
sheet "Price List" and two empty sheets "Sheet2", "Sheet3".

Title "Price List " (trailing blank, bold 20) in A1, row 2 blank, three side-by-side tables on row 3
separated by empty columns C and F: "Sole Material " / "Price " (3 rows), "Colour " / "Price "
(5 rows), "Style " / "Price" (9 rows); bold headers, trailing blanks on many labels, prices in an
accounting "$" format. Values invented (materials, colours, styles and prices changed).
A person imports nothing: a price list of shoe parts.
"""
from openpyxl.styles import Font

from fake import Fake, save, workbook

f = Fake("prices-en-au-shoecomponents")
ACC = '_-"$"* #,##0.00_-;\\-"$"* #,##0.00_-;_-"$"* "-"??_-;_-@_-'
SOLES = [("Leather ", 24), ("Rubber ", 14.5), ("Cork ", 19.9)]
COLOURS = [("Black", 4), ("Chestnut ", 4), ("Tan", 6.5), ("Burgundy ", 8.9), ("Navy", 8.9)]
STYLES = [("Derby", 45), ("Brogue ", 62.5), ("Chelsea Boot", 135), ("Court Shoe", 95.5), ("Loafer", 42.9),
          ("Monk Strap", 185), ("Work Boot", 160), ("Slide ", 18), ("Boat Shoe ", 27.5)]

wb = workbook()
ws = wb.active
ws.title = "Price List"
ws["A1"] = "Price List "
ws["A1"].font = Font(size=20, bold=True)
for col, (label, price_label, items) in zip(("A", "D", "G"), [("Sole Material ", "Price ", SOLES),
                                                              ("Colour ", "Price ", COLOURS),
                                                              ("Style ", "Price", STYLES)]):
    pcol = chr(ord(col) + 1)
    ws[f"{col}3"] = label
    ws[f"{pcol}3"] = price_label
    ws[f"{col}3"].font = ws[f"{pcol}3"].font = Font(bold=True)
    for i, (name, price) in enumerate(items, 4):
        ws[f"{col}{i}"] = name
        ws[f"{pcol}{i}"] = price
        ws[f"{pcol}{i}"].number_format = ACC
for col, w in zip("ABCDEFGH", [15, 10, 4, 10, 10, 4, 14, 10]):
    ws.column_dimensions[col].width = w
wb.create_sheet("Sheet2")
wb.create_sheet("Sheet3")
save(wb, "prices-en-au-shoecomponents.xlsx")
