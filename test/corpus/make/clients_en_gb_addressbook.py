"""
Shape of Rameswaree/rg-addressbook-api "Customer List.xls" (at commit 4d962ae): a small UK
customer address book saved by Excel as an Excel 97-2003 .xls (here re-saved by LibreOffice as .xls).
One sheet "Sheet1", bold plain header row 1: S No / First Name / Last Name / House Number /
Address Line 1 / Address Line 2 / Address Line 3 / City / Country / Postcode. One row per person,
numbered 1 …; the house number a number; Address Line 1 a building's name, Address Line 2 the
street (empty on some), Address Line 3 always empty; City, "UK", a postcode. Members of one family
share a surname and an address, and two people of different surnames share a building; a stray
cell holding one space sits a few rows below the list. No phones or e-mails. Values invented.
"""
from openpyxl.styles import Font

from fake import Fake, save, workbook

f = Fake("clients-en-gb-addressbook")

PLACES = [(6, "Eastgate Hall", "Bradford Road", "Bradford", "BD1 5XX"),
          (7, "Millstone House", "Chapel Street", "Leeds", "LS1 4XX"),
          (8, "Landmark Court", None, "Halifax", "HX1 1XX"),
          (9, "Broadway Chambers", "Vicar Lane", "Skipton", "BD23 1XX"),
          (10, "Mazhar House", None, "Manchester", "M1 1XX"),
          (11, "The Balance", "Key Drive", "Manchester", "M1 2XX"),
          (12, "Wellington House", None, "London", "E1 7XX"),
          (14, "Riverside Mews", "Canal Walk", "York", "YO1 6XX")]
# (first, last, place index): families share a surname and an address; two surnames share a building.
PEOPLE = [("Graham", "Ashdown", 0), ("Graham", "Fairbank", 0), ("Joanne", "Ellery", 1), ("Tom", "Fairbank", 2),
          ("Oliver", "Ellery", 2), ("Adam", "Lowther", 3), ("Cathy", "Ashdown", 3), ("Anton", "Pembury", 4),
          ("Angela", "Pembury", 5), ("Elizabeth", "Pembury", 6), ("Harriet", "Northcott", 7), ("Simon", "Northcott", 7)]

wb = workbook()
ws = wb.active
ws.title = "Sheet1"
ws.append(["S No", "First Name", "Last Name", "House Number", "Address Line 1", "Address Line 2", "Address Line 3",
           "City", "Country", "Postcode"])
for i, (first, last, k) in enumerate(PEOPLE):
    number, building, street, city, postcode = PLACES[k]
    postcode = postcode.replace("XX", f"{f.pick('ABDEFGHJLNPQRSTUWXYZ')}{f.pick('ABDEFGHJLNPQRSTUWXYZ')}")
    PLACES[k] = (number, building, street, city, postcode)
    ws.append([i + 1, first, last, number, building, street, None, city, "UK", postcode])
ws.cell(len(PEOPLE) + 4, 6, " ")
for col, width in zip("BCDEFGH", [14.14, 12.56, 14.41, 16.99, 15.85, 13.85, 11.42]):
    ws.column_dimensions[col].width = width
for cell in ws[1]:
    cell.font = Font(bold=True)
save(wb, "clients-en-gb-addressbook.xls", libreoffice="xls")

if __name__ == "__main__":
    import os
    if os.environ.get("SHOW"):
        for row in ws.iter_rows(values_only=True):
            print(row)
