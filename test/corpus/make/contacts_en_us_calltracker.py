"""
Shape of GaryWetzel/Excel-Call-Center-Tracker "CallProjectV2x.xls": a macro-driven call-centre
tracker, Excel 97-2003, nine sheets.

- "State": the card of the customer being called: the current state word in C1, labels
  Contact / Phone Number / E-Mail on row 2 with the customer's values on row 3, labels Company /
  Address / Zip on row 4 with values on row 5.
- "LogData": "Current Entry" and a counter above a header Time / Action / Contact / Phone / E-Mail
  / Company / Address / Zip; the three button presses of one call (time of day only).
- "CustomerList": "Current Entry" on row 2 with the current customer's contact, phone and e-mail,
  a counter in A3, the header on row 4 from column B: Contact / Phone / E-Mail / Company /
  Address / Zip. 800 business contacts: "First  Last " with two spaces and a trailing space,
  "(ddd) ddd-dddd" phones, e-mail built as First.Last@<company> (a space in it when the
  company name has one), the company (a few with two contacts), Address empty, Zip as text with
  leading zeros; blank rows at the end.
- "Reset", "Flow": a button label / nothing. "Tables": the tracker's lookup tables (states, button
  texts, ranges) full of formulas. "CodeGen": formulas that write the VBA button handlers.
  "States", "States (2)": scratch notes.
Values invented.
"""
from fake import Fake, save, workbook

f = Fake("contacts-en-us-calltracker")

FIRST = ["Deanne", "Krista", "Colby", "Leon", "April", "Mercy", "Meriel", "Travis", "Gordon", "Luanne", "Wendell",
         "Priscilla", "Hollis", "Marva", "Desmond", "Roxanne", "Clement", "Bettina", "Ferris", "Imogen", "Lyle",
         "Noreen", "Ambrose", "Corliss", "Dwight", "Eudora", "Garrick", "Hester", "Ivor", "Jolene"]
LAST = ["Lombardi", "Hegarty", "Eggbert", "Millhouse", "Bowman", "Hawker", "Davis", "Rader", "Pettigrew",
        "Quimby", "Santangelo", "Thibodeaux", "Underhill", "Vanterpool", "Whitlock", "Yelverton", "Zeller",
        "Abernathy", "Blakemore", "Castellano", "Dunleavy", "Esposito", "Fairweather", "Gallagher", "Hargrove",
        "Isherwood", "Jankowski", "Kilbride", "Lachance", "Mulvaney", "Nettleton", "Ostrander"]
P1 = ["Poly", "Techno", "Roto", "Can", "Tele", "Soft", "Thermo", "Vidi", "Organo", "Numer", "Opti", "Inter", "Quad",
      "Medi", "Hydro", "Aero", "Micro", "Trans", "Uni", "Zen", "Inno", "Data", "Info", "Robo", "Sono"]
P2 = ["banc", "paq", "matix", "co", "cast", "rola", "tiva", "fab", "data", "ica", "tron", "dyne", "sys", "core",
      "line", "ware", "gen", "tech", "net", "phase", "star", "com", "tel"]

companies = []
seen = set()
while len(companies) < 780:
    c = f.pick(P1) + f.pick(P2)
    if f.chance(0.03):
        c = "US " + c.capitalize()
    elif f.chance(0.02):
        c = c[0].lower() + c[1].upper() + c[2:]
    if c.lower() in seen:
        continue
    seen.add(c.lower())
    companies.append(c)
people = []
names = set()
while len(people) < 800:
    first, last = f.pick(FIRST), f.pick(LAST)
    if (first, last) in names:
        continue
    names.add((first, last))
    company = companies[len(people)] if len(people) < 780 else f.pick(companies[:700])
    zip_ = f"{f.r.randrange(0, 99999):05d}"
    people.append({"first": first, "last": last, "phone": f.phone_us(), "company": company, "zip": zip_,
                   "email": f"{first}.{last}@{company}.test"})


def shown(p):
    return f"{p['first']}  {p['last']} "


wb = workbook()
st = wb.active
st.title = "State"
cur = people[0]
st["C1"] = "Wrong_Number"
st["B2"], st["C2"], st["D2"] = "Contact", "Phone Number", "E-Mail"
st["B3"], st["C3"], st["D3"] = shown(cur), cur["phone"], cur["email"]
st["B4"], st["C4"], st["D4"] = "Company", "Address", "Zip"
st["B5"], st["D5"] = cur["company"], cur["zip"]

log = wb.create_sheet("LogData")
log["A2"] = "Current Entry"
log["A3"] = 4
log.append([])
for c, h in enumerate(["Time", "Action", "Contact", "Phone", "E-Mail", "Company", "Address", "Zip"], 1):
    log.cell(4, c, h)
import datetime
for k, action in enumerate(["Customer selected", "Called", "Got a wrong number for"]):
    r = 5 + k
    log.cell(r, 1, datetime.time(22, 47, [47, 54, 56][k])).number_format = "[$-409]h:mm:ss\\ AM/PM"
    for c, v in enumerate([action, shown(cur), cur["phone"], cur["email"], cur["company"], None, cur["zip"]], 2):
        log.cell(r, c, v)

