"""
Shape of SellwoodPro/Home "building-supply-merchants.csv" (commit 963d6add2f684116436118196c01409ce7979bc2;
first uploaded as Contacts.csv): a New Zealand ladder maker's list of the building-supply merchants
that stock or could stock its products, for its web site's store finder, saved from Excel (UTF-8
without BOM, CRLF).

Header Name / Street / Suburb / City / Phone / Notes. 379 branches, most of a handful of national
chains ("<Chain> <Town>", "… Trade", a double space or trailing blank now and then, a "Support
Office"), a few independents ("… Ltd", a misspelt "Bulding"); Street like "18 Hynds Dr", "Cnr X &
Y St", "133a King St"; Suburb blank on about 60 % of rows (once holding a postcode "Tuakau 2121");
City sometimes in capitals; Phone as digits with the 0 (landlines 9 digits, mobiles and 0800
numbers 10, once "03236-8262", once the leading 0 lost); Notes "1 of 1" on every row. 244 rows
here; chain names, branches, streets and numbers invented (towns are real places).
A person imports every branch as an enterprise client (a stockist): name, address from street,
suburb and city, phone.
"""
import csv
import io
import os

from fake import FILES, Fake

f = Fake("dealers-en-nz-buildingmerchants")
CHAINS = [("Totara 10", 66), ("TradeMakers", 52), ("KiwiBuild Depot", 75), ("Rimu Hardware", 40), ("Carmody's", 40)]
TOWNS = [("Auckland", "09", ["East Tamaki", "Rosedale", "Penrose", "Avondale", "Glenfield", "Mairangi Bay", "Pakuranga",
                             "Kumeu", "Henderson", "Onehunga"]),
         ("Christchurch", "03", ["Rolleston", "Harewood", "Leeston", "Hornby", "Sydenham"]),
         ("Hamilton", "07", ["Te Rapa", "Frankton"]), ("Wellington", "04", ["Petone", "Porirua", "Kilbirnie"]),
         ("Dunedin", "03", ["Mosgiel"]), ("Tauranga", "07", ["Mount Maunganui", "Papamoa"]),
         ("Timaru", "03", []), ("Blenheim", "03", []), ("Gisborne", "06", []), ("Feilding", "06", []),
         ("Whangarei", "09", ["Kamo"]), ("Nelson", "03", ["Richmond", "Stoke"]), ("Napier", "06", ["Taradale"]),
         ("Invercargill", "03", []), ("Rotorua", "07", []), ("Taupo", "07", []), ("Wairoa", "06", []),
         ("Te Puke", "07", []), ("Winton", "03", []), ("Inglewood", "06", []), ("Palmerston North", "06", ["Hokowhitu"])]
STREETS = ["Hynds Dr", "Trugood Dr", "Access Rd", "Station St", "King St", "Rosebank Rd", "Westwood Ave", "Ti Rakau Dr",
           "Russley Rd", "Home Pl", "Cryers Rd", "Eyre St", "Wairau Rd", "Great South Rd", "Jellicoe St", "Florence Rd",
           "James St", "Carr St", "Tarndale Gr", "Mahia Ave", "Arthur Porter Dr", "Hannon Rd", "Carnarvon St"]


def phone(area):
    kind = f.r.random()
    if kind < 0.03:
        return "0800" + str(f.r.randint(100000, 999999))
    if kind < 0.05:
        return "027" + str(f.r.randint(5000000, 5999999))
    return area + "55" + f"{f.r.randint(0, 99999):05d}"


def street():
    if f.chance(0.04):
        a, b = f.r.sample(STREETS, 2)
        return f"Cnr {a.rsplit(' ', 1)[0]} & {b}"
    number = str(f.r.randint(1, 1500))
    if f.chance(0.05):
        number += f.pick(["a", "A"])
    if f.chance(0.04):
        number = f"{number}-{int(number.rstrip('aA')) + f.r.randint(2, 6)}"
    return f"{number} {f.pick(STREETS)}"


rows = [["Name", "Street", "Suburb", "City", "Phone", "Notes"]]
for chain, count in CHAINS:
    places = []
    for _ in range(count):
        city, area, suburbs = f.pick(TOWNS)
        suburb = f.pick(suburbs) if suburbs and f.chance(0.55) else ""
        where = suburb or city
        name = f"{chain} {where}"
        if name in places:
            name += f.pick([" Trade", " North", " South"])
        if name in places:
            continue
        places.append(name)
        rows.append([name, street(), suburb, city, phone(area), "1 of 1"])
rows.insert(7, [f"{CHAINS[0][0]}  Support Office", "38 Tarndale Gr", "Rosedale", "Auckland", "0800480550", "1 of 1"])
rows.insert(40, [f"{CHAINS[0][0]} Te Puke ", "576 Jellicoe St", "", "Te Puke", "027" + "5061550", "1 of 1"])
INDEPENDENT = [("Eastland Building & Farm Supplies", "19-21 Mahia Ave", "", "Wairoa", "0275550163"),
               ("Penrose Panel & Roofing Ltd", "956A Great South Rd", "Penrose", "Auckland", "0800777550"),
               ("Pokeno Bulding Supplies", "23 Carr St", "Tuakau 2121", "Auckland", "95553658"),
               ("Woodyard Limited", "571 Great South Rd", "Penrose", "Auckland", "095525629"),
               ("Coastal Timber & Hardware", "12 Station St", "", "Inglewood", "067555031"),
               ("Devonshire Builders Supplies", "4 Access Rd", "Kumeu", "Auckland", "094552233")]
for r in INDEPENDENT:
    rows.append(list(r) + ["1 of 1"])
rows[120][3] = rows[120][3].upper()
rows[121][4] = "03236-5526"
rows = rows[:301]

buf = io.StringIO()
csv.writer(buf, lineterminator="\r\n").writerows(rows)
with open(os.path.join(FILES, "dealers-en-nz-buildingmerchants.csv"), "w", encoding="utf-8", newline="") as fh:
    fh.write(buf.getvalue())
print(len(rows) - 1)
for i in (1, 2, 3, 120, 121, 200, len(rows) - 3, len(rows) - 1):
    print(i, rows[i])
