"""
Shape of Netik9960/netikelelctrical "Client Details.xlsx" (at commit 51f6933): a small Indian
business owner's prospect list kept in Microsoft Excel (one sheet "Sheet1"). A1:F1 is merged and
holds the title "Client Details" (tall row, bold, thick bottom border); the header is on row 2:
Sr.No. / Full Name / Mob No. / Approx Annual Income / Interested Level / Profession, bold with
thick borders. A serial number is typed down for thirty slots (1 … 30) although only twenty-one
people were filled in; the nine numbered slots below hold nothing but their number. Full names are
first + surname (three people share a surname, one surname typed in lower case, two people with a
first name only); mobiles are numbers (General), two cells hold two numbers as text
"n, n" (one of them under a #,##0 format), and one mobile is a digit short. The approximate annual
income is text in Indian digit grouping ("1,00,000", "10,00,000") under a rupee accounting format
(the last row's without it); the interest level is 0-9 (most 0) under a colour scale (the original
also has a 3-stars icon set, an Excel 2010 extension openpyxl cannot write); a profession on eight
rows only. Column widths as in the original. Values invented.
"""
from openpyxl.formatting.rule import ColorScaleRule
from openpyxl.styles import Alignment, Border, Font, Side

from fake import Fake, save, workbook

f = Fake("prospects-en-in-income")

RUPEE = '_ [$\u20b9-439]* #,##0.00_ ;_ [$\u20b9-439]* \\-#,##0.00_ ;_ [$\u20b9-439]* "-"??_ ;_ @_ '
SURNAMES = ["Wankhede", "Bisen", "Katre", "Rahangdale", "Pardhi", "Meshram", "Bopche", "Thakre", "Dongre",
            "Uikey", "Gaikwad", "Chouhan", "Nagpure", "Patle", "Borkar"]

# (first name, surname or None, income in lakh, interest 0-9, profession, phone shape)
# phone shape: "n" a number, "two" two numbers as text, "two#" the same under #,##0, "short" a digit short
PEOPLE = [
    ("Kabir", "Wankhede", 1, 4, "Borwell Business", "n"),
    ("Aarav", "Bisen", 5, 0, "Teacher", "n"),
    ("Rohan", "Motwani", 1, 0, None, "n"),
    ("Ishaan", "Katre", 2, 0, None, "n"),
    ("Vivaan", "Uikey", 1, 0, None, "n"),
    ("Aditya", "Motwani", 7, 5, None, "n"),
    ("Arjun", "Rahangdale", 1, 0, None, "n"),
    ("Harleen", "Motwani", 3, 0, None, "two#"),
    ("Gurpreet", "Chouhan", 3, 9, None, "n"),
    ("Simar", "Pardhi", 3, 0, None, "n"),
    ("Kavya", "Borkar", 3, 0, None, "n"),
    ("Meera", "Meshram", 5, 0, None, "n"),
    ("Riya", "Dongre", 3, 0, None, "n"),
    ("Diya", None, 6, 0, "Borwell Business", "short"),
    ("Saanvi", "lanjewar", 10, 8, "Architechure", "n"),
    ("Neha", "Thakre", 5, 0, None, "n"),
    ("Pooja", "Patle", 2, 8, "Kapda Business", "n"),
    ("Ananya", "Gaikwad", 3, 5, None, "n"),
    ("Vijay", "Nagpure", 2, 5, "Salon", "two"),
    ("Sanjay", "Bopche", 1, 5, None, "n"),
    ("Parag", None, 4, 8, "Soda Shop", "n"),
]


def lakh(n):
    """1 -> "1,00,000", 10 -> "10,00,000": Indian digit grouping, as typed."""
    return f"{n},00,000"


def mobile():
    return int(f.mobile_in())


thick = Side(style="thick")
thin = Side(style="thin")
wb = workbook()
ws = wb.active
ws.title = "Sheet1"
ws["A1"] = "Client Details"
ws["A1"].font = Font(bold=True, size=16)
ws["A1"].alignment = Alignment(horizontal="center", vertical="center")
ws.merge_cells("A1:F1")
for col in range(1, 7):
    ws.cell(1, col).border = Border(top=thick, bottom=thick, left=thick if col == 1 else None,
                                    right=thick if col == 6 else None)
ws.row_dimensions[1].height = 30.75
for j, h in enumerate(["Sr.No.", "Full Name", "Mob No.", "Approx Annual Income", "Interested Level", "Profession"]):
    c = ws.cell(2, j + 1, h)
    c.font = Font(bold=True, size=12)
    c.alignment = Alignment(horizontal="center")
    c.border = Border(top=thick, bottom=thick, left=thick, right=thick)

for i in range(30):
    row = 3 + i
    c = ws.cell(row, 1, i + 1)
    c.alignment = Alignment(horizontal="center")
    if i >= len(PEOPLE):
        continue
    first, last, income, interest, job, shape = PEOPLE[i]
    ws.cell(row, 2, f"{first} {last}" if last else first).border = Border(left=thin, right=thin)
    if shape == "n":
        ws.cell(row, 3, mobile())
    elif shape == "short":
        ws.cell(row, 3, int(f.mobile_in()[:9]))
    else:
        c = ws.cell(row, 3, f"{f.mobile_in()}, {f.mobile_in()}")
        if shape == "two#":
            c.number_format = "#,##0"
    c = ws.cell(row, 4, lakh(income))
    if i < len(PEOPLE) - 1:
        c.number_format = RUPEE
    ws.cell(row, 5, interest).alignment = Alignment(horizontal="center")
    if job:
        ws.cell(row, 6, job)

ws.conditional_formatting.add("E3:E32 F21", ColorScaleRule(start_type="min", start_color="FF63BE7B",
                                                           mid_type="percentile", mid_value=50, mid_color="FFFCFCFF",
                                                           end_type="max", end_color="FFF8696B"))
for col, width in zip("ABCDEF", [7.57, 21, 24.29, 24.14, 16.71, 16.14]):
    ws.column_dimensions[col].width = width
ws.sheet_view.zoomScale = 130
save(wb, "prospects-en-in-income.xlsx")

if __name__ == "__main__":
    import os
    if os.environ.get("SHOW"):
        for row in ws.iter_rows(values_only=True):
            print(row)
