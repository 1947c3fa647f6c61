"""
Shape of akalankapulinda/bulk-bank-letter-generator "customer_data.xlsx" (at commit
e0298623814707520d9f7c3cc37ae116ce1fc459): the data file behind a desktop tool that mail-merges bank
balance-confirmation letters into a Word template. One sheet "Sheet1" written by pandas (bold centred
header in row 1, no title), 50 rows, one per customer account: Reference_Number ('REF-20260307-0001',
the letter's reference), Date (the letter date, a date-time shown yyyy-mm-dd), Customer_Name,
Account_Type (Current / Savings / Checking / Business), Bank_Name (ten banks, mixed across rows),
Customer_ID ('CUST417824'), Start_Date (account opened), Balance_Date (the date the balance is
confirmed at), Balance_Local and Balance_Foreign (plain numbers with cents, the foreign balance 0 on
about a fifth of the rows), Conversion_Rate (0.95-1.15) and Customer_Address ('Lindenallee 61,
Dresden, Germany', German cities). No duplicates, no blank rows, no totals.
A person keeping clients imports one client per customer (name, id, address) and one deposit asset per
row: the bank as the institution, the local balance as its value, the opening date as its start and the
balance date as the as-of date; the letter reference, letter date, foreign balance and rate stay out.
Values invented.
"""
import datetime

from fake import Fake, save, workbook
from openpyxl.styles import Alignment, Font

f = Fake(3207)
FIRST = ["Dakota", "Sawyer", "Jordan", "Rowan", "Avery", "Harper", "Morgan", "Zion", "Noel", "Wren", "Emerson",
         "Micah", "Skyler", "Payton", "Reagan", "Parker", "Quinn", "Casey", "Hayden", "Finley", "Oakley", "Val"]
LAST = ["Ashdown", "Brightwell", "Carrow", "Dunmore", "Ellery", "Fairbank", "Greyson", "Holloway", "Ivers",
        "Jessop", "Kettering", "Marlow", "Northcott", "Oakes", "Pembury", "Quarrie", "Radley", "Stanmore"]
BANKS = ["BNP Paribas", "Deutsche Bank", "Sparkasse", "Citibank", "UniCredit", "Santander", "Barclays",
         "Commerzbank", "ING", "HSBC"]
TYPES = ["Current", "Current", "Savings", "Checking", "Business"]
STREETS = ["Goethestraße", "Bachweg", "Mozartstraße", "Lindenallee", "Schillerstraße", "Birkenweg",
           "Eichengrund", "Am Rosenhang", "Tannenweg"]
CITIES = ["Berlin", "Munich", "Leipzig", "Dresden", "Frankfurt", "Cologne", "Landshut", "Stuttgart",
          "Düsseldorf", "Hamburg"]

FIXED = {
    0: ("Dakota Ashdown", "Current", "BNP Paribas", "CUST417210", datetime.date(2023, 9, 24),
        datetime.date(2024, 8, 7), 42456.24, 14206.69, "Goethestraße 126, Berlin, Germany"),
    6: ("Rowan Ivers", "Savings", "Santander", "CUST225601", datetime.date(2023, 5, 24),
        datetime.date(2023, 7, 25), 153790.31, 77695.17, "Birkenweg 113, Dresden, Germany"),
    8: ("Taylor Kettering", "Savings", "Barclays", "CUST781604", datetime.date(2023, 4, 22),
        datetime.date(2023, 6, 12), 35107, 0, "Schillerstraße 134, Leipzig, Germany"),
    25: ("Skyler Holloway", "Business", "Sparkasse", "CUST122688", datetime.date(2023, 6, 1),
         datetime.date(2023, 7, 4), 198968.59, 56442.77, "Bachweg 134, Munich, Germany"),
    36: ("Avery Radley", "Checking", "Deutsche Bank", "CUST659077", datetime.date(2023, 4, 22),
         datetime.date(2024, 1, 9), 7722.01, 198101.98, "Am Rosenhang 197, Cologne, Germany"),
    49: ("Payton Stanmore", "Current", "Commerzbank", "CUST399612", datetime.date(2023, 3, 9),
         datetime.date(2024, 2, 24), 159393.73, 0, "Tannenweg 133, Dresden, Germany"),
}
used = {v[0] for v in FIXED.values()}

wb = workbook()
ws = wb.active
ws.title = "Sheet1"
ws.append(["Reference_Number", "Date", "Customer_Name", "Account_Type", "Bank_Name", "Customer_ID", "Start_Date",
           "Balance_Date", "Balance_Local", "Balance_Foreign", "Conversion_Rate", "Customer_Address"])
for c in ws[1]:
    c.font = Font(bold=True)
    c.alignment = Alignment(horizontal="center")
for i in range(50):
    if i in FIXED:
        name, typ, bank, cid, start, bdate, local, foreign, addr = FIXED[i]
    else:
        while True:
            name = f"{f.pick(FIRST)} {f.pick(LAST)}"
            if name not in used:
                used.add(name)
                break
        typ, bank = f.pick(TYPES), f.pick(BANKS)
        cid = f"CUST{f.r.randrange(100000, 999999)}"
        start = f.date(datetime.date(2023, 1, 1), datetime.date(2024, 1, 31))
        bdate = start + datetime.timedelta(days=f.r.randrange(30, 330))
        local = round(f.r.uniform(5000, 250000), 2)
        foreign = 0 if f.chance(0.2) else round(f.r.uniform(1000, 200000), 2)
        addr = f"{f.pick(STREETS)} {f.r.randrange(1, 200)}, {f.pick(CITIES)}, Germany"
    letter = f.date(datetime.date(2025, 3, 1), datetime.date(2026, 2, 28))
    ws.append([f"REF-20260307-{i + 1:04d}", datetime.datetime.combine(letter, datetime.time()), name, typ, bank, cid,
               datetime.datetime.combine(start, datetime.time()), datetime.datetime.combine(bdate, datetime.time()),
               local, foreign, round(f.r.uniform(0.95, 1.15), 4), addr])
for row in ws.iter_rows(min_row=2):
    for col in (1, 6, 7):
        row[col].number_format = "yyyy\\-mm\\-dd"
for col, w in zip("ABCDEFGHIJKL", [13, 22.1, 18.6, 23.7, 16.1, 15.3, 20.2, 17.4, 13, 13, 13, 13]):
    ws.column_dimensions[col].width = w
save(wb, "balances-en-de-bankletters.xlsx")
