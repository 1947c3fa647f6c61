"""
Shape of AnindyaChakrabartyFAB/EliteX "data/core_client_holding.xlsx": one table of a UAE private
bank's wealth database (schema core, table client_holding) exported to Excel by a script for an
advisers' AI tool: every security each client holds at the bank.

- "Table_Info": Column Name / Data Type / Nullable / Default Value / Max Length / Numeric
  Precision / Numeric Scale, one row per column of the table (22), header bold white on blue.
- "Sample_Data": header row 1 (bold, blue fill) client_id / security_id / asset_class /
  sub_asset_type / product_type / product_sub_type / managed_type / security_name / issuer /
  security_country / date_of_purchase / credit_rating / face_value_usd / current_price /
  maturity / coupon_rate / investment_amount_usd / investment_value_usd /
  holding_wise_return_since_inception / isin / security_code / last_updated. 6354 holdings of
  1024 clients (scaled here to 359 holdings of 120 clients); client_id a masked code ('34LKLFP'),
  half the clients with one holding, a few with ten or more; rows in security order, the same
  security on many clients' rows. Numeric columns are TEXT ('735364', '99.67', '0.25');
  date_of_purchase and maturity real date-times (format YYYY-MM-DD HH:MM:SS) or empty;
  about one row in five has no security_id / name / issuer / country / price (only the asset
  class, the ISIN and the value); managed_type ADVISORY / EXECUTION ONLY / NO MANDAT or empty;
  last_updated the same time stamp on every row.
- "Summary": Property / Value: schema, table, total rows, columns count, export date, sample
  size, file name.
Values invented (client codes, securities, issuers, ISINs, amounts).
"""
import datetime as dt

from openpyxl.styles import Font, PatternFill

from fake import Fake, save, workbook

f = Fake("assets-en-ae-privatebankholdings")
R = f.r
HEAD = Font(bold=True, color="FFFFFF")
FILL = PatternFill("solid", fgColor="366092")
DT = "YYYY-MM-DD HH:MM:SS"
STAMP = dt.datetime(2025, 6, 11, 9, 47, 34, 921000)

COLUMNS = [("client_id", "text"), ("security_id", "text"), ("asset_class", "text"), ("sub_asset_type", "text"),
           ("product_type", "text"), ("product_sub_type", "text"), ("managed_type", "text"), ("security_name", "text"),
           ("issuer", "text"), ("security_country", "text"), ("date_of_purchase", "timestamp without time zone"),
           ("credit_rating", "text"), ("face_value_usd", "numeric"), ("current_price", "numeric"),
           ("maturity", "timestamp without time zone"), ("coupon_rate", "numeric"), ("investment_amount_usd", "numeric"),
           ("investment_value_usd", "numeric"), ("holding_wise_return_since_inception", "numeric"), ("isin", "text"),
           ("security_code", "text"), ("last_updated", "timestamp without time zone")]

KINDS = [  # weight, asset_class, sub, product, sub-type
    (30, "FIXED INCOME", "Bonds and Sukuk", "Bonds", "Corporate Bonds Fixed"),
    (23, "EQUITIES", "Shares", "Equity", "Common Stock"),
    (10, "FIXED INCOME", "Bonds and Sukuk", "Bonds", "Perpetual Bond"),
    (8, "FIXED INCOME", "Bonds and Sukuk", "Bonds", "Government Bond Fixed"),
    (5, "CASH AND MONEY MARKET", "Treasury Products", "Notes", "Treasury Notes"),
    (4, "FIXED INCOME", "Fixed Income Mutual Fund", "Mutual Fund", "Open Ended Fixed Income Fund"),
    (4, "FIXED INCOME", "Bonds and Sukuk", "Bonds", "Corporate Bond Floating"),
    (3, "EQUITIES", "Equity Mutual Fund", "Mutual Fund", "Open Ended Equity Mutual Fund"),
    (3, "EQUITIES", "Equity Mutual Fund", "Equity", "ETF (Equity)"),
    (3, "MULTI ASSET", "Multi Asset Mutual Fund", "Mutual Fund", "Open Ended Multi Asset Fund"),
    (2, "SPECIALTY", "Platform and Insurance Products", "Insurance", "Market Linked"),
    (1, "SPECIALTY", "Structured products", "Structured Products", "Non Capital Protected"),
    (1, "ALTERNATIVES", "Private Markets", "Mutual Fund", "Private Market Funds"),
    (1, "ALTERNATIVES", "Commodities", "Equity", "ETF (Commodity)"),
]
ISSUERS = [("Gulf Crescent Holding", "AE"), ("Emirate of Qadir", "AE"), ("Sahra Petroleum Co", "SA"), ("Kingdom of Navaria", "OM"),
           ("Republic of Meridia", "EG"), ("Pearl Coast Bank PJSC", "AE"), ("Northgate Energy plc", "GB"), ("Atlas Telecom SA", "LU"),
           ("Harbourview Realty PJSC", "AE"), ("Falcon Aviation Finance", "KY"), ("Oasis Power Co", "QA"), ("Blue Dune Capital", "BH"),
           ("United Pylon Corp", "US"), ("Cedarline Foods Inc", "US"), ("Sundial Semiconductors Inc", "US"), ("Marlow Asset Management", "IE")]
FUNDS = ["Global Dividend Maxi", "Emerging Markets Debt", "Gulf Equity Opportunities", "Sukuk Income", "Balanced Allocation",
         "Short Duration Bond", "World Technology", "Asia Pacific Leaders"]
RATINGS = ["NR", "BB+", "A+", "BBB", "BBB-", "A", "AA-", "BB", "B+", "B-"]


