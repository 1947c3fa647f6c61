"""
Shape of marcpineault/steadybook-crm "pipeline.xlsx" (at commit b1625a2): a Canadian insurance and
wealth advisor's sales-pipeline workbook that a Telegram bot keeps (openpyxl: formulas without
cached values, list validations, an autofilter, frozen panes). Sheets:
- Pipeline: a merged title row ("… — Sales Pipeline"), a row of KPI labels and COUNTIFS/SUMPRODUCT
  formulas, an empty row, the header on row 4 (Prospect / Phone / Email / Source / Priority /
  Stage / Product / Est. Premium / AUM / Est. Revenue / First Contact / Next Follow-Up / Days Open
  / Notes), then the deals. The bot appends a row on every update, so one prospect comes back on
  two to eight rows with the same first-contact date (a priority or source filled on one copy,
  amounts typed as 200000 or "200k", the revenue sometimes in the premium column); some prospects
  are a first name only, one is a role ("Office Manager"); phone and e-mail are mostly empty;
  notes carry a date of birth and an income in words. Dates are ISO text. The Days Open formula
  runs down to row 80, far below the last deal.
- Dashboard: KPI tiles and stage / source / product tables of COUNTIF formulas over the pipeline.
- Activity Log, Meetings, Insurance Book: a merged title and a header row, no data.
- Weekly Review: a review form (numbers by formula, an empty top-5 actions table).
A person imports the deals into the pipeline, one per prospect, and nothing from the other
sheets. Values invented.
"""
import datetime

from openpyxl.worksheet.datavalidation import DataValidation

from fake import FIRST_EN, LAST_EN, Fake, save, workbook

f = Fake("pipeline-en-ca-advisor")

STAGES = ["New Lead", "Contacted", "Discovery Call", "Needs Analysis", "Plan Presentation", "Proposal Sent",
          "Negotiation", "Closed-Won", "Closed-Lost", "Nurture"]
SOURCES = ["Referral", "Website", "Social Media", "Seminar", "Cold Outreach", "LinkedIn", "Podcast", "Networking",
           "Centre of Influence", "Other"]
PRODUCTS = ["Life Insurance", "Wealth Management", "Life Insurance + Wealth", "Disability Insurance",
            "Critical Illness", "Group Benefits"]

wb = workbook()
ws = wb.active
ws.title = "Pipeline"
ws["A1"] = "NORTHSHORE PLANNING  —  Sales Pipeline"
ws.merge_cells("A1:M1")
kpi = ["ACTIVE:", '=COUNTIFS(A5:A80,"<>",F5:F80,"<>Closed-Won",F5:F80,"<>Closed-Lost")', "PIPELINE $:",
       '=SUMPRODUCT((F5:F80<>"Closed-Won")*(F5:F80<>"Closed-Lost")*(F5:F80<>"")*H5:H80)', None, "HOT:",
       '=COUNTIF(E5:E80,"Hot")', "OVERDUE:",
       '=COUNTIFS(K5:K80,"<"&TODAY(),K5:K80,"<>",F5:F80,"<>Closed-Won",F5:F80,"<>Closed-Lost")', "WON:",
       '=COUNTIF(F5:F80,"Closed-Won")']
for j, v in enumerate(kpi, start=1):
    if v is not None:
        ws.cell(2, j, v)
HEADER = ["Prospect", "Phone", "Email", "Source", "Priority", "Stage", "Product", "Est. Premium / AUM",
          "Est. Revenue", "First Contact", "Next Follow-Up", "Days Open", "Notes"]
for j, h in enumerate(HEADER, start=1):
    ws.cell(4, j, h)

first_contact = datetime.date(2026, 3, 9)
day = first_contact.isoformat()
follow = (first_contact + datetime.timedelta(days=4)).isoformat()


def full_name():
    return f._unique(lambda: f"{f.pick(FIRST_EN)} {f.pick(LAST_EN)}")


def first_only():
    return f._unique(lambda: f.pick(FIRST_EN))


# (prospect, [row dicts]) — each row dict holds the columns the bot filled on that copy.
deals = []

a = full_name()
deals.append((a, [dict(stage="Proposal Sent", product="Life Insurance", revenue=80, follow=(first_contact + datetime.timedelta(days=1)).isoformat(), notes="needs PHQ"),
                  dict(stage="New Lead", notes="Needs PHQ, $80 commission")]))
b = full_name()
b_rows = [dict(stage="New Lead", product="Wealth Management", premium=200000),
          dict(priority="Hot", stage="New Lead", product="Wealth Management", premium=200000)]
c = full_name()
c_rows = [dict(stage="New Lead", revenue=150000), dict(stage="New Lead", premium=150000)]
deals.append((b, b_rows))
deals.append((c, c_rows))
d1, d2 = first_only(), first_only()
pair = [dict(stage="New Lead", product="Life Insurance + Wealth")]
deals.append((d1, list(pair)))
deals.append((d2, list(pair)))
deals.append((d1, list(pair)))
deals.append((d2, list(pair)))
deals.append((b, [dict(priority="Warm", stage="New Lead", product="Wealth Management", premium=200000, follow=follow),
                  dict(priority="Hot", stage="New Lead", product="Wealth Management", premium=200000, follow=follow),
                  dict(source="Other", stage="New Lead", product="Wealth Management", premium="200k", notes="intro via golf club"),
                  dict(source="Referral", stage="New Lead", product="Wealth Management", premium="200k"),
                  dict(priority="Hot", stage="New Lead", product="Wealth Management", premium=200000, follow=follow),
                  dict(priority="Warm", stage="New Lead", product="Wealth Management", premium=200000, follow=follow)]))