cl = wb.create_sheet("CustomerList")
cl["A2"] = "Current Entry"
cl["B2"], cl["C2"], cl["D2"] = shown(cur), cur["phone"], cur["email"]
cl["A3"] = 1
for c, h in enumerate(["Contact", "Phone", "E-Mail", "Company", "Address", "Zip"], 2):
    cl.cell(4, c, h)
for k, p in enumerate(people):
    r = 5 + k
    for c, v in enumerate([shown(p), p["phone"], p["email"], p["company"], None, p["zip"]], 2):
        cl.cell(r, c, v)
    cl.cell(r, 7).number_format = "@"
cl.column_dimensions["B"].width = 24
cl.column_dimensions["D"].width = 34

wb.create_sheet("Reset")["G1"] = "Reset"

tb = wb.create_sheet("Tables")
tb["A1"], tb["B1"], tb["C1"] = "Contact", "Phone Number", "E-Mail"
tb["A3"], tb["B3"], tb["C3"] = "Company", "Address", "Zip"
for k, (lab, ref) in enumerate([("Contact", "B3"), ("Phone", "C3"), ("E-Mail", "D3"), ("Company", "B5"),
                                ("Address", "C5"), ("Zip", "D5")]):
    tb.cell(4 + k, 1, lab)
    tb.cell(4 + k, 2, f"=T(State!{ref})")
STATES = [("Customer", "Customer selected"), ("Start_call", "Called"), ("Wrong_Number", "Got a wrong number for"),
          ("Found_correct_phone_number", "Found correct phone number for"),
          ("Number_Out_Of_Service", "Number out of service for"), ("Reached_live_operator", "Reached live operator for"),
          ("Reached_Auto_Attendant", "Reached auto-attendant for"),
          ("Reached_unintended_person", "Reached unintended person for"),
          ("Reached_intended_person", "Reached intended person for"),
          ("Unable_to_find_correct_number", "Unable to find correct number for"), ("Lead_is_dead", "Lead is dead for"),
          ("Prospect_Is_Interested", "Prospect is interested:"), ("Retry", "Will retry")]
tb["A10"], tb["B10"], tb["C10"] = "States", "Text", "Range"
for k, (s, t) in enumerate(STATES):
    tb.cell(11 + k, 1, s)
    tb.cell(11 + k, 2, t)
    tb.cell(11 + k, 3, f'=ADDRESS({11 + k},4,4)&":"&ADDRESS({20 + k},5,4)')
tb["E7"], tb["F7"], tb["H7"], tb["I7"] = "Customer", "Titles", "Button Text", "Wrong_Number"
tb["I6"], tb["J6"] = "Current", "State"
for k, (cell, title) in enumerate([("B2", "Contact"), ("C2", "Phone Number"), ("D2", "E-Mail"), ("B4", "Company"),
                                   ("C4", "Address"), ("D4", "Zip")]):
    tb.cell(8 + k, 5, cell)
    tb.cell(8 + k, 6, title)
tb["H8"] = "Log Text"
tb["I8"] = "=VLOOKUP(I7,A11:B23,2,FALSE())"
for k in range(8):
    tb.cell(9 + k, 8, f"Option {k + 1}")
    tb.cell(9 + k, 10, f'=IF(LEN(I{9 + k})=0,"",VLOOKUP(I{9 + k},A11:C23,3,FALSE()))')
tb["I9"], tb["I10"] = "Found_correct_phone_number", "NextCustomer"

wb.create_sheet("Flow")

cg = wb.create_sheet("CodeGen")
cg["G1"] = "States"
cg["D4"] = "=D17+1"
cg["M6"] = "Sub Reset_Click()"
lines = ["Sub XXXX_Click()", "'Jump to Call Log", 'Sheets("CALL LOG").Select', "Range(\"YYYYYY\").Select",
         "End Sub"]
for k, (s, _) in enumerate(STATES[:10]):
    r = 7 + k * 6
    cg.cell(r, 2, f"Sub {s}_Click()")
    cg.cell(r, 4, k + 1)
    cg.cell(r, 5, s)
    for j, line in enumerate(lines):
        cg.cell(r + j, 3, line)
        cg.cell(r + j, 6, f'=SUBSTITUTE(SUBSTITUTE($C${7 + j},"XXXX",E{r}),"YYYYYY",E{r + 1})')
    cg.cell(r + 1, 5, f"A{11 + k}")
for k, line in enumerate(["'Jump to Call Log", 'Sheets("CALL LOG").Select', "Range(\"A1\").Select", "End Sub"]):
    cg.cell(7 + k, 13, line)

for name in ("States", "States (2)"):
    s = wb.create_sheet(name)
    s["C1"] = "=COUNTA(C33:C45)"
    for k, t in enumerate(["Add date", "add new input", "add escape/go back"]):
        s.cell(4 + k, 20, t)

save(wb, "contacts-en-us-calltracker.xls", libreoffice="xls")

if __name__ == "__main__":
    import json, sys
    if len(sys.argv) > 1:
        json.dump(people, open(sys.argv[1], "w"))
