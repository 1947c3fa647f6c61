"""
Shape of bitmaxx07/MCUFC_database_management "会员卡.xlsx" (at commit fcef70ab): the membership-card
list of a Chinese students' football club in Germany, from which a script prints member cards
with QR codes. Two sheets, no header row on either, Calibri 11.

- "Fussball Mitgliederlist": 48 members, one per row from row 1: A family name in pinyin
  ("Chen"; "LI" in capitals), B given name in pinyin (an English name on two rows, one of
  them " William" with a leading space), C the birthday — a real date (format mm-dd-yy) on
  about half the rows, text "dd.mm.yyyy" on the others (one with a leading space, one with a
  trailing space),
  D a JWT token whose payload is "<Family>_<Given>_<member no>", E the club's card URL built
  from the lower-cased token, F the lower-cased token again (cut to 75 characters), G the
  member number as text "01000001" … "01000048". Rows sorted by family name. Columns A and C
  11.5 wide; the cursor left in D1.
- "VIP": 9 honorary members, the same layout without a birthday: A family name, B given name,
  C token, D URL, E lower-cased token, F number "02000001" … "02000009".
A person imports every member of both sheets as a client (a person): the two name columns
joined, the birthday, the member number as the id; the tokens and URLs are card machinery.
Values invented (names, birthdays, tokens; the URL on an example domain).
"""
import base64
import datetime
import hashlib
import json

from fake import Fake, save, workbook

f = Fake("members-en-de-footballclub")
FAMILY = ["Bai", "Cai", "Chen", "Cheng", "Dai", "Deng", "Du", "Fan", "Feng", "Gao", "Guo", "Han", "Hao", "He", "Hu", "Huang",
          "Jiang", "Kong", "Li", "Liang", "Lin", "Liu", "Lu", "Luo", "Ma", "Meng", "Pan", "Qian", "Qu", "Shen", "Shi", "Song",
          "Su", "Sun", "Tang", "Tian", "Wang", "Wei", "Wen", "Wu", "Xiong", "Xu", "Yang", "Yin", "Yu", "Zhang", "Zhao",
          "Zheng", "Zhou", "Zhu"]
SYLL = ["an", "bo", "chao", "chen", "cheng", "fei", "feng", "gang", "hao", "heng", "hong", "hua", "jian", "jie", "jun",
        "kai", "lei", "liang", "lin", "ming", "nan", "peng", "qi", "qiang", "rui", "sen", "shan", "tao", "ting", "wei",
        "xiang", "xin", "yang", "yi", "yu", "yuan", "ze", "zhi", "zhong", "zi"]


def given():
    s = f.pick(SYLL)
    if f.chance(0.7):
        s += f.pick(SYLL)
    return s.capitalize()


def b64(data):
    return base64.urlsafe_b64encode(data).decode().rstrip("=")


def token(family, first, number):
    head = b64(b'{"typ":"JWT","alg":"HS256"}')
    body = b64(json.dumps({f"{family}_{first}_{number}": ""}, separators=(",", ":")).encode())
    sig = b64(hashlib.sha256(f"corpus-{family}-{first}-{number}".encode()).digest())
    return f"{head}.{body}.{sig}"


def card(tok):
    low = tok.lower().replace(".", "-")[:75]
    return f"https://www.example.org/{low}", low


names = set()


def person():
    while True:
        fam, first = f.pick(FAMILY), given()
        if (fam, first) not in names:
            names.add((fam, first))
            return fam, first


members = sorted((person() for _ in range(48)), key=lambda n: n[0])
members[12] = ("Huang", "Brian")
members[44] = ("Zheng", " William")
members = sorted(members, key=lambda n: n[0])
caps = {i for i, (fam, _) in enumerate(members) if fam == "Li"}

wb = workbook()
ws = wb.active
ws.title = "Fussball Mitgliederlist"
for i, (fam, first) in enumerate(members):
    number = f"0100{i + 1:04d}"
    fam_shown = fam.upper() if i in caps and f.chance(0.8) else fam
    bday = f.date(datetime.date(1975, 1, 1), datetime.date(2003, 12, 31))
    if f.chance(0.44):
        cell_value = datetime.datetime(bday.year, bday.month, bday.day)
    else:
        cell_value = bday.strftime("%d.%m.%Y")
    tok = token(fam, first.strip(), number)
    url, low = card(tok)
    ws.append([fam_shown, first, cell_value, tok, url, low, number])
    ws.cell(i + 1, 3).number_format = "mm-dd-yy"
# the leading and trailing spaces of the source's typed birthdays
ws["C13"] = " " + ws["C13"].value if isinstance(ws["C13"].value, str) else " 22.12.2001"
ws["C37"] = (ws["C37"].value if isinstance(ws["C37"].value, str) else "18.12.1989") + " "
ws.column_dimensions["A"].width = 11.5
ws.column_dimensions["C"].width = 11.5
ws.sheet_view.selection[0].activeCell = "D1"
ws.sheet_view.selection[0].sqref = "D1"

vip = wb.create_sheet("VIP")
for i in range(9):
    fam, first = person()
    number = f"0200{i + 1:04d}"
    tok = token(fam, first, number)
    url, low = card(tok)
    vip.append([fam, first, tok, url, low, number])
save(wb, "members-en-de-footballclub.xlsx")
