"""
Shape of BhushanB16/Customer-Service-Dashboard "Customer Service Dashboard.xlsx": an Indian pizza-bun
seller's customer-service and sales workbook made in Excel for a dashboard exercise. Six sheets:

- "Dashboard Questions": the tasks for three dashboards as lines of text in A and D.
- "CS - Pivot": pivot-table results under task titles (average rating and number of contacts per
  agent, share and average rating per contact type, rating and contacts per day in two blocks
  side by side from column L).
- "CS - Dashboard": charts only, no cell values.
- "Customer Service" (Excel table Table1): S.No / Customer ID / Order ID / Customer Name / Contact
  Date / Contact Type / Is It for an Order ? / Ticket ID / Agent Handled / Rating Given, bold
  header, 794 contacts from 39 customers (one to 48 contacts each). Customer ID is PBOR… like the
  order id, a new one on every row (one apart from the order id after the first rows), so never the
  customer's own number; contact types Request / Query / Complaint; Yes/No; tickets PBCS0001 …;
  three agents; ratings 1-10; dates as mm-dd-yy date cells.
- "order" (Table3): Order ID / Product ID / Sale Date / Product Name / Order Type (Online /
  Physical Visit) / Price of One Product / Agent / No of Products in one Sale / Discount (=RAND()
  on a third of the rows, the rest pasted values, shown as %), no customer.
- "Finance " (trailing space, Table2): Order ID / Product ID / Sale Date / Amount in Sales /
  Discounted Value / Region.
Values invented.
"""
import collections
import datetime

from openpyxl.chart import BarChart, LineChart, Reference
from openpyxl.styles import Font
from openpyxl.worksheet.table import Table, TableStyleInfo

from fake import FIRST_IN, LAST_IN, CachedFormulas, Fake, workbook

f = Fake("tickets-en-in-pizzabuns")

AGENTS = ["Lucien Garnier", "Noemie Faure", "Hugo Lemaire"]
PRODUCTS = [("PIZB0001", "Paneer Tikka Pizzabun", 72), ("PIZB0002", "Crispy Chole Pizzabun", 65),
            ("PIZB0003", "Large Paneer Tikka Pizzabun", 250), ("PIZB0004", "Medium Crispy Chole Pizzabun", 130),
            ("PIZB0005", "Large Crispy Chole Pizzabun", 230), ("PIZB0006", "Medium Paneer Tikka Pizzabun", 140)]
EXTRA_FIRST = ["Tanvi", "Ishan", "Nikhil", "Shreya", "Varun", "Lavanya", "Dhruv", "Akshay", "Pranav", "Aditi"]
EXTRA_LAST = ["Agate", "Oak", "Sengupta", "Naidu", "Chokshi", "Trivedi", "Garg", "Suri", "Bath", "Boase"]

names = []
while len(names) < 37:
    n = f"{f.pick(FIRST_IN + EXTRA_FIRST)} {f.pick(LAST_IN + EXTRA_LAST)}"
    if n not in names:
        names.append(n)
names.insert(0, "Sam")                                   # a first name only
names.insert(1, f"{f.pick(EXTRA_FIRST)} Raj")
names[3] = f"{f.pick(FIRST_IN)} {f.pick(['Richard', 'Joseph', 'Thomas'])} {f.pick(LAST_IN)}"
weights = [6, 6, 6, 9, 9, 10, 12, 12, 12, 13, 13, 13, 13, 13, 13, 13, 16, 16, 19, 19, 19, 19, 19, 19, 22, 22,
           22, 22, 26, 32, 32, 32, 32, 32, 32, 35, 38, 48, 48]
f.r.shuffle(weights)
pool = [n for n, w in zip(names, weights) for _ in range(w)]
f.r.shuffle(pool)
# The first contacts come from different customers, as the sheet's first rows do.
first = names[:6]
for i, n in enumerate(first):
    j = pool.index(n)
    pool[i], pool[j] = pool[j], pool[i]

