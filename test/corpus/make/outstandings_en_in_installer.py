"""
Shape of JPTechatronics/J-P-Techatronics-2023-2024 "Outstandings.xlsx": a small Goan CCTV and
automation installer's list of unpaid bills, kept by hand in Excel. Sheet "Purchase 22-23": an empty
first row, header in row 2 (Sr. No / Date / Invoice Number / Vendor / Bill Amount / Outstanding), the
suppliers' bills in blocks, the serial number on a block's first row only, the block's outstanding a
formula on its last row, a blank row between blocks, a side note beside the last one. Sheet
"Sale 22-23": the same for clients (header in row 1, Client instead of Vendor): one to four invoices
per client, outstanding formulas that subtract payments typed into them (=E12-2512515), a client
billed once on a proforma and once on a tax invoice ('Bethany Trust (Proforma Invoice)' then
'Bethany Trust'), rows with only an amount (a revised bill, a payment) or only a total, a stray
space in J13, and below a blank row a second table with its own header (… Client / Advance /
Bill amount / Outstanding) for a client who paid advances. Values invented.
"""
import datetime

from fake import Fake, workbook, CachedFormulas

f = Fake("outstandings-en-in-installer")
D = lambda y, m, d: datetime.datetime(y, m, d)

wb = workbook()
cf = CachedFormulas()

buy = wb.active
buy.title = "Purchase 22-23"
buy.append([None])
buy.append(["Sr. No", "Date", "Invoice Number", "Vendor", "Bill Amount", "Outstanding"])
vendors = [("Harmony Polymers Pvt Ltd", [("100/23-24", D(2024, 2, 6), 55401), ("114/23-24", D(2024, 3, 4), 47466)]),
           ("Coastal Trade Links Pvt Ltd", [("I-C-1-24-45287", D(2024, 1, 3), 64900), ("I-C-1-24-454286", D(2024, 1, 3), 34810),
                                            ("I-C-1-24-454734", D(2024, 2, 1), 54693)]),
           ("Shree Ganesh Lighting Hub", [("SGL/3601", D(2024, 1, 16), 3472), ("SGL/3633", D(2024, 1, 17), 2877),
                                          ("SGL/3668", D(2024, 1, 20), 1756)])]
r = 3
for n, (vendor, bills) in enumerate(vendors, start=1):
    first = r
    for k, (no, date, amount) in enumerate(bills):
        buy.append([n if k == 0 else None, date, no, vendor, amount])
        buy.cell(r, 2).number_format = "mm-dd-yy"
        if k == len(bills) - 1:
            cf.formula(buy, f"F{r}", "=" + "+".join(f"E{x}" for x in range(first, r + 1)), sum(b[2] for b in bills))
        r += 1
    buy.append([None])
    r += 1
buy.append([4, D(2024, 1, 30), 1530, "Aquaclear Chemicals", 9525, None, "Not showing in the records of the vendor"])
buy.cell(r, 2).number_format = "mm-dd-yy"
cf.formula(buy, f"F{r}", f"=E{r}", 9525)

sale = wb.create_sheet("Sale 22-23")
sale.append(["Sr. No", "Date", "Invoice Number", "Client", "Bill amount", "Outstanding"])
rows = [
    [1, D(2021, 2, 5), "b20-21JP412", "Netlink Systems", None, None],
    [None, None, None, None, None, 118245],
    [None],
    [2, D(2023, 1, 6), "b22-23JP403", "Kessler Concrete Machines Pvt Ltd", 1180, None],
    [None, D(2023, 3, 4), "b22-23JP425", "Kessler Concrete Machines Pvt Ltd", 58412.4, None],
    [None, D(2023, 3, 13), "b22-23JP428", "Kessler Concrete Machines Pvt Ltd", 14020.36, None],
    [None, D(2024, 3, 7), "b23-24JP408", "Kessler Concrete Machines Pvt Ltd", 159300, ("=E5+E6+E7+E8", 232912.76)],
    [None],
    [3, D(2022, 10, 7), "b22-23JP304", "Ranveer", 61420.5, ("=E10-45000", 16420.5)],
    [None],
    [4, D(2022, 10, 27), "b22-23JP307", "Moira Village Panchayat (Proforma Invoice)", 2417820, ("=E12-2250000", 167820)],
    [None, None, None, None, None, None, None, None, None, " "],
    [5, D(2022, 12, 7), "b22-23JP318", "Bethany Trust (Proforma Invoice)", 1875400.5, ("=E14-160000-450000-700000-250000", 315400.5)],
    [None, D(2024, 1, 1), "b23-24JP402", "Bethany Trust", 208860, ("=E15", 208860)],
    [None, None, None, None, None, ("=F14+F15", 524260.5)],
    [None],
    [6, None, None, "Saligao", 1984250.4, ("=E18-1290000", 694250.4)],
    [None, None, None, None, 2036118.8, ("=E19-1290000", 746118.8), ("=F19-F18", 51868.4)],
    [None],
    [7, D(2023, 12, 1), "b23-24JP310", "Verdant Interiors", 39500, ("=E21-18000-15000", 6500)],
    [None],
    [8, D(2024, 1, 2), "b23-24JP401", "Kamat", 76540.8, ("=E23-65000-3890.2", 7650.6)],
    [None],
    ["Sr. No", "Date", "Invoice Number", "Client", "Advance", "Bill amount", "Outstanding"],
    [1, D(2022, 1, 12), "0305", "Ramnath", 18000, 27450.4, None],
    [None, D(2022, 1, 12), "0306", "Ramnath", 12000, 49870.5, None],
    [None, D(2023, 1, 28), None, None, 15000, None, ("=F27+F26-E26-E27-E28", 32320.9)],
]
for i, row in enumerate(rows):
    n = i + 2
    for j, v in enumerate(row):
        if isinstance(v, tuple):
            cf.formula(sale, f"{'ABCDEFGHIJ'[j]}{n}", v[0], v[1])
        elif v is not None:
            sale.cell(n, j + 1, v)
    if isinstance(sale.cell(n, 2).value, datetime.datetime):
        sale.cell(n, 2).number_format = "mm-dd-yy"
cf.save(wb, "outstandings-en-in-installer.xlsx")
