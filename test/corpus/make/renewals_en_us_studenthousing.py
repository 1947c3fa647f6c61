"""
Shape of josephfran27/Renewal-Tracker "renewals.csv": a US student-housing community's lease
renewal tracker, the join of its property-management export and its leasing team's renewal log,
written to CSV by a script (UTF-8 without BOM, LF, only names with a comma quoted, the text
'null' for every missing value).

36 columns: ResidentName ("Last, First", a few in capitals) / PropertyID (one property) /
NameFirst / NameMiddle (an initial, a full name or null) / NameLast / LeaseID / lease start and
end as ISO date-times / UnitSpaceID / UnitType ('4x4 Large D', '3x3 Penthouse A') / UnitNumber
('1-819-A') / UnitStatus / BaseRent / CurrentRent / Renewed true|false / RenewedRent / renewal
offer date and rent / ApplicationStatus / application lease start and end (header misspelt
'…EndDte') / LeasePreviousStatus / ImportDateTime / LeaseID1 (the join key again) / LeaseYear /
Status (Yes/No/Maybe/Unknown: will the resident renew) / Reason / ReasonDetail (a competitor's
name, mostly empty) / Temperature (Hot/Warm/Cold, empty on a few) / CreatedBy / CreatedDateTime /
EditedBy / EditedDateTime / LeaseID2 / LeaseYear1 / Comments (a count of comments). One row per
resident, sorted by name; two residents share a name (other lease, other unit).
Values invented (names, staff, ids, rents).
"""
import csv
import datetime
import io
import os

from fake import FILES, Fake

f = Fake("renewals-en-us-studenthousing")

FIRST = ["Ava", "Liam", "Mia", "Noah", "Emma", "Ethan", "Olivia", "Mason", "Sophia", "Logan", "Isabella", "Lucas",
         "Harper", "Aiden", "Evelyn", "Jackson", "Abigail", "Carter", "Emily", "Grayson", "Ella", "Wyatt", "Avery",
         "Julian", "Scarlett", "Levi", "Madison", "Hudson", "Layla", "Lincoln", "Chloe", "Owen", "Riley", "Caleb",
         "Zoey", "Isaac", "Nora", "Eli", "Lily", "Landon", "Hannah", "Connor", "Addison", "Dylan", "Aubrey", "Gavin",
         "Brooklyn", "Tyler", "Kennedy", "Brandon", "Peyton", "Jasmine", "Cadence", "Priya", "Wei", "Jiayu", "Omar",
         "Fatima", "Diego", "Camila", "Mateo", "Valeria", "Kofi", "Amara", "Hiro", "Yuna", "Arjun", "Sana"]
MIDDLE = ["Grace", "James", "Rose", "Lee", "Marie", "Ann", "Lynn", "Michael", "Joseph", "Elizabeth", "Kay", "Jo",
          "Ray", "Jean", "Claire", "Scott", "Alan", "Louise", "Dean", "Faith"]
LAST = ["Abernathy", "Albrecht", "Ashby", "Baird", "Barlow", "Beckett", "Bingham", "Bowden", "Brandt", "Calloway",
        "Carden", "Chen", "Colburn", "Crane", "Dalton", "Delgado", "Dorsey", "Eastman", "Ellison", "Farrow", "Fenwick",
        "Galloway", "Garza", "Gentry", "Hale", "Hargrove", "Hollis", "Huang", "Ingram", "Jarvis", "Kemp", "Kessler",
        "Langley", "Larkin", "Lowell", "Maddox", "Mercer", "Nash", "Nguyen", "Oakley", "Osei", "Park", "Pruitt",
        "Quinn", "Ramsey", "Reyes", "Rhodes", "Sandoval", "Sato", "Shah", "Sutton", "Tate", "Thornton", "Vance",
        "Voss", "Wade", "Whitaker", "Winslow", "Yates", "Zhou", "Ziegler", "Okafor", "Patel", "Kowalski", "Moreau"]
STAFF = ["Olivia Hartwell", "Isaac Rutledge", "Taylor Swinford", "Samantha Strand", "Marcy Jacobs"]
EDITORS = STAFF + ["Dana Whitlock", "Corey Ames"]
TYPES = (["3x3 A"] * 6 + ["4x4 Large D", "1x1 B", "4x4 B", "4x4 A", "4x4 C"] * 3 + ["4x3 Large B", "4x3 A", "3x3 D",
         "3x3 Penthouse A", "3x3 C", "2x2 Large B", "2x2 Large F", "2x2 A", "Sx1 A", "2x2 Large C", "2x2 E"] * 2
         + ["4x4 Penthouse A", "1x1 Penthouse B", "4x3 Penthouse A", "2x2 Penthouse E", "3x2 A", "3x3 B"])
REASONS = (["Graduating"] * 30 + ["Renewal Transfer"] * 10 + ["Floorplan No Longer Available"] * 10
           + ["Moving: Into a house"] * 10 + ["Didn't want to move"] * 7 + ["Loves the community/environment"] * 5
           + ["Waiting on: Current Roommates"] * 4 + ["Shopping around"] * 3 + ["Moving: To a Competitor"] * 3
           + ["Needs More Time", "Needs More Time", "Great Renewal Rate", "Convenience", "Too expensive: Rent",
              "Did not answer call", "No reason provided", "Waiting on: Grad School Acceptance",
              "Did not answer doorknock", "Staff is amazing", "Moving: Transferring Schools", "Great Special"])
COMPETITORS = ["The Commons on Elm", "Parkside Lofts Phase II", "University Village North"]
APPS = (["Renewal Offer Started"] * 18 + ["Renewal Lease Approved"] * 6 + ["Renewal Lease Approved (Transfer)"] * 4
        + ["Renewal Lease Partially Completed (Transfer)", "Renewal Lease Started", "Renewal Lease Completed"])

