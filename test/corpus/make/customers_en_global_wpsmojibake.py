"""
Shape of Liquidfingers/Liquid "Customers.xlsx" (commit df00a3163a80b0951d9af9fe64e8df0be6219613):
an electronics retailer's customer table from a sales-analysis exercise, opened from CSV and saved
by WPS Spreadsheets (docProps say "WPS Spreadsheets", a KSO custom property). Sheet "Customers",
autofilter over A1:H, header on row 1: Customer Key / Gender / Name / City / Zip_Code / Country /
Continent / Birthday (m/d/yyyy;@), 15,266 rows sorted by state code; this one keeps 300. The CSV
was read in the wrong code page, so accented names turned into CJK mojibake ("Gallia 蒬ouard",
"Tim M鰈ler"), and where the accent ended a field the comma went with it: the name swallowed the
city ("… Dup閞?SAINT-L?BN"), the row slid one column left (the state code or region in City, the
continent in Country on some) and the birthday stayed a bare serial number in General format. A few
birthdays are empty; zip codes are numbers or text (UK and Canadian postcodes). A second sheet
"Sheet1" holds the State Code / State columns cut out of the customer rows (row-aligned, the state
name only on some rows). A person imports every customer as a client, names as written; Sheet1
is not client data. Values invented.
"""
import datetime
import os
import shutil
import tempfile
import zipfile

from fake import FILES, Fake, workbook

f = Fake("customers-en-global-wpsmojibake")

FIRST = ["Olivia", "Nathan", "Helen", "Wendy", "Lance", "Amber", "Jeff", "Stephanie", "Robert", "Karen", "Brian",
         "Megan", "Tyler", "Diane", "Gavin", "Holly", "Oscar", "Ruth", "Simon", "Tessa", "Victor", "Claire", "Dennis"]
LAST = ["Ashdown", "Brightwell", "Carrow", "Dunmore", "Ellery", "Fairbank", "Greyson", "Holloway", "Ingram",
        "Kettering", "Lowther", "Marlow", "Norcott", "Pembury", "Quarles", "Radley", "Sallow", "Thornbury"]
ACCENTED = [("Gallia", "Édouard"), ("Tim", "Möller"), ("Jörg", "Baader"), ("Søren", "Lindqvist"), ("Pénélope", "Marchal"),
            ("Noémi", "Vautrin"), ("Václav", "Horák"), ("Elna", "Nyström"), ("Zemira", "Colón"), ("Jens", "Gärtner"),
            ("Brie", "Bélanger"), ("Tauno", "Mönkkönen"), ("Anaïs", "Ferrand"), ("Mette", "Jørgensen"), ("Vinícius", "Prado")]
ENDS_ACCENTED = [("Cendrillon", "Dupré"), ("Aloin", "Aubé"), ("Lenka", "Cadilová"), ("Charlotte", "Labonté"),
                 ("Irena", "Žigová")]
# (state code, state, country, continent, [(city, zip)])
STATES = [
    ("AB", "Alberta", "Canada", "North America", [("Calgary", "T2V 2W2"), ("Edmonton", "T5J 0K7"), ("Red Deer", "T4N 1A1")]),
    ("AL", "Alabama", "United States", "North America", [("Birmingham", 35203), ("Huntsville", 35801)]),
    ("AR", "Arkansas", "United States", "North America", [("Little Rock", 72201), ("Searcy", 72143)]),
    ("AZ", "Arizona", "United States", "North America", [("Phoenix", 85004), ("Flagstaff", 86001)]),
    ("BB", "Brandenburg", "Germany", "Europe", [("Rathenow", 14712), ("Cottbus", 3046)]),
    ("BC", "British Columbia", "Canada", "North America", [("Vancouver", "V6B 1A1"), ("Kelowna", "V1Y 1A1")]),
    ("BV", "Bavaria", "Germany", "Europe", [("Nürnberg", 90402), ("Augsburg", 86150), ("Regensburg", 93047)]),
    ("BW", "Baden-Württemberg", "Germany", "Europe", [("Bad Rappenau", 74906), ("Heilbronn", 74072)]),
    ("CA", "California", "United States", "North America", [("Sacramento", 95814), ("Fresno", 93721), ("San Jose", 95113)]),
    ("ENG", "England", "United Kingdom", "Europe", [("Leeds", "LS1 4AP"), ("Bristol", "BS1 5TR"), ("York", "YO1 7HH")]),
    ("FL", "Florida", "United States", "North America", [("Tampa", 33602), ("Orlando", 32801)]),
    ("GE", "Grand Est", "France", "Europe", [("COLMAR", 68000), ("HAGUENAU", 67500), ("STRASBOURG", 67200)]),
    ("IL", "Illinois", "United States", "North America", [("Chicago", 60601), ("Peoria", 61602)]),
    ("NA", "Nouvelle-Aquitaine", "France", "Europe", [("LE BOUSCAT", 33110), ("PÉRIGUEUX", 24000)]),
    ("NH", "Noord-Holland", "Netherlands", "Europe", [("Haarlem", "2011 AB"), ("Alkmaar", "1811 AB")]),
    ("NSW", "New South Wales", "Australia", "Australia", [("Newcastle", 2300), ("Wollongong", 2500)]),
    ("NY", "New York", "United States", "North America", [("Albany", 12207), ("Buffalo", 14202)]),
    ("ON", "Ontario", "Canada", "North America", [("Ottawa", "K1P 1J1"), ("Hamilton", "L8P 4R5")]),
    ("TO", "Tuscany", "Italy", "Europe", [("Firenze", 50122), ("Pisa", 56126)]),
    ("TX", "Texas", "United States", "North America", [("Austin", 78701), ("El Paso", 79901)]),
]


