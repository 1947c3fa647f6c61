"""
Shape of Anandhuvimalan/dubai-project-management-data "clients.csv" (commit
f59860bb465e0e3b5db825acf628b16a5f6c35ae): the client master of a Dubai construction and fit-out
contractor's ERP data (Google Sheets), UTF-8, LF line ends, no BOM. 24 columns: client_id ("CL-001" …)
/ client_name (developers, government bodies, holding groups) / client_type (Semi-Government, Private
Developer, Government, Contractor) / trade_license / trn / contact_person / designation (Project
Director, Procurement Manager, Contracts Manager) / email (first.last@<company domain>) / phone
(+971-5x-xxxxxxx) / address ("<district>, Dubai, UAE", quoted) / payment_terms (Net 30-90) /
credit_limit_aed / status (Active, Inactive, Not in Contact, Blacklisted) / lifetime_revenue (AED, 0 on
six) / active_projects / risk_projects / last_activity_date / internal_notes ("—" on every row) /
created_at / last_updated_at (one timestamp for all) / created_by / record_version / is_active (True
on every row, even the blacklisted) / tags ("—", "VIP Client", "VIP Client,Inactive Client" quoted …).
50 clients, one row each.
Values invented (company names, people, numbers; domains end in .test).
"""
import os

from fake import FILES, Fake

f = Fake("clients-en-ae-fitoutmaster")
COMPANIES = ["Al Noor Properties", "Sahara Crest Developments", "Marina Gate Holding", "Creekside Estates",
             "Palmview Real Estate", "Desert Rose Developers", "Gulf Horizon Group", "Al Reem Construction",
             "Qasr Al Bahr Properties", "Dubai Civic Works Authority", "Emirates Urban Holding",
             "Al Safa Infrastructure", "Falcon Ridge Developments", "Oasis Crown Properties", "Jumana Holding",
             "Seaview Ports Authority", "Al Wasl Civic Properties", "Zabeel Heights Developers",
             "Arabian Sands Group", "Noor Al Khaleej Properties", "Mirdif Estates", "Barsha Gate Holding",
             "Al Manara Developments", "Sunrise Coast Properties", "Al Jaddaf Development",
             "Union Crescent Properties", "Golden Dune Holding", "Azure Bay Developers", "Harbour Lights Group",
             "Al Barari Communities", "Crescent Rail Company", "Al Mamzar Properties", "Twin Palms Holding",
             "Expo Gateway LLC", "Qudra Energy Services", "Al Khail Properties", "Hatta Ridge Development",
             "Sharqi Holding", "Northern Emirates Properties", "Al Fahidi Heritage Works", "Meadows Edge Realty",
             "Skyline Arc Developments", "Al Quoz Logistics Parks", "Blue Lagoon Properties",
             "Al Rigga Holding", "Dune Valley Developers", "Pearl Strand Properties", "Ras Al Khor Works",
             "Umm Suqeim Estates", "Springs Grove Holding"]
FIRST = ["Danielle", "Joshua", "Jill", "Patricia", "Robert", "Jeffery", "Anthony", "Debra", "Lisa", "Linda",
         "Matthew", "Susan", "Christopher", "Melanie", "Lindsay", "Amanda", "Nicholas", "Maria", "Michelle", "Janet",
         "Omar", "Fatima", "Rashid", "Mariam", "Khalid", "Aisha", "Hamdan", "Noura", "Priya", "Rahul"]
LAST = ["Hartley", "Walcott", "Rhodes", "Mercer", "Langford", "Wagner", "Gallo", "Gardner", "Pruitt", "Wolfe",
        "Moore", "Rogers", "Davies", "Munoz", "Blair", "Dudley", "Arnold", "Montgomery", "Ray", "Al Mansoori",
        "Al Suwaidi", "Al Shamsi", "Haddad", "Nair", "Menon"]
