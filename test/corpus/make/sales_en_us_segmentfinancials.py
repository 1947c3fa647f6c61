"""
Shape of JamesA59/Excel-SpreadsheetData "FinancialSample.xlsx" (commit
2061e4ce481683bf0d513f14b6d89b3123a35740): a learner's copy of the "financial sample" sales
workbook used in Excel / Power BI courses. Sheet "SalesData" holds an Excel table "financials"
(A1:P701 in the source, 300 rows here); "Sheet2" is empty.

- Header Segment / Country / Product / Discount Band / Units Sold / Manufacturing Price /
  Sale Price / Gross Sales / Discounts / " Sales" (leading space) / COGS / Profit / Date /
  Month Number / Month Name / Year.
- Segment Government (three rows in seven), Midmarket, Channel Partners, Enterprise, Small
  Business; five countries ("United States of America"); six products; discount band None / Low /
  Medium / High; money columns in the accounting "$" format; Date the first of a month (mm-dd-yy);
  Year as text ("2014").
No customer, person or contact anywhere. Figures invented.
"""
import datetime

from openpyxl.worksheet.table import Table, TableStyleInfo

from fake import Fake, save, workbook

f = Fake("sales-en-us-segmentfinancials")
ACC = '_("$"* #,##0.00_);_("$"* \\(#,##0.00\\);_("$"* "-"??_);_(@_)'
SEGMENTS = ["Government"] * 3 + ["Midmarket", "Channel Partners", "Enterprise", "Small Business"]
PRICES = {"Government": [7, 20, 350], "Midmarket": [15], "Channel Partners": [12], "Enterprise": [125], "Small Business": [300]}
PRODUCTS = {"Carretera": 3, "Montana": 5, "Paseo": 10, "Velo": 120, "VTT": 250, "Amarilla": 260}
DISC = {"None": 0, "Low": 0.02, "Medium": 0.07, "High": 0.12}
COUNTRIES = ["Canada", "Germany", "France", "Mexico", "United States of America"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November",
          "December"]

wb = workbook()
ws = wb.active
ws.title = "SalesData"
ws.append(["Segment", "Country", "Product", "Discount Band", "Units Sold", "Manufacturing Price", "Sale Price", "Gross Sales",
           "Discounts", " Sales", "COGS", "Profit", "Date", "Month Number", "Month Name", "Year"])
for i in range(300):
    seg = f.pick(SEGMENTS)
    prod = f.pick(list(PRODUCTS))
    band = f.pick(["None"] + ["Low"] * 3 + ["Medium"] * 4 + ["High"] * 4)
    units = f.r.randrange(200, 4500) + (0.5 if f.chance(0.05) else 0)
    price = f.pick(PRICES[seg])
    gross = units * price
    disc = round(gross * DISC[band], 2)
    sales = round(gross - disc, 2)
    cogs = round(units * price * f.pick([0.5, 0.6, 0.75, 0.9]), 2)
    year, month = (2013, f.r.randrange(9, 13)) if f.chance(0.25) else (2014, f.r.randrange(1, 13))
    ws.append([seg, f.pick(COUNTRIES), prod, band, units, PRODUCTS[prod], price, gross, disc, sales, cogs,
               round(sales - cogs, 2), datetime.datetime(year, month, 1), month, MONTHS[month - 1], str(year)])
    r = i + 2
    for col in (6, 7, 8, 9, 10, 11, 12):
        ws.cell(r, col).number_format = ACC
    ws.cell(r, 13).number_format = "mm-dd-yy"
    ws.cell(r, 14).number_format = "0"
    ws.cell(r, 16).number_format = "@"
t = Table(displayName="financials", ref="A1:P301")
t.tableStyleInfo = TableStyleInfo(name="TableStyleMedium2", showRowStripes=True)
ws.add_table(t)
wb.create_sheet("Sheet2")
save(wb, "sales-en-us-segmentfinancials.xlsx")

if __name__ == "__main__":
    for r in list(ws.iter_rows(values_only=True))[:3]:
        print(r)
