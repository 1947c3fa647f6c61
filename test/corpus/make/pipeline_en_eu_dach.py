"""
Shape of julianhilgemann/salespipeline_case "Sales_Pipeline.xlsx": a B2B seller's sales-pipeline
template for Power BI, filled with a case's leads, made in Excel, three sheets.

- "Sales Pipeline": header Lead ID / Customer Name / Contact Person / Lead Source / Sales Rep /
  Opportunity Name / Stage / Stage Change Date / Probability (%) / Expected Close Date / Expected
  Order Volume (€) / Loss Reason / Industry / Country / Notes, frozen at D2. 150 leads for three
  customer companies (GmbH, 45–57 leads each); the lead id is the customer's first two letters and
  a running number (AL-1000 …). Contact Person, Sales Rep and Opportunity Name hold the case's
  placeholders ("Contact 7", "Rep 3", "Opportunity 7"). Stage is a drop-down (Lead, Qualified,
  Proposal, Negotiation, Won, Lost) from a named range; Probability is =VLOOKUP(G2,Definitions!$B:$C,
  2,0) shown as a percent with cached results; dates mm-dd-yy; the order volume in whole euros
  under an accounting format; Loss Reason only on lost leads; Notes empty.
- "Definitions": ID / Stages / Probability (6 rows).
- "Instructions": one cell of numbered filling instructions.
Values invented.
"""
import datetime

from openpyxl.styles import Alignment, Font
from openpyxl.workbook.defined_name import DefinedName
from openpyxl.worksheet.datavalidation import DataValidation

from fake import CachedFormulas, Fake, workbook

f = Fake("pipeline-en-eu-dach")
CACHED = CachedFormulas()

CUSTOMERS = [("NorAlp Systems GmbH", "NO", "Manufacturing", "Austria", 48),
             ("Kessler Datenwerk GmbH", "KE", "Healthcare", "Germany", 45),
             ("Vireon Solutions GmbH", "VI", "Software", "Switzerland", 57)]
STAGES = [("Lead", 0.05), ("Qualified", 0.1), ("Proposal", 0.25), ("Negotiation", 0.5), ("Won", 1), ("Lost", 0)]
STAGE_WEIGHTS = [31, 22, 35, 24, 20, 18]
SOURCES = ["Referral"] * 34 + ["Inbound"] * 28 + ["Outbound"] * 26 + ["Event"] * 23 + ["Other"] * 22 + ["Website"] * 17
LOSS = ["Timing"] * 6 + ["Competitor"] * 5 + ["Price"] * 4 + ["No Budget"] * 2 + ["Other"]
INDUSTRIES = ["Software", "Manufacturing", "Healthcare", "Finance"]
COUNTRIES = ["Austria", "Germany", "Switzerland"]

wb = workbook()
ws = wb.active
ws.title = "Sales Pipeline"
defs = wb.create_sheet("Definitions")
notes = wb.create_sheet("Instructions")

HEADER = ["Lead ID", "Customer Name", "Contact Person", "Lead Source", "Sales Rep", "Opportunity Name", "Stage",
          "Stage Change Date", "Probability (%)", "Expected Close Date", "Expected Order Volume (€)", "Loss Reason",
          "Industry", "Country", "Notes"]
for j, h in enumerate(HEADER):
    ws.cell(1, j + 1, h).font = Font(bold=True)
ws["H1"].number_format = "mm-dd-yy"
ws["I1"].number_format = "0%"
ws["J1"].number_format = "mm-dd-yy"
MONEY = '_-* #,##0_-;\\-* #,##0_-;_-* "-"??_-;_-@_-'
ws["K1"].number_format = MONEY

# Customers interleave in the list the way the case generated them.
order = [c for c in CUSTOMERS for _ in range(c[4])]
f.r.shuffle(order)
for i, (customer, prefix, industry, country, _) in enumerate(order):
    row = i + 2
    stage, probability = f.r.choices(STAGES, weights=STAGE_WEIGHTS)[0]
    changed = f.date(datetime.date(2024, 12, 1), datetime.date(2025, 6, 30))
    closes = changed + datetime.timedelta(days=f.r.randrange(14, 75))
    values = [f"{prefix}-{1000 + i}", customer, f"Contact {i}", f.pick(SOURCES), f"Rep {f.r.randrange(1, 6)}",
              f"Opportunity {i}", stage, changed, None, closes, f.r.randrange(50, 500) * 100,
              f.pick(LOSS) if stage == "Lost" else None,
              industry if f.chance(0.3) else f.pick(INDUSTRIES), country if f.chance(0.4) else f.pick(COUNTRIES), None]
    for j, v in enumerate(values):
        if v is not None:
            ws.cell(row, j + 1, v)
    ws.cell(row, 8).number_format = "mm-dd-yy"
    ws.cell(row, 10).number_format = "mm-dd-yy"
    ws.cell(row, 11).number_format = MONEY
    CACHED.formula(ws, f"I{row}", f"=VLOOKUP(G{row},Definitions!$B:$C,2,0)", probability)
    ws.cell(row, 9).number_format = "0%"
ws.freeze_panes = "D2"
for col, width in zip("ABCDEFGHIJKLMNO", [14.9, 24.9, 22.1, 18.7, 16.3, 17.7, 11.6, 21.4, 14.1, 21.4, 25.3, 11.6,
                                          35.1, 40.9, 34.3]):
    ws.column_dimensions[col].width = width

defs.append(["ID", "Stages", "Probability"])
for k, (stage, probability) in enumerate(STAGES):
    defs.append([k + 1, stage, probability])
    defs.cell(k + 2, 3).number_format = "0%"
wb.defined_names.append(DefinedName("Stages", attr_text="Definitions!$B$2:$B$7"))
choice = DataValidation(type="list", formula1="Stages", allow_blank=True, showErrorMessage=True, showInputMessage=True)
choice.add("G2:G1048576")
ws.add_data_validation(choice)

notes["A1"] = "Instructions"
notes["A1"].font = Font(bold=True)
notes["A2"] = (
    "\nHow to fill in the Sales Pipeline sheet:\n\n"
    "1. One row per sales opportunity or lead.\n"
    "2. 'Lead ID' is a unique key (the CRM id or a running number).\n"
    "3. Pick 'Stage', 'Deal Status' and 'Lead Source' from the drop-down lists.\n"
    "4. 'Stage' values: Lead, Qualified, Proposal, Negotiation, Won, Lost\n"
    "5. 'Deal Status' values: Open, Won, Lost\n"
    "6. 'Lead Source' values: Inbound, Outbound, Referral, Event, Website, Other\n"
    "7. Type dates as YYYY-MM-DD\n"
    "8. 'Probability (%)' is a number from 0 to 100.\n"
    "9. 'Expected Order Volume (€)' is a plain number (e.g. 50000)\n"
    "10. Fill 'Loss Reason' only when the deal is Lost.\n\n"
    "The template feeds a Power BI report.\n"
    "Keep the sheet names, do not merge cells, do not add totals or formulas.\n")
notes["A2"].alignment = Alignment(wrap_text=True, vertical="top")
notes.column_dimensions["A"].width = 90

CACHED.save(wb, "pipeline-en-eu-dach.xlsx")
