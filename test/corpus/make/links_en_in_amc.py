"""
Shape of I2i-developer/crm-ideas2invest "AMC_S FORM.xlsx": an Indian mutual-fund distributor's
bookmark workbook, saved by Excel. FORMS: an empty first row, then "NAME OF THE AMC'S" / "LINKS "
and one row per fund house (names in capitals, some with a trailing space or a typo) with the
text "FORMS LINK" hyperlinked to its forms page. FACTSHEET: the same header in row 1, each fund
house with "LINK" hyperlinked to its factsheet (two registrars without one). Sheet3: a title
EMPANELMENT, an empty row, then SNO / AMC / LINK with the full address of each distributor
empanelment form. Fund houses and their pages, no client: a person imports nothing. Names and
addresses invented.
"""
from fake import Fake, save, workbook

f = Fake("links-en-in-amc")

HOUSES = ["KESTREL MF", "BANYAN MF", "SAFFRON MF", "INDUS VALLEY MF", "MONSOON MF", "LOTUS MF", "PEACOCK MF",
          "GANGA MF", "HIMALAYA MF", "TEAK MF", "NEEM MF", "COROMANDEL MF", "DECCAN MF", "MALABAR MF",
          "ARAVALLI MF", "KAVERI MF", "VINDHYA MF", "SATPURA MF", "TAPTI MF", "NARMADA MF", "KONKAN MF",
          "THAR MF", "SUNDERBAN MF"]
REGISTRARS = ["REGISTRAR ONE ", "REGISTRAR TWO"]


def slug(name):
    return "".join(ch for ch in name.lower() if ch.isalpha())


def link(ws, row, col, text, url):
    cell = ws.cell(row, col, text)
    cell.hyperlink = url
    cell.style = "Hyperlink"


wb = workbook()
forms = wb.active
forms.title = "FORMS"
forms.cell(2, 1, "NAME OF THE AMC'S")
forms.cell(2, 2, "LINKS ")
for i, name in enumerate(REGISTRARS + HOUSES[:22]):
    shown = name if not f.chance(0.1) else name.replace("MF", "M F")
    forms.cell(3 + i, 1, shown)
    link(forms, 3 + i, 2, "FORMS LINK", f"https://{slug(name)}.example.com/forms/download")
forms.column_dimensions["A"].width = 18.63
forms.column_dimensions["B"].width = 11.13

facts = wb.create_sheet("FACTSHEET")
facts.cell(1, 1, "NAME OF THE AMC'S")
facts.cell(1, 2, "LINKS ")
names = [REGISTRARS[0]] + sorted(n.replace(" MF", "") for n in HOUSES) + [REGISTRARS[1]] + ["OLD BANYAN ", "TWIN LOTUS"]
for i, name in enumerate(names):
    facts.cell(2 + i, 1, name)
    if not name.startswith("REGISTRAR"):
        link(facts, 2 + i, 2, "LINK", f"https://{slug(name)}.example.org/factsheet/")
facts.column_dimensions["A"].width = 21.75
facts.column_dimensions["B"].width = 7.5

emp = wb.create_sheet("Sheet3")
emp.cell(1, 1, "EMPANELMENT")
emp.cell(3, 1, "SNO")
emp.cell(3, 2, "AMC")
emp.cell(3, 3, "LINK")
for i, name in enumerate(HOUSES[:8], start=1):
    emp.cell(3 + i, 1, i)
    emp.cell(3 + i, 2, name.replace(" MF", ""))
    url = f"https://{slug(name)}.example.net/partner/distributor-empanelment-form.pdf"
    link(emp, 3 + i, 3, url, url)
save(wb, "links-en-in-amc.xlsx")
