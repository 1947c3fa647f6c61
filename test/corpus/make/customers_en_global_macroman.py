"""
Shape of luyibest001/AGMgmtConsole "customers.xls": the customer table of a small sales-management
web app, generated as UTF-8 CSV, opened in Excel for Mac and saved as Excel 97-2003 (.xls), so every
accented letter became its Mac Roman reading (København → K√∏benhavn, Itō → It≈ç).

- One sheet "customers": id / first_name / last_name / full_name / email / gender / street / city,
  1,000 rows, ids 1…1000 as numbers.
- full_name repeats first and last name; gender is Male / Female or empty (about one row in nine).
- Streets "6173 Forest Run Crossing"; cities from all over the world, one in seven with accents,
  all of those garbled; a few cities repeat.
- E-mail: first initial + last name + a running base-36 suffix, at many domains.
Values invented; written by LibreOffice as .xls.
"""
from fake import Fake, save, workbook

f = Fake("customers-en-global-macroman")

FIRST = ["Reuben", "Thaxter", "Jameson", "Lydon", "Brinn", "Derk", "Wenonah", "Phyllis", "Cilka", "Stanly", "Auria",
         "Giuseppe", "Ebenezer", "Burton", "Lisa", "Marten", "Odille", "Fredra", "Gawen", "Hedda", "Ingamar",
         "Jolyn", "Kalle", "Loralie", "Maddie", "Nikolos", "Orelle", "Pattin", "Quentin", "Rozele", "Sibby",
         "Tobin", "Ulla", "Vinny", "Wallis", "Xever", "Yovonnda", "Zebulen", "Anselma", "Bartie", "Cordey",
         "Dael", "Emlyn", "Filide", "Gonzales", "Harriot", "Ivett", "Jarib", "Kassi", "Lenard"]
LAST = ["Girard", "Sprackling", "Rosenfrucht", "Sleath", "Argente", "Robbert", "Marquet", "Rearden", "Needham",
        "Phillips", "Brafield", "Dermott", "Kenworthy", "Johannes", "Abberley", "Bewsy", "Castagne", "Dimbleby",
        "Eyckelberg", "Fearnyough", "Gorioli", "Hunnicutt", "Ickovicz", "Jedrasik", "Kezourec", "Lightbourn",
        "Mattiacci", "Neasham", "Orrobin", "Pietrowski", "Quiddington", "Rubinowicz", "Scurrey", "Tertre",
        "Udall", "Vasilchenko", "Wadmore", "Yurkov", "Zanetto", "Ambrogini"]
STREET_NAMES = ["Forest Run", "Twin Pines", "Logan", "Holy Cross", "Straubel", "La Follette", "Dakota", "Transport",
                "Randy", "Schurz", "Melby", "Sunbrook", "Oak Valley", "Hauk", "Bunting", "Mallard", "Ridgeview",
                "Golf Course", "Northridge", "Hoard", "Kensington", "Moland", "Sachs", "Pepper Wood", "Westerfield"]
STREET_KINDS = ["Crossing", "Center", "Terrace", "Park", "Hill", "Lane", "Drive", "Court", "Plaza", "Point", "Way",
                "Alley", "Junction", "Pass", "Road", "Street", "Avenue", "Circle", "Trail", "Parkway"]
PLAIN = ["Ngangpo", "Toyota", "Vargem Grande", "Guanyang", "Cipasung", "Anse Royale", "Oslo", "Stockholm", "Valence",
         "Lyon", "Pasirhalang", "Xinyang", "Dongshan", "Manila", "Sukamaju", "Krajan", "Lisbon", "Porto", "Nantes",
         "Bordeaux", "Lianghu", "Baishi", "Kalininskiy", "Tver", "Banjar", "Cibeureum", "Santa Rosa", "San Isidro",
         "Nanterre", "Paris", "Vila Nova", "Tambakrejo", "Huangtian", "Rizal", "Boston", "Kyoto", "Omsk", "Tula",
         "Bagan", "Lebak", "Sidi Bennour", "Kampungbaru", "Shuangxi", "Ganzhou", "Balakhna", "Mirny", "Aurora"]
ACCENTED = ["Kavála", "Itō", "Bilqās", "Ponta da Garça", "København", "Göteborg", "Zürich", "Kraków", "Łódź",
            "São Paulo", "Málaga", "Córdoba", "Besançon", "Montréal", "Jönköping", "Ålesund", "Tromsø", "Brașov",
            "Český Krumlov", "Pécs", "Örebro", "Villeneuve-d’Ascq", "Nagaokakyō", "Ōsaka", "Bogotá", "Mérida",
            "Saint-Étienne", "Gdańsk", "Škofja Loka", "Tórshavn", "Niterói", "Concepción", "Cuiabá"]
DOMAINS = ["example.com", "example.org", "example.net"]


def base36(n):
    digits = "0123456789abcdefghijklmnopqrstuvwxyz"
    out = ""
    while True:
        n, r = divmod(n, 36)
        out = digits[r] + out
        if not n:
            return out


def mac_roman(text):
    """How Excel for Mac reads UTF-8 bytes it takes for Mac Roman."""
    return text.encode("utf-8").decode("mac_roman")


wb = workbook()
ws = wb.active
ws.title = "customers"
ws.append(["id", "first_name", "last_name", "full_name", "email", "gender", "street", "city"])
for i in range(1000):
    first, last = f._unique(lambda: (f.pick(FIRST), f.pick(LAST)))
    gender = None if f.chance(0.113) else f.pick(["Male", "Female"])
    number = f.pick([str(f.r.randrange(1, 100)), str(f.r.randrange(100, 10000)), f"{f.r.randrange(0, 1000):05d}",
                     str(f.r.randrange(10, 1000))])
    street = f"{number} {f.pick(STREET_NAMES)} {f.pick(STREET_KINDS)}"
    city = mac_roman(f.pick(ACCENTED)) if f.chance(0.146) else f.pick(PLAIN)
    email = f"{first[0].lower()}{last.lower()}{base36(i)}@{f.pick(DOMAINS)}"
    ws.append([i + 1, first, last, f"{first} {last}", email, gender, street, city])

save(wb, "customers-en-global-macroman.xls", libreoffice="xls")
