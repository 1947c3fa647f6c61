"""
Shape of ibibalami/worker-app "staff_list.xlsx" (at commit 2b1fb089ba7f83cc26e2bf90f31a7229bb9f3b86):
a UK home-care agency's list of its care workers, loaded into a Django tool that finds the workers
nearest to a care location. Saved by Excel: one sheet "Sheet1", plain header Name / Title / Telephone /
Latitude / Longitude (not bold, widened columns), 151 workers roughly in alphabetical order, names in
capitals with middle names ('ADEBOWALE SAMUEL OWONIYI'), the job title (Health Care Assistant on 139
rows, Registered Mental Nurse on 12), the mobile as a number that has lost its leading 0 (two cells hold
two numbers as text, one with a trailing no-break space), latitude and longitude as numbers across
England and Wales (two longitudes as text with a leading no-break space). The agency's own staff, not
its clients: a person imports nothing. Values invented (mobiles from the 07700 900xxx drama range).
"""
from fake import Fake, save, workbook

f = Fake(3210)
FIRST = ["ABAYOMI", "ABIODUN", "ADEBOWALE", "ADEDAYO", "ADAEZE", "BLESSING", "CHIDINMA", "CHINEDU", "DAMILOLA",
         "EBUNOLUWA", "EMEKA", "FUNMILAYO", "GRACE", "IFEOMA", "KEHINDE", "MARY", "MOJISOLA", "NGOZI", "OLUWASEUN",
         "OLUWATOYIN", "PRECIOUS", "SAMUEL", "TAIWO", "TEMITOPE", "TOLULOPE", "UCHE", "VICTORIA", "WUMI",
         "YEMISI", "ZAINAB", "JOSEPH", "ESTHER", "DAVID", "RUTH", "PETER", "JOY"]
MIDDLE = ["ELIZABETH", "SAMUEL", "GANIAT", "OLADIPUPO", "MODUPEOLA", "IFEANYI", "REBECCA", "KEHINDE", "ADUNNI",
          "CHIOMA", "OLUWAFEMI", "NNEKA", "ABOSEDE", "TITILAYO"]
LAST = ["ADEJOLA", "AKINBOWALE", "ALABI", "BALOGUN", "CHUKWU", "EZE", "FALODUN", "IBRAHIM", "MAKINDE", "NWOSU",
        "OBI", "OKAFOR", "OLADELE", "ONYEKA", "OWOLABI", "SHOKOYA", "TIJANI", "UDEH", "YUSUF", "ADEYEMI", "BAKARE",
        "OKONKWO", "EKWUEME", "AJAYI", "OGUNDIPE"]
PLACES = [(53.52, -2.11), (51.41, -0.29), (51.47, -2.50), (52.54, -2.07), (51.57, -2.97), (50.36, -4.14),
          (52.48, -1.89), (53.48, -2.24), (51.75, -1.25), (51.48, -3.17), (52.63, 1.29), (53.80, -1.55)]

names = set()
while len(names) < 151:
    parts = [f.pick(FIRST)] + ([f.pick(MIDDLE)] if f.chance(0.55) else []) + [f.pick(LAST)]
    names.add(" ".join(parts))
names = sorted(names)
# roughly alphabetical: a few rows added later out of order
for _ in range(6):
    i, j = f.r.randrange(151), f.r.randrange(151)
    names[i], names[j] = names[j], names[i]

wb = workbook()
ws = wb.active
ws.title = "Sheet1"
ws.append(["Name", "Title", "Telephone", "Latitude", "Longitude"])
used = set()


def mob():
    while True:
        n = 7700900000 + f.r.randrange(1000)
        if n not in used:
            used.add(n)
            return n


nurses = set(f.r.sample(range(151), 12))
two_numbers = set(f.r.sample(range(151), 2))
text_long = set(f.r.sample(range(151), 2))
for i, name in enumerate(names):
    tel = mob()
    if i in two_numbers:
        tel = f"{tel}, {mob()}" + ("\xa0" if len(two_numbers & set(range(i))) else "")
    lat0, lon0 = f.pick(PLACES)
    lat, lon = round(lat0 + f.r.uniform(-0.2, 0.2), 6), round(lon0 + f.r.uniform(-0.3, 0.3), 6)
    if i in text_long:
        lon = f"\xa0{lon}"
    ws.append([name, "Registered Mental Nurse" if i in nurses else "Health Care Assistant", tel, lat, lon])
for col, w in zip("ABCDE", [34.45, 30.36, 18.09, 13.27, 13]):
    ws.column_dimensions[col].width = w
save(wb, "staff-en-gb-careworkers.xlsx")
