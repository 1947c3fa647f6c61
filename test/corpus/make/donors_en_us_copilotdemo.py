"""
Shape of aloth/ExcelCopilotDemo "Donors.xlsx" (commit 8ff5c33da0b16aa19bde9414627650d2136d03aa):
a charity's donor list made for an Excel Copilot demonstration (Excel; the package carries a
Microsoft Information Protection sensitivity label part, docMetadata/LabelInfo.xml). One sheet
"Sheet1", bold header in row 1, 22 snake_case columns:
Donor_ID / First_Name / Last_Name / Email / Phone_Number / Address / City / State / Zip_Code /
Country / Donation_Amount / Donation_Date / Donation_Frequency / Preferred_Contact_Method /
Volunteer_Interest / Age / Gender / Occupation / Marital_Status / Number_of_Donations /
Last_Donation_Date / Membership_Status.

43 rows, ids 1–43: 24 distinct donors (rows 1–24), then five rows that repeat donors 1–5 with the
same name, e-mail and phone but another street or town (made-up towns), age or marital status
(the fifth a different first name on donor 5's phone: another person), thirteen exact copies of
donors 6–18 under new ids (rows 30–42), and a last row repeating donor 19 with changed dates and
status. ZIP a number (leading zero lost: 2101), amounts in an accounting $ format, dates real
(mm-dd-yy), Country "USA" throughout, Volunteer_Interest Yes/No, Marital_Status Married / Single /
Divorced / Widowed.

A person imports the donors as person clients: name joined, e-mail, phone, the address joined
from its parts, occupation, married from the marital status, first donation date as client-since;
the copies are merged into their donors (how far the near-copies merge is a judgment, so the
client count is not scored). Values invented (555-01xx phones, example.org e-mails, invented
streets; the label GUIDs are zeros).
"""
import datetime
import os
import shutil
import tempfile
import zipfile

from openpyxl.styles import Font

from fake import Fake, save, workbook

f = Fake("donors-en-us-copilotdemo")
D = datetime.date

PEOPLE = [("Owen", "Ashford", "Engineer"), ("Clara", "Whitby", "Teacher"), ("Hazel", "Pemberton", "Data Analyst"),
          ("Gideon", "Rowe", "Doctor"), ("Maeve", "Thornton", "Marketing Exec"), ("Felix", "Navarro", "Architect"),
          ("Ingrid", "Lowell", "Lawyer"), ("Theo", "Marchetti", "Graphic Designer"), ("Ruth", "Calloway", "Doctor"),
          ("Silas", "Brennan", "Accountant"), ("Nora", "Kingsley", "HR Specialist"), ("Elliot", "Sayers", "IT Consultant"),
          ("Phoebe", "Aldridge", "Teacher"), ("Desmond", "Baird", "Sales Manager"), ("Iris", "Hartigan", "Nurse"),
          ("Victor", "Lozano", "Pharmacist"), ("June", "Moorcroft", "Social Worker"), ("Ambrose", "Martel", "Engineer"),
          ("Tessa", "Whitlock", "Artist"), ("Rufus", "Hallam", "Pilot"), ("Greta", "Allard", "Chef"),
          ("Conrad", "Wray", "Police Officer"), ("Mabel", "Kingsford", "Firefighter"), ("Lionel", "Hillier", "Engineer")]
PLACES = [("New York", "NY", 10001), ("Los Angeles", "CA", 90001), ("Chicago", "IL", 60601), ("Houston", "TX", 77001),
          ("Miami", "FL", 33101), ("San Francisco", "CA", 94101), ("Boston", "MA", 2101), ("Seattle", "WA", 98101),
          ("Denver", "CO", 80201), ("Orlando", "FL", 32801), ("Austin", "TX", 73301), ("Phoenix", "AZ", 85001),
          ("San Diego", "CA", 92101), ("Nashville", "TN", 37201), ("Indianapolis", "IN", 46201),
          ("Charlotte", "NC", 28201), ("Columbus", "OH", 43201), ("Fort Worth", "TX", 76101), ("Baltimore", "MD", 21201),
          ("Memphis", "TN", 37501), ("Atlanta", "GA", 30301), ("Las Vegas", "NV", 89101), ("Tucson", "AZ", 85701),
          ("Albuquerque", "NM", 87101)]
TREES = ["Main", "Oak", "Pine", "Maple", "Birch", "Cedar", "Spruce", "Willow", "Redwood", "Cypress", "Chestnut", "Ash",
         "Walnut", "Poplar", "Beech", "Hickory", "Fir", "Elm", "Magnolia", "Sycamore", "Laurel", "Aspen", "Alder", "Juniper"]
FEMALE = {"Clara", "Hazel", "Maeve", "Ingrid", "Ruth", "Nora", "Phoebe", "Iris", "June", "Tessa", "Greta", "Mabel"}
FREQ = ["Monthly", "One-time", "Quarterly", "Yearly"]
MARITAL = ["Married", "Single", "Married", "Divorced", "Married", "Single", "Married", "Single", "Widowed", "Divorced",
           "Married", "Single", "Married", "Divorced", "Single", "Married", "Married", "Divorced", "Single", "Married",
           "Single", "Divorced", "Married", "Divorced"]

