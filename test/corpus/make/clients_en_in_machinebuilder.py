"""
Shape of sihagmohit/csm-pro "customer_database.xlsx": the client list an Indian special-purpose
machine builder (dispensing, oil-filling and robotic assembly machines) seeded its customer-
service app with, one sheet.

- Sheet "Sheet1", header on row 1 in snake_case: client_id / client_name / address / location /
  poc / phone / email.
- 13 clients: client_id as TEXT with leading zeros ("001" … "013") under the text number format
  "@"; client_name as typed, some in capitals, some mixed ("… Polyplast", "… LIMITED", "… LTD.
  (A.NAGAR)" with the plant's town in brackets, an en dash in one); address, location, poc, phone
  and email empty on every row (to be filled later).
Values invented.
"""
from fake import workbook, save

NAMES = [
    "Srinidhi Polyplast", "VECTRA CONNECTORS", "Multiweld", "Shivaansh Polymers", "Windvale Blade Works",
    "KESTREL MOTORS LIMITED", "ORVEL TECH", "RPK ELECTRONICS", "AMBER BATTERIES LTD.(A.NAGAR)", "SURYODAY SOLAR",
    "DHRUV TORQ DRIVES", "SIMLEX – ROBOTIC M/C", "ASHVA COMMERCIAL VEHICLES",
]

wb = workbook()
ws = wb.active
ws.title = "Sheet1"
for j, h in enumerate(["client_id", "client_name", "address", "location", "poc", "phone", "email"], 1):
    ws.cell(1, j, h)
for i, name in enumerate(NAMES, 2):
    c = ws.cell(i, 1, f"{i - 1:03d}")
    c.number_format = "@"
    ws.cell(i, 2, name)

save(wb, "clients-en-in-machinebuilder.xlsx")
