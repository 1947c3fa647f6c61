"""
Shape of chavdasandip2908/whatsapp-group "data/C-CONTECT.xlsx": a small Gujarat business's
customer contact sheet ("C-CONTECT" = customer contacts), typed by hand in Excel and kept with
its yearly order books; the repository adds the numbers to WhatsApp groups.

- One sheet "Sheet1"; row 1 "NAME" / "DATE" only (not bold), columns C:G without a header.
- 25 customers down to row 29: column A the customer as typed (romanised Gujarati given name
  with "bhai", sometimes with the father's name, a surname, a village or a nickname in
  brackets; lower, upper or mixed case, trailing spaces, once four spaces and an "@", once a
  single word "shut", a "(w)" mark), column B (headed DATE) the mobile as a 10-digit NUMBER.
- Column C: dates and notes mixed: a real date (three cells, formats mm-dd-yy / d-mmm), a
  date as text "13/11/2016", day lists "22/11", "22/23/24", "2/3/4/(12)", "7/-/12",
  "30-1-2(11)", "3//4//5", "15-16-17", a second number "7046128655 (w)", a town, "photo", "call".
- Columns D:G on a few rows: a village, a second mobile (number), a referrer's full name, a
  bank name, an account holder, "ac no : …", "mo no : …", an account number as a number.
- Row 7 carries only "25/11" in C (a second date for the customer above), rows 27-28 empty,
  one more customer in row 29.
Values invented (Indian mobiles 90000…).
"""
import datetime

from fake import Fake, save, workbook

f = Fake("clients-en-in-bookingdates")

ROWS = [
    ("jayeshbhai ramjibhai (w)", None, None, None, None, None),
    ("kamleshbhai (sanosara)", None, None, None, None, None),
    ("bhaveshbhai ", "13/11/2016", None, "dhirubhai kanjibhai vaghasiya patel", "ac no : {acct}", "{mob}"),
    ("pandya shaheb", "{mob} (w)", None, None, None, None),
    ("MEHULBHAI", "22/11", None, "alpeshbhai kevadavala", "mo no : {mob}", None),
    None,
    ("pravinbhai gadhada", None, None, "SBIBANCK ", "KHUSHI TRADERS", None),
    ("nileshbhai ", datetime.date(2016, 12, 11), None, "VAGHELA MAHENDRA GOVINDBHAI ", 100200000417, None),
    ("rajubhai savaliya", "15/11", None, None, None, None),
    ("mayurbhai dhanjibhai kathiriya", "22/24", None, None, None, None),
    ("dineshbhai malaviya", datetime.date(2016, 1, 16), None, None, None, None),
    ("KALPESHBHAI ", datetime.date(2016, 11, 15), None, "{mobn}", None, None),
    ("GHANSHYAMBHAI", "22/23/24", None, None, None, None),
    ("BHARATBHAI DUDHAT", "2/3/4/(12)", None, None, None, None),
    ("yash ramani", None, None, None, None, None),
    ("vipulbhai patel(dhirukaka)", "7/-/12", None, None, None, None),
    ("sanjaybhai ", "30-1-2(11)", None, None, None, None),
    ("shut", None, None, None, None, None),
    ("jigarbhai ", "photo", None, None, None, None),
    ("DIVYARAJSINH", "3//4//5", "darbar", None, None, None),
    ("nareshbhai ", "call", None, None, None, None),
    ("MANOJBHAI VALJIBHAI PARMAR", "15-16-17", "VASNA", "5555/5556", None, None),
    ("RAVIBHAI MAKWANA", "SIHOR", "NANA VARAL", None, None, None),
    ("KISHANBHAI PRINTLEB", None, None, None, None, None),
    ("ASHOKBHAI    @", None, None, None, None, None),
    "blank",
    "blank",
    ("CHINTAN SHAH", None, None, None, None, None),
]

wb = workbook()
ws = wb.active
ws.title = "Sheet1"
ws["A1"], ws["B1"] = "NAME", "DATE"


def fill(v):
    if isinstance(v, str) and "{" in v:
        if "{mobn}" in v:
            return int(f.mobile_in())
        return v.replace("{mob}", f.mobile_in()).replace("{acct}", "5601" + f"{f.r.randrange(10**7):07d}")
    return v


row = 2
for item in ROWS:
    if item == "blank":
        row += 1
        continue
    if item is None:  # the second date of the customer above
        ws.cell(row, 3, "25/11")
        row += 1
        continue
    name, c, d, e, fcol, g = item
    ws.cell(row, 1, name)
    ws.cell(row, 2, int(f.mobile_in()))
    for col, v in zip((3, 4, 5, 6, 7), (c, d, e, fcol, g)):
        v = fill(v)
        if v is None:
            continue
        if isinstance(v, str) and v.isdigit() and len(v) == 10:
            v = int(v)
        cell = ws.cell(row, col, v)
        if isinstance(v, datetime.date):
            cell.number_format = "d-mmm" if v.month == 12 else "mm-dd-yy"
    row += 1
ws["F9"].number_format = "# ?/?"
for col, w in (("A", 32.14), ("B", 18.29), ("C", 16.0), ("D", 14.14), ("E", 33.14), ("F", 20.86), ("G", 14.43), ("H", 9.14)):
    ws.column_dimensions[col].width = w

save(wb, "clients-en-in-bookingdates.xlsx")
