"""
Shape of MrsJanish/PatriotSigns "Contact (res.partner).csv": a sign maker's Odoo contacts list
exported to CSV (UTF-8, every field quoted, LF). Columns: Avatar 128 (the avatar as base64 of an
SVG with the person's initial, ~600 characters) / Complete Name (Odoo's display name: "Company,
Person" for a person working at a company, the bare name for a private person) / Email / Phone
(with Odoo's leading apostrophe, "'+1 405-…") / Is General Contractor and Is Sign Supplier (empty)
/ Activities (empty) / Country / Stats (a JSON list of smart-button tags, or empty) / Company and
Company Name (empty). The export holds the people, not the company records themselves. Values
invented.
"""
import base64
import csv
import io
import os

from fake import FILES, Fake

f = Fake("contacts-en-us-odoo")

COMPANIES = ["Omega Signs Co.", "Redbud Construction LLC", "Prairie Wind Builders", "Canadian River Glass Inc.",
             "Thunderbird Millwork", "Red Earth General Contractors", "Bricktown Design Group", "Cimarron Fabrication"]
STATS = '[{"iconClass": "fa-calendar", "value": 1, "label": "Meetings", "tagClass": "o_tag_color_3"}]'


def avatar(name):
    hue = f.r.randrange(360)
    svg = ("<?xml version='1.0' encoding='UTF-8' ?><svg height='180' width='180' xmlns='http://www.w3.org/2000/svg' "
           f"xmlns:xlink='http://www.w3.org/1999/xlink'><rect fill='hsl({hue}, 55%, 45%)' height='180' width='180'/>"
           "<text fill='#ffffff' font-size='96' text-anchor='middle' x='90' y='125' font-family='sans-serif'>"
           f"{name[0].upper()}</text></svg>")
    return base64.b64encode(svg.encode()).decode()


def phone():
    return f._unique(lambda: "'+1 405-555-01" + f"{f.r.randrange(100):02d}")


rows = []
people = []
for company in COMPANIES:
    domain = "".join(ch for ch in company.lower() if ch.isalpha())[:12]
    for _ in range(f.r.choice([2, 3, 3, 4, 6])):
        person = f.name_en()
        first, last = person.lower().split()
        people.append((f"{company}, {person}", f"{first}.{last[0]}@{domain}.test"))
for _ in range(9):
    person = f.name_en()
    people.append((person, f.email(person.split()[0].lower() + person.split()[1][0].lower())))
people.sort(key=lambda p: p[0].split(", ")[-1])

for complete, email in people:
    rows.append([avatar(complete.split(", ")[-1]), complete, email if f.chance(0.95) else "", phone(),
                 "", "", "", "United States", STATS if f.chance(0.4) else "", "", ""])

out = io.StringIO()
w = csv.writer(out, quoting=csv.QUOTE_ALL, lineterminator="\n")
w.writerow(["Avatar 128", "Complete Name", "Email", "Phone", "Is General Contractor", "Is Sign Supplier",
            "Activities", "Country", "Stats", "Company", "Company Name"])
w.writerows(rows)
with open(os.path.join(FILES, "contacts-en-us-odoo.csv"), "w", encoding="utf-8", newline="") as fh:
    fh.write(out.getvalue())

companies = {p[0].split(", ")[0] for p in people if ", " in p[0]}
print("rows", len(rows), "companies", len(companies), "contacts", sum(1 for p in people if ", " in p[0]),
      "private", sum(1 for p in people if ", " not in p[0]))
