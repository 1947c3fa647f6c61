"""
Shape of Mikeman107/Budget-Sales-Analysis "Budget.xlsx" (commit 47097aae): a bicycle maker's 2016
sales budget per product for a Power BI budget-vs-sales exercise, made in Excel, one sheet
"Sheet1", A1:P18, bold header on row 1.

Header: Category / Subcategory / ProductName / ProductKey / "Jan, 2016" … "Dec, 2016" (the months
as text). 17 products, one per subcategory, grouped by category (Accessories, Bikes, Clothing);
product names with sizes and colours after commas ("Mountain-100 Silver, 38"); budget amounts as
whole numbers, hundreds for accessories and clothing, hundreds of thousands for bikes.
Values invented (product names, keys and amounts).
A person imports nothing: a product budget.
"""
from openpyxl.styles import Font

from fake import Fake, save, workbook

f = Fake("budget-en-us-bikeproducts")
PRODUCTS = [("Accessories", "Bike Racks", "Roof Rack - 2-Bike", 1000), ("Accessories", "Bike Stands", "Workshop Bike Stand", 900),
            ("Accessories", "Bottles and Cages", "Water Bottle - 24 oz.", 2500), ("Accessories", "Cleaners", "Chain Degreaser", 300),
            ("Accessories", "Fenders", "Fender Set - Road", 900), ("Accessories", "Helmets", "Trail-200 Helmet, Blue", 6000),
            ("Accessories", "Hydration Packs", "Hydration Pack - 50 oz.", 1000), ("Accessories", "Tires and Tubes", "Tube Repair Kit", 4000),
            ("Bikes", "Mountain Bikes", "Ridge-300 Black, 42", 300000), ("Bikes", "Road Bikes", "Sprint-250 Yellow, 56", 280000),
            ("Bikes", "Touring Bikes", "Voyager-1500 Green, 54", 150000), ("Clothing", "Caps", "Team Logo Cap", 800),
            ("Clothing", "Gloves", "Full-Finger Gloves, M", 900), ("Clothing", "Jerseys", "Short-Sleeve Club Jersey, M", 5000),
            ("Clothing", "Shorts", "Women's Trail Shorts, M", 1500), ("Clothing", "Socks", "Road Bike Socks, L", 100),
            ("Clothing", "Vests", "Wind Vest, M", 1200)]
MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
keys = f.r.sample(range(200, 600), len(PRODUCTS))

wb = workbook()
ws = wb.active
ws.title = "Sheet1"
head = ["Category", "Subcategory", "ProductName", "ProductKey"] + [f"{m}, 2016" for m in MONTHS]
for j, h in enumerate(head, 1):
    ws.cell(1, j, h).font = Font(bold=True)
for i, ((cat, sub, name, scale), key) in enumerate(zip(PRODUCTS, keys), 2):
    for j, v in enumerate([cat, sub, name, key] + [round(scale * f.r.uniform(0.3, 3.5)) for _ in MONTHS], 1):
        ws.cell(i, j, v)
for col, w in zip("ABCDEFGHIKLMOP", [10.44, 15.55, 22.78, 10.78, 8.78, 9, 9.44, 9, 9.78, 8.22, 9.33, 9.11, 9.44, 9.11]):
    ws.column_dimensions[col].width = w
save(wb, "budget-en-us-bikeproducts.xlsx")
