"""
Shape of Mikejz1978/sillydog-app "customers_export.csv" (at commit 170ebfd): the customer list of a
small Nevada dog-waste yard-cleaning service, downloaded from its own scheduling app as a plain
UTF-8 CSV (LF, no BOM, quotes only around the address). Header name / address / phone / email /
number_of_dogs / gate_code / yard_notes / sms_opt_in / autopay_enabled / status; one row per
customer, sorted by name. Names as the owner typed them: couples with a slash ('…/ Jeff …',
'Dale/… …'), initials ('E.B.'), 'jr' in lower case, one in capitals; every address in one
town ('street, town, ST zip', street types in mixed case); phones in E.164 (+1 and ten digits; here with area codes
outside 3xx-9xx so they never read as mainland mobiles); e-mails with capitals, three missing; a gate code with a leading zero on one row; billing and
visit notes in yard_notes on a few; sms_opt_in true, autopay_enabled false and status active on
every row.
Values invented: phones use the 555-01xx block, e-mail domains example.com/.org/.net.
"""
import os

from fake import FILES, Fake

f = Fake("customers-en-us-yardservice")

FIRST = ["Alissa", "Brenda", "Carla", "Dana", "Elaine", "Frank", "Gina", "Hector", "Irene", "Janet", "Karen", "Leon",
         "Marla", "Nadine", "Opal", "Patsy", "Rhonda", "Sandy", "Tina", "Vera", "Wade", "Yolanda", "Cody", "Dwayne",
         "Erica", "Gloria", "Holly", "Jolene", "Kurt", "Lacey", "Misty", "Norma", "Randy", "Shawna", "Terry", "Vicki"]
LAST = ["Abernathy", "Bristow", "Cordova", "Delacroix", "Eckert", "Farnsworth", "Gallardo", "Hendricks", "Isley",
        "Jernigan", "Kowalski", "Lunsford", "Mendenhall", "Nakamura", "Ostrander", "Pettigrew", "Quintero",
        "Rasmussen", "Sandoval", "Trujillo", "Ulrich", "Villalobos", "Westbrook", "Yountz", "Zamora", "Birdsong",
        "Coldiron", "Dewberry", "Fairweather", "Greenleaf"]
STREETS = ["Kite St", "Black Rock Ave", "Fieldstone Dr", "Chaffe Ave", "N Barney St", "N Linda St", "Labrador st",
           "Stoneham Street", "Shadow Mountain Street", "Curtis Ct", "W Carnation Way", "Underbrush Ave",
           "E Kenosha Wy", "E Hickory St", "Intrepid St", "E Elderberry St", "W Dyer Rd", "W Windsong Ln",
           "Ranch Acres Rd", "E Kellog", "Verde Ave", "Zephyr Ave", "E Bluebird Ave", "Hacienda St",
           "E Cheyenne Way", "Santovito St", "S Dandelion St", "Lucardo Dr", "Wheatland Dr", "Whirlwind Ave",
           "S Bannavitch St", "Ashley Ave", "Venza St", "W Simkins Rd", "Joanita St", "Applewood Ct", "Genoa Ave",
           "Humbolt Pl", "E Vineyard Dr", "E Falcon St", "Longmeadow Dr", "Stella St", "Sherry Ave", "Turtle St",
           "E Garfield Dr", "Upland Ave", "Desert Ln", "Bonnie Clair Ct", "Gypsy Ln", "Suntree Ct", "Glencove Ave",
           "Janet Ln", "W Painted Trails Rd"]
ZIPS = ["89048", "89060", "89061"]
AREAS = ["209", "213", "253", "206", "248", "218", "231", "269"]   # kept from where the customers moved from
DOMAINS = ["example.com", "example.org", "example.net"]

people = set()
rows = []
while len(rows) < 59:
    first, last = f.pick(FIRST), f.pick(LAST)
    if (first, last) in people:
        continue
    people.add((first, last))
    rows.append([first, last])
rows.sort()

out = []
for i, (first, last) in enumerate(rows):
    name = f"{first} {last}"
    local = f.pick([f"{first.lower()}.{last.lower()}", f"{first[0].lower()}{last.lower()}{f.r.randrange(10, 99)}",
                    f"{last.lower()}{f.r.randrange(1960, 2005)}", f"{first}{last}"])
    if i == 6:
        name = f"{first[0]}.{f.pick('ABCDLM')}. {last}"
    elif i == 8:
        name = f"{first} {last} jr"
    elif i == 14:
        name = f"{first}/ {f.pick(['Jeff', 'Ron', 'Gary'])} {last}"
    elif i == 40:
        name = name.upper()
        local = local.upper()
    elif i == 53:
        name = f"{f.pick(['Tom', 'Bill', 'Dale'])}/{first} {last}"
    address = f"{f.r.randrange(100, 9999)} {f.pick(STREETS)}, Pahrump, NV {f.pick(ZIPS)}"
    phone = f._unique(lambda: f"+1{f.pick(AREAS)}55501{f.r.randrange(100):02d}")
    email = "" if i in (17, 47, 52) else f"{local}@{f.pick(DOMAINS)}"
    dogs, gate, notes = "1", "", ""
    if i == 17:
        dogs = "2"
    elif i == 23:
        dogs, notes = "4", "4 dogs 1x a week"
    if i == 10:
        gate, notes = f"0{f.r.randrange(100, 999)}", "Ring door bell at gate Before entering"
    elif i == 14:
        notes = "DO Not Charge till 14th"
    elif i == 41:
        notes = "Bill on the 2nd"
    out.append([name, f'"{address}"', phone, email, dogs, gate, notes, "true", "false", "active"])

with open(os.path.join(FILES, "customers-en-us-yardservice.csv"), "w", encoding="utf-8", newline="") as fh:
    fh.write("name,address,phone,email,number_of_dogs,gate_code,yard_notes,sms_opt_in,autopay_enabled,status\n")
    fh.write("".join(",".join(r) + "\n" for r in out))