N = len(pool)
start, end = datetime.date(2022, 6, 13), datetime.date(2022, 9, 6)
contacts = []
for i in range(N):
    day = f.date(start, end) if i >= 6 else datetime.date(2022, 6, [27, 28, 22, 25, 23, 24][i])
    kind = f.r.choices(["Request", "Query", "Complaint"], [53, 38, 9])[0]
    contacts.append({
        "name": pool[i], "date": datetime.datetime.combine(day, datetime.time()), "kind": kind,
        "for_order": "Yes" if f.chance(0.89) else "No", "agent": f.r.choices(AGENTS, [36, 32, 32])[0],
        "rating": f.r.choices(range(1, 11), [41, 28, 55, 27, 28, 41, 169, 119, 169, 117])[0],
    })

wb = workbook()
wq = wb.active
wq.title = "Dashboard Questions"
left = ["Customer Service Dashboard", "Average customer rating of every agent", "Number of customer contacts of every agent",
        "Number of contacts per contact type", "Average customer rating per contact type", "Customer rating per day",
        "Customer contacts per day"]
right = ["Finance Dashboard", "Total sales value per day", "Average sales value per day",
         "Sale amounts rounded to the nearest 5 rupees beside the actual value",
         "Sales amount in 300-500, 500-700, 700-900, 900-1100 and 1100-1300 rupee buckets",
         "Products sold in the same buckets", "Sales value and average price of each product"]
for i, (a, b) in enumerate(zip(left, right)):
    wq.cell(i + 1, 1, a)
    wq.cell(i + 1, 4, b)
for i, t in enumerate(["Order Fulfillment Dashboard", "Total Orders, Total Revenue, Average Revenue, Average Discount Given",
                       "Most Ordered Products", "Trend of number of sales per day", "Trend of revenue per day",
                       "Trend of revenue per product", "Online and offline orders side by side (slicers)"]):
    wq.cell(13 + i, 4, t)
wq.column_dimensions["A"].width = 52
wq.column_dimensions["D"].width = 70

wp = wb.create_sheet("CS - Pivot")
wd = wb.create_sheet("CS - Dashboard")
ws = wb.create_sheet("Customer Service")
wo = wb.create_sheet("order")
wf = wb.create_sheet("Finance ")

ws.append(["S.No", "Customer ID", "Order ID", "Customer Name", "Contact Date", "Contact Type", "Is It for an Order ?",
           "Ticket ID", "Agent Handled", "Rating Given"])
for c in ws[1]:
    c.font = Font(bold=True)
for i, c in enumerate(contacts):
    k = i + 1
    order_no = k
    cust_no = k if k <= 7 else k + 1 if k < 790 else k + 4
    ws.append([k, f"PBOR{cust_no:05d}", f"PBOR{order_no:05d}", c["name"], c["date"], c["kind"], c["for_order"],
               f"PBCS{k:04d}", c["agent"], c["rating"]])
    ws.cell(ws.max_row, 5).number_format = "mm-dd-yy"
ws.add_table(Table(displayName="Table1", ref=f"A1:J{N + 1}",
                   tableStyleInfo=TableStyleInfo(name="TableStyleMedium2", showRowStripes=True)))
for col, w in zip("ABCDEFGHIJ", [7.4, 14.1, 10.9, 20.7, 14.6, 14.7, 19.1, 10.9, 16.6, 14.4]):
    ws.column_dimensions[col].width = w

cached = CachedFormulas()
wo.append(["Order ID", "Product ID", "Sale Date", "Product Name", "Order Type", "Price of One Product", "Agent",
           "No of Products in one Sale", "Discount"])
wf.append(["Order ID", "Product ID", "Sale Date", "Amount in Sales", "Discounted Value", "Region"])
for i, c in enumerate(contacts):
    k = i + 1
    pid, pname, price = PRODUCTS[i % 6] if i < 6 else f.pick(PRODUCTS)
    qty = f.r.randrange(1, 10)
    disc = f.r.random()
    row = wo.max_row + 1
    wo.append([f"PBOR{k:05d}", pid, c["date"], pname, "Online" if f.chance(0.51) else "Physical Visit", price,
               c["agent"], qty])
    if f.chance(0.37):
        cached.formula(wo, f"I{row}", "=RAND()", round(disc, 15))
    else:
        wo.cell(row, 9, disc)
    wo.cell(row, 3).number_format = "d-mmm-yy"
    wo.cell(row, 9).number_format = "0%"
    amount = f.r.randrange(300, 1300)
    wf.append([f"PBOR{k:05d}", pid, c["date"], amount, round(amount * disc, 2), f.pick(["North", "South", "East", "West"])])
    wf.cell(wf.max_row, 3).number_format = "d-mmm-yy"