deals.append(("Office Manager", [dict(stage="New Lead")]))
e = full_name()
born = f.date(datetime.date(1980, 1, 1), datetime.date(1995, 12, 31))
born_text = born.strftime("%b %d, %Y").replace(" 0", " ")
deals.append((e, [
    dict(stage="New Lead", product="Disability Insurance", revenue=45000, phone=f.phone_us(),
         notes=f"DOB: {born_text} | Admin Assistant at Harbourview | EI: Yes, Employer coverage: Yes (Harbourview) | WSIB: No | No injury history"),
    dict(priority="Warm", stage="New Lead", product="Disability Insurance", revenue=45000,
         notes=f"DOB: {born_text} | Admin Assistant | WSIB: No | EI: Yes | Net income: $45k | No injuries"),
    dict(priority="Warm", stage="New Lead", product="Disability Insurance", revenue=45000,
         notes=f"Office worker, non-occupation disability quote. Age {2026 - born.year}. Salary $45k."),
]))
g = full_name()
g_email = f.email(g.split()[0].lower() + "." + g.split()[1].lower())
deals.append((g, [dict(source="Centre of Influence", priority="Cold", stage="Contacted", product="Critical Illness",
                       email=g_email, follow=(first_contact + datetime.timedelta(days=7)).isoformat())]))

row = 5
for name, copies in deals:
    for r in copies:
        values = [name, r.get("phone"), r.get("email"), r.get("source"), r.get("priority"), r.get("stage"),
                  r.get("product"), r.get("premium"), r.get("revenue"), day, r.get("follow"), None, r.get("notes")]
        for j, v in enumerate(values, start=1):
            if v is not None:
                ws.cell(row, j, v)
        row += 1
for r in range(5, 81):
    ws.cell(r, 12, f'=IF(A{r}="","",DAYS(TODAY(),J{r}))')
    ws.cell(r, 8).number_format = "$#,##0"
    ws.cell(r, 9).number_format = "$#,##0"
for col, width in zip("ABCDEFGHIJKLM", [24, 15, 26, 14, 10, 16, 18, 16, 14, 13, 14, 10, 38]):
    ws.column_dimensions[col].width = width
ws.freeze_panes = "A5"
ws.auto_filter.ref = "A4:M80"
for sqref, options in [("F5:F80", STAGES), ("D5:D80", SOURCES), ("E5:E80", ["Hot", "Warm", "Cold"]),
                       ("G5:G80", PRODUCTS)]:
    dv = DataValidation(type="list", formula1='"' + ",".join(options) + '"', allow_blank=True)
    dv.add(sqref)
    ws.add_data_validation(dv)

dash = wb.create_sheet("Dashboard")
dash["A1"] = "PIPELINE DASHBOARD"
dash.merge_cells("A1:H1")
tiles = [("A", "TOTAL PIPELINE", '=SUMPRODUCT((Pipeline!F5:F80<>"Closed-Won")*(Pipeline!F5:F80<>"Closed-Lost")*(Pipeline!F5:F80<>"")*Pipeline!H5:H80)'),
         ("C", "EST. REVENUE", '=SUMPRODUCT((Pipeline!F5:F80<>"Closed-Won")*(Pipeline!F5:F80<>"Closed-Lost")*(Pipeline!F5:F80<>"")*Pipeline!I5:I80)'),
         ("E", "WON REVENUE", '=SUMIF(Pipeline!F5:F80,"Closed-Won",Pipeline!I5:I80)'),
         ("G", "WIN RATE", '=IFERROR(COUNTIF(Pipeline!F5:F80,"Closed-Won")/(COUNTIF(Pipeline!F5:F80,"Closed-Won")+COUNTIF(Pipeline!F5:F80,"Closed-Lost")),0)')]
for col, label, formula in tiles:
    nxt = chr(ord(col) + 1)
    dash[f"{col}3"] = label
    dash[f"{col}4"] = formula
    dash.merge_cells(f"{col}3:{nxt}3")
    dash.merge_cells(f"{col}4:{nxt}4")
dash["A20"], dash["B20"], dash["C20"] = "Stage", "Count", "Revenue"
for i, stage in enumerate(STAGES, start=21):
    dash[f"A{i}"] = stage
    dash[f"B{i}"] = f"=COUNTIF(Pipeline!F5:F80,A{i})"
    dash[f"C{i}"] = f"=SUMIF(Pipeline!F5:F80,A{i},Pipeline!I5:I80)"
