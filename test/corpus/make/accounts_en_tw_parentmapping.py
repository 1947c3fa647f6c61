"""
Shape of Rich1213/advantech-eccp-bi "99_Config/Customer_Parent_Mapping.xlsx" (at commit
86b5bb7f5097e06dd76fcd3617dd8d8fec41ef37): a Taiwanese industrial-computer maker's BI analyst's
mapping of every customer name in the ERP sales data to a parent group and an industry, written by
the analyst's script (pandas, then openpyxl) and last saved in Excel for Mac with a filter on.

- One sheet Sheet1 holding the table CustomerMapping (TableStyleMedium9) over A1:D…: Original_CustName /
  Parent_Group / Category / Source, header bold, centred, thin borders (pandas' header style);
  column widths 50 / 50 / 15 / 16; list validations on C and D down to row 50000.
- Rows sorted by Source then name: Check-Manually first (a '#REF!' error row in A and B, then rows
  with no name at all, only 'Uncategorized' / 'Check-Manually'), Hard-Rule (keyword hits: a few
  defence integrators and their many branch spellings under one '… GROUP', and 'OEM' given to any
  name that merely contains 'GE ' or 'ABB'), Keyword-Rule (Education / Healthcare / Government from
  UNIVERSITY, INSTITUTE, MEDICAL, HOSPITAL, CITY OF …), Manual (two groups keyed by hand: an EMS
  with 26 spellings, an OEM with 14), then 'New' for everything else: 'Uncategorized', the parent
  the name itself. Names in capitals as the ERP holds them: company names with every legal suffix
  (INC, INC., LTD, GMBH, S.L., SDN. BHD., AB, (PTY) LTD), branch and forwarder tails ('C/O …',
  '- STERLING', '(COUPA)', account numbers), cut off at 70 characters, private persons, and
  anonymised 'MOU_12345' codes; one more nameless row at the very end.
- The table's filter is left on: only the 14 spellings of one Manual group are shown, every other
  row is hidden.
Kept at about 1,500 of the original 33,422 rows. Values invented: every customer and group name.
"""
import os
import string
import zipfile
from xml.sax.saxutils import quoteattr

from openpyxl.styles import Alignment, Border, Font, Side
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.filters import AutoFilter, FilterColumn, Filters
from openpyxl.worksheet.table import Table, TableStyleInfo

from fake import FIRST_EN, LAST_EN, Fake, save, workbook

f = Fake("accounts-en-tw-parentmapping")

ROOTS = ["ALDEN", "BRAXTON", "CORVEL", "DUNMORE", "ELSTRA", "FAIRLAKE", "GARRISON", "HALVERN", "INVERA", "JORVIK",
         "KESTREL", "LUMORA", "MARSDEN", "NORDVALE", "ORWIN", "PELLARD", "QUANTEX", "RAVELLO", "SOLTECH", "TARVOS",
         "ULSTEN", "VANTIS", "WEXLER", "XERION", "YARROW", "ZEPHRA", "ASTRIX", "BELMONT", "CIRRUS", "DELTRON"]
TRADES = ["AUTOMATION", "CONTROLS", "ELECTRONICS", "SYSTEMS", "TECHNOLOGIES", "ENGINEERING", "INDUSTRIES", "ROBOTICS",
          "POWER", "INSTRUMENTS", "LOGISTICS", "MARINE", "ENERGY", "SOLUTIONS", "DATA", "VISION", "TRANSIT", "SENSORS"]
SUFFIXES = ["INC", "INC.", "LTD", "LLC", "CORP", "CORPORATION", "GMBH", "AG", "S.L.", "S.A.", "SDN. BHD.", "SDN BHD", "AB",
            "(PTY) LTD", "PTY LTD", "BV", "SRL", "CO., LTD.", "LIMITED", "OY", ""]
TAILS = [" C/O DSV SOLUTIONS LTD", " C/O UNITRADE FORWARDING", " (COUPA)", " - STERLING", " - ORLANDO", " BLDG 140",
         " 4106595348", " , ADVANCED TRANSPORTATION OPERATIONS AND SAFETY"]


