"""
Shape of JBJ2110/Northwind-data "Northwind.xlsx" (at commit 1645cee4d1929710f73fe3e3b3a1091615f82e68): a
training tenant's copy of a food importer's order database, one table per sheet, headers in row 1, no
styling, saved by Excel (a data-model connection left in the package):
- Shipments and Orders: the same 14 columns twice (OrderID, CustomerID — the customer's five-letter code —
  EmployeeID, Order/Required/Shipped dates as mm-dd-yy, ShipVia, Freight, ShipName, ShipAddress, ShipCity,
  ShipRegion, ShipPostalCode, ShipCountry), one row per order; a few orders not shipped yet.
- Categories (with an empty Picture column), Product (77 lines with SupplierID/CategoryID, Discontinued
  TRUE/FALSE), Orders Details (OrderID, ProductID, UnitPrice, Quantity, Discount and a VLOOKUP of the product
  name with its cached result), Shippers (three carriers).
- Customers: CustomerID code / CompanyName / ContactName / ContactTitle / Address / City / Region (mostly
  empty, a state or province in the Americas) / PostalCode (text, leading zeros) / Country / Phone / Fax —
  customers in 21 countries, phones written the national way ((5) 555-4729, 030-0074321, 88.60.15.31,
  0921-12 34 65 …), fax empty or equal to the phone on some rows, two-line addresses written with a literal
  "_x000D_" before the line break, double spaces inside a few names and streets.
- Employees: not the importer's staff any more but the tenant's Microsoft 365 user list (Department,
  Display name, First name, Last name, Title, User principal name).
- Suppliers: the same columns as Customers plus HomePage (Access hyperlink text "label#url#").
Orders are cut from 830 to 700 (order lines to about 1,800) to keep the file small. Values invented.
"""
import datetime as dt

from fake import Fake, workbook, CachedFormulas

f = Fake("customers-en-global-tradersdb")
D = dt.datetime

# country: cities (city, region), postal maker, phone maker
def digits(n):
    return "".join(str(f.r.randrange(10)) for _ in range(n))


