"""
Shape of TheHighestTimeline/OVMG "OVMG_Referral_Map.xlsx" (at commit b7e158551be56ffadcf546a0efc4e385d7475286):
a small US energy-and-events venture group's map of the outside people and companies its team brought
in, written from its CRM databases while moving them between tools. openpyxl-styled, three sheets:
- 'Referral Map': a bold title merged over A1:K1, a grey wrapped instruction merged over A2:K2 (tall
  row), a blank row, then the team members as white-on-navy column heads on row 4 (ten people and
  'Unassigned / Team') and the 28 referrals' names listed under the last column only (nobody has dragged
  them yet); frozen at A5. A matrix of names, not a list to import.
- 'Referral Detail': title merged over A1:G1, blank row, navy header on row 3 Name / Company / Role /
  Email / Phone / Notes / 'Referred By (fill in)', 28 people: names with the company in brackets
  ('Austin Davis (Morgan Creek)'), a first name only, a company standing as its own person row (name =
  company), a description in brackets where the company goes ('(Army connection)') on five rows and an
  empty company on two, roles with slashes, e-mails on half, two phones typed two ways, tag-like notes
  ('External, Relates to ...', 'HIGH PRIORITY — ...'), the Referred By column empty; frozen at A4.
- 'OVMG-Linked Companies': title, blank row, header Company / Key Contact(s) at Company / Deal Category /
  Status, 18 companies with their key contacts as free text ('Jeff Fini, Jasmine Fini', 'Stephen Soble
  (CEO)', 'Austin Davis (MC) — referral'), deal categories with slashes and the CRM entry status.
A person imports the 18 companies as enterprise clients with their key contact, the 20 people at those
companies as contacts (company names on the detail sheet written loosely: 'X / Battery Plant'), the seven
people without a real company as individual clients, and leaves the referral matrix alone.
Values invented.
"""
from openpyxl.styles import Alignment, Font, PatternFill
from fake import save, workbook

NAVY = PatternFill("solid", fgColor="FF1F4E78")
HEAD = Font(b=True, color="FFFFFFFF", sz=11)
TITLE = Font(b=True, sz=14)
BODY = Font(sz=10)
WRAP = Alignment(wrap_text=True, vertical="top")

# name, company, role, email, phone, notes
PEOPLE = [
    ("Colin Marsh (Halvard Creek)", "Halvard Creek Capital", None, None, None, "External, Relates to HVCG"),
    ("Nathan Oyelaran", "Bluefern Impact Fund", None, None, None, "External, Relates to HVCG"),
    ("Derek Lund", "Quillon", "Strategic Partner", "dlund@quillon.test", None, "External, Relates to HVCG"),
    ("Martin Keller", "RKS Consulting", "Senior Energy Advisor / EPC Lead", "martin@rks-consulting.test", None,
     "Internal-tagged, External role"),
    ("Frank Dorsey", "(Army connection)", "Army Connection", None, None, "External, Relates to HVCG"),
    ("Ray Ochoa (GSS)", "Grid Storage Systems", "Team Member / EPC Lead / GSS", "Ray@gridstoragesystems.test", None,
     "External, Relates to HVCG"),
    ("Trent Alvarez", "(Data Center Specialist)", "Data Center Specialist", "trent.a@c19holdings.test", None,
     "External, Benched, Relates to HVCG"),
    ("Owen Pratt", "Solar GSS", "Pro Forma / Site Documentation", None, None, "External, Relates to HVCG"),
    ("Meridale", "Meridale", "Finder's Fee Partner", None, None, "External, Relates to HVCG"),
    ("Paula Whitcomb", "Nevada Solar Portfolio", None, None, None, "External, Relates to HVCG"),
    ("Luis Ferreira", None, None, None, None, "External, Relates to HVCG"),
    ("Tessa Marchetti", "AI Build", "Site Selection", None, None, "External, Relates to HVCG"),
    ("Gino Marchetti", "Corvatek / AI Build", "EPC & Offtake", None, None, "External, Relates to HVCG"),
    ("Wade Sutherland", "(Investor / Connector)", "Investor / Connector", None, None, "External, Relates to HVCG"),
    ("KJ Holloway", "Sovereign Climate Network", None, "kjh@sovclimate.test", None,
     "External, Relates to HVCG + Carbon Loop"),
    ("Marcus", "Fairpoint Park Capital", "Investor / Bulge-bracket Bank Contact", None, None,
     "HIGH PRIORITY — bank contact"),
    ("Hal Brennan", "(Montana Properties)", "Montana Properties / Oil/Refinery contact", None, None,
     "External, Relates To Unknown"),
    ("Gavin Rourke", "SunHarbor Solar / Battery Plant", "Project / Deal Partner", "gavrourke71@example.com", None,
     "External (JV-relevant)"),
    ("Alan Steinberg", "Bastion Enterprises", "CEO", "asteinberg@bastion.test", None, "External"),
    ("Peter Quayle Moss", "Meridian Delivery Partners", "Project Management", "Peter.Moss@mdpco.test", None,
     "External"),
    ("Hector Ruiz (VOLT)", "VOLTA POWER LLC", "Strategic Partner?", "hector@voltapower.test", "+1 (813) 555-0191",
     "External, JV partner"),
    ("Brady Colquitt (VOLT)", "SunHarbor Solar / VOLTA POWER", "Co-Founder / JV Partner", "brady@voltapower.test",
     "239.555.0130", "External, JV partner"),
    ("Nico Albanese", "We Gather Here Fest", "Music / Entertainment", None, None, "External (festival partner)"),
    ("Ari Feldman", "Tilewave", "EDM artist platform", "ari@tilewave.test", None, "Tagged Internal; Amplify-related"),
    ("Lena Sorensen", "(Framer Expert)", "Framer Expert", "sorensen.lena@example.com", None, "External, Relates to Amplify"),
    ("Rob Tierney", None, None, None, None, "External, Relates To Unknown"),
    ("Jo", "Summit Artists", "Artist Management", "jo@summitartists.test", None, "External, Amplify-related"),
    ("Dana Park", "Summit Artists", "Artist Management", "danapark@summitartists.test", None, "External, Amplify-related"),
]
COMPANIES = [
    ("Halvard Creek Capital", "Colin Marsh (HC) — referral", "HVCG", "Newly created in Companies DB"),
    ("Bluefern Impact Fund", "Nathan Oyelaran", "HVCG", "Newly created in Companies DB"),
    ("Quillon", "Derek Lund", "HVCG", "Newly created in Companies DB"),
    ("RKS Consulting", "Martin Keller", "HVCG", "Newly created in Companies DB"),
    ("Grid Storage Systems", "Ray Ochoa", "HVCG / VOLT GSS", "Newly created in Companies DB"),
    ("Solar GSS", "Owen Pratt", "HVCG / VOLT GSS", "Newly created in Companies DB"),
    ("Meridale", "Meridale", "HVCG", "Newly created in Companies DB"),
    ("Nevada Solar Portfolio", "Paula Whitcomb", "HVCG / VOLT GSS", "Newly created in Companies DB"),
    ("Sovereign Climate Network", "KJ Holloway", "HVCG + Carbon Loop", "Newly created in Companies DB"),
    ("Corvatek", "Gino Marchetti, Tessa Marchetti", "HVCG", "Newly created in Companies DB"),
    ("Fairpoint Park Capital", "Marcus (bank contact)", "HVCG", "Newly created — HIGH PRIORITY"),
    ("SunHarbor Solar", "Gavin Rourke, Brady Colquitt", "HVCG / VOLT GSS", "Newly created in Companies DB"),
    ("VOLTA POWER LLC", "Hector Ruiz, Brady Colquitt", "HVCG / VOLT GSS", "Newly created — JV partner"),
    ("Bastion Enterprises", "Alan Steinberg (CEO)", "HVCG", "Newly created in Companies DB"),
    ("We Gather Here Fest", "Nico Albanese", "HVCG / OneTideFest", "Newly created in Companies DB"),
    ("Summit Artists", "Jo, Dana Park", "Amplify / HVCG", "Newly created in Companies DB"),
    ("Tilewave", "Ari Feldman", "Amplify / HVCG", "Newly created in Companies DB"),
    ("Meridian Delivery Partners", "Peter Quayle Moss", "HVCG", "Already in Companies DB"),
]
TEAM = ["Wes Harlan", "Colin Marsh", "Jens Okafor", "Tom Brightly", "Rory Sandoval-Pike", "Nate Harlan", "Ivo Castell",
        "Ben Lucchese", "Martin Keller", "Mike (EPC)", "Unassigned / Team"]

