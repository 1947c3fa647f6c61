"""
Shape of okwama/gq-server "customer_list.xlsx" (at commit 25c3066): a Kenyan field-merchandising
agency's customer list made in Excel: its client retail chains, each as a bold, centred group row
merged across A:D with a medium border ("<CHAIN> TEAM ", then "<CHAIN>" alone for the later
ones), and under each the chain's branches the agency's team visits. Header row 1 in bold with
thin borders, A1 empty (the serial column): BRANCH / LOCATION / GOOGLE PIN, each with a trailing
space. Branch rows: a serial restarting at 1 under each chain, the branch (a mall's name in
capitals, often with a trailing space), the town in capitals (left empty under the later chains),
a maps.app.goo.gl short link as a hyperlink, mostly with a trailing space. The second chain shares
malls (and links) with the first. Column widths as in the original. Values invented.
"""
import string

from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

from fake import Fake, save, workbook

f = Fake("customers-en-ke-branches")


def pin():
    chars = string.ascii_letters + string.digits
    return "https://maps.app.goo.gl/" + "".join(f.pick(chars) for _ in range(17))


MALLS = [("WESTVIEW", "NAIROBI"), ("GALLERIA WEST", "NAIROBI"), ("THE HUB", "NAIROBI"), ("CROSSROADS ", "NAIROBI"),
         ("ACACIA PLAZA ", "NAIROBI"), ("SOUTHGATE ", "NAIROBI"), ("KIMATHI ST ", "NAIROBI"),
         ("GREEN PARK ", "NAIROBI"), ("TRM ", "NAIROBI"), ("NORTHPOINT ", "RUIRU"), ("RIDGEWAYS ", "NAIROBI"),
         ("TWIN RIVERS ", "NAIROBI"), ("VILLAGE SQUARE ", "NAIROBI"), ("LAKEVIEW MALL", "KISUMU"),
         ("RUPAS ", "ELDORET"), ("NYALI ", "MOMBASA "), ("CITY MALL", "MOMBASA "), ("PROMENADE ", "MOMBASA ")]
LINKS = {m: pin() + (" " if f.chance(0.75) else "") for m, _ in MALLS}
CHAINS = [("NOVA HOME TEAM ", [(m, town) for m, town in MALLS]),
          ("WELLCARE", [(m, None) for m in ("GALLERIA WEST", "VILLAGE SQUARE ", "GREEN PARK ", "TRM ")]),
          ("AURELIA", [("CAPITAL CENTRE", None)])]
LINKS["CAPITAL CENTRE"] = pin() + " "

THIN = Side(style="thin")
MEDIUM = Side(style="medium")
GROUP_FILL = PatternFill("solid", fgColor="FFD9E1F2")

wb = workbook()
wb.properties.creator = "Wanjiru Kamau"
ws = wb.active
ws.title = "Sheet1"
for col, text in zip("BCD", ["BRANCH ", "LOCATION ", "GOOGLE PIN "]):
    c = ws[f"{col}1"]
    c.value = text
    c.font = Font(bold=True)
    c.alignment = Alignment(horizontal="center")
    c.border = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
row = 2
for chain, branches in CHAINS:
    ws.cell(row, 1, chain)
    ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=4)
    for col in range(1, 5):
        cell = ws.cell(row, col)
        cell.font = Font(bold=True)
        cell.alignment = Alignment(horizontal="center")
        cell.fill = GROUP_FILL
        cell.border = Border(left=MEDIUM, right=MEDIUM, top=MEDIUM, bottom=MEDIUM)
    row += 1
    for i, (mall, town) in enumerate(branches):
        ws.cell(row, 1, i + 1).border = Border(left=MEDIUM, right=THIN, top=THIN, bottom=THIN)
        ws.cell(row, 2, mall)
        if town:
            ws.cell(row, 3, town)
        link = ws.cell(row, 4, LINKS[mall])
        link.hyperlink = LINKS[mall].strip()
        for col in range(2, 5):
            ws.cell(row, col).border = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
        row += 1
ws.column_dimensions["B"].width = 14.86
ws.column_dimensions["C"].width = 10.0
ws.column_dimensions["D"].width = 69.27
save(wb, "customers-en-ke-branches.xlsx")

if __name__ == "__main__":
    import os
    if os.environ.get("SHOW"):
        for r in ws.iter_rows(values_only=True):
            print(r)
