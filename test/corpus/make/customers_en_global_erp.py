"""
Shape of vikasomahajan/Sample-Data "Customer Master.xlsx" (at commit 07696e0): an ERP's customer
master made in Excel, one sheet "Sheet1", headers in row 1 with no styling (Customer ID / Customer /
Address / City / StateProvince / Country / PostalCode / Phone / Fax / Line of Business / Region /
Region Code / Base currency), no title, no freeze, no table. One row per customer company, ids
CUST001 … in order, the rows sorted by country (Argentina first, Venezuela last). The address is
"<number> <company name> Blvd"; StateProvince only for USA, Canada, Mexico-like rows (empty
elsewhere); postal codes and phones are text in each country's own spelling ("(1) 135-5555",
"0711-020361", "20.16.10.16"); several companies in one city share a phone; Fax is the phone's
neighbour, empty on about a quarter of rows. The Customer, Line of Business, Region and Region Code
columns are formatted as text (@); Line of Business is three spaces on most rows and the code M1
on the rest; Region is the sales region (EMEA / Americas / South America), Region Code a digit
0-5 stored as text, Base currency "US dollar" on every row. Values invented.
"""
from fake import Fake, save, workbook

f = Fake("customers-en-global-erp")

# country -> (region, [(city, state, postal codes)], phone maker)
def ph(fmt):
    def make():
        return f._unique(lambda: fmt.format(*[f.r.randrange(10) for _ in range(fmt.count("{}"))]))
    return make


COUNTRIES = [
    ("Argentina", "South America", [("Buenos Aires", None, ["1010"])], ph("(1) 1{}{}-55{}{}")),
    ("Austria", "EMEA", [("Graz", None, ["8010"]), ("Salzburg", None, ["5020"])], ph("03{}{}-55{} {}{}")),
    ("Belgium", "EMEA", [("Bruxelles", None, ["B-1180"]), ("Charleroi", None, ["B-6000"])], ph("(02) 2{}{} 55 {}{}")),
    ("Brazil", "South America", [("Sao Paulo", "SP", ["05432-043", "05634-030", "08737-363"]),
                                 ("Rio de Janeiro", "RJ", ["05454-876", "02389-673"]), ("Resende", "SP", ["08737-363"])],
     ph("(11) 555-01{}{}")),
    ("Canada", "Americas", [("Tsawassen", "BC", ["T2F 8M4"]), ("Vancouver", "BC", ["V3F 2K1"]),
                            ("Montreal", "Quebec", ["H1J 1C3"])], ph("(604) 555-01{}{}")),
    ("Denmark", "EMEA", [("Kobenhavn", None, ["1734"]), ("Arhus", None, ["8200"])], ph("{}{} 55 01 {}{}")),
    ("Finland", "EMEA", [("Helsinki", None, ["21240"]), ("Oulu", None, ["90110"])], ph("90-55{} {}{}{}")),
    ("France", "EMEA", [("Paris", None, ["75016", "75012"]), ("Lille", None, ["59000"]), ("Nantes", None, ["44000"]),
                        ("Marseille", None, ["13008"]), ("Lyon", None, ["69004"])], ph("(1) 55.{}{}.01.{}{}")),
    ("Germany", "EMEA", [("Berlin", None, ["12209"]), ("Stuttgart", None, ["70563"]), ("Koln", None, ["50739"]),
                         ("Munchen", None, ["80805"]), ("Frankfurt a.M.", None, ["60528"])], ph("07{}{}-5550{}{}")),
    ("Ireland", "EMEA", [("Cork", "Co. Cork", [""])], ph("2967 55{}{}")),
    ("Italy", "EMEA", [("Bergamo", None, ["24100"]), ("Torino", None, ["10100"]), ("Reggio Emilia", None, ["42100"])],
     ph("05{}{}-5550{}{}")),
    ("Mexico", "Americas", [("Mexico D.F.", None, ["05021", "05023", "05033"])], ph("(5) 555-01{}{}")),
    ("Norway", "EMEA", [("Stavern", None, ["4110"])], ph("07-98 55 {}{}")),
    ("Poland", "EMEA", [("Warszawa", None, ["01-012"])], ph("(26) 555 01 {}{}")),
    ("Portugal", "EMEA", [("Lisboa", None, ["1756", "1675"])], ph("(1) 355-01{}{}")),
    ("Spain", "EMEA", [("Madrid", None, ["28023", "28034"]), ("Barcelona", None, ["08022"]), ("Sevilla", None, ["41101"])],
     ph("(91) 555 01 {}{}")),
    ("Sweden", "EMEA", [("Lulea", None, ["S-958 22"]), ("Brandkoping", None, ["S-844 67"])], ph("0921-55 01 {}{}")),
    ("Switzerland", "EMEA", [("Geneve", None, ["1203"]), ("Bern", None, ["3012"])], ph("0452-0765{}{}")),
    ("UK", "EMEA", [("London", None, ["WA1 1DP", "WX1 6LT", "EC2 5NT", "OX15 4NB"]), ("Cowes", "Isle of Wight", ["PO31 7PJ"])],
     ph("(171) 555-01{}{}")),
    ("USA", "Americas", [("Seattle", "WA", ["98128"]), ("Portland", "OR", ["97219", "97229"]), ("Boise", "ID", ["83720"]),
                         ("Albuquerque", "NM", ["87110"]), ("Butte", "MT", ["59801"]), ("Eugene", "OR", ["97403"])],
     f.phone_us),
    ("Venezuela", "South America", [("Caracas", "DF", ["1081"]), ("San Cristobal", "Tachira", ["5022"])],
     ph("(2) 283-55{}{}")),
]
WEIGHTS = [6, 3, 4, 17, 5, 3, 3, 20, 20, 1, 5, 10, 2, 2, 5, 8, 4, 3, 13, 25, 6]

