"""
Shape of AryanBendre/Marketing-Agency-Sales-Dashboard "Sales Dashboard.xlsx": a UAE digital
marketing agency's two years of sales worked up into an Excel dashboard, three sheets.

- "Data": an Excel table (SalesData, dark style) on A1:N481, bold header, two headers broken
  over two lines ("Margin \\n%", "Package \\nType"): Date / Month / Year / Customer Name /
  Customer Type / Service / Department / City / Sales Amount / Margin % / Margin Amount /
  Sale Type / Customer Source / Package Type. 480 sales in date order, 20 a month over
  2023-2024; Month is the text "Jan", Year the text "2023"; 32 customers, 16 companies
  ("… Systems", "… Labs") and 16 people (Emirati and Arab names), each bought 4-29 times,
  always with the same Customer Type but in any of five emirates' cities (City is where the
  sale was made, not the customer's address); Department is a nested IF formula of Service,
  Margin Amount =I*J (both with cached results); dates d/mmm/yy, Sales Amount 0.00, Margin %
  0.0 %; Sale Type New Sale / Repeat Sale, Customer Source Walk in / Ads / Organic, Package
  Type Monthly / Quarterly / Bi Annual / Annual.
- "Pivot": eleven pivot tables (written here as their values): single-value blocks in column A
  (Sum of Sales Amount, Sum of Margin Amount, Average of Margin), the top ten customers by sales
  under "Row Labels / Sum of Sales Amount" in D:E with a Grand Total, then below one another
  counts by Customer Type, sales by year with months nested, by service, by city, by customer
  source and by department, each ending in Grand Total.
- "Dashboard": charts and slicers over the pivots, no cell values, gridlines off.
Values invented.
"""
import datetime
from collections import Counter, defaultdict

from openpyxl.chart import BarChart, Reference
from openpyxl.styles import Font
from openpyxl.worksheet.table import Table, TableStyleInfo

from fake import CachedFormulas, Fake, workbook

f = Fake("sales-en-ae-marketingagency")
cf = CachedFormulas()

COMPANIES = ["Corvanta Systems", "Halvion Labs", "Brightmere Digital", "Quillstone Tech", "Norvex Enterprises",
             "Lumora Global", "Skyreach Networks", "Tessaro Industries", "Orbitra Solutions", "Veloxa Core",
             "Pinnacleo", "Crestline Analytics", "Zenthic Media", "Arcadio Ventures", "Solvane Group", "Meridix Works"]
PEOPLE = ["Hessa Al Ketbi", "Rashid Al Suwaidi", "Maitha Obaid", "Khalfan Al Mazrouei", "Dana Yousef",
          "Nasser Al Hammadi", "Amna Al Falasi", "Faisal Karim", "Shamma Al Neyadi", "Huda Salem",
          "Majid Al Zaabi", "Reem Al Dhaheri", "Yaser Hamdan", "Alia Al Qubaisi", "Ibrahim Al Kaabi", "Salma Jaber"]
# purchases per customer: 32 counts adding up to 480, companies 240 and people 240
COMPANY_COUNTS = [29, 24, 24, 23, 22, 21, 19, 18, 15, 15, 12, 5, 4, 3, 3, 3]
PEOPLE_COUNTS = [21, 20, 18, 16, 15, 14, 14, 14, 13, 12, 11, 11, 11, 9, 9, 32]
assert sum(COMPANY_COUNTS) == 240 and sum(PEOPLE_COUNTS) == 240
SERVICES = [("SEO", 119), ("Web Dev", 99), ("Ads", 94), ("App Dev", 87), ("Social Media", 81)]
MARGIN = {"Ads": 0.25, "SEO": 0.25, "Social Media": 0.3, "Web Dev": 0.35, "App Dev": 0.4}
DEPARTMENT = {"Web Dev": "Design", "App Dev": "Design", "SEO": "Copywriting", "Social Media": "Marketing", "Ads": "Marketing"}
CITIES = ["Dubai"] * 141 + ["Abu Dhabi"] * 129 + ["Ajman"] * 77 + ["Al Ain"] * 71 + ["Sharjah"] * 62
SOURCES = ["Walk in"] * 169 + ["Organic"] * 166 + ["Ads"] * 145
PACKAGES = ["Monthly"] * 130 + ["Bi Annual"] * 119 + ["Annual"] * 116 + ["Quarterly"] * 115
SALE_TYPES = ["Repeat Sale"] * 298 + ["New Sale"] * 182
MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

customers = [(n, "Company") for n, k in zip(COMPANIES, COMPANY_COUNTS) for _ in range(k)]
customers += [(n, "Individual") for n, k in zip(PEOPLE, PEOPLE_COUNTS) for _ in range(k)]
services = [s for s, k in SERVICES for _ in range(k)]
for pool in (customers, services, CITIES, SOURCES, PACKAGES, SALE_TYPES):
    f.r.shuffle(pool)

sales = []
i = 0
for year in (2023, 2024):
    for month in range(1, 13):
        days = sorted(f.r.randrange(1, 29) for _ in range(20))
        for day in days:
            low, high = {(2023, 0): (2400, 5700), (2023, 1): (5000, 7900),
                         (2024, 0): (2450, 7450), (2024, 1): (7500, 12300)}[(year, month > 6)]
            sales.append((datetime.datetime(year, month, day), customers[i], services[i], CITIES[i],
                          f.r.randrange(low, high), SALE_TYPES[i], SOURCES[i], PACKAGES[i]))
            i += 1

