"""
Shape of Mohamedeid11/holdings-report-task "Client Data.xlsx": one private-banking portfolio's
trade sheet from Excel for Mac (Aptos Narrow 12, no styles), the file a holdings report is built
from. One sheet "Sheet1" with an autofilter over A1:L1 (L empty), eleven headers: Ref ID (the
position's number, repeated on its buy and its sale rows, not in order) / Date (d-mmm-yy) / Bank
(the custodian: two banks, one written "Omega - <bank>") / Ticker ("aapl:nsq", ISINs with ":usd",
a currency pair, a made-up "EquityMandate", empty for deposits and loans) / Name (the instrument;
test rows "Apple Test", "Test Structure Sheet 3", "ABC Security Name") / Asset Class ("Stock",
"Stock (Sale)", "Bond Fund (Sale)", "Fixed Deposit", "Leverage", "Structure", "Cash Withdrawal" …)
/ Asset Type (Equity, Short Sell, Derivative, OTC Fund, Mandate, FX Der, FD, Loan, FCN, DCI …) /
Price / Quantity (some "#,##0.00") / Currency (empty on a few rows) / Amount (#,##0.00, buys and
deposits negative, sales positive). No client is named anywhere: it is one portfolio's
transactions, not a register of clients or of their holdings. Values invented (bank names, test
rows); the instruments are market instruments.
"""
import datetime

from openpyxl.styles import Font

from fake import save, workbook

D = datetime.datetime
A, B = "Nkb", "Omega - Halden"
ROWS = [
    (64, D(2025, 1, 6), A, "aapl:nsq", "Apple Computers", "Stock (Sale)", "Equity", 205.1, 20, "USD", 4102),
    (64, D(2024, 1, 22), A, "aapl:nsq", "Apple Computers", "Stock (Sale)", "Short Sell", 205.1, 10, None, 2051),
    (64, D(2024, 6, 3), A, "aapl:nsq", "Apple Computers", "Stock (Sale)", "Equity", 205.1, 10, None, 2051),
    (64, D(2024, 1, 9), A, "aapl:nsq", "Apple Computers", "Stock (Accumulator) (Sale)", "Derivative", 205.1, 520, "USD", 106652),
    (107, D(2025, 3, 10), B, "aapl:nsq", "Apple Test", "Stock", "Equity", 1.123456789, 100, "USD", -112.3456789),
    (2, D(2023, 12, 28), A, "amzn:nsq", "Amazon.com", "Stock", "Equity", 154.07, 1000, "USD", -154070),
    (76, D(2024, 1, 17), A, "car:af", "Carlyle Asia Fund", "Other Assets (Sale)", "OTC Fund", 205.64, 100, "INR", 20564),
    (76, D(2024, 1, 17), A, "car:af", "Carlyle Asia Fund", "Other Assets (Sale)", "OTC Fund", 205.64, 20, "INR", 4112.8),
    (76, D(2024, 1, 17), A, "car:af", "Carlyle Asia Fund", "Other Assets", "OTC Fund", 205.6434343, 500, "INR", -102821.71715),
    (129, D(2024, 5, 14), B, "EquityMandate", "Equities Mandate", "Other Assets", "Mandate", 500000, 1, None, -500000),
    (69, D(2024, 1, 13), A, "EUR/USD", None, "Swaps", "FX Der", 1000000, 1.25, "EUR", 1250000),
    (9, D(2023, 12, 28), A, "ie00b8k7v925:usd", "PIMCO GIS Income Fund E Class USD Income", "Bond Fund (Sale)", "PIMCO", 7.53242344, 1000, "USD", 7532.42344),
    (9, D(2023, 12, 28), A, "ie00b8k7v925:usd", "PIMCO GIS Income Fund E Class USD Income", "Bond Fund", "PIMCO", 6.5, 1000, "USD", -6500),
    (8, D(2023, 12, 28), A, "lu1637745933:usd", "Multicooperation SICAV - Fixed Income Emerging Markets Corporate USD Ka", "Bond Fund (Sale)", "Type 1", 96.63, 75, "USD", 7247.25),
    (8, D(2023, 12, 28), A, "lu1637745933:usd", "Multicooperation SICAV - Fixed Income Emerging Markets Corporate USD Ka", "Bond Fund", "Type 2", 100, 75, "USD", -7500),
    (30, D(2023, 12, 28), A, "Nike", "Nike Dunks Green Stan Smith", "Other Assets (Sale)", "Shoes", 2800, 1, "AED", 2800),
    (30, D(2023, 12, 28), A, "Nike", "Nike Dunks Green Stan Smith", "Other Assets", "Shoes", 2500, 1, "AED", -2500),
    (7, D(2023, 12, 28), B, "xs2466186074", "F.ABU DHA.BK 22/27 MTN", "Bond", "Treasury", 95.663232111, 1000, None, -95663.232111),
    (14, D(2023, 12, 28), A, None, None, "Fixed Deposit", "FD", 100000, 1, "AED", -100000),
    (15, D(2023, 12, 28), A, None, None, "Fixed Deposit", "FD", 500000, 1, "USD", -500000),
    (20, D(2023, 12, 28), A, None, None, "Leverage", "Loan", 100000, 1, "USD", -100000),
    (95, D(2024, 2, 14), B, None, "Test Structure Sheet 3", "Structure", "OTC", None, None, "USD", -250000),
    (117, D(2024, 12, 24), B, None, "3% Barclays Bank PLC -BRK.B/QQQ/SPY Reverse Conv.", "Structure", "FCN", None, None, "JPY", -26420000),
    (135, D(2025, 4, 28), B, None, None, "Cash Withdrawal", "Withdrawal", 1000, 1, None, 1000),
    (138, D(2025, 5, 3), B, None, "ABC Security Name", "Structure", "DCI", None, None, "USD", -2000000),
    (139, D(2025, 4, 30), B, None, None, "Leverage", "Loan", 820988.43, 1, "EUR", -820988.43),
    (140, D(2025, 4, 30), B, None, None, "Leverage", "Loan", 1365031.33, 1, "CHF", -1365031.33),
]
GROUPED_PRICE = {10, 18, 19, 20, 24, 25, 26}      # rows (0-based) whose price shows as #,##0.00
GROUPED_QTY = {5, 11, 12, 17}

wb = workbook()
ws = wb.active
ws.title = "Sheet1"
ws.append(["Ref ID", "Date", "Bank", "Ticker", "Name", "Asset Class", "Asset Type", "Price", "Quantity", "Currency",
           "Amount"])
for i, row in enumerate(ROWS):
    ws.append(list(row))
    r = ws.max_row
    ws.cell(r, 2).number_format = "d-mmm-yy"
    ws.cell(r, 11).number_format = "#,##0.00"
    if i in GROUPED_PRICE:
        ws.cell(r, 8).number_format = "#,##0.00"
    if i in GROUPED_QTY:
        ws.cell(r, 9).number_format = "#,##0.00"
for row in ws.iter_rows(min_row=1, max_row=ws.max_row, max_col=12):
    for c in row:
        c.font = Font(name="Aptos Narrow", size=12)
ws.auto_filter.ref = "A1:L1"
for col, width in zip("ABCDEFGHIJK", [8.5, 11.5, 16.8, 19.7, 95.3, 29.8, 12, 14.2, 10.7, 11.2, 16.3]):
    ws.column_dimensions[col].width = width
wb.properties.creator = "Microsoft Macintosh Excel"
save(wb, "holdings-en-ae-trades.xlsx")