def company():
    k = f.r.random()
    if k < 0.55:
        name = f"{f.pick(ROOTS)} {f.pick(TRADES)} {f.pick(SUFFIXES)}".strip()
    elif k < 0.70:
        name = f"{f.pick(ROOTS)}{f.pick(['TEK', 'TRON', 'LINK', 'SYS', 'NET', 'AIR'])}"
    elif k < 0.78:
        name = f"{f.pick(ROOTS)} {f.pick(ROOTS)} {f.pick(TRADES)}"
    elif k < 0.84:
        name = f"{f.pick(FIRST_EN)} {f.pick(LAST_EN)}".upper()               # a private buyer
    elif k < 0.88:
        name = f"{f.pick(ROOTS)}_{f.pick(['SEOUL', 'MUNICH', 'OSAKA', 'LYON', 'PERTH'])}"
    elif k < 0.91:
        name = f"{''.join(f.pick(string.ascii_uppercase) for _ in range(3))}_{''.join(f.pick(string.ascii_uppercase + string.digits) for _ in range(6))}"
    elif k < 0.97:
        name = f"MOU_{f.r.randrange(100000):05d}"
    else:
        name = f"{f.pick(ROOTS)} {f.pick(TRADES)} {f.pick(SUFFIXES)}{f.pick(TAILS)}".strip()
    return name[:70]


def unique(make):
    return f._unique(make)


rows = []
# Check-Manually: the broken rows at the top
rows.append(("#REF!", "#REF!", "Uncategorized", "Check-Manually"))
for _ in range(3):
    rows.append((None, None, "Uncategorized", "Check-Manually"))

# Hard-Rule: integrator groups by keyword, and 'OEM' for anything with 'GE ' / 'ABB' in it
hard = []
for group, stem, n in (("VARLOCK GROUP", "VARLOCK", 5), ("HALDEN DEFENSE", "HALDEN DEFENSE", 4), ("CORVAN GROUP", "CORVAN", 2)):
    spellings = [stem, f"{stem} INC", f"{stem} INC.", f"{stem}, INC", f"{stem} - STERLING", f"{stem} CORPORATION",
                 f"{stem} SES", f"{stem} BALTIMORE"]
    for s in f.r.sample(spellings, n):
        hard.append((unique(lambda s=s: s), group, "SI", "Hard-Rule"))
false_oem = ["A STORAGE OF {0}", "{0} GAUGE & ENGINEERING", "{0} BRIDGE SYSTEMS", "{0} VILLAGE OF {1}", "{0} FABRICAGE BV",
             "{0} HERITAGE {1}", "{0} GARAGE DOORS", "{0} CABBAGE FARMS", "{0} EDGE COMPUTING", "{0} ABBOTT {1}"]
for _ in range(23):
    name = unique(lambda: f.pick(false_oem).format(f.pick(ROOTS), f.pick(TRADES)))
    hard.append((name, name, "OEM", "Hard-Rule"))
rows += sorted(hard)

# Keyword-Rule: industry from a word in the name
kw = []
for word, cat, n in (("UNIVERSITY", "Education", 8), ("INSTITUTE", "Education", 7), ("MEDICAL", "Healthcare", 6),
                     ("HOSPITAL", "Healthcare", 4), ("CITY OF", "Government", 4), ("STATE OF", "Government", 2)):
    for _ in range(n):
        if word in ("CITY OF", "STATE OF"):
            name = unique(lambda: f"{f.pick(ROOTS)} {f.pick(TRADES)} C/O {word} {f.pick(ROOTS)}")
        elif word == "UNIVERSITY":
            name = unique(lambda: f.pick([f"{f.pick(ROOTS)} UNIVERSITY", f"UNIVERSITY OF {f.pick(ROOTS)}",
                                          f"{f.pick(ROOTS)} STATE UNIVERSITY"]))
        else:
            name = unique(lambda: f.pick([f"{f.pick(ROOTS)} {word}", f"{f.pick(ROOTS)} {word} CENTER",
                                          f"{f.r.randrange(1, 20)}-{f.pick(ROOTS)} {word} OF {f.pick(TRADES)}"])[:70])
        kw.append((name, name, cat, "Keyword-Rule"))
rows += sorted(kw)

# Manual: two groups keyed by hand
manual = []
ems = ["VORTEX CIRCUIT", "VORTEX CIRCUIT INC", "VORTEX CIRCUIT SDN BHD", "VORTEX CIRCUIT SDN. BHD.", "VORTEX CIRCUIT DE MEXICO",
       "VORTEX CIRCUIT DE CHIHUAHUA", "VORTEX CIRCUIT BELGIUM NV", "VORTEX CIRCUIT C/O DSV SOLUTIONS LTD",
       "VORTEX CIRCUIT C/O UNITRADE FORWARDI", "VORTEX CIRCUIT INDIA PVT LTD (EOU UNIT)", "VORTEX ELECTRONICS",
       "VORTEX EMS SWITZERLAND GMBH", "VORTEX EMS SWITZERLAND GMBH 06", "VORTEX C/O UNITRADE FORWARDING", "VORTEX CIRCUITE INC",
       "VORTEX CIRCUIT SDN BHD (P8) (COUPA)", "VORTEX CIRCUIT DE MEXICO S DE RL DE CV", "VORTEX ESG TECHNOLOGY",
       "VORTEX HUNGARY KFT", "VORTEX CIRCUIT (GUANGZHOU) LTD", "VORTEX OPTICS", "VORTEX PRECISION", "VORTEX TECHNOLOGY CENTER",
       "VORTEX GREEN POINT", "VORTEX NYPRO", "VORTEX SUPPLY CHAIN"]
