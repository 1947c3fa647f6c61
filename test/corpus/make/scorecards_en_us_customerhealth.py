"""
Shape of RyeBread87/Scorecard "customers.xlsx" (commit 1b1fef4ceeae75857db8da96bc137c0fa3e16d3e):
the data sheet behind a small C# tool that renders customer scorecards (Excel, one sheet
"Sheet1", author and last editor the same person; the view scrolled to column AI).

Header row 1, 46 columns: Customer ID / Customer Name / Customer Since / Organization Type / CEO /
Representative / Top Product 1–3 / Feedback Score / Survey Response Text / Top Request /
Organization Size / Industry Ranking / Networking Percentile / Days Since Last Incident, then 30
score columns "<Overall|Financial|Performance|Perception|Staffing> <1 month … 9-12 months"
(six periods each, values 1.0–4.0 with one decimal). Five customers in rows 2–6, numbered 1–5;
playful values: a customer named like a person ("Douglas"), a CEO known by a single word or a
nickname ("Otis the Floutist"), Organization Type an industry, size as a band "Big
(251~1000)", a one-line survey quote. Customer Since is a real date (mm-dd-yy); the text cells of
B–E carry the same date format. Rows 7–21 hold styled empty cells in F–M (the sheet's
dimension runs to row 21).

A person imports the five customers as enterprise clients: id, name, client-since, the
organisation type as industry, the CEO as main contact, the representative as owner; products,
survey answers, rankings and the 30 period scores are scorecard figures, not register fields.
Values invented.
"""
import datetime

from openpyxl.styles import Font

from fake import Fake, save, workbook

f = Fake("scorecards-en-us-customerhealth")

CUSTOMERS = [
    (1, "Brightline Bakeries Inc.", datetime.date(2012, 9, 14), "Bakery", "Rosa Quill", "Devin Greer",
     ("Proofing Racks", "Dough Mixers", "Paper Liners"), 9, "Very reliable - would order again", "Faster delivery",
     "Big (251~1000)"),
    (2, "Harlow & Finch Paper", datetime.date(2015, 3, 2), "Paper Mill", "Barnaby Pell", "Moira Lindqvist",
     ("Conveyor Belts", "Roller Bearings", "Safety Gloves"), 7, "Pretty good overall!", "Longer warranties",
     "Medium (51~250)"),
    (3, "Thompson", datetime.date(2019, 5, 21), "Food Trucks", "Sparks", "Gus Whitaker",
     ("Propane Tanks", "Serving Trays", "Napkins"), 10, "Best supplier we have ever had.", "Lower prices",
     "Small (<50)"),
    (4, "Quibblewick Labs", datetime.date(2016, 12, 8), "Candle Making", "Tilly the Tinkerer", "Priya Ostrowski",
     ("Wax Pellets", "Wicks", "Glass Jars"), 5, "Reminds me of the old days", "More colour options",
     "Small (<50)"),
    (5, "MegaMart Stores", datetime.date(2018, 7, 30), "Retail", "Jonah Castellane", "Harriet Bloom",
     ("Shelving Units", "Price Labels", "Shopping Baskets"), 6, "Solid products, slow invoices.",
     "Better trade-show swag", "Big (251~1000)"),
]
AREAS = ["Overall", "Financial", "Performance", "Perception", "Staffing"]
PERIODS = ["<1 month", "1-2 months", "3-4 months", "5-6 months", "7-8 months", "9-12 months"]

wb = workbook()
wb.properties.creator = "Morgan Reyes"
wb.properties.lastModifiedBy = "Morgan Reyes"
ws = wb.active
ws.title = "Sheet1"
head = ["Customer ID", "Customer Name", "Customer Since", "Organization Type", "CEO", "Representative",
        "Top Product 1", "Top Product 2", "Top Product 3", "Feedback Score", "Survey Response Text", "Top Request",
        "Organization Size", "Industry Ranking", "Networking Percentile", "Days Since Last Incident"]
head += [f"{a} {p}" for a in AREAS for p in PERIODS]
ws.append(head)
for c in ws[1]:
    c.font = Font(bold=True)
for cid, name, since, kind, ceo, rep, products, score, quote, request, size in CUSTOMERS:
    row = [cid, name, since, kind, ceo, rep, *products, score, quote, request, size,
           f.r.randrange(10, 600), f.r.randrange(30, 100), f.r.randrange(20, 480)]
    row += [round(f.r.uniform(1.0, 4.0), 1) for _ in range(30)]
    ws.append(row)
for r in range(2, 7):
    for c in range(2, 6):
        ws.cell(r, c).number_format = "mm-dd-yy"
for r in range(7, 22):
    for c in range(6, 14):
        ws.cell(r, c).number_format = "General" if c < 13 else "0"
        ws.cell(r, c).font = Font(name="Calibri", size=11)
widths = {"A": 14.0, "B": 19.3, "C": 16.9, "D": 19.1, "E": 15.3, "F": 19.9, "G": 30.6, "H": 19.9, "J": 16.9,
          "K": 43.0, "L": 31.3, "M": 19.9, "N": 17.9, "O": 23.1, "P": 24.0, "Q": 18.3, "R": 19.9, "V": 20.9,
          "W": 19.7, "X": 21.3, "AB": 22.3, "AC": 23.3, "AD": 24.9, "AH": 25.9, "AI": 21.6, "AJ": 23.1, "AN": 24.1,
          "AO": 18.7, "AP": 20.3, "AT": 21.3}
for col, w in widths.items():
    ws.column_dimensions[col].width = w
ws.sheet_view.topLeftCell = "AI1"
save(wb, "scorecards-en-us-customerhealth.xlsx")
