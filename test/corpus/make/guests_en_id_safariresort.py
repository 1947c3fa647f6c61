"""
Shape of royalsafarigarden/Analysis "data/customer.xlsx": an Indonesian safari-park resort's guest
list, one sheet per year, kept in Excel (author and editor the same staff login "name - [2010]")
for the sales team's market dashboard.

- Sheet "2021": header on row 1 Name / Gender / Country / City; 2037 guests (scaled here to 600),
  names as typed at check-in in Title Case (one in capitals), a few guests on two or three rows
  (repeat stays, or namesakes), single-word names doubled ("Firdaus Firdaus"), Gender Male /
  Female, Country nearly always Indonesia (a handful of others: South Korea, Taiwan, Malaysia,
  Italy, Iran, French Polynesia), City mostly Greater Jakarta (Jakarta, Tangerang, Bekasi, Depok,
  Bogor, Bandung …), one empty city.
- Sheet "2022": the same four columns plus Lat / Lon (the city's centre as a long float, the same
  for every guest of a city) and iso_alpha (IDN, ROU, SGP, USA); 2385 guests (scaled to 700), one
  country typed "United  States" with a double space; a few dozen names also appear in 2021.
- Column A widened (37.6 / 32.4), no formats.
Values invented.
"""
from fake import Fake, save, workbook

f = Fake("guests-en-id-safariresort")

FIRST = ["Achmad", "Ade", "Agus", "Andri", "Anggara", "Arif", "Budi", "Dedi", "Dewi", "Dian", "Eka", "Encep", "Fadli",
         "Fajar", "Febi", "Hanna", "Hendra", "Indah", "Intan", "Irfan", "Joko", "Kurnia", "Lisa", "Maya", "Meliana",
         "Muhamad", "Muhammad", "Neneng", "Nur", "Putri", "Rani", "Ratna", "Reza", "Ricco", "Rina", "Rizky", "Sari",
         "Siti", "Tri", "Wahyu", "Winda", "Yayan", "Yudi", "Yuni", "Antonius", "Tan", "Gentur", "Toni", "Rasul"]
MIDDLE = ["Krishna", "Yuda", "Dwi", "Eka", "Putra", "Nur", "Arief", "Rahman", "Sri", "Ayu", "Budi"]
LAST = ["Kurniawan", "Arifin", "Permatasari", "Supriyanto", "Sudrajat", "Kusmini", "Widasari", "Hakim", "Swantika",
        "Stiadi", "Sari", "Herawati", "Kristiawan", "Zulmi", "Lim", "Nio", "Hasanah", "Wahyudi", "Naftali", "Rouli",
        "Febriyanti", "Suwenang", "Abidin", "Aditya", "Setiawan", "Pratama", "Saputra", "Hidayat", "Nugroho",
        "Gunawan", "Santoso", "Wijaya", "Halim", "Siregar", "Nasution", "Simanjuntak", "Lubis", "Tanjung"]
CITIES = [("Jakarta", 46, -6.15463769734104, 106.831562700918), ("Tangerang", 16, -6.14043698482848, 106.638937806463),
          ("Bekasi", 12, -6.24741899077938, 106.978351512374), ("Bogor", 9, -6.59576397346293, 106.809917164082),
          ("Depok", 8, -6.40285601083067, 106.79204450327), ("Bandung", 5, -6.91707749292142, 107.610881424797),
          ("Banten", 1.5, -6.39118467844636, 106.079840302418), ("Karawang", 1, -6.30493867324261, 107.317530892383),
          ("Palembang", 0.6, -2.97690956865218, 104.771887133502), ("Cianjur", 0.5, -6.8179761444781, 107.134509479031),
          ("Cilegon", 0.7, -6.00201312371122, 106.01131541811), ("Sukabumi", 0.6, -6.92054127711081, 106.926713946412),
          ("Serang", 0.6, -6.11914212411419, 106.152911387286), ("Semarang", 0.3, -6.98245632162139, 110.409254765113),
          ("Surabaya", 0.3, -7.25712613021911, 112.752088357179), ("Medan", 0.2, 3.59517271138922, 98.6722434547189),
          ("Lampung", 0.2, -5.42921416223911, 105.262095367512), ("Cirebon", 0.2, -6.73206302417041, 108.552316398826)]
FOREIGN_21 = [("South Korea", "Seoul"), ("South Korea", "Busan"), ("Taiwan", "Taipei"), ("Malaysia", "Kuala Lumpur"),
              ("Italy", "Milan"), ("Iran", "Tehran"), ("French Polynesia", "Papeete")]
FOREIGN_22 = [("Romania", "Bucharest", 44.4267674, 26.1025384, "ROU"), ("Singapore", "Singapore", 1.3521, 103.8198, "SGP"),
              ("United  States", "Houston", 29.7604267, -95.3698028, "USA")]


def name():
    n = f.r.choice([1, 2, 2, 2, 3, 3])
    if n == 1:
        w = f.pick(FIRST)
        return f"{w} {w}" if f.chance(0.5) else w
    if n == 2:
        return f"{f.pick(FIRST)} {f.pick(LAST)}"
    return f"{f.pick(FIRST)} {f.pick(MIDDLE)} {f.pick(LAST)}"


def city():
    x, acc = f.r.random() * sum(c[1] for c in CITIES), 0
    for c in CITIES:
        acc += c[1]
        if x < acc:
            return c
    return CITIES[0]


def guests(n, repeats):
    out, seen = [], set()
    while len(out) < n - repeats:
        g = name()
        if g not in seen:
            seen.add(g)
            out.append(g)
    for _ in range(repeats):
        out.insert(f.r.randrange(len(out)), f.pick(out[:]))
    return out


wb = workbook()
wb.properties.creator = "frontoffice - [2010]"
wb.properties.lastModifiedBy = "frontoffice - [2010]"
ws = wb.active
ws.title = "2021"
ws.append(["Name", "Gender", "Country", "City"])
names21 = guests(600, 14)
for i, g in enumerate(names21):
    if i in (97, 311, 402, 455, 530, 588, 207):
        country, c = f.pick(FOREIGN_21)
    else:
        country, c = "Indonesia", city()[0]
    ws.append([g, f.pick(["Male", "Female"]), country, None if i == 260 else c])
ws["A151"] = ws["A151"].value.upper()
ws.column_dimensions["A"].width = 37.6
ws.column_dimensions["B"].width = 7.7
ws.column_dimensions["C"].width = 16.1
ws.column_dimensions["D"].width = 15.7

ws2 = wb.create_sheet("2022")
ws2.append(["Name", "Gender", "Country", "City", "Lat", "Lon", "iso_alpha"])
names22 = guests(700, 16)
for k, i in enumerate(f.r.sample(range(700), 12)):
    names22[i] = names21[f.r.randrange(600)]          # guests who came back
for i, g in enumerate(names22):
    if i in (44, 389, 640):
        country, c, lat, lon, iso = FOREIGN_22[(44, 389, 640).index(i)]
    else:
        c, _, lat, lon = city()
        country, iso = "Indonesia", "IDN"
    ws2.append([g, f.pick(["Male", "Female"]), country, c, lat, lon, iso])
for col, w in zip("ABCDEFG", [32.4, 7.7, 13.4, 15.7, 12.7, 12.0, 9.4]):
    ws2.column_dimensions[col].width = w
save(wb, "guests-en-id-safariresort.xlsx")