COUNTRIES = {
    "Germany": ([("Berlin", None), ("Mannheim", None), ("Aachen", None), ("Köln", None), ("Leipzig", None),
                 ("München", None), ("Stuttgart", None), ("Frankfurt a.M.", None)],
                lambda: f"{f.r.randrange(1, 99):02d}{digits(3)}",
                lambda: f"0{f.r.randrange(30, 899)}-0555{digits(3)}"),
    "Mexico": ([("México D.F.", None)], lambda: f"050{f.r.randrange(10, 40)}", lambda: f"(5) 555-{digits(4)}"),
    "UK": ([("London", None), ("Cowes", "Isle of Wight"), ("Leeds", None)],
           lambda: f"{f.pick(['WX', 'EC', 'SW', 'OX'])}{f.r.randrange(1, 9)} {f.r.randrange(1, 9)}{f.pick(['DP', 'NT', 'LT', 'FW', 'RZ'])}",
           lambda: f"(171) 555-{digits(4)}"),
    "Sweden": ([("Luleå", None), ("Bräcke", None), ("Umeå", None)], lambda: f"S-{f.r.randrange(100, 999)} {digits(2)}",
               lambda: f"0{f.r.randrange(600, 999)}-55 {digits(2)} {digits(2)}"),
    "France": ([("Strasbourg", None), ("Marseille", None), ("Nantes", None), ("Lille", None), ("Lyon", None),
                ("Paris", None), ("Reims", None), ("Toulouse", None), ("Versailles", None)],
               lambda: f"{f.r.randrange(13, 95)}000",
               lambda: f"{f.r.randrange(20, 99)}.55.{digits(2)}.{digits(2)}"),
    "Spain": ([("Madrid", None), ("Barcelona", None), ("Sevilla", None)], lambda: f"{f.r.randrange(8, 50):02d}0{digits(2)}",
              lambda: f"(91) 555 {digits(2)} {digits(2)}"),
    "Canada": ([("Tsawassen", "BC"), ("Vancouver", "BC"), ("Montréal", "Québec")],
               lambda: f"{f.pick('TVH')}{f.r.randrange(1, 9)}{f.pick('FJK')} {f.r.randrange(1, 9)}{f.pick('MCK')}{f.r.randrange(1, 9)}",
               lambda: f"(604) 555-{digits(4)}"),
    "Argentina": ([("Buenos Aires", None)], lambda: "1010", lambda: f"(1) 135-55{digits(2)}"),
    "Switzerland": ([("Bern", None), ("Genève", None)], lambda: f"{f.r.randrange(1000, 3999)}",
                    lambda: f"0{f.r.randrange(400, 899)}-055{digits(3)}"),
    "Brazil": ([("São Paulo", "SP"), ("Rio de Janeiro", "RJ"), ("Campinas", "SP"), ("Resende", "SP")],
               lambda: f"0{f.r.randrange(2000, 9000)}-{digits(3)}", lambda: f"(11) 555-{digits(4)}"),
    "Austria": ([("Graz", None), ("Salzburg", None)], lambda: f"{f.r.randrange(5, 9)}0{f.r.randrange(10, 99)}",
                lambda: f"{f.r.randrange(6000, 7999)}-55{digits(2)}"),
    "Venezuela": ([("Caracas", "DF"), ("San Cristóbal", "Táchira"), ("Barquisimeto", "Lara")],
                  lambda: f"{f.r.randrange(1000, 5999)}", lambda: f"({f.r.randrange(2, 9)}) 555-{digits(4)}"),
    "USA": ([("Eugene", "OR"), ("Portland", "OR"), ("Walla Walla", "WA"), ("Seattle", "WA"), ("Boise", "ID"),
             ("Anchorage", "AK"), ("Albuquerque", "NM"), ("Butte", "MT"), ("Lander", "WY"), ("San Francisco", "CA")],
            lambda: f"{f.r.randrange(82000, 99999)}",
            lambda: f"({f.r.randrange(201, 989)}) 555-01{f.r.randrange(100):02d}"),
    "Ireland": ([("Cork", "Co. Cork")], lambda: None, lambda: f"2967 5{digits(2)}"),
    "Italy": ([("Torino", None), ("Bergamo", None), ("Reggio Emilia", None)], lambda: f"{f.r.randrange(10, 42)}100",
              lambda: f"0{f.r.randrange(11, 522)}-555{digits(3)}"),
    "Portugal": ([("Lisboa", None)], lambda: f"{f.r.randrange(1600, 1799)}", lambda: f"(1) 355-{digits(4)}"),
    "Belgium": ([("Charleroi", None), ("Bruxelles", None)], lambda: f"B-{f.r.randrange(1000, 6999)}",
                lambda: f"(02) 555 {digits(2)} {digits(2)}"),
    "Norway": ([("Stavern", None)], lambda: f"{f.r.randrange(4000, 4999)}", lambda: f"07-55 {digits(2)} {digits(2)}"),
    "Denmark": ([("København", None), ("Århus", None)], lambda: f"{f.r.randrange(1000, 8999)}",
                lambda: f"{f.r.randrange(30, 89)} 55 {digits(2)} {digits(2)}"),
    "Finland": ([("Helsinki", None), ("Oulu", None)], lambda: f"{f.r.randrange(20000, 99999)}",
                lambda: f"{f.r.randrange(90, 989)}-55{digits(4)}"),
    "Poland": ([("Warszawa", None)], lambda: f"0{f.r.randrange(1, 9)}-{digits(3)}", lambda: f"(26) 555-{digits(4)}"),
}
WEIGHTS = {"USA": 13, "Germany": 11, "France": 11, "Brazil": 9, "UK": 7, "Spain": 5, "Mexico": 5, "Venezuela": 4,
           "Italy": 3, "Argentina": 3, "Canada": 3, "Sweden": 2, "Austria": 2, "Belgium": 2, "Denmark": 2,
           "Finland": 2, "Switzerland": 2, "Portugal": 2, "Ireland": 1, "Norway": 1, "Poland": 1}