rows = []
for i, (first, last, job) in enumerate(PEOPLE):
    city, state, zipc = PLACES[i]
    freq = FREQ[i % 4]
    first_gift = f.date(D(2023, 8, 1), D(2024, 5, 15))
    n = {"Monthly": f.r.randrange(5, 13), "One-time": 1, "Quarterly": f.r.randrange(3, 5), "Yearly": 2}[freq]
    last_gift = first_gift if n == 1 else min(D(2024, 6, 10), first_gift + datetime.timedelta(days=30 * n))
    rows.append([i + 1, first, last, f"{first.lower()}.{last.lower()}@example.org",
                 f"{f.r.randrange(201, 990)}-555-01{i + 10:02d}", f"{(i + 1) * 101} {TREES[i]} St", city, state, zipc,
                 "USA", f.pick([50, 75, 80, 90, 100, 110, 120, 130, 150, 180, 200, 250, 300]),
                 first_gift, freq, f.pick(["Email", "Phone"]), "Yes" if i % 2 == 0 else "No",
                 f.r.randrange(26, 60), "Female" if first in FEMALE else "Male", job, MARITAL[i], n, last_gift,
                 "Inactive" if freq == "One-time" else "Active"])

# five near-copies of donors 1-5: same name, e-mail and phone, another street/town, age or status
TOWNS = [("123 Elm St", "Springfield", "IL", 62701), ("456 Oak St", "Metropolis", "NY", 10001),
         ("789 Pine St", "Gotham", "NJ", 7001), ("101 Maple St", "Star City", "TX", 73301),
         ("202 Birch St", "Central City", "CA", 90210)]
for k in range(5):
    r = list(rows[k])
    r[0] = 25 + k
    r[5], r[6], r[7], r[8] = TOWNS[k]
    r[15] = r[15] - 10 if k % 2 == 0 else r[15]
    r[18] = "Single" if r[18] == "Married" else "Married"
    r[11] = r[11] - datetime.timedelta(days=14)
    if k == 2:
        r[3] = "hazel.p@example.org"
    if k == 4:
        r[1] = "Cora"  # another person sharing donor 5's phone
        r[3] = "cora.thornton@example.org"
    rows.append(r)
# thirteen exact copies of donors 6-18
for k in range(5, 18):
    r = list(rows[k])
    r[0] = 30 + (k - 5)
    rows.append(r)
# donor 19 again with other dates and status
r = list(rows[18])
r[0] = 43
r[12], r[19], r[21] = "Yearly", 2, "Active"
r[15] = r[15] + 26
r[18] = "Married"
r[11] = r[20] = r[11] - datetime.timedelta(days=33)
rows.append(r)

wb = workbook()
wb.properties.creator = "Alex Lorne"
wb.properties.lastModifiedBy = "Alex Lorne"
ws = wb.active
ws.title = "Sheet1"
ws.append(["Donor_ID", "First_Name", "Last_Name", "Email", "Phone_Number", "Address", "City", "State", "Zip_Code",
           "Country", "Donation_Amount", "Donation_Date", "Donation_Frequency", "Preferred_Contact_Method",
           "Volunteer_Interest", "Age", "Gender", "Occupation", "Marital_Status", "Number_of_Donations",
           "Last_Donation_Date", "Membership_Status"])
for c in ws[1]:
    c.font = Font(bold=True)
for r in rows:
    ws.append(r)
MONEY = '_-[$$-409]* #,##0.00_ ;_-[$$-409]* \\-#,##0.00\\ ;_-[$$-409]* "-"??_ ;_-@_ '
for r in range(2, len(rows) + 2):
    ws.cell(r, 11).number_format = MONEY
    ws.cell(r, 12).number_format = "mm-dd-yy"
    ws.cell(r, 21).number_format = "mm-dd-yy"
ws.column_dimensions["U"].width = 14.4
path = save(wb, "donors-en-us-copilotdemo.xlsx")

# the sensitivity-label part Excel adds under a Microsoft Information Protection policy
LABEL = ('<?xml version="1.0" encoding="utf-8" standalone="yes"?><clbl:labelList '
         'xmlns:clbl="http://schemas.microsoft.com/office/2020/mipLabelMetadata"><clbl:label '
         'id="{00000000-0000-0000-0000-000000000001}" enabled="1" method="Privileged" '
         'siteId="{00000000-0000-0000-0000-000000000002}" removed="0" /></clbl:labelList>')
REL = ('<Relationship Id="rIdLabel" Type="http://schemas.microsoft.com/office/2020/02/relationships/'
       'classificationlabels" Target="docMetadata/LabelInfo.xml"/>')
CT = ('<Override PartName="/docMetadata/LabelInfo.xml" '
      'ContentType="application/vnd.ms-office.classificationlabels+xml"/>')
with tempfile.TemporaryDirectory() as tmp:
    raw = os.path.join(tmp, "raw.xlsx")
    shutil.copy(path, raw)
    with zipfile.ZipFile(raw) as zin, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            data = zin.read(item.filename)
            if item.filename == "_rels/.rels":
                data = data.replace(b"</Relationships>", REL.encode() + b"</Relationships>")
            elif item.filename == "[Content_Types].xml":
                data = data.replace(b"</Types>", CT.encode() + b"</Types>")
            zout.writestr(item, data)
        zout.writestr("docMetadata/LabelInfo.xml", LABEL)
