"""
Shape of mutall/majorm "data/clients.xlsx": a small Kenyan water company's (Ngong / Kiserian area)
client list, one row per water connection, exported from its billing database with the
database's column names as the header and kept in Excel (a "RePack" Office, last saved by a clerk).

- One sheet "Sheet1", header on row 1: wconnection.num / client.name / client.phone /
  client.id_no (table.column names); no title, no formats but a '0' number format on the phone
  column (header cell included); column B widened.
- 912 rows, wconnection.num 1 … 912 in name order (the numbers were given after sorting by name,
  case-insensitive, with three slips out of order).
- client.name: persons in three spellings of case (526 Title Case, 383 UPPER, 3 lower), two or
  three names mostly, 56 a single name ("Edwin", "KURIA", "lydiah"), a few with "Dr"; about 35
  churches, schools, hotels, flats, plots and houses ("ACK Church …", "PCEA … PARISH", "… FLATS",
  "… PLOT", "… HSE 1"); several connections of one owner numbered ("Ngaajia 1" … "Ngaajia 15",
  "WA ZIPPORAH 1" … 4); eleven names on two consecutive rows (namesakes or one owner's two
  connections: a different phone mostly, the same phone twice, once 0 and once empty). Row 2 is a
  placeholder "code 1" with nothing else; row 3 a phone typed as the name ("phoe. 7…", the number
  again in the phone column, an id number), sorted before the rest; "0LEPOLOS" typed with a zero.
- client.phone a number: 603 as 2547xxxxxxxx, 95 as 7xxxxxxxx (leading zero lost), 189 zeros
  for "no phone", 21 empty, seven slips (13, 11, 10 or 8 digits, a lone 7).
- client.id_no (national id) on 152 rows: 7–8 digits mostly, 43 zeros, a few 6 digits, two
  11-digit and one 10-digit application numbers, one phone number typed there.
Values invented (Kenyan numbers in an invented 254700… block).
"""
from fake import Fake, save, workbook

f = Fake("clients-en-ke-waterconnections")

FIRST = ["Agnes", "Alice", "Allan", "Andrew", "Anthony", "Beatrice", "Benson", "Catherine", "Charity", "Daniel",
         "David", "Dorcas", "Edwin", "Elizabeth", "Esther", "Eunice", "Faith", "Francis", "Geoffrey", "George",
         "Gilbert", "Grace", "Hannah", "Isaac", "Jacob", "James", "Jane", "Janet", "Jeremiah", "Joseph", "Joyce",
         "Julius", "Justus", "Lucy", "Lydiah", "Margaret", "Martha", "Mary", "Monica", "Moses", "Nancy", "Naomi",
         "Patrick", "Peris", "Peter", "Priscilla", "Rose", "Ruth", "Samuel", "Simon", "Stephen", "Susan",
         "Teresia", "Timothy", "Veronica", "Wilfred", "William", "Wilson", "Winfred", "Zipporah"]
MIDDLE = ["Wanjiru", "Wambui", "Njeri", "Wairimu", "Wangui", "Nyambura", "Muthoni", "Wanjiku", "Waithera",
          "Kamau", "Njoroge", "Mwangi", "Kariuki", "Ngugi", "Gitau", "Otieno", "Kiprono", "Mutua", "Ndambuki"]
LAST = ["Kamau", "Njoroge", "Mwangi", "Kariuki", "Ngugi", "Gitau", "Maina", "Karanja", "Kimani", "Githinji",
        "Gacheru", "Macharia", "Mburu", "Ndungu", "Otieno", "Odhiambo", "Ochieng", "Barasa", "Wekesa", "Koech",
        "Kiprotich", "Cheruiyot", "Rotich", "Mutiso", "Kilonzo", "Musyoka", "Saitoti", "Lemayian", "Nkoitoi",
        "Tulele", "Osoro", "Nyamari", "Achieng", "Wafula", "Muriuki", "Thuo", "Nduati", "Kigo", "Muhia", "Ihiga"]
PLACES = ["Ngong", "Kiserian", "Matasia", "Oloolua", "Embulbul", "Mutuine", "Nkoroi", "Olekasasi", "Rimpa", "Tuala"]
INSTITUTIONS = ["ACK Church {p}", "AIC {p}", "PCEA {P} PARISH", "KAG Church", "New Apostolic Church",
                "St Monica Catholic Church", "Life Gospel Church {p}", "Good Hope Academy", "St Paul Academy",
                "FAITH EDUCATION CENTRE", "BARAKA RESCUE CENTRE", "{L} FLATS", "{l} Flats", "{L} Flats",
                "{L} HOTEL NGONG", "{l} Hotel", "{L} PLOT", "{l} Plot", "{l} Plot", "{l} House", "{L} HOUSE {P}",
                "{L} PROPERTIES LTD", "M.K.N.J CONTRACTOR LTD", "MKNJ Contract Ltd", "{L} MABATI HSE", "{L} HSE 1",
                "{L} HSE 2", "Dr {f} {l}", "Dr {f} {l}"]


