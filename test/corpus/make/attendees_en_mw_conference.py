"""
Shape of chisomocodes/MEI-evoting "CONFERENCE PAID UP LIST.xlsx": the same Malawian engineers'
institution's list of people who paid for its conference, made in Excel (16), one sheet "Sheet1".

Title "CONFERENCE PAID UP LIST" in B2 (bold Arial 14), header on row 4: "NO. " (trailing blank) /
NAME / INSTITUTION, thin borders, Arial 11. 74 numbered rows grouped by institution (a tobacco
merchant, consultancies, a construction council, water boards with twenty people each, an NGO,
an embassy …): names with "Eng.", "Dr." or "Eng. Dr." in front, a surname in lower case, trailing
blanks, three-part names; one numbered row with only an institution and no name, one person
without an institution; institutions with a trailing blank or a double space.
Values invented (names and institutions made up).
"""
from openpyxl.styles import Border, Font, Side

from fake import Fake, save, workbook

f = Fake("attendees-en-mw-conference")

FIRST = ["Chikondi", "Thokozani", "Mphatso", "Kondwani", "Tiyamike", "Blessings", "Limbani", "Chimwemwe", "Yamikani",
         "Dalitso", "Madalitso", "Pemphero", "Tawonga", "Kettie", "Grace", "Esther", "Joseph", "Patrick", "Gift",
         "Innocent", "Felix", "Martha", "Ruth", "Francis", "Charles", "Lovemore", "Precious", "Alinafe", "Takondwa",
         "Wezzie", "Mercy", "Harold", "Emmanuel", "Memory", "Moses", "Daniel", "Agnes", "Stella", "Peter", "Isaac"]
LAST = ["Banda", "Phiri", "Mwale", "Chirwa", "Nyirenda", "Gondwe", "Kumwenda", "Mhango", "Msiska", "Kamanga", "Tembo",
        "Mkandawire", "Chisale", "Nkhoma", "Kachingwe", "Mbewe", "Lungu", "Zulu", "Jere", "Chimwaza", "Kalua", "Mvula",
        "Ngwira", "Munthali", "Chavula", "Kaunda", "Moyo", "Sakala", "Chikopa", "Mataka"]
GROUPS = [("Tobacco Leaf Merchants Ltd", 10), ("Lakeview Consulting", 4), ("Construction Industry Council", 6),
          ("Mbeya Consulting", 1), ("Clean Water Partners", 3), (None, 1), ("Chisomo Builders", 1),
          ("Amani  Health Africa", 1), ("Civil Aviation ", 1), ("Roads Maintenance Fund ", 2), ("Agri Exports Malawi", 1),
          ("Embassy Services Office", 2), ("Shelter for All", 2), ("Central Region Water Board", 19),
          ("Southern Region Water Board", 20)]

people = set()


def person():
    for _ in range(100):
        first, last = f.pick(FIRST), f.pick(LAST)
        name = f"{first} {f.pick(FIRST)} {last}" if f.chance(0.15) else f"{first} {last}"
        if name not in people:
            people.add(name)
            return name
    raise RuntimeError


rows = []
for institution, n in GROUPS:
    for k in range(n):
        name = person()
        if k < 2 and n >= 3 and f.chance(0.6) or n <= 2 and f.chance(0.3):
            name = f.pick(["Eng. ", "Eng. ", "Dr. "]) + name
        rows.append([name, institution])
rows[20][0] = None                                       # paid for, nobody named yet
rows[20][1] = "Kasungu Consulting"
rows[16][0] = rows[16][0].split()[0] + " " + rows[16][0].split()[-1].lower()
rows[54][0] = "Eng. Dr. " + rows[54][0].replace("Eng. ", "").replace("Dr. ", "")
for i in (33, 51):
    rows[i][0] += " "
assert len(rows) == 74

wb = workbook()
ws = wb.active
ws.title = "Sheet1"
thin = Side(style="thin")
box = Border(left=thin, right=thin, top=thin, bottom=thin)
ws["B2"] = "CONFERENCE PAID UP LIST"
ws["B2"].font = Font(name="Arial", size=14, bold=True)
for col, text in zip("ABC", ["NO. ", "NAME", "INSTITUTION"]):
    c = ws[f"{col}4"]
    c.value = text
    c.font = Font(name="Arial", size=11, bold=True)
    c.border = box
for i, (name, institution) in enumerate(rows, start=1):
    for col, value in zip("ABC", [i, name, institution]):
        c = ws[f"{col}{i + 4}"]
        c.value = value
        c.font = Font(name="Arial", size=11)
        c.border = box
ws.column_dimensions["B"].width = 39.71
ws.column_dimensions["C"].width = 27.29
save(wb, "attendees-en-mw-conference.xlsx")
for i in (0, 1, 16, 20, 27, 54):
    print(i + 1, rows[i])