SHOP = ["Delikatessen", "Comidas", "Markets", "Grocery", "Importadora", "épicerie fine", "Käseladen", "Supermercado",
        "Wine Cellars", "Trading", "Restaurante", "Gourmet", "Hipermercados", "Provisions", "bistro", "Handel", "Caseifici"]
STEMS = ["Ashdown", "Brightwell", "Carrow", "Dunmore", "Ellery", "Fairbank", "Greyson", "Holloway", "Ivers", "Jessop",
         "Kettering", "Lindqvist", "Marlow", "Northcott", "Oakes", "Pembury", "Quarry", "Rushmere", "Stanmore",
         "Thornbury", "Upfield", "Vauxley", "Westmere", "Yarrow", "Zennor", "Albion", "Bramble", "Copper", "Drover",
         "Elmstead", "Foxglove", "Gable", "Harrow", "Ironbridge", "Juniper", "Kestrel", "Larch", "Meadow", "Nettle",
         "Orchard", "Primrose", "Quince", "Rowan", "Sorrel", "Tansy"]
FIRST = ["Maria", "Ana", "Thomas", "Christina", "Hanna", "Frédérique", "Martín", "Laurence", "Elizabeth", "Victoria",
         "Patricio", "Francisco", "Yang", "Pedro", "Sven", "Janine", "Ann", "Roland", "Aria", "Diego", "Martine",
         "Peter", "Carine", "Paolo", "Lino", "Eduardo", "José", "André", "Howard", "Manuel", "Mario", "Carlos",
         "Yoshi", "Patricia", "Helen", "Philip", "Daniel", "Annette", "John", "Renate", "Jaime", "Felipe", "Fran",
         "Giovanni", "Catherine", "Jean", "Alexander", "Simon", "Yvonne", "Rene", "Henriette", "Marie", "Guillermo",
         "Georg", "Isabel", "Bernardo", "Lúcia", "Horst", "Sergio", "Paula", "Maurizio", "Janete", "Michael",
         "Alejandra", "Jonas", "Hari", "Jytte", "Dominique", "Art", "Pascale", "Liz", "Liu", "Karin", "Miguel",
         "Anabela", "Helvetius", "Palle", "Mary", "Paul", "Rita", "Pirkko", "Karl", "Matti", "Zbyszek"]
LAST = ["Ashworth", "Brennan", "Castell", "Dorado", "Engström", "Fournier", "Gallo", "Hartmann", "Ibarra", "Jacquet",
        "Kowal", "Lindgren", "Moreau", "Nakamura", "Ortega", "Pereira", "Quintero", "Rossi", "Schäfer", "Tavares",
        "Ulloa", "Vidal", "Weber", "Yilmaz", "Zamora", "Albrecht", "Bianchi", "Cortez", "Dubois", "Esposito"]
TITLES = ["Sales Representative"] * 8 + ["Owner"] * 7 + ["Marketing Manager"] * 6 + ["Accounting Manager"] * 5 + \
         ["Sales Manager"] * 5 + ["Sales Associate"] * 4 + ["Marketing Assistant"] * 4 + ["Sales Agent"] * 3 + \
         ["Order Administrator", "Assistant Sales Agent", "Assistant Sales Representative", "Owner/Marketing Assistant"]
STREETS = {"en": ["Baker Blvd.", "Hanover Sq.", "King George", "Polk St.", "Oak St.", "Milton Dr.", "Suffolk Ln."],
           "xx": ["Hauptstr.", "Kirchgasse", "rue Royale", "Via Monte Bianco", "Rua do Mercado", "C/ Romero", "Gran Vía",
                  "Avda. de la Constitución", "Torikatu", "Magazinweg", "Luisenstr.", "boulevard Charonne"]}
SECOND = ["Suite 5", "Suite 2", "Piso 20-A", "Suite 3B", "516 Main St.", "12  Brewery", "Crowther Way"]


def code_of(name, used):
    letters = "".join(ch for ch in name.upper() if "A" <= ch <= "Z")
    for cand in (letters[:5], letters[:4] + letters[-1], letters[:3] + letters[-2:], letters[:2] + letters[-3:]):
        if len(cand) == 5 and cand not in used:
            used.add(cand)
            return cand
    raise RuntimeError(name)