wb = workbook()
ws = wb.active
ws.title = "Data"
ws.append(["Date", "Month", "Year", "Customer Name", "Customer Type", "Service", "Department", "City",
           "Sales Amount", "Margin \n%", "Margin Amount", "Sale Type", "Customer Source", "Package \nType"])
for c in ws[1]:
    c.font = Font(bold=True)
for r, (date, (name, kind), service, city, amount, sale_type, source, package) in enumerate(sales, start=2):
    ws.cell(r, 1, date).number_format = "[$-409]d/mmm/yy"
    ws.cell(r, 2, MONTHS[date.month - 1])
    ws.cell(r, 3, str(date.year))
    ws.cell(r, 4, name)
    ws.cell(r, 5, kind)
    ws.cell(r, 6, service)
    cf.formula(ws, f"G{r}", f'=IF(OR(F{r}="Web Dev", F{r}="App Dev"), "Design", IF(F{r}="SEO", "Copywriting", '
                            f'IF(OR(F{r}="Social Media", F{r}="Ads"), "Marketing", "")))', DEPARTMENT[service])
    ws.cell(r, 8, city)
    ws.cell(r, 9, amount).number_format = "0.00"
    ws.cell(r, 10, MARGIN[service]).number_format = "0.0%"
    cf.formula(ws, f"K{r}", f"=I{r}*J{r}", round(amount * MARGIN[service], 2))
    ws[f"K{r}"].number_format = "0.00"
    ws.cell(r, 12, sale_type)
    ws.cell(r, 13, source)
    ws.cell(r, 14, package)
table = Table(displayName="SalesData", ref=f"A1:N{len(sales) + 1}")
table.tableStyleInfo = TableStyleInfo(name="TableStyleDark1", showRowStripes=True)
ws.add_table(table)
for col, w in (("A", 13), ("D", 15.3), ("E", 14.7), ("G", 11.9), ("I", 13.7), ("K", 14.9), ("L", 10.4), ("M", 16.4), ("N", 12.9)):
    ws.column_dimensions[col].width = w

# Pivot: the pivot tables' values
pv = wb.create_sheet("Pivot")
total = sum(s[4] for s in sales)
margin_total = sum(round(s[4] * MARGIN[s[2]], 2) for s in sales)
pv["A2"], pv["A3"] = "Sum of Sales Amount", total
pv["A6"], pv["A7"] = "Sum of Margin Amount", margin_total
pv["A10"], pv["A11"] = "Average of Margin ", sum(MARGIN[s[2]] for s in sales) / len(sales)
by_customer = Counter()
for s in sales:
    by_customer[s[1][0]] += s[4]
top = sorted(by_customer.items(), key=lambda kv: -kv[1])[:10]
pv["D2"], pv["E2"] = "Row Labels", "Sum of Sales Amount"
for k, (name, amount) in enumerate(sorted(top), start=3):
    pv.cell(k, 4, name)
    pv.cell(k, 5, amount)
pv.cell(13, 4, "Grand Total")
pv.cell(13, 5, sum(a for _, a in top))
kinds = Counter(s[1][1] for s in sales)
pv["A14"], pv["B14"] = "Row Labels", "Count of Customer Type"
pv["A15"], pv["B15"] = "Company", kinds["Company"]
pv["A16"], pv["B16"] = "Individual", kinds["Individual"]
pv["A17"], pv["B17"] = "Grand Total", len(sales)
pv["D16"], pv["D17"] = "Count of Sales Amount", len(sales)
row = 20
pv.cell(row, 1, "Row Labels")
pv.cell(row, 2, "Sum of Sales Amount")
row += 1
for year in ("2023", "2024"):
    ys = [s for s in sales if str(s[0].year) == year]
    pv.cell(row, 1, year)
    pv.cell(row, 2, sum(s[4] for s in ys))
    row += 1
    for m in range(1, 13):
        pv.cell(row, 1, MONTHS[m - 1])
        pv.cell(row, 2, sum(s[4] for s in ys if s[0].month == m))
        row += 1
pv.cell(row, 1, "Grand Total")
pv.cell(row, 2, total)
for key in (lambda s: s[2], lambda s: s[3], lambda s: s[6], lambda s: DEPARTMENT[s[2]]):
    row += 3
    pv.cell(row, 1, "Row Labels")
    pv.cell(row, 2, "Sum of Sales Amount")
    sums = defaultdict(int)
    for s in sales:
        sums[key(s)] += s[4]
    for label in sorted(sums):
        row += 1
        pv.cell(row, 1, label)
        pv.cell(row, 2, sums[label])
    row += 1
    pv.cell(row, 1, "Grand Total")
    pv.cell(row, 2, total)
for col, w in (("A", 13), ("B", 19.2), ("C", 19.3), ("D", 20.6), ("E", 19.2)):
    pv.column_dimensions[col].width = w

dash = wb.create_sheet("Dashboard")
dash.sheet_view.showGridLines = False
chart = BarChart()
chart.title = "Top Customers"
chart.add_data(Reference(pv, min_col=5, min_row=2, max_row=12), titles_from_data=True)
chart.set_categories(Reference(pv, min_col=4, min_row=3, max_row=12))
dash.add_chart(chart, "B5")
chart2 = BarChart()
chart2.title = "Sales by City"
dash.add_chart(chart2, "L5")

cf.save(wb, "sales-en-ae-marketingagency.xlsx")
