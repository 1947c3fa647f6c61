"""
Shape of JPTechatronics/J-P-Techatronics-2023-2024 "Copy of GST.xlsx": a small Goan installer's GST
register for 2023-24, one sheet per quarter ('Apr-23 to Jun-23' … 'Jan-24 to Mar-24'). On each sheet
an empty first row, then per month: the month's name (APRIL, or October in the later quarters)
merged over A:J, 'Sales' merged over A:H, the header DATE / PARTY / Invoice No / Taxable / output IGST
/ CGST / SGST / TOTAL INVOICE  AMOUNT, the month's invoices to clients (one big client on most rows, a
handful of others, a buyer's GST number in J now and then, one month with no sale at all), a TOTAL
row of SUM formulas; then 'Purchase' merged over A:J and a second header (… Input IGST … CESS / GST
NO) with the month's bills from suppliers — thirty or so, shops, distributors, online sellers,
courier, insurer and the bank's charges, each with its GST number — and its TOTAL row; a blank row;
the next month. Totals typed or =D+E+F+G; stray reconciliation formulas beside a TOTAL row and far
below the last month. Values invented.
"""
import datetime

from fake import Fake, workbook, CachedFormulas

f = Fake("registers-en-in-gstquarters")

CLIENTS = [("Kessler Concrete Machines Pvt Ltd", None, 30), ("Deccan Precision Works Pvt Ltd", "27AABCD4821K1ZD", 1),
           ("Verdant Interiors", "30AAUPV2317D1Z9", 2), ("Shivam Enterprises", "30ADRPS5120C1ZL", 1),
           ("Craftline", "30AAWPC7103R2ZB", 1), ("Saligao Village Panchayat", None, 1),
           ("S V Engineering Works", "30ABCPS4410E1ZK", 1), ("Bethany Trust", None, 2)]
VENDOR_WORDS = ["Jaylaxmi Electricals", "Print House", "Acura Engineering", "Harmony Polymers Private Limited",
                "Mags Cement", "Alegra Communications Pvt Ltd", "Silicon Computers", "Shree Ganesh Lighting Hub",
                "Flexaflex Hoses International", "Navind Times & Production", "Dempo Papers Pvt. Ltd.",
                "KRISHNA PAINTS AND SANITARY", "MULRAJ DEVCHAND TRADERS", "Coastal Trade Links Pvt Ltd",
                "Central Bank of India", "Max International", "Bharat Plywood & Laminate", "Bajaj General Insurance",
                "Fone Solutions", "A K Traders", "VRL LOGISTICS LIMITED, VIJAYAPURA", "Sanyo & Sanyo",
                "Cassun Electricals", "Business Nirvana Inc", "Retailez Private Limited", "SWABHAN COMMERCE PRIVATE LIMITED",
                "APPARIO RETAIL PRIVATE LIMITED", "Enn Ess Industries", "KAY KAY OVERSEAS CORPORATION",
                "ETHERNETXPRESS INDIA PRIVATE LIMITED", "Galaxy Electronics India Pvt Ltd", "Desai Electronics & Electricals",
                "Microciti", "Pest Assassins", "Counto Automobiles Pvt Ltd", "Aditya Peripherals Pvt Ltd",
                "Gypsum Trading Co", "CLICKTECH RETAIL PRIVATE LIMITED", "Santosh Kumar", "Accurate Surveillance India Pvt Ltd",
                "Avon Computers", "Unique Services", "M/s Bale & Sons", "Goa Hardware Mart", "Konkan Cables",
                "Mandovi Tools", "Zuari Steel Traders", "Vasco Wires & Cables", "Panaji Stationers", "Sai Networks",
                "Techno Spares", "Ponda Fasteners", "Margao Power Systems", "Bicholim Batteries", "Colva Automation"]
STATES = ["30"] * 6 + ["27", "27", "29", "24", "33", "07", "06", "03"]


def gstin(state=None):
    letters = "".join(f.pick("ABCDEFGHJKLMNPQRSTUVWXYZ") for _ in range(5))
    return f"{state or f.pick(STATES)}{letters}{f.r.randrange(1000, 9999)}{f.pick('ABCDEFGHJK')}{f.pick('123')}Z{f.pick('0123456789ABCDEFGHJKLMNPQRSTUVWXYZ')}"


vendors = [(v, gstin("30" if "Goa" in v or f.chance(0.55) else None)) for v in VENDOR_WORDS]
vendors[14] = ("Central Bank of India", "30AAACC2498P4ZD")
QUARTERS = [("Apr-23 to Jun-23", [(2023, 4), (2023, 5), (2023, 6)], str.upper),
            ("Jul-23 to Sept-23", [(2023, 7), (2023, 8), (2023, 9)], str.upper),
            ("Oct-23 to Dec-23", [(2023, 10), (2023, 11), (2023, 12)], str.title),
            ("Jan-24 to Mar-24", [(2024, 1), (2024, 2), (2024, 3)], str.title)]
