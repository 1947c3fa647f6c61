"""
Shape of scotttorgeson/HeroesOfRock "Contact List.xlsx" (commit 2191748fedf1dad59829313419041d9ba39b4c27):
the team contact list of a Utah university students' video-game project, made in Excel. Sheet
"Sheet1": the game's title in A1, a blank row, a header on row 3 with colons ("Name: " with a
trailing blank / "Role:" / "Phone:" / "Email:" / "Notes:"), then ten team members — lead, art,
design and engineering leads, programmers, artists —, phones typed as ten-digit numbers (one with a
digit missing, one the same as another member's, one blank), free-mail addresses, a note on the last
two ("Original Eng. Lead", "Character Artist"). Empty "Sheet2" and "Sheet3". Widths 18.6 / 13.3 /
11 / 29.7 / 16.9. Names, numbers and addresses invented.
A person imports nothing: the project's own team members and their roles, not clients.
"""
from fake import save, workbook

ROWS = [("Tyler Ardmore", "LEAD", 435550199, "tardmore@example.com", None),
        ("Robert Jungblut", "Art Lead", 8015550142, "robjungblut@example.net", None),
        ("Jake Cambridge", "Design Lead", 8015550117, "cakejambridge@example.com", None),
        ("Nicholas Hornsby", "Eng. Lead", 8015550131, "nicholas.hornsby@example.com", None),
        ("Christian Holman", "Programmer", 8015550168, "seeholman@example.org", None),
        ("Shandra Bealey", "Programmer", 8015550142, "shandrabealey@example.com", None),
        ("Dan Turchin", "Artist", 8015550185, "dturchin9@example.net", None),
        ("Colby Pauley", "Artist", 8015550106, "cdp_lonky@example.com", None),
        ("Scott Torrance", "Programmer", 8015550174, "scott.torrance@example.com", "Original Eng. Lead"),
        ("Isaac J Woodley", "Artist", None, "isaacjwoodley@example.org", "Character Artist")]

wb = workbook()
ws = wb.active
ws.title = "Sheet1"
ws["A1"] = "Heroes of Rock"
for col, text in zip("ABCDE", ("Name: ", "Role:", "Phone:", "Email:", "Notes:")):
    ws[f"{col}3"] = text
for r, row in enumerate(ROWS, start=4):
    for c, v in enumerate(row, start=1):
        if v is not None:
            ws.cell(r, c, v)
for col, w in zip("ABCDE", (18.57, 13.29, 11, 29.71, 16.86)):
    ws.column_dimensions[col].width = w
wb.create_sheet("Sheet2")
wb.create_sheet("Sheet3")
save(wb, "team-en-us-gamestudio.xlsx")
