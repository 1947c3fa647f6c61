"""
Shape of Nanle-code/CRM-System "customers.xlsx" (at commit 2dc202b): a small CRM web app's workbook,
written by openpyxl, two sheets with bold white-on-dark headers and set widths.
- Customers: ID (a UUID) / Full Name / Email / Phone (+1-555-01xx) / Company / Status (Active, Lead,
  Prospect, Churned) / Deal Value (a whole number) / Tags (two words joined by a comma) / Created Date /
  Last Updated (dates as yyyy-mm-dd text); fifteen customers and, last, a test entry typed through
  the app (a gibberish company and tag, deal value 0, today's dates, a local phone number).
- Activity Log: Log ID (a UUID) / Customer ID (the customer's UUID) / Action (Email, Call, Meeting,
  Demo, Follow-up, Support, Review, Proposal) / Notes (one line) / Timestamp (yyyy-mm-dd hh:mm:ss
  text); one activity for each of the first fifteen customers, then five more for the first five.
Values invented.
"""
import uuid

from openpyxl.styles import Font, PatternFill

from fake import FIRST_EN, LAST_EN, Fake, save, workbook

f = Fake("crm-en-us-activity")

COMPANIES = [("Brightwave Software Inc.", "software,enterprise"), ("Cobalt Marketing Group", "marketing,retention"),
             ("Nimbus Labs", "startup,tech"), ("Harbor Retail Co", "retail,lost"), ("Keystone Finance", "finance,enterprise"),
             ("Maple Health Systems", "healthcare,nonprofit"), ("Transit Logistics", "logistics,global"),
             ("Brightpath Learning", "education,edtech"), ("Summit Advisory Group", "consulting,b2b"),
             ("Copper Kettle Restaurants", "restaurant,food"), ("Ironridge Manufacturing", "manufacturing,industrial"),
             ("Lakeside Legal", "legal,professional"), ("Cornerstone Realty", "realestate,property"),
             ("Open Hands Network", "nonprofit,ngo"), ("Motorline Solutions", "automotive,tech")]
STATUSES = ["Active", "Active", "Lead", "Churned", "Prospect", "Active", "Lead", "Active", "Prospect", "Churned", "Active",
            "Lead", "Prospect", "Active", "Lead"]
ACTIONS = ["Email", "Call", "Meeting", "Demo", "Follow-up", "Support", "Review", "Proposal"]
NOTES = ["Initial contact made via cold call", "Scheduled product demo", "Sent proposal document", "Follow-up email sent",
         "Contract negotiation started", "Deal closed successfully", "Customer onboarding completed", "First check-in call",
         "Renewal discussion initiated", "Customer feedback collected", "Issue resolved - technical support",
         "Quarterly business review", "Upsell opportunity identified", "Customer training session", "Account review meeting",
         "New feature request received", "Customer satisfaction survey", "Partnership discussion", "Expansion opportunity",
         "Renewal contract sent"]


def uid():
    return str(uuid.UUID(int=f.r.getrandbits(128), version=4))


customers = []
for i, ((company, tags), status) in enumerate(zip(COMPANIES, STATUSES)):
    first, last = f.pick(FIRST_EN), f.pick(LAST_EN)
    while any(c[1] == f"{first} {last}" for c in customers):
        first, last = f.pick(FIRST_EN), f.pick(LAST_EN)
    domain = f.pick(["example.com", "example.org", "example.net"])
    email = f.pick([f"{first}.{last}@{domain}", f"{first[0]}.{last}@{domain}", f"{first}@{domain}"]).lower()
    created = f"2024-{f.r.randrange(1, 3):02d}-{f.r.randrange(1, 29):02d}"
    updated = f"2024-{f.r.randrange(2, 5):02d}-{f.r.randrange(1, 29):02d}"
    value = f.r.randrange(4, 31) * 5000
    customers.append([uid(), f"{first} {last}", email, f"+1-555-01{23 + i:02d}", company, status, value, tags, created, updated])
customers.append([uid(), "Tobi Adewale", "tobiadewale500@example.com", "07000000123", "qwqw", "Churned", 0, "3ede", "2026-04-08",
                  "2026-04-08"])

log = []
for i in range(20):
    customer = customers[i if i < 15 else i - 15]
    month, day = divmod(16 + i * 4, 28)
    log.append([uid(), customer[0], ACTIONS[i % len(ACTIONS)], NOTES[i],
                f"2024-{month + 1:02d}-{day + 1:02d} {f.r.randrange(9, 17):02d}:{f.pick(['00', '15', '30', '45'])}:00"])

wb = workbook()
ws = wb.active
ws.title = "Customers"
ws.append(["ID", "Full Name", "Email", "Phone", "Company", "Status", "Deal Value", "Tags", "Created Date", "Last Updated"])
for row in customers:
    ws.append(row)
for cell in ws[1]:
    cell.font = Font(bold=True, color="FFFFFFFF")
    cell.fill = PatternFill("solid", fgColor="002E4057")
for col, width in zip("ABCDEFGHIJ", [30, 18, 26, 13, 21, 10, 12, 26, 14, 14]):
    ws.column_dimensions[col].width = width

ws = wb.create_sheet("Activity Log")
ws.append(["Log ID", "Customer ID", "Action", "Notes", "Timestamp"])
for row in log:
    ws.append(row)
for cell in ws[1]:
    cell.font = Font(bold=True, color="FFFFFFFF")
    cell.fill = PatternFill("solid", fgColor="004A7C7E")
for col, width in zip("ABCDE", [38, 38, 11, 36, 21]):
    ws.column_dimensions[col].width = width
save(wb, "crm-en-us-activity.xlsx")

if __name__ == "__main__":
    import os
    if os.environ.get("SHOW"):
        for row in customers:
            print(row)
        for row in log:
            print(row)