def mojibake(text):
    return text.encode("cp1252").decode("gbk", errors="replace").replace("\ufffd", "?")


def birthday():
    return f.date(datetime.date(1936, 1, 1), datetime.date(2003, 12, 31))


def serial(d):
    return (d - datetime.date(1899, 12, 30)).days


names = set()
rows = []    # (key, gender, name, city, zip, country, continent, birthday, state code, state)
plan = sorted(f.r.choices(range(len(STATES)), k=300))
shift_at = set(f.r.sample(range(300), 5))
for i, s in enumerate(plan):
    code, state, country, continent, cities = STATES[s]
    city, zip_ = f.pick(cities)
    key = f._unique(lambda: f.r.randrange(200000, 2100000))
    gender = f.pick(["Female", "Male"])
    bday = birthday() if not f.chance(0.015) else None
    if i in shift_at:
        first, last = ENDS_ACCENTED[len([j for j in shift_at if j < i])]
        name = mojibake(f"{first} {last}")[:-1] + "?" + mojibake(city.upper())
        rows.append((key, gender, name, f.pick([code, state]), zip_, f.pick([country, continent]), continent,
                     serial(bday or datetime.date(1960, 5, 17)), f.pick(["St Lô", code]), f.pick([state, None])))
        continue
    left = [fl for fl in ACCENTED if mojibake(" ".join(fl)) not in names]
    if left and f.chance(0.05):
        name = mojibake(" ".join(f.pick(left)))
    else:
        name = f._unique(lambda: f"{f.pick(FIRST)} {f.pick(LAST)}")
    names.add(name)
    rows.append((key, gender, name, city, zip_, country, continent, bday, code, state if f.chance(0.35) else None))

wb = workbook()
ws = wb.active
ws.title = "Customers"
ws.append(["Customer Key", "Gender", "Name", "City", "Zip_Code", "Country", "Continent", "Birthday"])
ws["H1"].number_format = "m/d/yyyy;@"
for r in rows:
    ws.append(list(r[:8]))
    if isinstance(r[7], datetime.date):
        ws.cell(ws.max_row, 8).number_format = "m/d/yyyy;@"
ws.auto_filter.ref = f"A1:H{ws.max_row}"
for col, w in {"A": 15.0, "C": 44.57, "D": 39.57, "F": 16.57, "G": 15.0, "H": 11.43}.items():
    ws.column_dimensions[col].width = w
side = wb.create_sheet("Sheet1")
side.append(["State Code", "State"])
for r in rows:
    side.append([r[8], r[9]])
side.column_dimensions["A"].width = 10.29
side.column_dimensions["B"].width = 29.86

# Saved by WPS Spreadsheets: its application name and KSO build property in docProps.
APP = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Properties xmlns="http://schemas.openxmlformats.org/'
       'officeDocument/2006/extended-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/'
       'docPropsVTypes"><Application>WPS Spreadsheets</Application><HeadingPairs><vt:vector size="2" baseType="variant">'
       '<vt:variant><vt:lpstr>工作表</vt:lpstr></vt:variant><vt:variant><vt:i4>2</vt:i4></vt:variant></vt:vector>'
       '</HeadingPairs><TitlesOfParts><vt:vector size="2" baseType="lpstr"><vt:lpstr>Customers</vt:lpstr>'
       '<vt:lpstr>Sheet1</vt:lpstr></vt:vector></TitlesOfParts></Properties>')
CUSTOM = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Properties xmlns="http://schemas.openxmlformats.org/'
          'officeDocument/2006/custom-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/'
          'docPropsVTypes"><property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="2" name="KSOProductBuildVer">'
          '<vt:lpwstr>2052-11.1.0.12980</vt:lpwstr></property></Properties>')
os.makedirs(FILES, exist_ok=True)
path = os.path.join(FILES, "customers-en-global-wpsmojibake.xlsx")
with tempfile.TemporaryDirectory() as tmp:
    raw = os.path.join(tmp, "raw.xlsx")
    wb.save(raw)
    with zipfile.ZipFile(raw) as zin, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            data = zin.read(item.filename)
            if item.filename == "docProps/app.xml":
                data = APP.encode("utf-8")
            elif item.filename == "[Content_Types].xml":
                data = data.replace(b"</Types>", b'<Override PartName="/docProps/custom.xml" ContentType="application/'
                                    b'vnd.openxmlformats-officedocument.custom-properties+xml"/></Types>')
            elif item.filename == "_rels/.rels":
                data = data.replace(b"</Relationships>", b'<Relationship Id="rIdCustom" Type="http://schemas.'
                                    b'openxmlformats.org/officeDocument/2006/relationships/custom-properties" '
                                    b'Target="docProps/custom.xml"/></Relationships>')
            zout.writestr(item, data)
        zout.writestr("docProps/custom.xml", CUSTOM)

if os.environ.get("SHOW"):
    for r in rows:
        if any(ord(ch) > 127 for ch in r[2]) or not isinstance(r[7], (datetime.date, type(None))):
            print(r)
    print([r for r in rows[:3]], len(rows))
