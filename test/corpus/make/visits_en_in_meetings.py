"""
Shape of HarshitChoudhry/Agentic-Sales-Use-Case "meetings.xlsx" (at commit ae8ae48): a B2B
software seller's meeting log for its key accounts, one sheet per client company named after it
(the sheet name is the only place the client appears), written by openpyxl and touched up in
Excel (column widths on one sheet). Every sheet has the same bold header row: Meeting_ID /
Deal_ID / Title / Date / Participants / Status / Transcript_File / Notes. Meeting ids run M001 …
across the sheets with a gap; Deal_ID is the deal in the seller's CRM (D101 …, one per client);
Title names the meeting ("Intro Call (Discovery)", "Final Negotiation"); Date is text yyyy-mm-dd;
Participants lists people as "Name (Seller)" / "Name(Client)" / "Name (Client Finance)" or a team;
Status past / upcoming; Transcript_File a relative path with / or \\ (empty on upcoming meetings);
Notes a short summary (empty on upcoming meetings). Values invented.
"""
from openpyxl.styles import Font

from fake import Fake, save, workbook

f = Fake("visits-en-in-meetings")

SELLER = "Ledgerly"
REPS = ["Arjun Sharma", "Meera Kapoor", "Rohan Mehra"]
CLIENTS = [
    ("Kestrel Precision Tech", "D101", "Kestrel_Precision", ["Vivaan Sethi", "Kavya Arora", "Ishaan Khanna"]),
    ("Brightpay Fintech", "D102", "Brightpay", ["Saanvi Bedi", "Aditya Verma"]),
    ("Meridian Hospitals", "D103", "Meridian_Hospitals", ["Neha Malhotra", "Kabir Gupta", "Pooja Arora"]),
]
MEETINGS = {
    "D101": [("Intro Call (Discovery)", "2025-09-10", "past", "Initial demo, intro to spend management"),
             ("Automation Discussion", "2025-09-15", "past", "ERP integration, invoice automation, vendor portal"),
             ("Security Review", "2025-09-17", "past", "Data residency and SSO questions from IT"),
             ("Final Negotiation", "2025-09-20", "upcoming", None)],
    "D102": [("Spend Automation Intro", "2025-09-08", "past", "Initial overview of spend automation"),
             ("AP Automation Discussion", "2025-09-14", "past", "Deep dive into accounts payable automation workflows"),
             ("Pricing Call", "2025-09-23", "upcoming", None)],
    "D103": [("Spend Management Intro", "2025-09-09", "past", "Introductory session on spend management"),
             ("AP Automation Deep Dive", "2025-09-16", "past", "Discussion on ERP AP automation, PO/Non-PO invoices"),
             ("POC Kick-off", "2025-09-19", "past", "Scope of the proof of concept with the central hub")],
}

wb = workbook()
wb.remove(wb.active)
number = 1
rows_by_sheet = {}
for k, (client, deal, folder, people) in enumerate(CLIENTS):
    ws = wb.create_sheet(client)
    for j, h in enumerate(["Meeting_ID", "Deal_ID", "Title", "Date", "Participants", "Status", "Transcript_File", "Notes"]):
        ws.cell(1, j + 1, h).font = Font(bold=True)
    rows = []
    for i, (title, date, status, notes) in enumerate(MEETINGS[deal]):
        rep = f.pick(REPS)
        if i == 1 and k == 2:
            participants = f"{SELLER} Team, {client.split()[0]} Finance (Central Hub)"
        else:
            sep = f.pick([" ", ""])
            participants = f"{rep} ({SELLER}), {people[i % len(people)]}{sep}({f.pick(['Client', 'Client', client.split()[0] + ' Finance'])})"
        if status == "upcoming":
            other = f.pick([r for r in REPS if r != rep])
            participants = f"{other}, {rep.split()[0]} ({SELLER}), {people[-1]} (Client)"
        slash = "\\" if k == 2 else "/"
        transcript = None
        if status == "past":
            stem = f"{client.replace(' ', '-')}-{SELLER.upper()}-{title.replace(' ', '-').replace('(', '').replace(')', '')}"
            transcript = f"transcripts{slash}{folder}{slash}{stem}-{f.r.randrange(16**8):08x}-meet_{i + 1}.json"
        rows.append([f"M{number:03d}", deal, title, date, participants, status, transcript, notes])
        number += 1
    if k == 1:
        number += 1  # one meeting id is missing between the second and third client
    for r in rows:
        ws.append(r)
    rows_by_sheet[client] = rows
wb["Brightpay Fintech"].column_dimensions["C"].width = 18.1
wb["Brightpay Fintech"].column_dimensions["D"].width = 12.66
wb["Brightpay Fintech"].column_dimensions["E"].width = 77.33
save(wb, "visits-en-in-meetings.xlsx")

if __name__ == "__main__":
    import os
    if os.environ.get("SHOW"):
        for sheet, rows in rows_by_sheet.items():
            print(sheet)
            for r in rows:
                print("  ", r)
