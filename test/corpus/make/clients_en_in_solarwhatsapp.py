"""
Shape of Swaraj-igt/Adroit-Solar "client_data.xlsx" (commit
8ff0bbb133b26721f226de4ca631323cf5647a7f): the client sheet of a solar installer's WhatsApp and
e-mail follow-up script, written by openpyxl (sheet "Sheet", no widths).

- Header Name, Address, WhatsApp, Email; three clients typed by the developer while testing:
  the address is the same institute abbreviation on every row, the same ten-digit WhatsApp number
  (text) on every row, the first and third client sharing one e-mail address, the third known
  by a first name only.
Values invented.
"""
from fake import Fake, workbook, save

f = Fake("clients-en-in-solarwhatsapp")
wb = workbook()
ws = wb.active
ws.title = "Sheet"
phone = f.mobile_in()
ws.append(["Name", "Address", "WhatsApp", "Email"])
ws.append(["Rohan Mohapatra", "KIIT", phone, "rm23141@example.org"])
ws.append(["Kavya P S", "KIIT", phone, "rm23147@example.org"])
ws.append(["Ananya", "KIIT", phone, "rm23141@example.org"])
save(wb, "clients-en-in-solarwhatsapp.xlsx")
