"""
Shape of roysolmonovich/allin1ship-manifest "sales (8).xls" (commit
15093af53f752d129b5615219046f212e6b70871): a New York e-commerce fulfilment (3PL) company's
invoice list exported from its billing system and saved as Excel 97-2003 (.xls), used by its
manifest/billing scripts. One sheet "Worksheet", General format throughout.

- Header Date / No. / Client / Total / Company.
- 83 weekly invoices from 12/07/2020 to 12/22/2020, newest first: Date as text "12/21/2020",
  No. as text ("3142"), Client the contact person at the customer, Total a number (from 3.12 to
  tens of thousands), Company the customer business ("… LLC", "… Inc", "… Corp", "123 Deals
  From A to Z LLC", "S&C Global Inc"). The same 31 customer companies recur every billing week
  with the same contact; four appear in one week only.
All names and amounts invented.
"""
from fake import Fake, save, workbook

f = Fake("invoices-en-us-fulfilmentclients")
# company, contact, typical weekly total
CUSTOMERS = [
    ("Bakewise Corp", "Eli Schonfeld", 30000), ("Pure and Merry LLC", "David Garber", 10000), ("Radiant Gate LLC", "Eli Kaplan", 18000),
    ("Mix n Match Inc", "Isaac Weinreb", 16000), ("Nimbus Group Inc", "Doni Katz", 15000), ("Regal Imports of NY Inc", "Yoel Wasser", 10000),
    ("Advantage Favors Inc", "Solomon Lerner", 15000), ("Benji Bros LLC", "Menachem Berkowitz", 7000), ("Ghostline LLC", "Vadim Markov", 9000),
    ("Sound Circle Inc", "Jerry Brody", 3000), ("MTQ Trading Inc", "Maximo Mansour", 2500), ("HLV Sales Inc", "Sam Kessler", 100),
    ("Kosher Wellness LLC", "Zevi Gottlieb", 30), ("Shalev Solutions Inc", "Schneur Rosen", 8), ("EBZ Deals Inc", "Yoel Mandel", 11000),
    ("CFK Team Inc", "Chesky Brody", 1000), ("Sagebrush Corp", "Sam Tkachenko", 12), ("S&C Global Inc", "Sholom Wertheim", 400),
    ("Y&Y Jersey Trades Corp", "CB Bernfeld", 600), ("Three Bells LLC", "Chiena Avner", 120), ("MW Novelty Inc", "Wolf Weisz", 420),
    ("Jebson Enterprises LLC", "Chaim Rubin", 16000), ("XYZ Sales LLC", "Yitzchok Wexler", 600), ("123 Deals From A to Z LLC", "Avraham Feldman", 1500),
    ("Diamond Mobile Corp", "Moses Gross", 8000), ("Advanced Vitality Inc", "Ben Zeller", 1500), ("Health Direct NY Inc", "Berish Lowy", 560),
    ("Money or Honey LLC", "Joel Wolff", 3), ("Cicada Goods LLC", "Moshe Silver", 2000), ("Tamarack Home LLC", "Leib Spitzer", 900),
    ("Orchard Kids Inc", "Shaya Roth", 2200),
]
WEEKS = [("12/22/2020", ["Bakewise Corp"]), ("12/21/2020", None), ("12/14/2020", None), ("12/09/2020", None),
         ("12/07/2020", ["Advanced Vitality Inc", "Bakewise Corp"])]
ONCE = {"Money or Honey LLC": "12/14/2020", "Cicada Goods LLC": "12/14/2020", "Tamarack Home LLC": "12/09/2020",
        "Orchard Kids Inc": "12/21/2020"}

rows = []
number = 3143
for date, only in WEEKS:
    if only:
        names = only
    else:
        names = [c[0] for c in CUSTOMERS if c[0] not in ONCE or ONCE[c[0]] == date]
        if date == "12/21/2020":
            names = [n for n in names if n != "Bakewise Corp"]
        if date == "12/09/2020":
            names = [n for n in names if n not in ("Shalev Solutions Inc", "HLV Sales Inc", "Ghostline LLC", "Three Bells LLC")]
    week = []
    for name in names:
        company, contact, typical = next(c for c in CUSTOMERS if c[0] == name)
        week.append([date, None, contact, round(typical * f.r.uniform(0.5, 1.6), 2), company])
    nums = list(range(number - len(week), number))
    f.r.shuffle(nums)
    for row, n in zip(week, nums):
        row[1] = str(n)
    number -= len(week)
    week.sort(key=lambda r: -r[3] if f.chance(0.8) else 0)
    rows += week
assert len(rows) == 83

wb = workbook()
ws = wb.active
ws.title = "Worksheet"
ws.append(["Date", "No.", "Client", "Total", "Company"])
for r in rows:
    ws.append(r)
save(wb, "invoices-en-us-fulfilmentclients.xls", libreoffice="xls")

if __name__ == "__main__":
    print(len(rows), len({r[4] for r in rows}))
    for r in rows[:3] + rows[-3:]:
        print(r)