def address(country):
    street = f.pick(STREETS["en"] if country in ("USA", "UK", "Canada", "Ireland") else STREETS["xx"])
    no = f.r.randrange(1, 3000)
    a = f"{no} {street}" if country in ("USA", "UK", "Canada", "Ireland") else f"{street} {no}"
    if f.chance(0.08):
        a = f"{f.pick(['Garden House', 'City Center Plaza', 'South House', 'Ing. Moncada 85'])}_x000D_\n{f.pick(SECOND)}"
    elif f.chance(0.04):
        a = a.replace(" ", "  ", 1)
    return a


countries = [c for c, w in WEIGHTS.items() for _ in range(w)]
assert len(countries) == 91
f.r.shuffle(countries)
customers, used_codes = [], set()
used_names = {"Ashdown Delikatessen", "Harrow Comidas preparadas", "Juniper Provisions", "Quarry  Zajazd"}
for country in countries:
    cities, postal, phone = COUNTRIES[country]
    while True:
        name = f"{f.pick(STEMS)} {f.pick(SHOP)}"
        if name not in used_names:
            break
    used_names.add(name)
    city, region = f.pick(cities)
    ph = phone()
    fax = None if f.chance(0.3) else (ph if f.chance(0.05) else phone())
    customers.append([None, name, f"{f.pick(FIRST)} {f.pick(LAST)}", f.pick(TITLES), address(country), city, region,
                      postal(), country, ph, fax])
# fixed records the label checks
customers[0][1:11] = ["Ashdown Delikatessen", "Maria Engström", "Sales Representative", "Obere Weg 57", "Berlin", None,
                      "12209", "Germany", "030-0555321", "030-0555545"]
customers[1][1:11] = ["Harrow Comidas preparadas", "Ana Ortega", "Owner", "Avda. de la Constitución 2222", "México D.F.",
                      None, "05021", "Mexico", "(5) 555-4729", "(5) 555-3745"]
customers[2][1:11] = ["Juniper Provisions", "Howard Castell", "Marketing Manager", "City Center Plaza_x000D_\n516 Main St.",
                      "Elgin", "OR", "97827", "USA", "(503) 555-0174", None]
customers[3][1:11] = ["Quarry  Zajazd", "Zbyszek Kowal", "Owner", "ul. Filtrowa 68", "Warszawa", None, "01-012", "Poland",
                      "(26) 555-7012", "(26) 555-7012"]
for c in customers:
    c[0] = code_of(c[1], used_codes)
customers.sort(key=lambda c: c[0])

wb = workbook()
cf = CachedFormulas()


def table(ws, header, rows, date_cols=()):
    ws.append(header)
    for r in rows:
        ws.append(r)
    for col in date_cols:
        for cell in ws[col][1:]:
            cell.number_format = "mm-dd-yy"


# products, suppliers, categories
CATS = [("Beverages", "Soft drinks, coffees, teas, beers, and ales"), ("Condiments", "Sweet and savory sauces, relishes, spreads, and seasonings"),
        ("Confections", "Desserts, candies, and sweet breads"), ("Dairy Products", "Cheeses"),
        ("Grains/Cereals", "Breads, crackers, pasta, and cereal"), ("Meat/Poultry", "Prepared meats"),
        ("Produce", "Dried fruit and bean curd"), ("Seafood", "Seaweed and fish")]