def person():
    n = f.r.choice([1] * 6 + [2] * 59 + [3] * 26 + [4] * 2)
    if n == 1:
        parts = [f.pick(FIRST) if f.chance(0.5) else f.pick(LAST)]
    elif n == 2:
        parts = [f.pick(FIRST), f.pick(LAST)]
    elif n == 3:
        parts = [f.pick(FIRST), f.pick(MIDDLE), f.pick(LAST)]
    else:
        parts = [f.pick(FIRST), f.pick(MIDDLE), f.pick(LAST), f.pick(LAST)]
    return " ".join(parts)


def institution():
    l = f.pick(LAST)
    return f.pick(INSTITUTIONS).format(p=f.pick(PLACES), P=f.pick(PLACES).upper(), L=l.upper(), l=l, f=f.pick(FIRST))


def cased(name):
    x = f.r.random()
    return name.upper() if x < 0.42 else name


names, seen = [], set()
while len(names) < 870:
    n = institution() if f.chance(0.035) else cased(person())
    if n.lower() not in seen:
        seen.add(n.lower())
        names.append(n)
# one owner's numbered connections
for stem, k in [("Ngaajia", 15), ("WA ZIPPORAH", 4), ("NGAMATE", 2), ("Silanga", 2), ("MICHAEL OLE SANDE", 2), ("Koigi", 1)]:
    for i in range(1, k + 1):
        names.append(f"{stem} {i}" if stem != "Koigi" else "Koigi 2 home")
names += ["Eunice 2", "Eunice 3", "Eunice 4", "Kamau 46 Developer", "SOKORO 1A", "OSAKA 8", "Allan Kibiru 140",
          "DAVID 0NGWAE", "lydiah", "yophes Nyamari Obara", "peter"]
names = names[:899]
names.sort(key=str.lower)

# eleven names typed on two consecutive rows
TWICE = f.r.sample([i for i in range(5, 895) if not any(ch.isdigit() for ch in names[i])], 11)
rows = []
for i, n in enumerate(names):
    rows.append({"name": n})
    if i in TWICE:
        rows.append({"name": n, "twin": True})
# three slips out of order, as in the source
rows[300], rows[301] = rows[301], rows[300]
rows[640], rows[641] = rows[641], rows[640]
rows.insert(0, {"name": "0LEPOLOS HOUSE NGONG"})
rows.insert(0, {"name": "phoe. 700018822", "phone": 700018822, "id": 798187})
rows.insert(0, {"name": "code 1", "phone": None})
rows = rows[:912]
assert len(rows) == 912, len(rows)


def ke(twelve=True):
    n = f._unique(lambda: f"{f.r.randrange(10000):04d}")
    return int(f"25470001{n}") if twelve else int(f"70001{n}")


kinds = ["254"] * 603 + ["9"] * 95 + ["0"] * 189 + [None] * 20
f.r.shuffle(kinds)
k = iter(kinds)
for r in rows:
    if "phone" in r:
        continue
    kind = next(k, "254")
    r["phone"] = None if kind is None else 0 if kind == "0" else ke(kind == "254")
# the slips: digits lost or doubled
SLIPS = [2547000122476, 7, 7000164184, 25470001917, 2547000858, 70001727, 7000168014]
for i, v in zip([176, 361, 504, 543, 624, 715, 860], SLIPS):
    rows[i]["phone"] = v
# twins: mostly another phone, once the same, once 0 and empty, once the same number without 254
twins = [i for i, r in enumerate(rows) if r.get("twin")]
rows[twins[0]]["phone"] = rows[twins[0] - 1]["phone"] = ke()
rows[twins[1] - 1]["phone"], rows[twins[1]]["phone"] = 0, None
a = ke()
rows[twins[2] - 1]["phone"], rows[twins[2]]["phone"] = int(str(a)[3:]), a
for i in twins[3:]:
    rows[i - 1]["phone"], rows[i]["phone"] = ke(), ke()

ids = {}
slots = f.r.sample(range(3, 912), 151)
for j, i in enumerate(slots):
    if j < 43:
        ids[i] = 0
    elif j < 49:
        ids[i] = f.r.randrange(100000, 999999)
    elif j < 51:
        ids[i] = int(f"2017080{f.r.randrange(1000, 9999)}")
    elif j == 51:
        ids[i] = int(f"201710{f.r.randrange(1000, 9999)}")
    elif j == 52:
        ids[i] = 700014534
    elif j < 92:
        ids[i] = f.r.randrange(1000000, 9999999)
    else:
        ids[i] = f.r.randrange(10000000, 39999999)
for i, v in ids.items():
    rows[i]["id"] = v

wb = workbook()
wb.properties.creator = "RePack by Diakov"
wb.properties.lastModifiedBy = "clerk"
ws = wb.active
ws.title = "Sheet1"
ws.append(["wconnection.num", "client.name", "client.phone", "client.id_no"])
ws["C1"].number_format = "0"
for num, r in enumerate(rows, 1):
    ws.append([num, r["name"], r.get("phone"), r.get("id")])
    ws.cell(num + 1, 3).number_format = "0"
ws.column_dimensions["B"].width = 36.29
save(wb, "clients-en-ke-waterconnections.xlsx")
