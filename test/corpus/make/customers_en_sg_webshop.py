"""
Shape of TKG-IT-team/Inventory-System "Customer Data.xlsx": a Singapore online shop's customer table
that its order-tracking script builds from the Shopify customer export and a mailing list, written
with pandas (openpyxl; header bold with thin borders, every cell General).

- One sheet "Sheet1": Customer_id / Name / HP / Birthday / Address / Email, about 2,400 rows, in
  order of the 13-digit Shopify customer id.
- Names all lower case, as the script folded them: given name first ("pei ying lee"), surname first
  ("tan alicia"), Malay and Indian names, western given names with a Chinese surname, a few double
  spaces; common names shared by different customers (other phone, other address).
- HP: "9555 0123", "95550123", "+65 9555 0123", "+65 95550123", "+6595550123", Malaysian "+60 12…";
  empty on some. Birthday "-" on nearly every row, " MM/DD/YYYY" text with a leading space on a few.
  Address a Singapore block/street/unit in any spelling, trailing commas, a postal code on some, empty
  on a few. Email on about two rows in three.
- About one customer in forty appears again under a newer id: same name, the same number written
  another way, the same or a reworded address, often without the e-mail.
- Mailing-list entries merged in among them: no id, "-" in Name, HP, Birthday and Address, only an
  e-mail (about one row in seven); and a dozen ids at the end with only an e-mail (test sign-ups
  "aaa@…", "bb@…").
Values invented.
"""
from openpyxl.styles import Alignment, Border, Font, Side

from fake import Fake, save, workbook

f = Fake("customers-en-sg-webshop")

SYLLABLES = ["pei", "ying", "shi", "qi", "yu", "long", "chye", "woon", "jia", "hui", "wei", "ming", "li", "ting", "kai",
             "xiang", "min", "zhi", "hao", "xin", "yi", "jun", "jie", "mei", "ling", "siew", "lan", "kok", "wai", "boon",
             "hock", "yee", "jing", "chee", "keong", "shu", "en", "wen", "jun", "xuan"]
GIVEN_EN = ["joanne", "agnes", "jason", "jacquelyn", "alicia", "bryan", "elaine", "joyce", "thomas", "jaslyn", "serena",
            "andy", "steve", "amanda", "alice", "june", "shane", "krystal", "darren", "michelle", "eugene", "vivian",
            "gwyneth", "melvin", "rachel", "desmond", "cheryl", "kelvin", "adeline", "marcus"]
SURN = ["tan", "lim", "lee", "ng", "wong", "goh", "chua", "teo", "ong", "ang", "yeo", "chia", "low", "toh", "chong",
        "ho", "loh", "yap", "lau", "foo", "neo", "heng", "seah", "see", "leong", "zheng", "chin", "tey"]
MALAY_1 = ["nur", "siti", "muhammad", "nurul", "ahmad", "farah", "diyana", "aisyah", "hafiz", "syafiqah", "amirah",
           "haziq", "irfan", "nadia", "zulkifli", "hidayah"]
MALAY_2 = ["sabrina", "atira", "huda", "faizal", "nadia", "mohd", "rahman", "ismail", "binte yusof", "bin hamid",
           "aqilah", "izzati", "hakim", "syazwani", "shahrul", "razak"]
INDIAN_1 = ["priya", "arun", "kavitha", "suresh", "deepa", "rajesh", "lakshmi", "vikram", "anitha", "ganesh", "meena",
            "prakash"]
INDIAN_2 = ["nair", "kumar", "raj", "pillai", "menon", "krishnan", "subramaniam", "naidu", "rao", "das"]
STREETS = ["Ang Mo Kio Avenue 3", "Ang Mo Kio Street 21", "Bedok Reservoir Crescent", "Bedok Reservoir Road",
           "Tampines Street 72", "Jurong West Street 64", "Jurong West Central 1", "Yishun Avenue 11",
           "Serangoon North Avenue 2", "Serangoon Avenue 2", "Choa Chu Kang Street 51", "Simei Street 4",
           "Hougang Street 92", "Pasir Ris Street 21", "Woodlands Drive 14", "Bishan Street 22", "Compassvale Drive",
           "Bukit Merah Central", "Clarence Lane", "Chai Chee Avenue", "Alexandra Road", "Upper Bukit Timah Road",
           "Marine Vista", "Fernvale Road", "Sennett Lane", "Jalan Ishak", "Cactus Drive", "Mei Hwan Drive"]
DOMAINS = ["example.com", "example.net", "example.org"]


def person():
    k = f.r.random()
    if k < 0.55:
        return f"{f.pick(SYLLABLES)} {f.pick(SYLLABLES)} {f.pick(SURN)}"
    if k < 0.75:
        return f"{f.pick(GIVEN_EN)} {f.pick(SURN)}"
    if k < 0.85:
        return f"{f.pick(SURN)} {f.pick(GIVEN_EN)}"
    if k < 0.95:
        return f"{f.pick(MALAY_1)} {f.pick(MALAY_2)}"
    return f"{f.pick(INDIAN_1)} {f.pick(INDIAN_2)}"