FOOD = {0: ["Tea", "Lager", "Cola", "Coffee", "Ale", "Lemonade", "Stout", "Cider", "Tonic", "Mineral Water", "Chai Blend", "Wine"],
        1: ["Syrup", "Seasoning", "Mustard", "Relish", "Chutney", "Hot Sauce", "Spread", "Vinegar", "Pickles", "Pesto"],
        2: ["Biscuits", "Fudge", "Chocolate", "Marzipan", "Toffee", "Licorice", "Wafers", "Tart", "Pralines", "Nougat"],
        3: ["Cheddar", "Feta", "Gorgonzola", "Mozzarella", "Brie", "Gouda", "Quark", "Butter", "Yoghurt", "Ricotta"],
        4: ["Crispbread", "Gnocchi", "Ravioli", "Rye Bread", "Couscous", "Oat Flakes", "Tagliatelle"],
        5: ["Sausages", "Pâté", "Ham", "Meat Pie", "Salami", "Terrine"],
        6: ["Dried Apples", "Tofu", "Dried Pears", "Rösti", "Olives"],
        7: ["Salmon", "Herring", "Crab Meat", "Caviar", "Clam Chowder", "Shrimp", "Anchovies", "Kelp", "Cod", "Mussels", "Lobster", "Sardines"]}
products = []
pid = 1
for cat, items in FOOD.items():
    for it in items:
        if pid > 77:
            break
        products.append([pid, f"{f.pick(STEMS)} {it}", None, cat + 1, f.pick(["10 boxes x 20 bags", "24 - 12 oz bottles",
                         "12 - 550 ml bottles", "48 - 6 oz jars", "36 boxes", "1 kg pkg.", "20 - 1 kg tins"]),
                         round(f.r.uniform(2.5, 120), 2) if f.chance(0.5) else f.r.randrange(5, 60),
                         f.r.randrange(0, 125), f.pick([0, 0, 0, 10, 40, 70]), f.pick([0, 5, 10, 15, 25]), f.chance(0.1)])
        pid += 1
suppliers = []
for i in range(29):
    country = f.pick(list(WEIGHTS) + ["Japan", "Australia", "Singapore", "Netherlands"])
    if country in COUNTRIES:
        cities, postal, phone = COUNTRIES[country]
        city, region = f.pick(cities)
        pc, ph = postal(), phone()
    else:
        city, region, pc, ph = {"Japan": ("Tokyo", None, "100", f"(03) 3555-{digits(4)}"),
                                "Australia": ("Sydney", "NSW", "2042", f"(02) 555-{digits(4)}"),
                                "Singapore": ("Singapore", None, "0512", f"555-{digits(4)}"),
                                "Netherlands": ("Zaandam", None, "9999 ZZ", f"(12345) {digits(4)}")}[country]
    name = f"{f.pick(STEMS)} {f.pick(['Liquids', 'Trading', 'Breweries', 'Cannery', 'Fisch GmbH', 'Oy', 'Ltd.', 's.r.l.', 'AB', 'Homestead'])}"
    home = f"{name.split()[0]} (on the World Wide Web)#http://www.example.com/{name.split()[0].lower()}.htm#" if f.chance(0.12) else None
    suppliers.append([i + 1, name, f"{f.pick(FIRST)} {f.pick(LAST)}", f.pick(TITLES + ["Purchasing Manager", "Export Administrator",
                      "Regional Account Rep.", "Coordinator Foreign Markets"]), address(country), city, region, pc, country, ph,
                      None if f.chance(0.5) else ph[:-2] + digits(2), home])
for p in products:
    p[2] = f.r.randrange(1, 30)

# orders
orders, details = [], []
d = D(1996, 7, 4)
weights = [f.r.random() ** 2 for _ in customers]
for k in range(700):
    oid = 10248 + k
    d += dt.timedelta(days=f.pick([0, 1, 1, 1, 2, 3]))
    c = f.r.choices(customers, weights)[0]
    shipped = d + dt.timedelta(days=f.r.randrange(1, 30)) if k < 680 or f.chance(0.3) else None
    ship_name = c[1] if f.chance(0.9) else c[1].split()[0] + " " + f.pick(["Store", "Lager", "Depot"])
    orders.append([oid, c[0], f.r.randrange(1, 10), d, d + dt.timedelta(days=f.pick([14, 28, 28, 42])), shipped,
                   f.r.randrange(1, 4), round(f.r.uniform(0.2, 900), 2), ship_name, c[4], c[5], c[6], c[7], c[8]])
    for _ in range(f.pick([1, 2, 2, 3, 3, 4, 5])):
        p = f.pick(products)
        details.append([oid, p[0], p[5], f.pick([2, 5, 6, 10, 12, 15, 20, 25, 30, 40, 50]), f.pick([0, 0, 0, 0.05, 0.1, 0.15, 0.2, 0.25]), p[1]])