PROPERTY = "1187342"


def iso(d):
    return d.strftime("%Y-%m-%dT%H:%M:%S")


people = []
seen = set()
while len(people) < 427:
    first, last = f.pick(FIRST), f.pick(LAST)
    if (first, last) in seen:
        continue
    seen.add((first, last))
    k = f.r.random()
    middle = "null" if k < 0.05 else (f.pick("ABCDEJKLMRS") if k < 0.2 else f.pick(MIDDLE))
    people.append([first, middle, last])
twin = list(people[f.r.randrange(len(people))])       # a second resident of the same name
twin[1] = f.pick(MIDDLE)
people.append(twin)
people.sort(key=lambda p: (p[2].lower(), p[0].lower()))

rows = []
unit_ids = f.r.sample(range(5120000, 5121000), len(people))
lease_ids = f.r.sample(range(15200000, 15700000), len(people))
used_units = set()
for i, (first, middle, last) in enumerate(people):
    resident = f"{last}, {first}"
    if f.chance(0.007):
        resident = resident.upper()
    start = f.pick([datetime.datetime(2025, 8, 15)] * 6 + [datetime.datetime(2025, 8, 1)] * 3
                   + [datetime.datetime(2025, 8, 5), datetime.datetime(2025, 8, 6), datetime.datetime(2025, 8, 20)])
    utype = f.pick(TYPES)
    beds = "ABCD"[: int(utype[0]) if utype[0].isdigit() else 1]
    while True:
        unit = f"1-{f.r.randrange(1, 10)}{f.r.randrange(0, 30):02d}-{f.pick(beds)}"
        if unit not in used_units:
            used_units.add(unit)
            break
    rent = f.r.randrange(90, 131) * 10 - 1
    status = f.pick(["No"] * 57 + ["Yes"] * 29 + ["Maybe"] * 11 + ["Unknown"] * 3)
    renewed = status == "Yes" and f.chance(0.95)
    offered = not (status == "No" and f.chance(0.45))
    temp = {"No": ["Cold"] * 7 + ["Warm"] * 3, "Yes": ["Hot"] * 9 + ["Warm"], "Maybe": ["Warm"] * 8 + ["Cold", "Hot"],
            "Unknown": ["Cold", "Warm"]}[status]
    temperature = "" if f.chance(0.016) else f.pick(temp)
    reason = f.pick(REASONS) if status != "Yes" else f.pick(["Renewal Transfer", "Didn't want to move",
                                                               "Loves the community/environment", "Great Renewal Rate",
                                                               "Convenience", "Staff is amazing"])
    detail = f.pick(COMPETITORS) if reason == "Moving: To a Competitor" else ""
    created = datetime.datetime(2025, 8, 27, 9) + datetime.timedelta(minutes=f.r.randrange(0, 60 * 24 * 14))
    edited = created + datetime.timedelta(minutes=f.r.randrange(60, 60 * 24 * 60)) if f.chance(0.7) else None
    commented = f.chance(0.75)
    offer_rent = rent + f.pick([0, 0, 50, 50, 60, -100]) if offered else None
    row = [resident, PROPERTY, first, middle, last, str(lease_ids[i]), iso(start), iso(datetime.datetime(2026, 7, 31)),
           str(unit_ids[i]), utype, unit, f.pick(["Occupied No Notice"] * 6 + ["Notice Rented"] * 2 + ["Notice Unrented"]),
           str(rent), str(rent), "true" if renewed else "false",
           str(offer_rent or rent) if renewed else "null",
           iso(f.pick([datetime.datetime(2025, 9, 8)] * 8 + [datetime.datetime(2025, 9, 17), datetime.datetime(2025, 10, 14)]))
           if offered else "null",
           str(offer_rent) if offered else "null",
           (f.pick([a for a in APPS if "Approved" in a or "Completed" in a]) if renewed else f.pick(APPS)) if offered else "null",
           iso(datetime.datetime(2026, 8, 1)) if offered else "null",
           iso(datetime.datetime(2027, 7, 31)) if offered else "null",
           f.pick(["New", "New", "New", "Renewed", "Renewed"]), "2025-11-14T23:33:17.63", str(lease_ids[i]),
           "2024-2025", status, reason, detail, temperature, f.pick(STAFF), iso(created),
           f.pick(EDITORS) if edited else "null", iso(edited) if edited else "null",
           str(lease_ids[i]) if commented else "null", "2024-2025" if commented else "null",
           str(f.pick([1, 1, 1, 2, 2, 3])) if commented else "null"]
    rows.append(row)

out = io.StringIO()
w = csv.writer(out, lineterminator="\n")
w.writerow(["ResidentName", "PropertyID", "NameFirst", "NameMiddle", "NameLast", "LeaseID", "LeaseStartDate",
            "LeaseEndDate", "UnitSpaceID", "UnitType", "UnitNumber", "UnitStatus", "BaseRent", "CurrentRent", "Renewed",
            "RenewedRent", "RenewalOfferDate", "RenewalOfferRent", "ApplicationStatus", "ApplicationLeaseStartDate",
            "ApplicationLeaseEndDte", "LeasePreviousStatus", "ImportDateTime", "LeaseID1", "LeaseYear", "Status",
            "Reason", "ReasonDetail", "Temperature", "CreatedBy", "CreatedDateTime", "EditedBy", "EditedDateTime",
            "LeaseID2", "LeaseYear1", "Comments"])
w.writerows(rows)
with open(os.path.join(FILES, "renewals-en-us-studenthousing.csv"), "w", encoding="utf-8", newline="") as fh:
    fh.write(out.getvalue())
print("rows", len(rows), "twin", twin)