def mobile():
    return f._unique(lambda: f.pick("89") + "555" + f"{f.r.randrange(10000):04d}")


def spell(number):
    k = f.r.random()
    if k < 0.4:
        return f"{number[:4]} {number[4:]}"
    if k < 0.62:
        return number
    if k < 0.75:
        return f"+65 {number[:4]} {number[4:]}"
    if k < 0.88:
        return f"+65 {number}"
    return f"+65{number}"


def address():
    block = f"{f.r.randrange(1, 900)}{f.pick(['', '', '', 'A', 'B', 'E'])}"
    street = f.pick(STREETS)
    unit = f"#{f.r.randrange(2, 21):02d}-{f.r.randrange(1, 400)}"
    k = f.r.random()
    if k < 0.3:
        text = f"Blk {block} {street} {unit}"
    elif k < 0.5:
        text = f"{block} {street}"
    elif k < 0.65:
        text = f"{block} {street}, {unit}"
    elif k < 0.75:
        text = f"Block {block}, {street}, {unit},"
    elif k < 0.85:
        text = f"{unit}, Blk {block}, {street} {f.r.randrange(100000, 830000)} Singapore"
    else:
        text = f"{block} {street.lower()}"
    return text


def mail(name):
    local = name.replace(" ", f.pick([".", "_", ""])) + f.pick(["", "", str(f.r.randrange(1, 99))])
    return f"{local}@{f.pick(DOMAINS)}"


rows = []
customers = []
for i in range(2050):
    name = person()
    if f.chance(0.04):
        name = name.replace(" ", "  ", 1)
    number = mobile()
    if f.chance(0.03):
        hp = f"+60 1{f.pick('0126')}{f.r.randrange(555, 556)}{f.r.randrange(10000):04d}"
    elif f.chance(0.08):
        hp = None
    else:
        hp = spell(number)
    bday = f" {f.r.randrange(1, 13):02d}/{f.r.randrange(1, 29):02d}/{f.r.randrange(1968, 2000)}" if f.chance(0.006) else "-"
    addr = address() if f.chance(0.94) else None
    email = mail(name.replace("  ", " ")) if f.chance(0.68) else None
    row = [None, name, hp, bday, addr, email]
    rows.append(row)
    customers.append((row, number))
    if f.chance(0.15):
        rows.append([None, "-", "-", "-", "-", mail(f.pick(GIVEN_EN) + f.pick(SURN))])

# the same customer again under a newer id: the number written another way
doubles = []
for row, number in f.r.sample(customers[:1500], 50):
    if row[2] is None or row[2].startswith("+60"):
        continue
    again = spell(number)
    while again == row[2]:
        again = spell(number)
    addr = row[4] if row[4] is None or f.chance(0.5) else row[4].lower().replace("blk ", "Block ")
    doubles.append((row, [None, row[1].replace("  ", " "), again, "-", addr, None if f.chance(0.6) else row[5]]))
for original, twin in doubles:
    at = rows.index(original) + f.r.randrange(40, 900)
    rows.insert(min(at, len(rows)), twin)

# ids ascending down the sheet, as the script sorted them (a twin gets the newer id where it stands)
named = [r for r in rows if r[1] != "-"]
for r, new_id in zip(named, sorted(f.r.sample(range(3092558282825, 5747470237769), len(named)))):
    r[0] = new_id
last = named[-1][0]

# test sign-ups and shop accounts with only an e-mail, at the end
for local in ["aaa", "aaaaaa", "bb", "cc", "dd", "test.order", "hiliy", "kweeseng.ng"]:
    last += f.r.randrange(1_000_000, 90_000_000)
    rows.append([last, None, None, "-", None, f"{local}@{f.pick(DOMAINS)}"])
    if f.chance(0.3):
        rows.append([None, "-", "-", "-", "-", mail(f.pick(GIVEN_EN) + f.pick(SURN))])

wb = workbook()
ws = wb.active
ws.title = "Sheet1"
thin = Side(style="thin")
for j, h in enumerate(["Customer_id", "Name", "HP", "Birthday", "Address", "Email"], start=1):
    c = ws.cell(1, j, h)
    c.font = Font(bold=True)
    c.border = Border(left=thin, right=thin, top=thin, bottom=thin)
    c.alignment = Alignment(horizontal="center", vertical="top")
for i, row in enumerate(rows, start=2):
    for j, v in enumerate(row, start=1):
        if v is not None:
            ws.cell(i, j, v)
save(wb, "customers-en-sg-webshop.xlsx")

if __name__ == "__main__":
    named = [r for r in rows if r[1] not in (None, "-")]
    print("rows", len(rows), "named", len(named), "mail-only", sum(1 for r in rows if r[1] == "-"),
          "id-only", sum(1 for r in rows if r[1] is None), "doubles", len(doubles), "clients", len(named) - len(doubles))
