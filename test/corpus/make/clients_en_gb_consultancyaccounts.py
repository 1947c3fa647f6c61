"""
Shape of natalie3010/planner-backend "Clients.csv" (commit 7b50764e001bcb4c4299d068ed1be54d649db7d2):
the client list behind a UK IT consultancy's resource planner (demand, supply and skills live in
other files). Header Client ID / Client Name; seven financial-services clients, the id a short
name the consultants use (one word, sometimes just the brand) and the name as the legal entity,
half of them in capitals ('… SERVICES LIMITED', '… Plc', '-HC' suffix), one where both cells hold
the same short code. UTF-8, LF. Values invented.
"""
import os

from fake import FILES

ROWS = [
    ("Harcourt", "HARCOURT EXECUTION SERVICES LIMITED"),
    ("HSBK", "HSBK Technology Services Europe"),
    ("Metrowise", "Metrowise Bank Plc"),
    ("Morland", "MORLAND STANLEY DEAN WHITBY-HC"),
    ("RBC", "ROYAL BANK OF CALEDONIA"),
    ("TRU", "TRANSUNIVERSAL INTERNATIONAL UK LIMITED"),
    ("QBR", "QBR"),
]

os.makedirs(FILES, exist_ok=True)
with open(os.path.join(FILES, "clients-en-gb-consultancyaccounts.csv"), "w", encoding="utf-8", newline="") as fh:
    fh.write("Client ID,Client Name\n")
    for row in ROWS:
        fh.write(",".join(row) + "\n")