STEMS = ["Amberfield", "Birchline", "Cobalt Ridge", "Dunmore", "Elmwick", "Fernhill", "Glenrock", "Harrowgate",
         "Inglewood", "Juniper", "Kestrel", "Larkspur", "Moorcroft", "Northbay", "Oakmere", "Pinecrest", "Quayside",
         "Redfern", "Stonebridge", "Thistledown", "Upland", "Valemont", "Westbrook", "Yarrow", "Zenith", "Ashgrove",
         "Bellhaven", "Coldbrook", "Driftmoor", "Eastleigh", "Foxglove", "Greywater", "Hollin", "Ironside", "Kingsmere"]
TAILS = ["", "", "", " Group", " Corporation", " Inc.", " Distributors", " Trading", " & Sons", " Holdings",
         " Industries", " Company", " Systems", " Foods", " Mills Corporation", " Trust Company", " Labs", " Outfitters"]


def company():
    def make():
        name = f.pick(STEMS) + f.pick(TAILS)
        if f.chance(0.08):
            name = f"{f.pick(STEMS)} and {f.pick(STEMS)}"
        if f.chance(0.04):
            name = f"{name} (formerly {f.pick(STEMS)})"
        if f.chance(0.04):
            name = "".join(w[0] for w in name.split()[:3]).upper() if len(name.split()) >= 2 else name.upper()
        return name
    return f._unique(make)


N = 240
picks = sorted(f.r.choices(range(len(COUNTRIES)), weights=WEIGHTS, k=N))
# Several companies in one city share a phone (and its fax) as the ERP holds them.
shared = {}
rows = []
for i, k in enumerate(picks):
    country, region, cities, phone = COUNTRIES[k]
    city, state, postals = f.pick(cities)
    name = company()
    key = (country, city)
    if key in shared and f.chance(0.45):
        tel, fax = f.pick(shared[key])
    else:
        tel = phone()
        fax = tel[:-1] + str((int(tel[-1]) + 1) % 10) if f.chance(0.76) else None
        shared.setdefault(key, []).append((tel, fax))
    state_cell = state if country in ("USA", "Canada", "Venezuela", "Brazil", "Ireland") or (country == "UK" and state) else None
    rows.append([f"CUST{i + 1:03d}", name, f"{f.r.randrange(100, 9999)} {name} Blvd", city, state_cell, country,
                 f.pick(postals), tel, fax, "M1" if f.chance(0.18) else "   ", region, str(f.r.choice("0112344555")),
                 "US dollar"])

wb = workbook()
ws = wb.active
ws.title = "Sheet1"
ws.append(["Customer ID", "Customer", "Address", "City", "StateProvince", "Country", "PostalCode", "Phone", "Fax",
           "Line of Business", "Region", "Region Code", "Base currency"])
for r in rows:
    ws.append(r)
for row in ws.iter_rows(min_row=1, max_row=ws.max_row):
    for j in (1, 9, 10, 11):  # B, J, K, L are text-formatted columns
        row[j].number_format = "@"
ws.column_dimensions["B"].width = 16.8
save(wb, "customers-en-global-erp.xlsx")

if __name__ == "__main__":
    import os
    if os.environ.get("SHOW"):
        for r in rows:
            print(r)