def isin(country):
    body = "".join(R.choice("0123456789") for _ in range(8)) + R.choice("ABCDEFGHJK") + R.choice("0123456789")
    return ("XS" if country not in ("US", "AE", "LU", "IE") else country) + body


securities = []
for k in range(70):
    kind = R.choices(KINDS, weights=[w for w, *_ in KINDS])[0][1:]
    issuer, country = R.choice(ISSUERS)
    coupon = round(R.uniform(2, 8), 3) if kind[2] in ("Bonds", "Notes") else 0
    year = R.randrange(2025, 2036)
    if kind[2] in ("Bonds", "Notes"):
        name = f"{issuer.upper().replace(' PJSC', '').replace(' INC', '')} {coupon:g} {year}"
        maturity = dt.datetime(year, R.randrange(1, 13), R.randrange(1, 29))
        face, price = R.choice(["1000", "200000", "100"]), f"{R.uniform(88, 104):.2f}"
    elif kind[2] == "Mutual Fund":
        name, maturity, face, price = f"{issuer.split()[0]} {R.choice(FUNDS)}", None, "1", f"{R.uniform(3, 180):.2f}"
    else:
        name, maturity, face, price = issuer, (dt.datetime(year, 6, 30) if kind[2] == "Structured Products" else None), \
            R.choice(["1", "0.25", "0.1"]), f"{R.uniform(2, 400):.2f}"
    code = f"{R.choice(['001000', '005000', '005011', '005012'])}-{R.randrange(1, 999):03d}"
    securities.append(dict(kind=kind, name=name, issuer=issuer, country=country, maturity=maturity, face=face, price=price,
                           coupon=f"{coupon:.2f}" if coupon else "0", rating=R.choice(RATINGS) if kind[0] == "FIXED INCOME" else None,
                           isin=isin(country), code=code))
securities.sort(key=lambda s: s["code"])


def client_code():
    return f"{R.randrange(15, 60)}" + "".join(R.choice("AFGHKLPQRXZ") for _ in range(5))


clients = []
while len(clients) < 120:
    c = client_code()
    if c not in clients:
        clients.append(c)
sizes = [1] * 58 + [2] * 18 + [3] * 11 + [4] * 8 + [5] * 7 + [6] * 5 + [7] * 4 + [8] * 3 + [10] * 2 + [13] * 2 + [16, 21]
R.shuffle(sizes)

holdings = []
for c, n in zip(clients, sizes):
    for s in R.sample(securities, min(n, len(securities))):
        holdings.append((s["code"], c, s))
holdings.sort(key=lambda h: (h[0], h[1]))
holdings = holdings[:480]

rows = []
for code, client, s in holdings:
    bare = R.random() < 0.2 and s["kind"][0] != "MULTI ASSET"
    value = R.randrange(20000, 3000000)
    managed = None if R.random() < 0.4 else R.choice(["ADVISORY", "EXECUTION ONLY", "EXECUTION ONLY", "ADVISORY", "NO MANDAT"])
    amount = str(round(value * R.uniform(0.85, 1.1), R.choice([0, 1, 2]))).rstrip("0").rstrip(".") if managed else None
    ret = f"{R.uniform(-12, 15):.2f}" if managed else None
    bought = dt.datetime(R.randrange(2019, 2025), R.randrange(1, 13), R.randrange(1, 29)) if (not bare and R.random() < 0.45) else None
    a, sub, prod, subt = s["kind"]
    if bare:
        rows.append([client, None, a, sub, prod, subt, managed, None, None, None, None, None, None, None,
                     s["maturity"] if R.random() < 0.3 else None, None, amount, str(value), ret, s["isin"], None, STAMP])
    else:
        rows.append([client, s["code"], a, sub, prod, subt, managed, s["name"], s["issuer"], s["country"], bought, s["rating"],
                     s["face"], s["price"], s["maturity"], s["coupon"], amount, str(value), ret, s["isin"], s["code"], STAMP])

wb = workbook()
ws = wb.active
ws.title = "Table_Info"
ws.append(["Column Name", "Data Type", "Nullable", "Default Value", "Max Length", "Numeric Precision", "Numeric Scale"])
for name, typ in COLUMNS:
    ws.append([name, typ, "YES", "CURRENT_TIMESTAMP" if name == "last_updated" else None, None, None, None])
for c in ws[1]:
    c.font, c.fill = HEAD, FILL
for col, w in zip("ABCDEFG", (37, 29, 10, 19, 12, 19, 15)):
    ws.column_dimensions[col].width = w

ws = wb.create_sheet("Sample_Data")
ws.append([n for n, _ in COLUMNS])
for c in ws[1]:
    c.font, c.fill = HEAD, FILL
for row in rows:
    ws.append(row)
for r in range(2, len(rows) + 2):
    for col in ("K", "O", "V"):
        ws[f"{col}{r}"].number_format = DT
for col, w in zip("ABCDEFGHIJKLMNOPQRSTUV", (11, 13, 23, 33, 21, 33, 16, 37, 37, 18, 21, 15, 16, 15, 21, 13, 23, 22, 37, 22, 15, 28)):
    ws.column_dimensions[col].width = w

ws = wb.create_sheet("Summary")
for row in [("Property", "Value"), ("Schema Name", "core"), ("Table Name", "client_holding"), ("Total Rows", len(rows)),
            ("Columns Count", 22), ("Export Date", "2025-10-05 12:56:17"), ("Sample Size", len(rows)),
            ("File Created", "core_client_holding.xlsx")]:
    ws.append(list(row))
for c in ws[1]:
    c.font, c.fill = HEAD, FILL
ws.column_dimensions["A"].width = 15
ws.column_dimensions["B"].width = 26

save(wb, "assets-en-ae-privatebankholdings.xlsx")
print(len(rows), len(set(r[0] for r in rows)))
