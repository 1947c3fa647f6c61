"""
Shape of Mahendra-T4/indogrip "client_data.xlsx": the client sheet of a Jodhpur adhesive-tape
maker's order app, kept in Google Sheets and downloaded as .xlsx (no document properties, Arial
10, the Sheets download's namespaces), one sheet "Sheet1", every cell text.

Header SNo / Client Code / Consignee Name / Mobile Number / Alternate Number / GSTIN / Owner Name /
Owner Mobile / Owner Alternate Mobile / Purchase Manager / Manager Mobile / Manager Alternate
Mobile / Status. 25 clients, newest first: SNo '1'…'25' as text, codes made of the name's initials
and a falling number ('WII-169', 'NA&C-163'), names in any case with runs of spaces and trailing
blanks, some with the owner or the town run on ('… VINOD JI', '… BORANADA'); mobiles '+91…', the
placeholders '+919999999999' and '+919000000000' on several; 'N/A' in every empty phone column;
GSTIN with the Rajasthan prefix 08 (one typed without it); owner and purchase manager often
empty (''), with 'JI' honorifics, once a business and a locality typed there; Status '1'.
Values invented (mobiles in the 90000 block of fake.py, GSTINs made up).
"""
import io
import os
import re
import string
import zipfile

from openpyxl.styles import Font

from fake import FILES, Fake, workbook

f = Fake("clients-en-in-tapebuyers")

# (name as typed, owner, purchase manager, phone kind)
CLIENTS = [
    ("shri  kuldeep   powder coating ", "", "", "m"),
    ("Rishabh Art Exim ", "", "", "m"),
    ("VIRAT AUTO BARMER", "HEMRAJ KHATRI ", "", "m"),
    ("Excel Craftworks ", "", "", "m"),
    ("YASHVI ENTERPRISES ", "", "", "9"),
    ("BANSAL  HANDICRAFT EXPORT ", "", "", "9"),
    ("Sri Ashapura Wood Export ", "", "", "9"),
    ("WEST INDIA INTERIORS ", "ABHAY JI ", "ANKIT JI ", "m"),
    ("Anupam Agencies ", "", "", "m"),
    ("NK PACKAGING ", "", "", "9"),
    ("MARUDHAR FLEXI PACK PVT LTD", "", "POONAM ", "m"),
    ("ANTIQUE ROYAL FURNITURE", "ANIL SOLANKI", "", "9"),
    ("SHREE GANESH TRADERS VINOD JI ", "VINOD JI KHANDELWAL ", "", "m"),
    ("NAKODA ART &  CRAFT ", "CA Sunil bothra ", "", "m"),
    ("JP Enterprises  ", "RISHI GYM FITNESS ", "PRATAP NAGAR ", "m"),
    ("Mobel Mart", "", "Kalla JI ", "m"),
    ("NIKHIL ENTERPRISES ", "NIKHIL JI", "", "m"),
    ("MAHAVEER BALOTRA JODHPUR", "CHAMPALAL JI BALOTRA ", "", "m"),
    ("RIDDHI SIDDHI MARKETING ", "SOHAN JI ", "", "m"),
    ("Kingdom Exports ", "CHAIN SINGH ", "", "m"),
    ("Luniyal Handicrafts PVT LTD", "", "", "0"),
    ("KrishnaFurni Tech", "", "mahender ji", "m"),
    ("Maa Padmavati Corporation", "Arjun Ji ", "", "0"),
    ("Jain  Packaging   Chetan Ji ", "", "", "m"),
    ("HOMEWORK EXPORT   BORANADA ", "", "", "m"),
]


def code(name, number):
    words = re.findall(r"[A-Za-z&]+", name)
    initials = "".join(w[0].upper() if w != "&" else "&" for w in words)
    return f"{initials}-{number}"


def gstin():
    letters = string.ascii_uppercase
    pan = "".join(f.pick(letters) for _ in range(5)) + f"{f.r.randrange(10000):04d}" + f.pick(letters)
    return f"08{pan}{f.pick('12')}Z{f.pick(letters + string.digits)}"


EMPTY = "__empty__"          # written as an empty string cell, as the app left '' in the sheet


def mobile():
    return "+91" + f.mobile_in()


wb = workbook()
ws = wb.active
ws.title = "Sheet1"
ws.append(["SNo", "Client Code", "Consignee Name", "Mobile Number", "Alternate Number", "GSTIN", "Owner Name",
           "Owner Mobile", "Owner Alternate Mobile", "Purchase Manager", "Manager Mobile", "Manager Alternate Mobile",
           "Status"])
for i, (name, owner, manager, kind) in enumerate(CLIENTS, start=1):
    phone = {"m": mobile, "9": lambda: "+919999999999", "0": lambda: "+919000000000"}[kind]()
    tax = gstin()
    if i == 13:
        tax = tax[2:]                                   # typed without the state code
    manager_mobile = mobile() if name == "KrishnaFurni Tech" else "N/A"
    ws.append([str(i), code(name, 177 - i), name, phone, "N/A", tax, owner or EMPTY, "N/A", "N/A", manager or EMPTY,
               manager_mobile, "N/A", "1"])
arial = Font(name="Arial", size=10)
for row in ws.iter_rows():
    for c in row:
        c.font = arial
        c.data_type = "s"

# Google Sheets' download carries no document properties.
raw = io.BytesIO()
wb.save(raw)
out_path = os.path.join(FILES, "clients-en-in-tapebuyers.xlsx")
with zipfile.ZipFile(io.BytesIO(raw.getvalue())) as zin, zipfile.ZipFile(out_path, "w", zipfile.ZIP_DEFLATED) as zout:
    for item in zin.infolist():
        if item.filename.startswith("docProps/"):
            continue
        data = zin.read(item.filename)
        if item.filename == "[Content_Types].xml":
            data = re.sub(rb'<Override PartName="/docProps/[^"]*"[^>]*/>', b"", data)
        elif item.filename.startswith("xl/"):
            data = data.replace(f"<t>{EMPTY}</t>".encode(), b"<t></t>")
        elif item.filename == "_rels/.rels":
            data = re.sub(rb'<Relationship [^>]*Target="/?docProps/[^"]*"[^>]*/>', b"", data)
        zout.writestr(item, data)

for r in ws.iter_rows(min_row=2, max_row=4, values_only=True):
    print(r)
