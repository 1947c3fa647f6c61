"""
Shape of mawukle/Tino-Solutions-Reports "Client_List.xlsx" (at commit 9f05336): a Ghanaian
solar and power-backup installer's client list kept in Excel for Mac, the data of its invoicing
app. One sheet "Client List" holding an Excel table "Table1" (header row 1, A1:H…, the table
reaching well below the last client), panes frozen at C2, zoom 75 %: Client_Unique_ID /
Client_Name / Town / City / Phone_Number / Client_Code / Contact_Person / email_address.
Clients are people (often only a first name, with titles: Dr., Apostle, Mr. & Mrs., Col.),
companies, and one company's sites as rows of their own ("<Company>, <site>", or a person's
installations "<Name> - <place> - 3kVA"); an entry reads "Potential Referral by …". City is
the town's city or its region ("Eastern Region"). Phone_Number is text with a leading zero, the
number 0 where none was taken, two or three numbers in one cell split by " / " and line breaks,
foreign numbers in + forms, one typed with a leading apostrophe, one truncated. Client_Code is
a formula calling a missing add-in function (=LEFT(Getfirstletters(B2),3)), cached as #NAME?.
Contact_Person and email_address are filled for few (the companies). The last rows were added
without an id or code. One company appears on three rows (one per contact person); two people
twice (same phone). Values invented.
"""
import os

from openpyxl.styles import Alignment, Font
from openpyxl.worksheet.table import Table, TableStyleInfo

from fake import Fake, save_with_cached_results, workbook

f = Fake("clients-en-gh-power")
r = f.r

FIRST = ["Kwame", "Kofi", "Kwesi", "Yaw", "Kojo", "Kwabena", "Ama", "Akosua", "Abena", "Efua", "Adwoa", "Afua",
         "Emmanuel", "Richmond", "Felix", "Prince", "Gifty", "Mercy", "Priscilla", "Ebenezer", "Isaac", "Joyce"]
LAST = ["Mensah", "Boateng", "Asante", "Owusu", "Agyeman", "Darko", "Ofori", "Appiah", "Tetteh", "Quaye",
        "Amponsah", "Nkansah", "Addo", "Lartey", "Adjei", "Sarpong", "Ansah", "Frimpong", "Kyei", "Bonsu"]
PLACES = [("East Legon", "Accra"), ("Kasoa", "Accra"), ("Spintex", "Accra"), ("Adenta", "Accra"),
          ("Madina", "Madina"), ("Tema Community 25", "Tema"), ("Dawhenya", "Accra"), ("Abokobi", "Accra"),
          ("Trasacco", "Accra"), ("Aburi", "Eastern Region"), ("Adeiso", "Eastern Region"),
          ("Mankoadze - Winneba", "Central Region"), ("Kumasi", "Kumasi"), ("Takoradi", "Takoradi"),
          ("Wa", "Upper West Region"), ("Tamale", "Tamale"), ("Amrahia", "Accra"), ("Botwe, Lake Side", "Accra")]
TITLES = ["Dr. ", "Apostle ", "Col. ", "Rev. ", "Nana "]
COMPANIES = ["Harbour View Hotel Ltd", "Pentland Hospital", "Bright Stars School", "Grace Chapel, Adenta",
             "Kente Motors Limited", "Lakeside Health Centre", "Akwaaba Foods Limited", "Coastline Technology Company",
             "Adom Bottling Company - West Africa", "Northern Agro Processing Limited"]


def mobile():
    return f._unique(lambda: f"0{f.pick(['20', '24', '54', '55', '50', '26'])}00{r.randrange(100000):05d}")


def foreign():
    return f.pick(["+1 (720) 555-01", "+44 7700 9000", "+233 20 000 ", "+2250700"]) + f"{r.randrange(10, 99)}"


def phone_cell():
    roll = r.random()
    if roll < 0.14:
        return 0
    if roll < 0.28:
        return None
    if roll < 0.34:
        return f"{mobile()}{f.pick([' / ', ' / ', ' ', ''])}\n{mobile()}"
    if roll < 0.39:
        return foreign()
    return mobile()


def person():
    return f._unique(lambda: f"{f.pick(FIRST)} {f.pick(LAST)}")


rows = []  # (id?, name, town, city, phone, code?, contact, email)


def add(name, town=None, city=None, phone="auto", contact=None, email=None):
    if town is None:
        town, city = f.pick(PLACES)
    rows.append([name, town, city, phone_cell() if phone == "auto" else phone, contact, email])