dash["A33"], dash["B33"] = "Source", "Count"
for i, source in zip([34, 35, 36, 41, 42], ["Referral", "Website", "Social Media", "Networking", "Centre of Influence"]):
    dash[f"A{i}"] = source
    dash[f"B{i}"] = f"=COUNTIF(Pipeline!D5:D80,A{i})"
dash["A37"] = "FOLLOW-UP STATUS"
dash.merge_cells("A37:H37")
for i, label, formula in [(38, "Overdue Follow-Ups", '=COUNTIFS(Pipeline!K5:K80,"<"&TODAY(),Pipeline!K5:K80,"<>",Pipeline!F5:F80,"<>Closed-Won",Pipeline!F5:F80,"<>Closed-Lost")'),
                          (39, "Due Today", '=COUNTIFS(Pipeline!K5:K80,TODAY(),Pipeline!F5:F80,"<>Closed-Won")'),
                          (40, "Due This Week", '=COUNTIFS(Pipeline!K5:K80,">="&TODAY(),Pipeline!K5:K80,"<="&(TODAY()+7),Pipeline!F5:F80,"<>Closed-Won")')]:
    dash[f"A{i}"] = label
    dash[f"D{i}"] = formula
    dash.merge_cells(f"A{i}:C{i}")
dash["A45"], dash["B45"], dash["C45"] = "Product", "Count", "Revenue"
for i, product in enumerate(PRODUCTS, start=46):
    dash[f"A{i}"] = product
    dash[f"B{i}"] = f"=COUNTIF(Pipeline!G5:G80,A{i})"
    dash[f"C{i}"] = f"=SUMIF(Pipeline!G5:G80,A{i},Pipeline!I5:I80)"

log = wb.create_sheet("Activity Log")
log["A1"] = "DAILY ACTIVITY LOG"
log.merge_cells("A1:F1")
for j, h in enumerate(["Date", "Prospect", "What I Did", "Outcome", "Next Step", "Notes"], start=1):
    log.cell(2, j, h)
log.cell(102, 6).number_format = "@"  # the bot formatted rows down to 102

review = wb.create_sheet("Weekly Review")
review["A1"] = "MONDAY PIPELINE REVIEW"
review.merge_cells("A1:D1")
review["A3"] = "THIS WEEK'S NUMBERS"
review.merge_cells("A3:D3")
for i, label, formula in [(4, "Active Deals", '=COUNTIFS(Pipeline!A5:A80,"<>",Pipeline!F5:F80,"<>Closed-Won",Pipeline!F5:F80,"<>Closed-Lost")'),
                          (5, "Pipeline Value", '=SUMPRODUCT((Pipeline!F5:F80<>"Closed-Won")*(Pipeline!F5:F80<>"Closed-Lost")*(Pipeline!F5:F80<>"")*Pipeline!H5:H80)'),
                          (6, "Hot Leads", '=COUNTIF(Pipeline!E5:E80,"Hot")'),
                          (7, "Overdue Follow-Ups", '=COUNTIFS(Pipeline!K5:K80,"<"&TODAY(),Pipeline!K5:K80,"<>",Pipeline!F5:F80,"<>Closed-Won",Pipeline!F5:F80,"<>Closed-Lost")'),
                          (8, "Follow-Ups This Week", '=COUNTIFS(Pipeline!K5:K80,">="&TODAY(),Pipeline!K5:K80,"<="&(TODAY()+7),Pipeline!F5:F80,"<>Closed-Won")'),
                          (9, "Deals Won (Total)", '=COUNTIF(Pipeline!F5:F80,"Closed-Won")')]:
    review[f"A{i}"] = label
    review[f"C{i}"] = formula
    review.merge_cells(f"A{i}:B{i}")
    review.merge_cells(f"C{i}:D{i}")
review["A11"] = "TOP 5 ACTIONS THIS WEEK"
review.merge_cells("A11:D11")
for j, h in enumerate(["Priority", "Action", "Prospect", "Done?"], start=1):
    review.cell(12, j, h)
review["A19"] = "WINS THIS WEEK"
for i in (19, 20, 21, 22):
    review.merge_cells(f"A{i}:D{i}")
review["A24"] = "NEXT WEEK'S FOCUS"
for i, mark in [(25, "1."), (26, "2."), (27, "3.")]:
    review[f"A{i}"] = mark
for i in (24, 25, 26, 27):
    review.merge_cells(f"A{i}:D{i}")

meet = wb.create_sheet("Meetings")
meet["A1"] = "MEETINGS"
meet.merge_cells("A1:F1")
for j, h in enumerate(["Date", "Time", "Prospect", "Type", "Prep Notes", "Status"], start=1):
    meet.cell(2, j, h)

book = wb.create_sheet("Insurance Book")
book["A1"] = "INSURANCE BOOK"
book.merge_cells("A1:H1")
for j, h in enumerate(["Name", "Phone", "Address", "Policy Start", "Status", "Last Called", "Notes", "Retry Date"], start=1):
    book.cell(2, j, h)

save(wb, "pipeline-en-ca-advisor.xlsx")

if __name__ == "__main__":
    import os
    if os.environ.get("SHOW"):
        for r in ws.iter_rows(min_row=4, max_row=row - 1, values_only=True):
            print(r)
