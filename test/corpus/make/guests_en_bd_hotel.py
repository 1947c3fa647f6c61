"""
Shape of Shanwazmojaloy/hotelfountainbdCRM "Guest List.xlsx"
(commit 667402594687e860836f393500baa7da7fcf645c): a Dhaka hotel's guest table exported from its
hotel CRM (a Supabase table dumped through Google Sheets), kept as the hotel's guest list.

- One sheet "👤 Guests" (emoji in the name), bold header on row 1, frozen below it; Google Sheets
  column widths (A 33.75, B 34.63 …). Fifteen columns, the database's names: id / name / phone /
  email / id_type / id_number / id_card / nationality / city / address / country / preferences /
  outstanding_balance / vip / tenant_id. Every value is text, empty ones as empty strings.
- The export holds the same block of guests SIX times over, one copy after the other, identical
  row for row (the real file: 1000 guests, 6000 rows; here 300 guests, 1800 rows).
- Within the block: id a UUID per record; the same guest recorded again on a later stay under a
  new UUID (same name, same phone and NID, or the name alone), a developer's sample guests at the
  top ("Mr. … ", "Md. …", with sequential phone numbers); names in capitals or lower case, trailing
  spaces, "MD"/"MST" prefixes, single names.
- Most guests have only a name: phone the placeholder "0000000000" and everything else empty.
  The last tenth were registered at the front desk: placeholder phones typed as 1111, 111111,
  00000000, 888888888888, real mobiles 01xxxxxxxxx, the front office's own e-mail address on
  some, NID (10, 13 or 17 digits), passport or driving licence number, city "DHAKA", address the
  home district ("CUMILLA", "SIRAJGANJ.", "kishoreganj", "DHAKA "), country "Bangladesh",
  an outstanding balance ("4000"), vip "false", the CRM tenant's UUID on every row.
Values invented (mobiles in an invented 0170000… block, ids, UUIDs and the e-mail made up).
"""
import random
import uuid

from openpyxl.styles import Font

from fake import save, workbook

r = random.Random("guests-en-bd-hotel")


def uid():
    return str(uuid.UUID(int=r.getrandbits(128), version=4))


TENANT = uid()
FIRST = ["MD RAKIBUL", "MD SHAHIN", "MD JUBAYER", "MST NASRIN", "MST RUMANA", "TANVIR", "SABBIR", "NAYEEM",
         "FARHANA", "NUSRAT", "MEHEDI", "RIPON", "SUMON", "RASEL", "HABIBA", "TAHMINA", "ARIFUL", "SHAKIL", "MITHUN",
         "POPY", "SHAMIMA", "JANNATUL", "ANIK", "PIAL", "TOUHID", "MASUD", "KAMRUN", "DILRUBA", "SOHEL", "MONIR",
         "ABU TAHER", "NAZMUL", "ROKSANA", "SHAFIQUL", "BIPLOB", "DIPU", "RUBEL", "SHAPLA", "LIMA", "JOYNAL"]
LAST = ["HOSSAIN", "ISLAM", "RAHMAN", "AHMED", "MIA", "UDDIN", "AKTER", "KHATUN", "SARKER", "CHOWDHURY", "SHEIKH",
        "MOLLA", "BHUIYAN", "TALUKDER", "HOWLADER", "MRIDHA", "KHAN", "ALI", "BEGUM", "PARVIN", "", ""]
DISTRICTS = ["CUMILLA", "SIRAJGANJ.", "BARISHAL", "kishoreganj", "RAJSHAHI", "NARAYANGANJ", "MUNSHIGONJ", "TANGAIL",
             "NOAKHALI", "DHAKA", "DHAKA ", "LAXMIPUR", "FARIDPUR", "BOGURA", "JAPAN"]
PLACEHOLDERS = ["1111", "111111", "00000000", "000000000000", "888888888888", "999999999", "0000000", "880000000"]
FRONT_OFFICE = "frontoffice.hotel@example.com"

names = set()


