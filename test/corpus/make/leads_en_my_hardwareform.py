"""
Shape of teamHACC/SalesSync-Streamlining-Digital-Sales-for-Small-Businesses "Customer preferences.xlsx" (at commit
233f23181d483e3cc92596ecfbd6228235e1cdd1): a Malaysian computer-hardware shop's Google Form of interested
customers, downloaded from Google Sheets as .xlsx. One sheet "Form responses 1", frozen under the bold header on
row 1: Timestamp / Full Name / Email Address / Product of Interest (with a trailing space) / Status / Additional
Comments or Questions / How did you hear about us? / Preferred Follow-Up Date / Phone Number, and five more bold
empty header cells (J:N) the shop added. 49 responses on rows 2-50 all submitted on one morning (timestamps
m/d/yyyy h:mm:ss), row 51 empty, and one more response that evening on row 52 from a customer who had already
answered (same e-mail, another phone); 100 more empty formatted rows below. Names as typed: Malaysian-Chinese full
names (Tan Jia Jun), bare first names in lower case or with a trailing space, one e-mail typed into the name; the
product (CPU, Mouse, Keyboard, GPU, SSD); Status the shop's follow-up, Pending on all but the first (Completed)
and empty on the late one; comments never filled; Social Media / Advertisement / Other; a follow-up date under
mm-dd-yy (some before the form was filled); phones as typed: 01x-xxxxxxx, 01xxxxxxxx, too short or too long,
six typed as numbers.
Values invented: names, e-mails (example.com/.org/.net), phones (Malaysian mobile shape with a 0000 block),
products, dates.
"""
import datetime

from openpyxl.styles import Font

from fake import Fake, save, workbook

f = Fake("leads-en-my-hardwareform")
SURN = ["Tan", "Lee", "Lim", "Ng", "Wong", "Chan", "Ong", "Goh", "Teh", "Liew", "Chew", "Yap", "Koh"]
GIVEN = ["Jia", "Wei", "Zhi", "Yan", "Hong", "Kye", "Jun", "Xuan", "Ling", "Heng", "Khang", "Qing", "Sheng", "En"]
FIRST = ["Jennie", "Aaron", "Bella", "Chloe", "Derek", "Elaine", "Felix", "Gwen", "Hazel", "Ivan", "Joanne", "Kelvin",
         "Lydia", "Marcus", "Nadia", "Owen", "Phoebe", "Quincy", "Rachel", "Sean", "Tiffany", "Vincent", "Wendy",
         "Yvette", "Zara", "Alvin", "Brenda", "Cheryl", "Darren", "Eugene", "Fiona", "Gordon", "Helen", "Irene",
         "Jason", "Karen", "Leon", "Melvin", "Nicole", "Patrick"]
PRODUCTS = ["CPU"] * 16 + ["Mouse"] * 12 + ["Keyboard"] * 10 + ["GPU"] * 6 + ["SSD"] * 6
HEARD = ["Social Media"] * 29 + ["Advertisement"] * 18 + ["Other"] * 3
f.r.shuffle(PRODUCTS)
f.r.shuffle(HEARD)


def phone(i):
    """Malaysian mobile shapes as people type them; the middle block 0000 marks them invented."""
    p = f.pick(["12", "13", "14", "16", "17", "18", "19"])
    tail = f"{f.r.randrange(1000):03d}"
    kind = i % 9
    if kind in (0, 3):
        return f"0{p}-0000{tail}"
    if kind == 5:
        return int(f"60{p}0000{tail}")  # typed as a number, country code without +
    if kind == 7:
        return f"0{p}0000{tail[:2]}"  # one digit short
    return f"0{p}0000{tail}"


def person(i):
    if i % 3 == 0:
        name = f._unique(lambda: f"{f.pick(SURN)} {f.pick(GIVEN)} {f.pick(GIVEN)}")
        local = name.split()[1].lower() + name.split()[2].lower()
        return name, f.email(local + f"{f.r.randrange(10, 99)}")
    first = f._unique(lambda: f.pick(FIRST))
    local = first.lower()
    shown = first.lower() if i % 4 == 1 else (first + " " if i % 4 == 2 else first)
    return shown, f.email(local)


wb = workbook()
ws = wb.active
ws.title = "Form responses 1"
ws.append(["Timestamp", "Full Name", "Email Address", "Product of Interest ", "Status",
           "Additional Comments or Questions", "How did you hear about us?", "Preferred Follow-Up Date",
           "Phone Number"])
for c in range(1, 15):
    ws.cell(1, c).font = Font(bold=True)
ws.freeze_panes = "A2"
t = datetime.datetime(2024, 7, 29, 1, 25, 27, 6000)
first_person = None
for i in range(49):
    if i == 0:
        name, mail = "Jennie", f.email("jennie.yx")
        first_person = (name, mail)
    elif i == 48:
        name, mail = "tom@example.com", "tom@example.com"
    else:
        name, mail = person(i)
    status = "Completed" if i == 0 else "Pending"
    follow = (t + datetime.timedelta(days=f.r.randrange(-12, 120))).replace(hour=0, minute=0, second=0, microsecond=0)
    ws.append([t, name, mail, PRODUCTS[i], status, None, HEARD[i], follow, phone(i)])
    t += datetime.timedelta(seconds=f.r.randrange(3, 70), microseconds=f.r.randrange(1000000))
late = datetime.datetime(2024, 7, 29, 20, 52, 56, 151000)
ws.cell(52, 1, late)
for c, v in enumerate([first_person[0], first_person[1], "Keyboard", None, None, "Social Media",
                       datetime.datetime(2024, 8, 1), "012-0000222"], start=2):
    if v is not None:
        ws.cell(52, c, v)
for r in range(2, 152):
    ws.cell(r, 1).number_format = "m/d/yyyy\\ h:mm:ss"
    ws.cell(r, 8).number_format = "mm-dd-yy"
for col, width in {"A": 18.9, "C": 25.4, "D": 18.9, "F": 31.7, "G": 24.0, "H": 19.9, "I": 18.9}.items():
    ws.column_dimensions[col].width = width
wb.properties.creator = "shop owner"
save(wb, "leads-en-my-hardwareform.xlsx")