wo.add_table(Table(displayName="Table3", ref=f"A1:I{N + 1}",
                   tableStyleInfo=TableStyleInfo(name="TableStyleMedium2", showRowStripes=True)))
wf.add_table(Table(displayName="Table2", ref=f"A1:F{N + 1}",
                   tableStyleInfo=TableStyleInfo(name="TableStyleMedium2", showRowStripes=True)))

# Pivot results as Excel leaves them on the sheet.
by_agent = collections.defaultdict(list)
by_kind = collections.defaultdict(list)
by_day = collections.defaultdict(list)
for c in contacts:
    by_agent[c["agent"]].append(c["rating"])
    by_kind[c["kind"]].append(c["rating"])
    by_day[c["date"].date()].append(c["rating"])
wp["A1"] = "Include Every Agent's Average Customer Satisfaction"
wp["A3"], wp["B3"] = "Agent Names", "Avg C-Sat"
for i, a in enumerate(sorted(by_agent)):
    wp.cell(4 + i, 1, a)
    wp.cell(4 + i, 2, sum(by_agent[a]) / len(by_agent[a])).number_format = "0.0"
wp["A11"] = "Include Every Agent's No of Interactions with customers"
wp["A13"], wp["B13"] = "Agent Names", "No of Interractions"
for i, a in enumerate(sorted(by_agent)):
    wp.cell(14 + i, 1, a)
    wp.cell(14 + i, 2, len(by_agent[a]))
wp["A25"] = "Include Every Contact Types's No of Interactions "
wp["A27"], wp["B27"] = "Contact Type", "Count of Interractions"
for i, k in enumerate(sorted(by_kind)):
    wp.cell(28 + i, 1, k)
    wp.cell(28 + i, 2, len(by_kind[k]) / N).number_format = "0.00%"
wp["A44"] = "Include Every Contact Types's Average Customer Satisfaction"
wp["A46"], wp["B46"] = "Contact Type", "Avg CS -Sat"
for i, k in enumerate(sorted(by_kind)):
    wp.cell(47 + i, 1, k)
    wp.cell(47 + i, 2, sum(by_kind[k]) / len(by_kind[k])).number_format = "0.0"
wp["A67"], wp["L67"] = "Day wise Customer Satisfaction", "Day wise Customer Interaction"
wp["A69"], wp["B69"], wp["L69"], wp["M69"] = "Day Wise", "Avg CS -Sat", "Day Wise", "No of Interactions"
for i, d in enumerate(sorted(by_day)):
    label = f"{d.day}-{d.strftime('%b')}"
    wp.cell(70 + i, 1, label)
    wp.cell(70 + i, 2, sum(by_day[d]) / len(by_day[d])).number_format = "0.0"
    wp.cell(70 + i, 12, label)
    wp.cell(70 + i, 13, len(by_day[d])).number_format = "0.0"
last_day = 69 + len(by_day)

for title, ref_rows, anchor in [("Avg C-Sat by agent", (3, 6), "B3"), ("Contacts by agent", (13, 16), "L3"),
                                ("Contacts by contact type", (27, 30), "B20"), ("Avg C-Sat by contact type", (46, 49), "L20")]:
    ch = BarChart()
    ch.title = title
    ch.add_data(Reference(wp, min_col=2, min_row=ref_rows[0], max_row=ref_rows[1]), titles_from_data=True)
    ch.set_categories(Reference(wp, min_col=1, min_row=ref_rows[0] + 1, max_row=ref_rows[1]))
    wd.add_chart(ch, anchor)
for title, col, anchor in [("C-Sat per day", 2, "B38"), ("Contacts per day", 13, "L38")]:
    ch = LineChart()
    ch.title = title
    ch.add_data(Reference(wp, min_col=col, min_row=69, max_row=last_day), titles_from_data=True)
    ch.set_categories(Reference(wp, min_col=col - 1, min_row=70, max_row=last_day))
    wd.add_chart(ch, anchor)

cached.save(wb, "tickets-en-in-pizzabuns.xlsx")