for i in range(150):
    roll = r.random()
    if roll < 0.55:
        add(person())
    elif roll < 0.67:
        add(f._unique(lambda: f.pick(FIRST)))
    elif roll < 0.77:
        add(f"{f.pick(TITLES)}{person()}")
    elif roll < 0.80:
        add(f._unique(lambda: f"Mr. & Mrs. {f.pick(LAST)}"))
    elif roll < 0.84:
        place = f.pick(["Abokobi", "Kwabenya", "New Legon"])
        add(f"{person()} - {place} - {f.pick(['3kVA', '5kVA', '8kVA'])}", place, "Accra")
    else:
        name = f.pick(COMPANIES)
        if any(row[0] == name for row in rows):
            name = f"{f.pick(LAST)} {f.pick(['Enterprise', 'Ventures', 'Company Limited'])}"
        contact = f"{f.pick(FIRST)} {f.pick(LAST)}" if f.chance(0.4) else None
        email = f.email(name.split()[0].lower()) if f.chance(0.3) else None
        add(name, contact=contact, email=email)
    if i == 20:
        add(f"Potential Referral by {f.pick(FIRST)} {f.pick(LAST)}", "Tema Community 25", "Tema", None)
    if i == 40:
        # one company's sites, a row each, the site after a comma
        for site, town, city, k in [("within Accra", "Site within Accra", "Accra", 0),
                                     ("outside Accra", "Site outside Accra", "Savanna Region", 0),
                                     ("Buipe", "Buipe", "Savanna Region", 1), ("Apremdo", "Apremdo", "Takoradi", 2),
                                     ("Tema, Lumumba Road", "Tema, Lumumba Road", "Tema", 2)]:
            SITE_PHONES = ["'0500012345", "0500012346", "0260012347"]
            add(f"Volta Petroleum Ghana Limited, {site}", town, city, SITE_PHONES[k],
                contact="Ernest Quaye" if k < 2 else "Tony Lartey")
    if i == 70:
        for contact in ["Michael Ansah", "Godfred Kyei", "Elizabeth Addo"]:
            add("Sunrise Power Group Limited", "No.6 Airport Road, Airport Residential Area", "Accra", mobile(),
                contact=contact)
    if i == 90:
        add("Frank", "Accra", "Accra", "0240012888")
    if i == 130:
        add("Frank", "Accra", "Accra", "0240012888")
    if i == 60:
        add("Yaw Appiah Kyei", "Madina", "Madina", "0240067900")
    if i == 110:
        add("Yaw Appiah Kyei", "Anum", "Eastern Region", "0240067900")
    if i == 100:
        add("Duke", "Accra", "Accra", "'0240011011")
with_id = len(rows)
TAIL = [["Henry Lartey", "Aburi", "Eastern Region", mobile(), None, None],
        ["Aisha Mumuni", "Wa", "Upper West Region", "02455", None, None],
        ["Esther Dodoo", "Accra", "Accra", None, None, None],
        ["Aisha Mumunii", "Wa", "Upper West Region", None, "Aisha", "aisha@example.com"],
        ["Aisha Mumuni", "Wa", "Upper West Region", "02455", None, None],
        ["Nii Armah", "Accra", "Accra", None, None, None]]
rows.extend(TAIL)

wb = workbook()
ws = wb.active
ws.title = "Client List"
HEAD = ["Client_Unique_ID", "Client_Name", "Town", "City", "Phone_Number", "Client_Code", "Contact_Person",
        "email_address"]
ws.append(HEAD)
for i, (name, town, city, phone, contact, email) in enumerate(rows):
    n = i + 2
    if i < with_id:
        ws.cell(n, 1, i + 1)
        ws.cell(n, 6, f"=LEFT(Getfirstletters(B{n}),3)")
    elif name == "Aisha Mumunii":
        ws.cell(n, 6, "AM")
    ws.cell(n, 2, name)
    ws.cell(n, 3, town)
    ws.cell(n, 4, city)
    if phone is not None:
        ws.cell(n, 5, phone)
        if isinstance(phone, str) and "\n" in phone:
            ws.cell(n, 5).alignment = Alignment(wrap_text=True)
    ws.cell(n, 7, contact)
    ws.cell(n, 8, email)
last = len(rows) + 1 + 150  # the table runs on well below the last client
table = Table(displayName="Table1", ref=f"A1:H{last}")
table.tableStyleInfo = TableStyleInfo(name="TableStyleMedium2", showRowStripes=True)
ws.add_table(table)
for cell in ws[1]:
    cell.font = Font(bold=True)
ws.freeze_panes = "C2"
ws.sheet_view.zoomScale = 75
for col, width in zip("ABCDEFGHIJ", [22.66, 52.83, 80.66, 24.0, 21.5, 17.83, 22.83, 33.5, 16.83, 9.16]):
    ws.column_dimensions[col].width = width


def cache(col, row, attrs, formula):
    # Excel kept the add-in function's last result: the error #NAME?
    return f'<c r="{col}{row}"{attrs} t="e"><f>{formula}</f><v>#NAME?</v></c>'


save_with_cached_results(wb, "clients-en-gh-power.xlsx", "F", cache)

if __name__ == "__main__":
    if os.environ.get("SHOW"):
        for i, row in enumerate(rows):
            print(i + 2, i + 1 if i < with_id else None, row)