AREAS = [("Bur Dubai", 6), ("Downtown Dubai", 5), ("Dubai Hills Estate", 5), ("Sheikh Zayed Road", 4),
         ("Expo City", 4), ("Dubai South", 3), ("Al Quoz Industrial", 3), ("DIFC", 3), ("Dubai Creek Harbour", 2),
         ("Palm Jumeirah", 2), ("JLT", 2), ("Meydan", 2), ("JAFZA", 2), ("JVC", 2), ("DIP", 1), ("Deira", 1),
         ("Dubai Marina", 1), ("Business Bay", 1), ("Al Barsha", 1)]
TYPES = ["Semi-Government"] * 18 + ["Private Developer"] * 14 + ["Government"] * 13 + ["Contractor"] * 5
STATUS = ["Active"] * 34 + ["Inactive"] * 8 + ["Not in Contact"] * 5 + ["Blacklisted"] * 3
TAGS = ["—"] * 22 + ["VIP Client"] * 13 + ["VIP Client,Inactive Client"] * 3 + ["VIP Client,Has Risk Projects"] * 3 + \
       ["Inactive Client"] * 2 + ["Inactive Client,Has Risk Projects"] * 2 + ["Blacklisted,Has Risk Projects"] * 2 + \
       ["Blacklisted", "VIP Client,Inactive Client,Has Risk Projects", "Has Risk Projects"]
areas = [a for a, n in AREAS for _ in range(n)]
for pool in (TYPES, STATUS, TAGS, areas):
    f.r.shuffle(pool)
zero_revenue = set(f.r.sample(range(50), 6))

header = ["client_id", "client_name", "client_type", "trade_license", "trn", "contact_person", "designation", "email",
          "phone", "address", "payment_terms", "credit_limit_aed", "status", "lifetime_revenue", "active_projects",
          "risk_projects", "last_activity_date", "internal_notes", "created_at", "last_updated_at", "created_by",
          "record_version", "is_active", "tags"]
rows = []
for i, company in enumerate(COMPANIES):
    first, last = f._unique(lambda: (f.pick(FIRST), f.pick(LAST)))
    domain = "".join(ch for ch in company.lower() if ch.isalnum()) + ".test"
    revenue = 0 if i in zero_revenue else f.r.randrange(40_000_000, 800_000_000)
    last_activity = "2026-03-03" if i in zero_revenue else f.date(
        __import__("datetime").date(2020, 9, 1), __import__("datetime").date(2025, 12, 31)).isoformat()
    rows.append([f"CL-{i + 1:03d}", company, TYPES[i], str(f.r.randrange(100000, 999999)),
                 f"100{f.r.randrange(100000000, 999999999)}", f"{first} {last}",
                 f.pick(["Project Director", "Procurement Manager", "Contracts Manager"]),
                 f"{first.lower()}.{last.lower().replace(' ', '')}@{domain}",
                 f"+971-{f.pick(['50', '52', '54', '55', '56'])}-555{f.r.randrange(1000, 9999)}",
                 f"{areas[i]}, Dubai, UAE", f.pick(["Net 30", "Net 45", "Net 60", "Net 90"]),
                 str(f.pick([500000, 1000000, 2000000, 5000000, 10000000])), STATUS[i], str(revenue),
                 str(0 if i in zero_revenue else f.pick([0, 0, 1, 1, 2, 3])), str(f.pick([0] * 8 + [1, 2])),
                 last_activity, "—", "2026-03-03T12:01:34", "2026-03-03T12:01:34", "system@alrashideng.test", "1",
                 "True", TAGS[i]])
rows[0][5:9] = ["Danielle Hartley", "Project Director", "danielle.hartley@alnoorproperties.test", "+971-50-5552458"]
rows[2][9] = "Dubai Creek Harbour, Dubai, UAE"


def field(v):
    return '"' + v.replace('"', '""') + '"' if any(c in v for c in ',"\n') else v


with open(os.path.join(FILES, "clients-en-ae-fitoutmaster.csv"), "wb") as out:
    out.write(("\n".join(",".join(field(v) for v in r) for r in [header] + rows) + "\n").encode("utf-8"))
