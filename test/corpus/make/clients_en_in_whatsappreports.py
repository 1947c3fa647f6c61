"""
Shape of Aditya-Sai-19/Whatsapp-Automation-Tanita "data/clients.csv": the client list of a small
Indian body-composition (Tanita scan) practice, read by a script that sends each client their
PDF report over WhatsApp Web and marks the row once sent. CSV, UTF-8 without BOM, LF line ends.

- Header ClientName / MobileNumber / Sent.
- 16 clients known by a first name or a short name as the practice calls them (nicknames, an
  initial before the name, two in lower case); MobileNumber the 12-digit number with the 91
  country code and no "+"; Sent "Yes" on the first row (the test send) and "No" on the rest.
Values invented (Indian mobiles 90000… behind the 91 country code).
"""
import os

from fake import FILES, Fake

f = Fake("clients-en-in-whatsappreports")
NAMES = ["Pranav", "Kiran", "Lakshmi", "Bunny", "Ravi", "Sravan", "Harish", "Meghs", "venkat rao", "Surya Teja",
         "Sai Charan", "Rohith", "pavan kumar", "Chintu", "K Mahesh", "Anil"]

lines = ["ClientName,MobileNumber,Sent"]
for i, name in enumerate(NAMES):
    lines.append(f"{name},91{f.mobile_in()},{'Yes' if i == 0 else 'No'}")
os.makedirs(FILES, exist_ok=True)
with open(os.path.join(FILES, "clients-en-in-whatsappreports.csv"), "w", encoding="utf-8", newline="") as out:
    out.write("\n".join(lines) + "\n")