for s in ems:
    manual.append((unique(lambda s=s: s), "VORTEX GROUP", "EMS", "Manual"))
oem = ["FORTHRIGHT MACHINERY", "FORTHRIGHT MACHINERY INC", "FORTHRIGHT MACHINERY INC.", "FORTHRIGHT MACHINERY INC (47)",
       "FORTHRIGHT MACHINERY INC-COUPA", "FORTHRIGHT MACHINEY INC-COUPA", "FORTHRIGHT GLOBAL MINING EUROPE GMBH",
       "FORTHRIGHT LOGISTICS SERVICES", "FORTHRIGHT MARINE POWER UK", "FORTHRIGHT PACKAGING FACILITY", "FORTHRIGHT SWITCHGEAR",
       "FORTHRIGHT SWITCHGEAR AMERICA", "FORTHRIGHT SWITCHGEAR AMERICAS LLC", "FORTHRIGTH REMANUFACTURING"]
for s in oem:
    manual.append((unique(lambda s=s: s), "FORTHRIGHT MACHINERY INC", "OEM", "Manual"))
rows += sorted(manual)
FILTERED = oem

# New: everything else, uncategorised, its own parent
new = []
for _ in range(1390):
    name = unique(company)
    new.append((name, name, "Uncategorized", "New"))
rows += sorted(new)
rows.append((None, None, "Uncategorized", "New"))

wb = workbook()
ws = wb.active
ws.title = "Sheet1"
header = ["Original_CustName", "Parent_Group", "Category", "Source"]
thin = Side(style="thin")
for j, h in enumerate(header, start=1):
    c = ws.cell(1, j, h)
    c.font = Font(bold=True)
    c.alignment = Alignment(horizontal="center", vertical="top")
    c.border = Border(left=thin, right=thin, top=thin, bottom=thin)
for i, row in enumerate(rows, start=2):
    for j, v in enumerate(row, start=1):
        if v is not None:
            ws.cell(i, j, v)
    if row[0] not in FILTERED:
        ws.row_dimensions[i].hidden = True
last = len(rows) + 1
for col, width in (("A", 50), ("B", 50), ("C", 15), ("D", 16)):
    ws.column_dimensions[col].width = width

table = Table(displayName="CustomerMapping", ref=f"A1:D{last}")
table.tableStyleInfo = TableStyleInfo(name="TableStyleMedium9", showFirstColumn=False, showLastColumn=False,
                                      showRowStripes=True, showColumnStripes=False)
table.autoFilter = AutoFilter(ref=f"A1:D{last}", filterColumn=[FilterColumn(colId=0, filters=Filters(filter=sorted(FILTERED)))])
ws.add_table(table)
dv = DataValidation(type="list", formula1='"OEM,SI,EMS,Education,Government,Distributor,Healthcare,Uncategorized,Other"', allow_blank=True)
dv.add("C2:C50000")
ws.add_data_validation(dv)
dv2 = DataValidation(type="list", formula1='"Manual,Gemini-AI,Hard-Rule,Check-Manually"', allow_blank=True)
dv2.add("D2:D50000")
ws.add_data_validation(dv2)

path = save(wb, "accounts-en-tw-parentmapping.xlsx")

# openpyxl writes the table's filter without its criteria; put the filter on column A back, as Excel left it.
criteria = "".join(f"<filter val={quoteattr(v)}/>" for v in sorted(FILTERED))
tmp = path + ".tmp"
with zipfile.ZipFile(path) as zin, zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as zout:
    for item in zin.infolist():
        data = zin.read(item.filename)
        if item.filename == "xl/tables/table1.xml":
            text = data.decode("utf-8")
            text = text.replace(f'<autoFilter ref="A1:D{last}"/>',
                                f'<autoFilter ref="A1:D{last}"><filterColumn colId="0"><filters>{criteria}</filters>'
                                f'</filterColumn></autoFilter>')
            data = text.encode("utf-8")
        zout.writestr(item, data)
os.replace(tmp, path)
print("rows", len(rows), "named", sum(1 for r in rows if r[0] and r[0] != "#REF!"))
