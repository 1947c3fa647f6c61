"""
Shape of patchgreen99/DataChallenge "Customer_Data.xlsx" (commit c81f7011): the customer master of
a data-challenge sales model (sales, budgets and products live in other workbooks), made in Excel,
one sheet "Customer data", A1:D101 with an autofilter, plain header on row 1.

Header: Customer name / Country / Region / Customer Number — the number last. 100 customers sorted
by name, generated-looking company names (pseudo-Latin words with LLC, LLP, Corp., Inc.,
Associates, Institute, Consulting, Industries, Foundation, Limited); countries Australia, United
States, United Kingdom, New Zealand; Region a state or county code (NSW, QLD, NT, "NS", "TA",
GA, UT, BDS, TYR, IOW, NI, SI …); four-digit customer numbers 1000–1999 out of order.
Values invented (company names, regions drawn per country, numbers).
"""
from fake import Fake, save, workbook

f = Fake("customers-en-global-salesmaster")
WORDS = ["Arcu", "Auctor", "Blandit", "Cras", "Cursus", "Dictum", "Donec", "Egestas", "Eleifend", "Fames", "Felis",
         "Fusce", "Gravida", "Iaculis", "Justo", "Lacinia", "Laoreet", "Lectus", "Luctus", "Magna", "Massa", "Mauris",
         "Metus", "Morbi", "Nascetur", "Nulla", "Odio", "Ornare", "Pede", "Pharetra", "Porta", "Posuere", "Quam",
         "Risus", "Sapien", "Semper", "Sociis", "Tellus", "Tempor", "Tortor", "Turpis", "Urna", "Varius", "Vivamus"]
TAILS = ["LLC", "LLP", "Corp.", "Inc.", "Associates", "Institute", "Consulting", "Industries", "Foundation", "Limited",
         "Company", "PC", "Ltd", "Corporation", "Incorporated"]
REGIONS = {"Australia": (31, ["NSW", "QLD", "VIC", "WA", "NT", "ACT", "NS", "TA"]),
           "United States": (28, ["GA", "NE", "ID", "UT", "KY", "AK", "VA", "MN", "WA", "OH", "OK", "ME"]),
           "United Kingdom": (27, ["BDS", "TYR", "HPH", "IOW", "GNM", "BFD", "CBA", "DHM", "GWT", "LDR", "NOR", "MSY",
                                   "GNS", "CTR", "SFK", "LEC", "ESX", "ARM"]),
           "New Zealand": (14, ["NI", "NI", "SI"])}

names = set()
rows = []
numbers = f.r.sample(range(1000, 2000), 100)
for country, (n, regions) in REGIONS.items():
    for _ in range(n):
        while True:
            k = f.r.choice([1, 2, 2, 3])
            name = " ".join(f.r.sample(WORDS, k)) + " " + f.pick(TAILS)
            if name not in names:
                names.add(name)
                break
        rows.append([name, country, f.pick(regions)])
rows.sort(key=lambda r: r[0])
for r, num in zip(rows, numbers):
    r.append(num)

wb = workbook()
ws = wb.active
ws.title = "Customer data"
ws.append(["Customer name", "Country", "Region", "Customer Number"])
for r in rows:
    ws.append(r)
ws.auto_filter.ref = "A1:D101"
for col, w in zip("ABCDE", [31.63, 13.54, 25.82, 15.18, 8.73]):
    ws.column_dimensions[col].width = w
save(wb, "customers-en-global-salesmaster.xlsx")
for r in rows[:3] + rows[50:52] + rows[-2:]:
    print(r)