wb = workbook()
ws = wb.active
ws.title = "Referral Map"
ws["A1"] = "HVCG Referral Map — Companies/Contacts brought in via HVCG"
ws["A1"].font = TITLE
ws.merge_cells("A1:K1")
ws["A2"] = ("Each column is an HVCG team member. Each cell below is one referral they brought in. Default placement = "
            "Unassigned / Team — drag names into the correct column.")
ws["A2"].font = Font(sz=9, color="FF666666")
ws["A2"].alignment = Alignment(wrap_text=True)
ws.merge_cells("A2:K2")
ws.row_dimensions[2].height = 30
for c, name in enumerate(TEAM, start=1):
    cell = ws.cell(4, c, name)
    cell.font, cell.fill = HEAD, NAVY
for r, p in enumerate(PEOPLE, start=5):
    ws.cell(r, 11, p[0]).font = BODY
ws.column_dimensions["A"].width = 26
for col in "BCDEFGHIJ":
    ws.column_dimensions[col].width = 13
ws.column_dimensions["K"].width = 30
ws.freeze_panes = "A5"

ws = wb.create_sheet("Referral Detail")
ws["A1"] = "Full Referral List — HVCG-Connected Contacts"
ws["A1"].font = TITLE
ws.merge_cells("A1:G1")
for c, h in enumerate(["Name", "Company", "Role", "Email", "Phone", "Notes", "Referred By (fill in)"], start=1):
    cell = ws.cell(3, c, h)
    cell.font, cell.fill = HEAD, NAVY
for r, p in enumerate(PEOPLE, start=4):
    for c, v in enumerate(list(p) + [None], start=1):
        cell = ws.cell(r, c, v)
        cell.font, cell.alignment = BODY, WRAP
for col, w in zip("ABCDEFG", [28, 30, 13, 32, 18, 36, 22]):
    ws.column_dimensions[col].width = w
ws.freeze_panes = "A4"

ws = wb.create_sheet("HVCG-Linked Companies")
ws["A1"] = "Companies connected to HVCG (Companies database entries)"
ws["A1"].font = TITLE
ws.merge_cells("A1:D1")
for c, h in enumerate(["Company", "Key Contact(s) at Company", "Deal Category", "Status"], start=1):
    cell = ws.cell(3, c, h)
    cell.font, cell.fill = HEAD, NAVY
for r, row in enumerate(COMPANIES, start=4):
    for c, v in enumerate(row, start=1):
        cell = ws.cell(r, c, v)
        cell.font, cell.alignment = BODY, WRAP
for col, w in zip("ABCD", [32, 36, 26, 32]):
    ws.column_dimensions[col].width = w
ws.freeze_panes = "A4"
save(wb, "contacts-en-us-referralmap.xlsx")
