"""
Shape of rememberlenny/harlemreport "members.xls" (at commit f5bc81a2): a New York community
organisation's member list exported from its membership system as CSV and saved by Microsoft Excel
for Mac as Excel 97-2003 (.xls), the one sheet still named "members.csv". Header row 1 in snake case:
firstname / lastname / date_received / zone / region / chapter / district / division / last_contact /
territory / member_uid / email / phone_primary / phone_secondary / address / state / zipcode /
subscription / auto_renewal / sustaining_contributor / activities. The header is one short after
"address": the data has a city where "state" stands, the state under "zipcode", the ZIP+4 code under
"subscription", and three yes/no flags under the last three labels, written as the text "=FALSE()" /
"=TRUE()". Every cell is text: the date received as "May 03, 2015" (a third of the rows have none),
zone, region and territory the same on every row, chapter / district / division (Men's, Women's,
Young Men's, Young Women's Division, ESD …) of the organisation, last_contact empty throughout, a
member uid of letters and digits, phones as "(212)555-0123" (a few "212-555-0123", "-" for none),
a second phone on some rows, the street address with a line break before the apartment (some with
a trailing line break). Members of one household share the address and phone. Rows sorted by
chapter and district, then last name. 200 rows (the original has 1,320). Re-saved by LibreOffice as
.xls. Values invented.
"""
import datetime

from fake import FIRST_EN, LAST_EN, Fake, save, workbook

f = Fake("members-en-us-chapters")

MORE_FIRST = ["Darnell", "Keisha", "Marisol", "Tomas", "Yuki", "Imani", "Luis", "Priya", "Andre", "Shanice", "Kwame",
              "Rosa", "Malik", "Hiroshi", "Aaliyah", "Jamal", "Elena", "Desmond", "Tanisha", "Rafael"]
MORE_LAST = ["Alvarez", "Baptiste", "Coleman", "Delgado", "Estrada", "Fulton", "Garrison", "Hargrove", "Ibarra",
             "Jefferson", "Kowalski", "Lamont", "Mendoza", "Nakamura", "Okoro", "Prescott", "Quintero", "Rosario"]
FIRSTS = FIRST_EN + MORE_FIRST
LASTS = LAST_EN + MORE_LAST
CHAPTERS = {"Harlem": ["East Harlem", "Astor Row", "Sugar Hill", "Lenox"],
            "West Harlem": ["Frederick Douglass", "Hamilton", "Convent"],
            "Morningside": ["Riverside", "Cathedral", "Manhattanville"],
            "Washington Heights": ["Audubon", "Fort Tryon", "Inwood"],
            "Fort George": ["Cloisters", "Haven Heights"]}
DIVISIONS = [("Women's Division", 39), ("Young Women's Division", 20), ("Men's Division", 19),
             ("Young Men's Division", 17), ("ESD", 3), ("Future Division", 2)]
STREETS = ["W 117th St", "W 149th St", "Seaman Ave", "Arden St", "Payson Ave", "Park Ter E", "W 176th St",
           "Faile St", "Central Rd", "W 140th St", "Lenox Ave", "St Nicholas Ave", "Edgecombe Ave", "Broadway"]
CITIES = [("New York", "New York", "100", 75), ("Bronx", "New York", "104", 9), ("Brooklyn", "New York", "112", 5),
          ("Jamaica", "New York", "114", 1), ("Astoria", "New York", "111", 2), ("Fort Lee", "New Jersey", "070", 3),
          ("Jersey City", "New Jersey", "073", 2), ("Philadelphia", "Pennsylvania", "191", 1),
          ("Yonkers", "New York", "107", 2)]
AREAS = ["212", "212", "646", "718", "917", "347"]


def phone():
    return f._unique(lambda: f"({f.pick(AREAS)})555-01{f.r.randrange(100):02d}")


def household():
    city, state, zip3, _w = f.r.choices(CITIES, weights=[c[3] for c in CITIES])[0]
    street = f"{f.r.randrange(1, 3500)} {f.pick(STREETS)}"
    if f.chance(0.8):
        street += f"\nApt {f.r.randrange(1, 40)}{f.pick('ABCDEFGHJKL')}"
    elif f.chance(0.5):
        street += "\n"
    return {"address": street if f.chance(0.98) else None, "city": city, "state": state,
            "zip": f"{zip3}{f.r.randrange(10, 99)}-{f.r.randrange(1000, 9999)}" if f.chance(0.9) else
            f"{zip3}{f.r.randrange(10, 99)}", "phone": phone() if f.chance(0.9) else "-",
            "last": f.pick(LASTS)}


members = []
while len(members) < 200:
    home = household()
    size = f.r.choices([1, 2, 3], weights=[85, 12, 3])[0]
    chapter = f.pick(list(CHAPTERS))
    district = f.pick(CHAPTERS[chapter])
    for k in range(size):
        first = f._unique(lambda: (f.pick(FIRSTS), home["last"]))[0]
        received = f.date(datetime.date(1984, 1, 1), datetime.date(2016, 1, 30)) if f.chance(0.67) else None
        division = f.r.choices([d for d, _ in DIVISIONS], weights=[w for _, w in DIVISIONS])[0]
        uid = f._unique(lambda: (home["last"][:3] + first[:2]).lower() + str(f.r.randrange(1000, 9999)))
        mail = f.email(f"{first.lower()}{home['last'][:4].lower()}{f.r.randrange(1, 99)}") if f.chance(0.67) else None
        p1 = home["phone"]
        if p1 != "-" and f.chance(0.02):
            p1 = p1.replace("(", "").replace(")", "-")
        p2 = phone() if f.chance(0.15) else None
        members.append([first, home["last"], received.strftime("%b %d, %Y") if received else None, "New York",
                        "Harlem Heights", chapter, district, division, None, "East", uid, mail, p1, p2,
                        home["address"], home["city"], home["state"], home["zip"],
                        f.chance(0.43), f.chance(0.12), f.chance(0.07)])
members = members[:200]
members.sort(key=lambda m: (m[5], m[6], m[1], m[0]))

wb = workbook()
ws = wb.active
ws.title = "members.csv"
ws.append(["firstname", "lastname", "date_received", "zone", "region", "chapter", "district", "division",
           "last_contact", "territory", "member_uid", "email", "phone_primary", "phone_secondary", "address",
           "state", "zipcode", "subscription", "auto_renewal", "sustaining_contributor", "activities"])
for i, m in enumerate(members):
    for j, v in enumerate(m):
        if v is None:
            continue
        c = ws.cell(2 + i, j + 1)
        if isinstance(v, bool):
            c.value = "=TRUE()" if v else "=FALSE()"
            c.data_type = "s"          # text, as the CSV import left it; never a formula
        else:
            c.value = v
save(wb, "members-en-us-chapters.xls", libreoffice="xls")

if __name__ == "__main__":
    import os
    if os.environ.get("SHOW"):
        for i, m in enumerate(members):
            print(2 + i, m)