def name():
    while True:
        n = f"{r.choice(FIRST)} {r.choice(LAST)}".strip()
        if r.random() < 0.12:
            n = n.lower()
        if n.strip().lower() not in names:
            names.add(n.strip().lower())
            return n + (" " if r.random() < 0.08 else "")


mobiles = set()


def mobile():
    while True:
        m = "0170000" + f"{r.randrange(10000):04d}"
        if m not in mobiles:
            mobiles.add(m)
            return m


def blank(n):
    return [uid(), n, "0000000000", "", "", "", "", "", "", "", "", "", "0", "false", TENANT]


def filled(n, phone, email, id_type, id_no, district, balance):
    return [uid(), n, phone, email, id_type, id_no, "", "", "DHAKA", district, "Bangladesh", "", balance, "false",
            TENANT]


block = []
# the developer's sample guests: three names recorded three times, one copy with details
for n, ph, kind, idno, dist in [("Mr. Anwar Hossain", "01700001234", "NID", "1234509876", "Chittagong"),
                                ("Mr. Selim Reza", "01700005678", "Driving License", "DL00012345", "Khulna"),
                                ("Md. Habibur Rahman", "01700009012", "NID", "9876501234", "Rajshahi"),
                                ("Ms. Shirin Sultana", "01700003456", "Passport", "BX0001234", "Sylhet")]:
    names.add(n.lower())
    block.append(blank(n))
    block.append([uid(), n, ph, "", kind, idno, "", "", "", dist, "", "", "0", "false", TENANT])
    block.append(blank(n))

# guests with a name only; a sixth of them recorded again on a later stay (name only again)
for _ in range(215):
    n = name()
    block.append(blank(n))
    if r.random() < 0.16:
        block.append(blank(n))

# front-desk registrations at the end, some recorded two or three times with the same details
specials = [
    ("MST RAHIMA KHATUN", "01700004410", FRONT_OFFICE, "NID", "1500066123", "CUMILLA", "4000", 1),
    ("MD.JAHID HASAN", "000000000000", "", "NID", "5500011784", "SIRAJGANJ.", "0", 1),
    ("KOJI TANAKA", "01700002291", FRONT_OFFICE, "NID", "20500011227686", "JAPAN", "1000", 1),
    ("rafiq uddin das", "01700007316", "", "NID", "1400013201", "kishoreganj", "4000", 1),
    ("MD FARUK AHMED", "01700008188", "", "NID", "19900016804000003", "NARAYANGANJ", "0", 2),
    ("NASIR UDDIN ", "01700006231", "", "NID", "2800012608", "DHAKA ", "0", 3),
    ("HASAN", "1111", "", "NID", "5500093062", "DHAKA ", "0", 3),
    ("SHAMIM ", "111", "", "Passport", "EF0009912", "DHAKA", "2800", 1),
]
for n, ph, em, kind, idno, dist, bal, times in specials:
    names.add(n.strip().lower())
    row = filled(n, ph, em, kind, idno, dist, bal)
    for _ in range(times):
        block.append([uid()] + row[1:])
while len(block) < 300:
    n = name()
    block.append(filled(n, r.choice([mobile(), mobile(), r.choice(PLACEHOLDERS)]),
                        r.choice(["", "", FRONT_OFFICE]), "NID", str(r.randrange(10 ** 9, 10 ** 10)),
                        r.choice(DISTRICTS), r.choice(["0", "0", "0", "2000", "38500"])))
block = block[:300]

wb = workbook()
ws = wb.active
ws.title = "👤 Guests"
ws.append(["id", "name", "phone", "email", "id_type", "id_number", "id_card", "nationality", "city", "address",
           "country", "preferences", "outstanding_balance", "vip", "tenant_id"])
for c in ws[1]:
    c.font = Font(bold=True)
for _ in range(6):
    for row in block:
        ws.append(row)
ws.freeze_panes = "A2"
for col, w in zip("ABCDEFGHIJKMNO", [33.75, 34.63, 12.13, 26.25, 13.38, 16.75, 6.88, 9.38, 7.0, 13.63, 10.5, 17.63,
                                       4.75, 32.38]):
    ws.column_dimensions[col].width = w
save(wb, "guests-en-bd-hotel.xlsx")
