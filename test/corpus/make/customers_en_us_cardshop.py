"""
Shape of pvince33/MTGanalysis "Customer List.csv" (commit efe3cb66f152b364fefcdba55f99bfdf220e4e2f):
the customer list of a US class project's data warehouse for a Magic: The Gathering card shop
(generated test customers, saved through Excel). UTF-8 without BOM, CRLF, header row:
id / first_name / last_name / email / gender / Credit Card Number / State / City / Address / Postal Code.

500 customers numbered 1…: unusual given names, one e-mail each at all kinds of domains, Female /
Male, a card number of 13–19 digits (the 18- and 19-digit ones rounded by Excel to end in 000),
US state in full, city, street address ("799 Cascade Park"), ZIP code with its leading zero lost
(Boston 2119). 250 rows here; every value invented.
A person imports every customer as a person client: first and last name, the e-mail, street, city,
state and ZIP joined as the address, the id as customer number; the card number stays out.
"""
import csv
import io
import os

from fake import FILES, Fake

f = Fake("customers-en-us-cardshop")
FIRST = ["Aviva", "Waylon", "Erhard", "Marlo", "Perren", "Nicolea", "Clemmie", "Suki", "Mariette", "Isobel", "Marybelle",
         "Faith", "Jackson", "Nelson", "Atlanta", "Doroteya", "Pru", "Manfred", "Gabriel", "Brooks", "Bettine", "Laure",
         "Brigitta", "Padgett", "Jonathon", "Frederigo", "Chris", "Leonardo", "Ursa", "Skye", "Kimmy", "Tonia", "Averill"]
LAST = ["Cardew", "Soote", "Fiddler", "Hullard", "Leftwich", "Valen", "Olmsted", "Parrish", "Russel", "Wernick", "Raoult",
        "Greenwood", "Riehl", "Hapgood", "Sumner", "Gounod", "Darby", "Ohlman", "Scotson", "Maresh", "Brosnahan", "Meader",
        "Lukins", "Keavy", "Armel", "Akers", "Cookson", "Doumer", "Lordan", "Sedgwick", "Bradbury", "Mulroney", "Goodall"]
PLACES = [("Washington", "Tacoma", "984"), ("Texas", "San Antonio", "782"), ("Texas", "El Paso", "799"), ("Texas", "Dallas", "752"),
          ("California", "San Diego", "921"), ("California", "Sacramento", "942"), ("Florida", "Miami", "331"),
          ("Florida", "Orlando", "328"), ("New York", "New York City", "101"), ("Pennsylvania", "Erie", "165"),
          ("Missouri", "Kansas City", "641"), ("Massachusetts", "Boston", "021"), ("Connecticut", "Hartford", "061"),
          ("New Jersey", "Jersey City", "073"), ("Colorado", "Denver", "802"), ("Illinois", "Chicago", "606"),
          ("Ohio", "Columbus", "432"), ("District of Columbia", "Washington", "205"), ("Georgia", "Atlanta", "303")]
STREETS = ["Cascade Park", "Kings Center", "Nevada Avenue", "Holmberg Avenue", "Westport Way", "Pine View Terrace",
           "Alpine Alley", "Ilene Lane", "North Avenue", "East Trail", "John Wall Place", "Waywood Plaza", "Eastwood Avenue"]
DOMAINS = ["example.com", "example.org", "example.net"]


def card():
    length = f.pick([16] * 12 + [15, 15, 14, 13, 17, 18, 19])
    digits = f.pick(["35", "4", "5", "30", "6", "37", "20"])
    digits += "".join(str(f.r.randint(0, 9)) for _ in range(length - len(digits)))
    if length >= 16:
        digits = digits[:15] + "0" * (length - 15)                  # Excel kept 15 significant digits
    return digits


out = [["id", "first_name", "last_name", "email", "gender", "Credit Card Number", "State", "City", "Address", "Postal Code"]]
for n in range(1, 251):
    first, last = f.pick(FIRST), f.pick(LAST)
    state, city, zip3 = f.pick(PLACES)
    street = f"{f.r.randint(0, 99999) if f.chance(0.6) else f.r.randint(1, 999)} {f.pick(STREETS)}"
    zipcode = str(int(zip3 + f"{f.r.randint(0, 99):02d}"))           # the leading zero is lost
    out.append([str(n), first, last, f"{first[0].lower()}{last.lower()}{n:x}@{f.pick(DOMAINS)}",
                f.pick(["Female", "Male"]), card(), state, city, street, zipcode])

buf = io.StringIO()
csv.writer(buf, lineterminator="\r\n").writerows(out)
with open(os.path.join(FILES, "customers-en-us-cardshop.csv"), "w", encoding="utf-8", newline="") as fh:
    fh.write(buf.getvalue())
for i in (1, 2, 3, 4, 5, 6):
    print(out[i])
print([r for r in out if r[6] == "Massachusetts"][:2])
