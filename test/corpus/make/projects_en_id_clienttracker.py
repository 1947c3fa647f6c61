"""
Shape of garudakazu1/PTSyntech "Client Tracker.xlsx": an Indonesian automation engineer's tracker
of next steps per client project, kept in Google Sheets and downloaded as .xlsx (no document
properties, Google's 1,000-row grid with its column widths, drop-down lists on Step Owner and
Status, a conditional format on Status).

- "Client Tracker": Client Name / Project Name / Step Name / Step Owner / Due Date / Status / Notes /
  Last Updated, three open steps for two client companies (one twice), English and Indonesian
  mixed; Due Date as a yyyy-mm-dd date, a "d mmmm yyyy" date or text; Last Updated as m/d/yy text,
  empty on one row. The grid runs to row 1000 with styled empty cells in G.
- "Archive": the same header, three done steps: a cell naming two people ("Pak …, Pak …"), the
  company again, one person alone with a trailing space; a payment amount typed into Notes.
Values invented.
"""
import datetime
import io
import os
import re
import zipfile

from openpyxl.formatting.rule import FormulaRule
from openpyxl.styles import Font, PatternFill
from openpyxl.worksheet.datavalidation import DataValidation

from fake import FILES, workbook

HEADER = ["Client Name", "Project Name", "Step Name", "Step Owner", "Due Date", "Status", "Notes", "Last Updated"]
WIDTHS = [24.38, 24.0, 26.25, 20.88, 21.38, 21.38, 24.63, 20.88]

wb = workbook()
ws = wb.active
ws.title = "Client Tracker"
arch = wb.create_sheet("Archive")
bold = Font(name="Arial", bold=True)
for sheet in (ws, arch):
    sheet.append(HEADER)
    for c in sheet[1]:
        c.font = bold
        c.fill = PatternFill("solid", fgColor="FFD9EAD3")
    for j, w in enumerate(WIDTHS):
        sheet.column_dimensions["ABCDEFGH"[j]].width = w
    sheet.sheet_format.defaultRowHeight = 15.75

rows = [
    ["Kessler Mills", "TroubleShooting DCS Conveyor", "Send Invoice", "Me", datetime.date(2025, 5, 31),
     "In Progress", "Send Invoice", "5/26/25"],
    ["Sinar Kreasi", "Company Profile, Name Card", "Kasih jawaban mengenai revisi", "Me", "30 May 2025",
     "In Progress", "Waiting for SH approval", "5/26/25"],
    ["Kessler Mills", "Penormalan DCS Coal Conveyor", "Creating Quotationfor penormalan DCS Coal Conveyor", "Me",
     datetime.date(2025, 5, 29), "In Progress", "Waiting for pak Wiryo's guide", None],
]
for r in rows:
    ws.append(r)
for r in (2, 4):
    ws.cell(r, 5).number_format = "yyyy-mm-dd"
for r in range(5, 1001):
    ws.cell(r, 7).font = Font(name="Arial")                 # Google's styled empty grid

done = [
    ["Pak Hartono, Pak Bayu", "Tanda tangan BAST", "Pak Bayu", "Client", "5/28/25", "Done",
     "Waiting for Pak bayu's Signature", None],
    ["Kessler Mills", "BAST ", "Kirim ke bu Ratna untuk BAST", "Me", "5/28/25", "Done", "Waiting for the Signature",
     None],
    ["Pak Hartono ", "Reimbursement + Payment", "Reimburse pak Hartono", "Me", "5/28/25", "Done", "2615000", None],
]
for r in done:
    arch.append(r)

for sheet in (ws, arch):
    owner = DataValidation(type="list", formula1='"Me,Client,Vendor"', allow_blank=True)
    status = DataValidation(type="list", formula1='"Not Started,In Progress,Done"', allow_blank=True)
    sheet.add_data_validation(owner)
    sheet.add_data_validation(status)
    owner.add("D2:D100")
    status.add("F2:F100")
    sheet.conditional_formatting.add("F1:F1000", FormulaRule(formula=["LEN(TRIM(F1))>0"],
                                                             fill=PatternFill("solid", bgColor="FFB7E1CD")))

# Google Sheets' download carries no document properties.
raw = io.BytesIO()
wb.save(raw)
os.makedirs(FILES, exist_ok=True)
out_path = os.path.join(FILES, "projects-en-id-clienttracker.xlsx")
with zipfile.ZipFile(io.BytesIO(raw.getvalue())) as zin, zipfile.ZipFile(out_path, "w", zipfile.ZIP_DEFLATED) as zout:
    for item in zin.infolist():
        if item.filename.startswith("docProps/"):
            continue
        data = zin.read(item.filename)
        if item.filename == "[Content_Types].xml":
            data = re.sub(rb'<Override PartName="/docProps/[^"]*"[^>]*/>', b"", data)
        elif item.filename == "_rels/.rels":
            data = re.sub(rb'<Relationship [^>]*Target="/?docProps/[^"]*"[^>]*/>', b"", data)
        zout.writestr(item, data)