ORDER_HEAD = ["OrderID", "CustomerID", "EmployeeID", "OrderDate", "RequiredDate", "ShippedDate", "ShipVia", "Freight",
              "ShipName", "ShipAddress", "ShipCity", "ShipRegion", "ShipPostalCode", "ShipCountry"]
ws = wb.active
ws.title = "Shipments"
table(ws, ORDER_HEAD, orders, "DEF")
table(wb.create_sheet("Categories"), ["CategoryID", "CategoryName", "Description", "Picture"],
      [[i + 1, n, desc, None] for i, (n, desc) in enumerate(CATS)])
table(wb.create_sheet("Customers"), ["CustomerID", "CompanyName", "ContactName", "ContactTitle", "Address", "City",
                                     "Region", "PostalCode", "Country", "Phone", "Fax"], customers)
DEPTS = [("Retail", "Retail Manager"), ("Marketing", "Marketing Assistant"), ("IT", "IT Infrastructure Manager"),
         ("Consumer Affairs", "Consumer Relations Manager"), ("Automation", "Senior Automation Engineer"),
         ("Marketing", "Vice President"), ("R&D", "Admin Assistant"), ("HR", "HR Manager"), ("IT", "Business Analyst"),
         ("R&D", "Designer"), ("R&D", "Developer"), ("Sales", "Sales Rep"), ("IT", "IT Admin"), ("Engineering", "Senior Engineer"),
         ("Legal", "Paralegal"), ("Manufacturing", "Director"), ("Finance", "Financial Analyst"), ("Engineering", "Product Manager"),
         ("Retail", "Planner"), ("Marketing", "Marketing Manager"), ("Sales & Marketing", "Director"), ("Operations", "Director"),
         ("Executive Management", "President"), ("Finance", "Accountant"), ("R&D", "Quality Technician")]
emps, seen = [], set()
for dept, title in DEPTS:
    while True:
        first, last = f.pick(FIRST), f.pick(LAST)
        if (first, last) not in seen:
            seen.add((first, last))
            break
    display = f"{first}  {last}" if len(emps) == 4 else f"{first} {last}"
    emps.append([dept, display, first, last, title, f"{first.split()[0]}{last[0]}@tailspintraining.onmicrosoft.test"])
table(wb.create_sheet("Employees"), ["Department", "Display name", "First name", "Last name", "Title", "User principal name"], emps)
ws = wb.create_sheet("Orders Details")
ws.append(["OrderID", "ProductID", "UnitPrice", "Quantity", "Discount", "Product Name"])
for i, row in enumerate(details, start=2):
    for j, v in enumerate(row[:5], 1):
        ws.cell(i, j, v)
    cf.formula(ws, f"F{i}", f"=VLOOKUP('Orders Details'!$B{i},Product!$A$1:$B$78,2,FALSE)", row[5])
table(wb.create_sheet("Orders"), ORDER_HEAD, orders, "DEF")
table(wb.create_sheet("Product"), ["ProductID", "ProductName", "SupplierID", "CategoryID", "QuantityPerUnit", "UnitPrice",
                                   "UnitsInStock", "UnitsOnOrder", "ReorderLevel", "Discontinued"], products)
table(wb.create_sheet("Shippers"), ["ShipperID", "CompanyName", "Phone"],
      [[1, "Speedwell Express", "(503) 555-0131"], [2, "United Parcel Lines", "(503) 555-0199"], [3, "Federal Haulage", "(503) 555-0193"]])
table(wb.create_sheet("Suppliers"), ["SupplierID", "CompanyName", "ContactName", "ContactTitle", "Address", "City",
                                     "Region", "PostalCode", "Country", "Phone", "Fax", "HomePage"], suppliers)

from xml.sax.saxutils import escape  # noqa: E402

for key, value in list(cf.results.items()):
    cf.results[key] = escape(value)
cf.save(wb, "customers-en-global-tradersdb.xlsx")
