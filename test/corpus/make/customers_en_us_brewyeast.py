"""
Shape of leeryleprechaun/Propagate_Sales "customer_list.csv": a brewing-yeast lab's sales by
customer as its accounting program exports them (a "Sales by Customer Summary" cut down to two
columns), the input of a small customer-ageing notebook. UTF-8 with BOM, CRLF line ends.

- Header: customer_name,total.
- 593 rows sorted case-insensitively by name: breweries, cideries, sake makers, homebrew shops
  (about half) and homebrewers known only by their name (the other half, a few in lower or
  upper case). about 80 names carry the accounting program's " (deleted)" suffix, some beside a live
  record of the same brewery under a longer name ("Dragoon Brewing (deleted)" and "Dragoon
  Brewing Co"), some with a state or town in brackets ("(MN)", "(Boulder)").
- total: the sales amount as text the way the report prints it: two decimals, thousands
  separators (then quoted), two trailing spaces; 0.00 on a few rows, one negative.
- Rows that are no customers: the lab's own team ("… Team", 0.00), a test record ("Referral
  Test"), a government loan booked as a customer ("Federal PPP (deleted)") and the report's
  "Not Specified" line at the very end; five anonymised "… Representative" names stand for
  real customers.
Values invented.
"""
import os

from fake import FILES, Fake, FIRST_EN, LAST_EN

f = Fake("customers-en-us-brewyeast")

WORDS = ["Alpine", "Anvil", "Aspen", "Badger", "Barrel", "Basalt", "Bear Creek", "Big Horn", "Bitterroot", "Black Canyon",
         "Blue Heron", "Boxcar", "Bristlecone", "Broken Compass", "Buffalo", "Burnt Mill", "Canyon", "Cedar", "Cinder",
         "Cottonwood", "Coyote", "Crooked Pine", "Dry Gulch", "Eagle Rock", "Elk Horn", "Ember", "Falcon", "Fern Hill",
         "Flatiron", "Foothills", "Fox Hollow", "Gold Camp", "Granite", "Gray Wolf", "Gunnison", "Hay Bale", "High Plains",
         "Hollow Oak", "Iron Horse", "Juniper", "Kestrel", "Lantern", "Larkspur", "Lodgepole", "Longhorn", "Lost Lake",
         "Magpie", "Maple Leaf", "Mesa", "Mill Race", "Moose Jaw", "Mountain Ash", "Mule Deer", "Nine Mile", "North Fork",
         "Old Depot", "Owl Creek", "Pack Mule", "Paintbrush", "Pine Beetle", "Prairie Dog", "Quarry", "Rabbit Ear",
         "Rail Yard", "Red Rocks", "Ridgeline", "River Bend", "Rockslide", "Saddle Horn", "Sagebrush", "Sawtooth",
         "Silver Plume", "Skyline", "Snowmelt", "Spruce", "Steam Engine", "Stonewall", "Sun Dog", "Switchback", "Tall Pine",
         "Thistle", "Timberline", "Trail Head", "Twin Peaks", "Two Creeks", "Ute Pass", "Vista", "Wagon Wheel", "Wapiti",
         "Whistle Stop", "Wild Plum", "Willow Creek", "Windmill", "Yampa", "Yellow Dog", "Zephyr"]
TAILS = ["Brewing", "Brewing Co", "Brewing Company", "Brewery", "Beer Co", "Beer Company", "Ales", "Aleworks",
         "Beerworks", "Brewhouse", "Brew Pub", "Fermentation", "Cider", "Ciders", "Sake Co", "Homebrew Supply",
         "Brew Shop", "Beer Project", "Craft Ales", "Farm Brewery", "Brewing Co."]
PLACES = ["(MN)", "(NE)", "(OR)", "(NY)", "(Boulder)", "(Centennial)", "(Cidery)", "(Fort Collins)"]
PEOPLE_FIRST = FIRST_EN + ["Brian", "Chris", "Dan", "Eric", "Jason", "Jeff", "Kevin", "Kyle", "Mike", "Ryan", "Scott",
                           "Tyler", "Andrew", "Matt", "Nick", "Sam", "Tom", "Greg", "Mark", "Steve"]
PEOPLE_LAST = LAST_EN + ["Abernathy", "Bramwell", "Castellan", "Dorrance", "Eckhart", "Fenwick", "Gallagher", "Hartwell",
                         "Iverson", "Jantzen", "Kowalczyk", "Lundgren", "Mattingly", "Novak", "Osterman", "Prewitt",
                         "Quillen", "Rasmussen", "Stahl", "Tolliver", "Underhill", "Vandermeer", "Whitcomb", "Yablonski"]


def amount():
    v = round(f.r.lognormvariate(7.2, 1.3), 2)
    v = min(v, 190000.0)
    if f.chance(0.25):
        v = float(round(v / 5) * 5)
    return v


def money(v):
    text = f"{v:,.2f}  "
    return f'"{text}"' if "," in text else text


businesses, people = set(), set()
while len(businesses) < 300:
    businesses.add(f"{f.pick(WORDS)} {f.pick(TAILS)}")
while len(people) < 276:
    first, last = f.pick(PEOPLE_FIRST), f.pick(PEOPLE_LAST)
    name = f"{first} {last}"
    if f.chance(0.02):
        name = name.lower()
    elif f.chance(0.01):
        name = name.upper()
    people.add(name)
businesses = sorted(businesses)
rows = []
for b in businesses:
    rows.append([b, amount()])
for p in people:
    rows.append([p, amount()])
# " (deleted)" records: some alone, some beside a live record under a longer name.
deleted = 0
for i in f.r.sample(range(len(businesses)), 70):
    rows[i][0] += " (deleted)"
    deleted += 1
for b in f.r.sample(businesses, 12):
    short = b.rsplit(" ", 1)[0] if b.split(" ")[-1] in ("Co", "Company", "Co.") else b
    if short != b and not any(r[0].startswith(short + " (deleted)") for r in rows):
        rows.append([short + " (deleted)", amount()])
        deleted += 1
for p in f.r.sample(range(300, len(rows) - 12), 2):
    rows[p][0] += " (deleted)"
    deleted += 1
for place in PLACES[:5]:
    rows.append([f"{f.pick(WORDS)} {f.pick(TAILS)} {place}" + (" (deleted)" if place != "(NE)" else ""), amount()])
    deleted += 1 if place != "(NE)" else 0
for rep in ["Account Representative", "Andrew Representative", "Austin Representative", "Brian Representative",
            "Lady Justice Team Representative"]:
    rows.append([rep, amount()])
rows.append(["Yeastwise Team", 0.0])
rows.append(["Referral Test", 0.0])
rows.append(["Federal PPP (deleted)", 18331.0])
deleted += 1
for r in f.r.sample(rows[:-3], 8):
    r[1] = 0.0
rows[f.r.randrange(300, 500)][1] = -110.04
rows.sort(key=lambda r: r[0].lower())
rows.append(["Not Specified", 830.77])
while len(rows) > 593:
    # keep the special rows; drop ordinary people from the end of the alphabet
    for k in range(len(rows) - 2, 0, -1):
        name = rows[k][0]
        if " " in name and name.split(" ")[-1] in PEOPLE_LAST and "(deleted)" not in name:
            del rows[k]
            break
assert len(rows) == 593, len(rows)

with open(os.path.join(FILES, "customers-en-us-brewyeast.csv"), "w", encoding="utf-8-sig", newline="") as fh:
    fh.write("customer_name,total\r\n")
    for name, v in rows:
        q = f'"{name}"' if "," in name else name
        fh.write(f"{q},{money(v)}\r\n")
