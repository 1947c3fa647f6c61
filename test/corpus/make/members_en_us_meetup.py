"""
Shape of junbug88/cincycrypto "Member List.xlsx" (at commit 3d5eeca): a US city crypto meetup's
member sign-up list kept in Excel (Microsoft Excel 16, one sheet "Sheet1", no styling at all).
A1 holds the group's name as a title (misspelt, not merged, not bold); the header sits on row 2
from column C: First Name / Last Name / Email. Column B carries a serial number with no header,
typed down for thirty slots (1 … 30) although only the first nine were filled in; the twenty-one
numbered slots below are empty apart from their number. Of the nine members one gave only a first
name, one a first name and an e-mail (no last name), a few a first and last name without e-mail;
one first name has a trailing space. Column widths as in the original. Values invented.
"""
from fake import Fake, save, workbook

f = Fake("members-en-us-meetup")

# (first, last, has e-mail): the pattern of the original's nine filled rows.
PEOPLE = [("Caleb", None, False), ("Owen", "Brightwell", True), ("Nora", "Dunmore", True),
          ("Wyatt", "Holloway", False), ("Mason", "Ivers", True), ("Zed", None, True),
          ("Liam", "Kettering", False), ("Aiden ", "Marlow", False), ("Harper", "Oakes", False)]

wb = workbook()
ws = wb.active
ws.title = "Sheet1"
ws["A1"] = "Cincinatti Crypto Meetup"
ws["C2"], ws["D2"], ws["E2"] = "First Name", "Last Name", "Email"
for i in range(30):
    row = 3 + i
    ws.cell(row, 2, i + 1)
    if i < len(PEOPLE):
        first, last, mail = PEOPLE[i]
        ws.cell(row, 3, first)
        if last:
            ws.cell(row, 4, last)
        if mail:
            local = (first.strip() + (last or f"{f.r.randrange(10, 99)}")).lower()
            ws.cell(row, 5, f.email(local))
ws.column_dimensions["C"].width = 10.57
ws.column_dimensions["D"].width = 12.43
ws.column_dimensions["E"].width = 29.29
save(wb, "members-en-us-meetup.xlsx")

if __name__ == "__main__":
    import os
    if os.environ.get("SHOW"):
        for row in ws.iter_rows(values_only=True):
            print(row)