MONTH = {m: datetime.date(2023, m, 1).strftime("%B") for m in range(1, 13)}
SALES_HEADER = ["DATE", "PARTY", "Invoice No", "Taxable", "output IGST", "CGST", "SGST", "TOTAL INVOICE  AMOUNT"]
BUY_HEADER = ["DATE", "PARTY", "Invoice", "Taxable", "Input IGST", "CGST", "SGST", "TOTAL INVOICE  AMOUNT", "CESS", "GST NO"]

wb = workbook()
cf = CachedFormulas()
sales_rows = {}
invoice = 100
client_pool = [c for c in CLIENTS for _ in range(c[2])]


def line(ws, r, date, party, number, taxable, gst_no, interstate, tag=None):
    ws.cell(r, 1, datetime.datetime.combine(date, datetime.time())).number_format = "mm-dd-yy"
    ws.cell(r, 2, party)
    ws.cell(r, 3, number)
    ws.cell(r, 4, taxable)
    if interstate:
        tax = (round(taxable * 0.18, 2), None, None)
    else:
        half = round(taxable * f.pick([0.09, 0.09, 0.09, 0.025, 0.14]), 2)
        tax = (None, half, half)
    for j, v in enumerate(tax):
        if v is not None:
            ws.cell(r, 5 + j, v)
    total = round(taxable + sum(v or 0 for v in tax), 2)
    if f.chance(0.2):
        ws.cell(r, 8, round(total))
    else:
        cf.formula(ws, f"H{r}", f"=D{r}+E{r}+F{r}+G{r}", total)
    if gst_no:
        ws.cell(r, 10, gst_no)


def total_row(ws, r, first, last, values):
    ws.cell(r, 1, "TOTAL")
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=3)
    for col in "DEFGH":
        cf.formula(ws, f"{col}{r}", f"=SUM({col}{first}:{col}{max(first, last)})", values.get(col, 0))


for title, months, case in QUARTERS:
    ws = wb.active if title.startswith("Apr") else wb.create_sheet(title)
    ws.title = title
    r = 2
    count = 0
    for qi, (year, month) in enumerate(months):
        ws.cell(r, 1, case(MONTH[month]))
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=10)
        ws.cell(r + 1, 1, "Sales")
        ws.merge_cells(start_row=r + 1, start_column=1, end_row=r + 1, end_column=8)
        for j, h in enumerate(SALES_HEADER):
            ws.cell(r + 2, j + 1, h)
        r += 3
        first = r
        n_sales = 0 if (year, month) == (2023, 10) else f.r.randrange(1, 9)
        for _ in range(n_sales):
            name, gst_no, _w = f.pick(client_pool)
            invoice += 1
            day = datetime.date(year, month, f.r.randrange(1, 29))
            line(ws, r, day, name, f"b{'23-24' if year == 2023 or month <= 3 else '24-25'}{f.pick(['MQ', 'MQ', 'AQ'])}{invoice}",
                 f.r.randrange(3000, 320000), gst_no, bool(gst_no) and not gst_no.startswith("30"))
            r += 1
            count += 1
        last = r - 1 if n_sales else r
        if not n_sales:
            r += 1                    # an empty line left for the month's sales
        total_row(ws, r, first, last, {})
        r += 1
        ws.cell(r, 1, "Purchase")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=10)
        for j, h in enumerate(BUY_HEADER):
            ws.cell(r + 1, j + 1, h)
        r += 2
        first = r
        days = sorted(f.r.randrange(1, 29) for _ in range(f.r.randrange(18, 36)))
        for day in days:
            name, gst_no = f.pick(vendors)
            line(ws, r, datetime.date(year, month, day), name, f"{f.pick(['INV/23-24/', 'PNJ', 'SLH/', 'CA-', ''])}{f.r.randrange(100, 99999)}",
                 round(f.r.uniform(30, 90000), 2), gst_no, not gst_no.startswith("30"))
            r += 1
        total_row(ws, r, first, r - 1, {})
        if title.startswith("Jul") and qi == 1:
            r += 1                    # a reconciliation scribbled under August's purchases
            cf.formula(ws, f"E{r}", f"=F{first - 3}+G{first - 3}", 0)
            cf.formula(ws, f"F{r}", f"=E{r - 1}+F{r - 1}+G{r - 1}", 0)
            cf.formula(ws, f"G{r}", f"=E{r}-F{r}", 0)
            r += 1
        else:
            r += 2
    sales_rows[title] = count
    if title.startswith("Apr"):
        cf.formula(ws, "E290", "=F100+G100", 0)
        cf.formula(ws, "F290", "=E125+F125+G125", 0)
        cf.formula(ws, "G290", "=E290-F290", 0)
cf.save(wb, "registers-en-in-gstquarters.xlsx")
print(sales_rows)
