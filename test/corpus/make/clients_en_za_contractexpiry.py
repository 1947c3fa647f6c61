"""
Shape of ChrisMucheka/ContractExpiryDateNotificator "Clients.csv" (at commit e6759ae77debc9d91df965c19c809bb45e85435d):
the client list a small South African digital agency feeds to its own reminder program, which e-mails and texts
each client before the contract expires. UTF-8 CSV, LF line ends, a final newline, no quoting. Header Client Name,
Client Email, Contract Expiry Date, PhoneNo. Six rows: clients by first name or by business name only, e-mail
addresses at personal and business domains, the expiry date as yyyy/mm/dd, the phone as eleven digits with the
country code 27 and no '+'. The agency's own test number sits on four rows; one client appears twice (two
contracts), each time with another e-mail and, once, another phone. Values invented.
"""
import os

from fake import FILES

ROWS = [
    ("Thabo", "thabo.mokoena@example.com", "2018/04/05", "27600000134"),
    ("Lerato", "lerato.mokoena@example.com", "2018/03/15", "27600000134"),
    ("Ubuntu Signs", "accounts@ubuntusigns.test", "2018/03/07", "27600000134"),
    ("Kopano Print", "info@kopanoprint.test", "2018/03/27", "27600000134"),
    ("Kopano Print", "kopano.admin@example.com", "2018/03/07", "27820000517"),
    ("Sipho", "sipho.dlamini@example.com", "2018/03/03", "27730000962"),
]

os.makedirs(FILES, exist_ok=True)
with open(os.path.join(FILES, "clients-en-za-contractexpiry.csv"), "w", encoding="utf-8", newline="\n") as fh:
    fh.write("Client Name,Client Email,Contract Expiry Date,PhoneNo\n")
    for row in ROWS:
        fh.write(",".join(row) + "\n")
