"""
Shape of taktukt01/Mustang-Community-Web "excel/NewMembers.xlsx" (commit a49257bc): the new-member
list behind a US-based Himalayan village community's web site (the site reads the workbook), made
in Excel, one sheet "Sheet1", A1:D7, plain header on row 1.

Header: Name / Phone / Email / Facebook. Six new members: Tibetan / Nepali names (two sharing a
family name, one with a middle initial), phone typed as a number of eight or nine digits (no area
code, no formatting), an e-mail each (one with a misspelt domain), a Facebook link on the first two
rows only (the first a hyperlink), blank below. Column B width 10. Values invented.
"""
from fake import save, workbook

ROWS = [("Nyima Gurung", 555012345, "nyima.g@example.com", "https://facebook.example.com/nyima"),
        ("Dawa T Gurung", 555013579, "dawa@example.org", "https://facebook.example.com/dawa"),
        ("Lhakpa Sherpa", 555014680, "lhakpa@example.net", None),
        ("Tenzing Norbu", 555011122, "tenzing@examplecom", None),                # dot missing in the domain
        ("Pasang Lhamu", 55501987, "pl@example.com", None),
        ("Ngawang Dolma", 555016543, "ngawang@example.org", None)]

wb = workbook()
ws = wb.active
ws.title = "Sheet1"
ws.append(["Name", "Phone", "Email", "Facebook"])
for r in ROWS:
    ws.append(list(r))
ws["D2"].hyperlink = ROWS[0][3]
ws.column_dimensions["B"].width = 10
save(wb, "members-en-us-villagecommunity.xlsx")
