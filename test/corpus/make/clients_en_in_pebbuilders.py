"""
Shape of KapilKumar1919/devkinandanpeb "client_data.xlsx" (commit
63b6fd0d61c54c051ec17f6841d10d1da3e584c4): the client sheet of a Gujarat pre-engineered-building
contractor's Django site, written by openpyxl and last saved in Excel (bold header, widths on A-D).

- Sheet1 A1:I7, header Client Name, Client Email, Client Phone, GST, City, State, Zip Code,
  Country, Client Since (Months).
- Six client firms (metal, packaging, marine, petrochemical, trading, veneer companies: "… LLP",
  "K. K. Enterprise", "… Pvt. Ltd"), but every other column carries the same placeholder: the
  developer's own free-mail address and mobile (as text), one GSTIN, one town / state / PIN code,
  "India", and 0 months as client.
Values invented (firm names, the placeholder e-mail, mobile, GSTIN, town and PIN).
"""
from openpyxl.styles import Font

from fake import workbook, save

wb = workbook()
ws = wb.active
ws.title = "Sheet1"
ws.append(["Client Name", "Client Email", "Client Phone", "GST", "City", "State", "Zip Code", "Country",
           "Client Since (Months)"])
for cell in ws[1]:
    cell.font = Font(bold=True)
for name in ("Shreeji Alloys", "Carton Crafts Corporation", "Seabird Marine", "Nirmal Polychem LLP",
             "R. K. Enterprise", "Vanraj Plywoods Pvt. Ltd"):
    ws.append([name, "admin.pebsite@example.com", "9000021212", "24ABCDE1234F1Z7", "Gandhidham", "Gujarat", "370201",
               "India", 0])
for col, w in (("A", 20.0), ("B", 32.2), ("C", 11.7), ("D", 16.7)):
    ws.column_dimensions[col].width = w
save(wb, "clients-en-in-pebbuilders.xlsx")
