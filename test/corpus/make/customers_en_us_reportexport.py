"""
Shape of agentphoenix/bjga-scheduler "CustomerList.xlsx" (at commit 4602009): a golf academy's
customer list in upstate New York, exported to Excel from a report of its booking system and
saved again in Excel: the header row holds the report's text-box names, not words for people —
txtCustomerName / txtAddress / textBox1 (the phone) / txtEmailAddress. One sheet "CustomerList",
no styling, column C left-aligned, widths as the export set them, the view scrolled to the
middle. One row per customer, sorted by name without regard to case: names typed in lower case
or with a capital missing, double spaces, a trailing space, "Jr.", two businesses. The address
(a quarter of the rows) reads "212 Webster Rd , Spencerport NY 14559" with a space before the
comma. Phones in every spelling: "(585) 5550123" with a no-break space, ten digits stored as a
number, 585-555-0123, 585.555.0123, "585 555 0123". One customer twice (e-mail in another case);
a father and son share an e-mail address. Values invented.
"""
import os

from openpyxl.styles import Alignment

from fake import Fake, save, workbook

f = Fake("customers-en-us-reportexport")
r = f.r
f._used.add(("585", "0177"))  # the customer entered twice keeps this number

FIRST = ["Aaron", "Adam", "Albert", "Alana", "Andrew", "Andy", "Anthony", "Bob", "Brian", "Carol", "Chris",
         "Christopher", "Dan", "Derek", "Donald", "Donna", "Fred", "Gary", "Greg", "Jason", "Jay", "Jim", "Jon",
         "Kathleen", "Kevin", "Kim", "Larry", "Marguerite", "Michael", "Natalie", "Nicole", "Pat", "Ryan", "Scott",
         "Steve", "Thomas", "Tom", "Zach", "Zachary", "Mark", "Paul", "Rick", "Sue", "Linda", "Joe", "Matt"]
LAST = ["Ashdown", "Brightwell", "Carrow", "Dunmore", "Ellery", "Fairbank", "Greyson", "Holloway", "Ivers",
        "Jessop", "Kettering", "Lindqvist", "Marlow", "Northcott", "Oakes", "Pembury", "Quimby", "Rasmussen",
        "Stellwagen", "Tartaglini", "Underhill", "Vanderpool", "Whitcombe", "Yarrow", "DiMarco", "Van Gelder",
        "Lagowski", "Mellenbeck", "Schoberg", "Niemela"]
TOWNS = [("Rochester", "14619"), ("Rochester", "14621"), ("Spencerport", "14559"), ("Scottsville", "14546"),
         ("Pittsford", "14534"), ("Penfield", "14526"), ("Webster", "14580"), ("Fairport", "14450"),
         ("Wolcott", "14590"), ("Henrietta", "14467")]
STREETS = ["Webster Rd", "Chili Ave.", "Trafalgar St.", "Brambury dr.", "Dutch Street Rd.", "Park Ave",
           "East Ave", "Elmwood Ave", "Monroe Ave", "Culver Rd"]


def phone():
    area, tail = f._unique(lambda: (f.pick(["585", "585", "585", "315", "716"]), f"01{r.randrange(100):02d}"))
    style = r.choices(["nbsp", "number", "dash", "dot", "space", "paren"], [28, 27, 25, 14, 3, 3])[0]
    return {"nbsp": f"({area})\u00a0555{tail}", "number": int(f"{area}555{tail}"), "dash": f"{area}-555-{tail}",
            "dot": f"{area}.555.{tail}", "space": f"{area} 555 {tail}", "paren": f"({area}) 555-{tail}"}[style]


def spelled(first, last):
    roll = r.random()
    if roll < 0.10:
        return f"{first.lower()} {last.lower()}"
    if roll < 0.14:
        return f"{first.lower()} {last}"
    if roll < 0.20:
        return f"{first}  {last} "
    if roll < 0.23:
        return f"{first} {last} "
    return f"{first} {last}"


people = []
while len(people) < 150:
    first, last = f.pick(FIRST), f.pick(LAST)
    if any(p[1] == first and p[2] == last for p in people):
        continue
    name = spelled(first, last)
    address = None
    if f.chance(0.25):
        town, zipc = f.pick(TOWNS)
        street = f"{r.randrange(2, 9000)}{'b' if f.chance(0.03) else ''} {f.pick(STREETS)}"
        address = f"{street} {' ' if f.chance(0.05) else ''}, {town} {' ' if f.chance(0.04) else ''}NY {zipc}"
    tel = phone() if f.chance(0.69) else None
    mail = None
    if f.chance(0.99):
        local = f.pick([f"{first[0]}{last}", f"{first}.{last}", f"{last.lower()}{r.randrange(1, 999)}",
                        f"{first.lower()}{last.lower()}"]).replace(" ", "")
        mail = f.email(local) + (" " if f.chance(0.02) else "")
    people.append([name, first, last, address, tel, mail])
people.append(["Jerry Tartaglini Jr. ", "Jerry", "Tartaglini Jr.", None, phone(), f.email("tjerry")])
people.append(["Power Train Performance Coaching", "", "", None, phone(), f.email("adam.powertrain")])
people.append(["Rankin Marketing and Design", "", "", None, phone(), f.email("keithwrankin")])
people.append(["Rayno Niemela", "Rayno", "Niemela", None, "585-555-0177", "raynoniemela@example.com"])
people.append(["Rayno Niemela", "Rayno", "Niemela", None, "585-555-0177", "Raynoniemela@example.com"])
people.append(["Christopher  Lagowski ", "Christopher", "Lagowski", None, None, "Rick.Lagowski@example.edu.test "])
people.append(["Ricky  Lagowski ", "Ricky", "Lagowski", None, None, "Rick.Lagowski@example.edu.test "])
people.sort(key=lambda p: " ".join(p[0].lower().split()))

wb = workbook()
wb.properties.creator = "Vanscott, David B"
wb.properties.lastModifiedBy = "Information Technology"
ws = wb.active
ws.title = "CustomerList"
ws.append(["txtCustomerName", "txtAddress", "textBox1", "txtEmailAddress"])
for name, _first, _last, address, tel, mail in people:
    ws.append([name, address, tel, mail])
for row in ws.iter_rows(min_col=3, max_col=3):
    row[0].alignment = Alignment(horizontal="left")
for col, width in zip("ABCDE", [32.43, 62.43, 13.71, 40.0, 8.86]):
    ws.column_dimensions[col].width = width
ws.sheet_view.topLeftCell = "A100"
save(wb, "customers-en-us-reportexport.xlsx")

if __name__ == "__main__":
    if os.environ.get("SHOW"):
        for row in ws.iter_rows(values_only=True):
            print(row)
