"""
Shape of Mahendra-T4/Tape-Factory-Indogrip-pc "client_data.xlsx" (commit
415ccf691493b5d5c16a7b80b47aac869f4b9653): the client export of a Rajasthan adhesive-tape
factory's desktop app (Flutter, written by openpyxl through pandas): every cell text.

- One sheet "Sheet1": SNo / Client Code / Consignee Name / Mobile Number / Alternate Number / GSTIN /
  Owner Name / Owner Mobile / Owner Alternate Mobile / Purchase Manager / Manager Mobile /
  Manager Alternate Mobile / Status.
- 24 clients, SNo "1" … "24", the newest first: codes made of the name's initials and a running
  number counting down ("SPC-176"); names in any case with doubled and trailing spaces, some
  carrying the owner's name or town ("… VINOD JI", "… BORANADA"); mobiles "+91…", eight of them
  one of two dummy numbers; "N/A" in every alternate and owner/manager mobile column but one;
  GSTIN (one without its state code); owner and purchase manager names ("… JI", a CA, a gym,
  a locality typed as manager) or an empty string; Status "1" everywhere.
Values invented.
"""
from fake import Fake, save, workbook

f = Fake("clients-en-in-tapefactory")
r = f.r
DUMMY = ["+919999999999", "+919000000000"]
CLIENTS = [  # name, owner, manager
    ("shree  ganpati   powder coating ", "", ""), ("Rajdeep Art Exim ", "", ""), ("MAHALAXMI AUTO PALI", "GIRDHARI LAL SONI ", ""),
    ("Ornate Craft ", "", ""), ("YASHVI ENTERPRISES ", "", ""), ("GOYAL  ART EXPORT ", "", ""),
    ("Sri Bhairav Art Export ", "", ""), ("NORTH WEST INTERNATIONAL ", "ANKIT JI ", "MANOJ JI "),
    ("Arihant Agencies ", "", ""), ("RK PACKERS ", "", ""), ("MARWAR POLY PACK PVT LTD", "", "SEEMA "),
    ("HERITAGE INDIA FURNITURE", "DINESH PARIHAR", ""), ("SHREE SHYAM TRADERS MUKESH JI ", "MUKESH JI AGARWAL ", ""),
    ("PARSHVA ART &  CRAFT ", "CA Rakesh mehta ", ""), ("SK Enterprises  ", "POWER ZONE FITNESS ", "SHASTRI NAGAR "),
    ("Wood Bazar", "", "Bhati JI "), ("SAKSHAM ENTERPRISES ", "SAKSHAM JI", ""),
    ("MAHADEV BALOTRA JODHPUR", "BHERULAL JI BALOTRA ", ""), ("SIDDHI VINAYAK MARKETING ", "MOHAN JI ", ""),
    ("Royal Export ", "UMMED SINGH ", ""), ("Sanganer Handicrafts PVT LTD", "", ""), ("KanhaFurni Tech", "", "suresh ji"),
    ("Maa Ambika Corporation", "Kishan Ji ", ""), ("Shah  Packaging   Naresh Ji ", "", ""),
]


def initials(name):
    words = [w for w in name.replace("&", " & ").split() if w.upper() not in ("JI",)]
    return "".join(w[0].upper() for w in words)[:5]


def gstin():
    letters = "".join(r.choice("ABCDEFGHJKLMNPQRSTUVWXYZ") for _ in range(5))
    return f"08{letters}{r.randrange(1000, 9999)}{r.choice('ABCDEFGHJKLM')}1Z{r.choice('0123456789ABCDEFGHJK')}"


wb = workbook()
ws = wb.active
ws.title = "Sheet1"
ws.append(["SNo", "Client Code", "Consignee Name", "Mobile Number", "Alternate Number", "GSTIN", "Owner Name", "Owner Mobile",
           "Owner Alternate Mobile", "Purchase Manager", "Manager Mobile", "Manager Alternate Mobile", "Status"])
dummies = {4, 5, 6, 9, 11, 20, 22}
for i, (name, owner, manager) in enumerate(CLIENTS):
    code = f"{initials(name)}-{176 - i}"
    mobile = DUMMY[i % 2] if i in dummies else "+91" + f.mobile_in()
    gst = gstin()
    if i == 12:
        gst = gst[2:]  # typed without the state code
    mgr_mobile = "+91" + f.mobile_in() if i == 21 else "N/A"
    ws.append([str(i + 1), code, name, mobile, "N/A", gst, owner, "N/A", "N/A", manager, mgr_mobile, "N/A", "1"])

save(wb, "clients-en-in-tapefactory.xlsx")
