"""
Shape of Revolution2021/Auto_Calc_program "client_list.xlsx" (at commit 1f31e61): a Japanese
service company's unit-price table per client contract, made in Excel and named client_list. One
sheet "worksheet", header: Dummy / Dummy / Contract No / Client Name / Unit Price Model / Min.
number to be purchased / Max. number to be purchased / (no header: a formula joining the model and
the upper bound) / Applied price for per Unit / Dummy data / Dummy data / Ladder Price applied or
not (1 or 0), typed on two lines / 備考 (empty). Ladder contracts take four to eight rows, one per
quantity band (0–20000, 20000–30000 … up to 100000000), the contract number and the client's name
repeated on each; flat-price contracts take one row (0–100000000). "-" fills the dummy columns;
bold and yellow headers, frozen below row 1. The same client name appears under two contracts
("… (Contract A)", "(Contract B)"). A price table, not a client list: a person imports nothing.
Values invented (city names as company names, as the original does). Saved through LibreOffice so
the formula column carries computed values, as Excel's file does.
"""
from openpyxl.styles import Alignment, Font, PatternFill

from fake import Fake, save, workbook

f = Fake("pricing-en-jp-ladder")

CITIES = ["Nagoya", "Kobe", "Sapporo", "Fukuoka", "Sendai", "Kyoto", "Busan", "Taichung", "Penang", "Perth",
          "Auckland", "Hanoi", "Cebu", "Dubai", "Lima", "Oslo", "Porto", "Osaka", "Macau", "Yokohama"]


def contract_no():
    return f._unique(lambda: "XX" + f.pick("ABCDEFGHXZ") + f"{f.r.randrange(10000000, 99999999)}")


wb = workbook()
ws = wb.active
ws.title = "worksheet"
HEADER = ["Dummy", "Dummy", "Contract No", "Client Name", "Unit Price Model", "Min. number to be purchased",
          "Max. number to be purchased", None, "Applied price for per Unit", "Dummy data", "Dummy data",
          "Ladder Price applied or not\n (1 or 0)", "備考"]
for j, h in enumerate(HEADER, start=1):
    c = ws.cell(1, j, h)
    c.font = Font(bold=j in (4, 5, 6, 7, 8, 9, 12))
    if j in (6, 7, 12):
        c.fill = PatternFill("solid", fgColor="FFFF00")
    if j in (12, 13):
        c.alignment = Alignment(wrap_text=True)

cities = list(CITIES)
f.r.shuffle(cities)
rows = []
split_city = cities.pop()
ladders = [(cities.pop(), None) for _ in range(5)]
ladders.insert(2, (split_city, "Contract A"))
flats = [(split_city, "Contract B")] + [(cities.pop(), None) for _ in range(11)]
BANDS = [[0, 20000, 30000, 40000, 100000, 200000, 300000, 400000], [0, 5000, 10000, 15000], [0, 20000, 30000, 40000]]
for city, tag in ladders:
    name = f"{city} Co." + (f" ({tag})" if tag else "")
    if f.chance(0.3):
        name = f"{city} co."
    number = contract_no()
    bands = f.pick(BANDS)
    price = f.r.randrange(24, 81) * 10
    for k, low in enumerate(bands):
        high = bands[k + 1] if k + 1 < len(bands) else 100000000
        rows.append([number, name, "Ladder Price Applied", low, high, True, price, 1])
        price = max(price - f.r.randrange(1, 13) * 10, 100)
for city, tag in flats:
    name = f"{city} Co." + (f" ({tag})" if tag else "")
    rows.append([contract_no(), name, "Flat Price", 0, 100000000, False, f.r.randrange(18, 80) * 10, 0])

for i, (number, name, model, low, high, formula, price, flag) in enumerate(rows, start=2):
    ws.cell(i, 1, "-")
    ws.cell(i, 2, "-")
    ws.cell(i, 3, number)
    ws.cell(i, 4, name)
    ws.cell(i, 5, model)
    ws.cell(i, 6, low)
    ws.cell(i, 7, high)
    if formula:
        ws.cell(i, 8, f'=E{i}&"__"&G{i}')
    ws.cell(i, 9, price).number_format = "0_);[Red]\\(0\\)"
    ws.cell(i, 10, "-")
    ws.cell(i, 11, "-")
    ws.cell(i, 12, flag)
for col, width in zip("ACDEFGHIJLMN", [5.8, 15.1, 26.3, 19, 23.5, 20.9, 3.9, 21.8, 8.3, 17.6, 19.8, 8.6]):
    ws.column_dimensions[col].width = width
ws.freeze_panes = "E2"
save(wb, "pricing-en-jp-ladder.xlsx", libreoffice="xlsx")

if __name__ == "__main__":
    import os
    if os.environ.get("SHOW"):
        for r in rows:
            print(r)
