"""
Shape of TonnyKamau/molaplus "distributors.xlsx": a Kenyan livestock-supplement maker's stockist
list (agrovets, feed shops, farm-input stores, dairy co-operatives, a few farms, chemists and
people) exported from its accounting system's ledgers by Apache POI, one sheet.

- "Sheet1": header on row 1, no title, no styles: LEDGER_NAME / TELEPHONES / CONTACT_PHONE, every
  cell a text; the sheet's dimension says A1 although the data runs to C3836 (POI's writer).
- 3,835 ledgers, apparently in route blocks: the first ~800 mostly with the same number in both
  phone columns (a tenth with a different second number, some with two to four numbers in
  TELEPHONES joined by commas); the next ~1,200 mostly without TELEPHONES (no cell at all) and
  the number only in CONTACT_PHONE; then a block where half the rows hold an empty text in both;
  the last ~1,200 with TELEPHONES only (+254 forms, "0700 123456" with a space, an 11-digit slip)
  or an empty text beside no cell.
- Names "<shop> <town>", "<shop>-<town>", "<town>-<shop>", some in capitals ("... FARM LIMITED"),
  a few people ("Esther W.Kamau"), institutions, a fifth with a trailing space (some leading);
  twenty ledgers appear twice with the same name (one of the two often without numbers), ten more
  differ only in case or a trailing space. Placeholders 0700000000 / 070000000 on a few rows.
Values invented (shop words, people and numbers; town names are places). Kenyan numbers are
invented in the 07xx form; none is taken from the source.
"""
import random
import re

from fake import Fake, _save_rewritten, workbook

f = Fake("stockists-en-ke-feedledger")
r = f.r

SHOP = ["Wakulima", "Farmcare", "Baraka", "Neema", "Mercy", "Faith", "Blessed", "Green Farm", "Jumbo", "Kilimo",
        "Mifugo", "Afya", "Upendo", "Tumaini", "Imani", "Shamba", "Farmline", "Farmers", "Top Choice", "Good Hope",
        "Equator", "Highway", "Sunrise", "Savannah", "Golden", "Happy Cow", "Smart Farm", "Vetcare", "Agriplus",
        "Amani", "Jamii", "Bidii", "Fadhili", "Nuru", "Rehema", "Furaha", "Zawadi", "Mavuno", "Vuna", "Lima",
        "Ebenezer", "Shalom", "Elshaddai", "Grace", "Victory", "Glory", "Hope", "Royal", "Unity", "Prime", "Pearl",
        "Rafiki", "Tegemeo", "Mwangaza", "Bahati", "Jitegemee", "Maziwa", "Kuku", "Ng'ombe Bora", "Step One",
        "Twin Vets", "Farmworx", "Greenfields", "Hillside", "Roadside", "Junction", "Riverside", "Mountain View"]
KIND = ["Agrovet", "Agrovet", "Agrovet", "Animal Feeds", "Farm Input", "Stores", "Feeds", "Farm Shop", "Agro",
        "Vet", "Veterinary", "Agrochem", "General Stores", "Agrovet & Feeds", "Farm Centre", "Poultry"]
TOWNS = ["Nyahururu", "Kiawara", "Githunguri", "Njoro", "Molo", "Keringet", "Kericho", "Litein", "Eldoret", "Iten",
         "Kapsabet", "Nanyuki", "Timau", "Meru", "Nkubu", "Chuka", "Embu", "Runyenjes", "Karatina", "Othaya",
         "Mukurweini", "Kerugoya", "Sagana", "Kiambu", "Limuru", "Ruiru", "Narok", "Naivasha", "Ol Kalou",
         "Subukia", "Mweiga", "Kisii", "Ogembo", "Migori", "Kapkatet", "Bomet", "Sotik", "Kitale", "Mau Summit",
         "Londiani", "Kabarnet", "Ravine", "Gatukuyu", "Kimende", "Ndumberi", "Kibirichia", "Mitunguu", "Kianyaga",
         "Wanjohi", "Ndemi", "Kabatini", "Kuresoi", "Gakoe", "Kiganjo", "Gilgil", "Ndaragwa", "Kinangop", "Kangema"]
FIRST = ["Esther", "Grace", "Lucy", "Joseph", "Peter", "Mary", "Ann", "John", "Jane", "Samuel", "Ruth", "David",
         "Faith", "James", "Susan", "Daniel", "Alice", "Paul", "Nancy", "Stephen"]
LAST = ["Kamau", "Wanjiru", "Otieno", "Mwangi", "Kiprono", "Njoroge", "Chebet", "Wambui", "Kariuki", "Mutua",
        "Koech", "Achieng", "Gitau", "Nyambura", "Rotich", "Kimani", "Wafula", "Muthoni"]

BLOCKS = [  # (category counts per route block, share of trailing spaces, share in capitals)
    ({"same": 677, "diff": 84, "EV": 18, "NV": 12, "EN": 6, "NN": 1, "VN": 2}, 0.09, 0.005),
    ({"same": 109, "diff": 42, "NV": 881, "NN": 65, "EV": 94, "EN": 7, "EE": 2}, 0.03, 0.012),
    ({"diff": 6, "NV": 35, "same": 235, "EE": 262, "EN": 20, "NN": 7, "VE": 4, "EV": 3, "VN": 28}, 0.34, 0.02),
    ({"VN": 431, "EN": 723, "same": 33, "EE": 23, "EV": 18, "diff": 6, "VE": 1}, 0.38, 0.047),
]
# Rows the label checks, put at fixed places (block, index in block).
FIXED = {
    (0, 5): ("Tegemeo Agrovet Njoro", "same", "0700418263"),
    (0, 40): ("Bahati Animal Feeds Kiawara", "same", "0711402957"),
    (1, 30): ("Rafiki Farm Input Kangema", "same", "0722093841"),
    (2, 12): ("Maziwa Bora Dairy Cooperative Society", "same", "0733016482"),
    (3, 8): ("Jamii Agrovet Ol Kalou", "VN", "0744127305"),
}


def phone():
    return "07" + f._unique(lambda: f"{r.randrange(10):d}{r.randrange(10):d}{r.randrange(1000000):06d}")


def plus(p):
    return "+254" + p[1:]


def shop_name(block):
    town = r.choice(TOWNS)
    style = r.random()
    if style < 0.5:
        name = f"{r.choice(SHOP)} {r.choice(KIND)} {town}"
    elif style < 0.75:
        name = f"{r.choice(SHOP)} {town}"
    elif style < 0.82:
        name = f"{r.choice(SHOP)} {r.choice(KIND)}-{town}" if r.random() < 0.6 else f"{town}-{r.choice(SHOP)} {r.choice(KIND)}"
    elif style < 0.87:
        name = f"{r.choice(FIRST)} {r.choice(LAST)[0]}.{r.choice(LAST)}" if r.random() < 0.5 else f"Mama {r.choice(LAST)} {town}"
    elif style < 0.92:
        name = f"{r.choice(SHOP)} {r.choice(['Farmers Co-op', 'Dairy Cooperative Society', 'Self Help Group'])} {town}"
    elif style < 0.96:
        name = f"KFA {town}" if r.random() < 0.3 else f"{r.choice(SHOP)} {r.choice(['Chemist', 'Pharmacy', 'Supermarket'])} {town}"
    else:
        name = f"{r.choice(SHOP)} {town} {r.choice(['Farm Limited', 'Farm', 'Holdings', 'Enterprises'])}"
    if r.random() < 0.04:
        name = name.lower() if r.random() < 0.3 else name[0] + name[1:].replace(" Agrovet", " agrovet")
    return name


def telephones(block, p):
    if block == 3 and r.random() < 0.15:
        return plus(p)
    if block == 1 and r.random() < 0.04:
        return plus(p)
    if block == 3 and r.random() < 0.02:
        return f"{p[:4]} {p[4:]}"
    if block == 3 and r.random() < 0.01:
        return p + str(r.randrange(10))
    return p


rows = []
seen = set()
for b, (cats, trail, caps) in enumerate(BLOCKS):
    order = [c for c, n in cats.items() for _ in range(n)]
    r.shuffle(order)
    for i, cat in enumerate(order):
        fixed = FIXED.get((b, i))
        if fixed:
            name, cat, p = fixed
            rows.append([name, p if cat != "NV" else None, p if cat in ("same", "NV") else None])
            seen.add(name.lower())
            continue
        name = shop_name(b)
        while name.lower().strip() in seen:
            name = shop_name(b)
        seen.add(name.lower().strip())
        if r.random() < caps:
            name = name.upper()
        if r.random() < trail:
            name += " "
        elif r.random() < 0.003:
            name = " " + name
        p = phone()
        if cat == "same":
            b_val = c_val = p
            if r.random() < 0.004:
                b_val = c_val = "0700000000"
        elif cat == "diff":
            q = phone()
            kind = r.random()
            if kind < 0.2 and b in (0, 1):
                b_val = ",".join([p] + [phone() for _ in range(r.choice([1, 1, 1, 2, 3]))])
            elif kind < 0.3 and b == 1:
                b_val = plus(q)
            else:
                b_val = q
            c_val = p
        else:
            tb, tc = cat[0], cat[1]
            b_val = {"V": telephones(b, p), "E": "", "N": None}[tb]
            c_val = {"V": p, "E": "", "N": None}[tc]
        rows.append([name, b_val, c_val])

# The same ledger twice (twenty), and ten more that differ only in case or a trailing space.
for k in range(20):
    src = r.randrange(len(rows))
    name, b_val, c_val = rows[src]
    twin = [name, r.choice([None, "", b_val]), r.choice(["", c_val, None])]
    if k == 0:
        twin = [name, b_val, c_val]
    rows.insert(src + r.choice([1, 1, 2, 7]), twin)
for k in range(10):
    src = r.randrange(len(rows))
    name = rows[src][0]
    other = name.rstrip() if name.endswith(" ") else (name.upper() if r.random() < 0.5 else name + " ")
    rows.insert(min(len(rows), src + r.randrange(1, 400)), [other, "", None])
# two placeholders and a short number
rows[r.randrange(2000, 2600)][1:] = ["070000000", "070000000"]
assert len(rows) == 3835 + 30, len(rows)
# the source has 3,835 ledgers in all: drop 30 invented plain rows from the long blocks, keep the fixed ones
fixed_names = {v[0] for v in FIXED.values()}
drop = set()
while len(drop) < 30:
    i = r.randrange(900, len(rows))
    if rows[i][0] not in fixed_names and i not in drop:
        names_here = [x[0] for x in rows]
        if names_here.count(rows[i][0]) == 1:
            drop.add(i)
rows = [row for i, row in enumerate(rows) if i not in drop]
assert len(rows) == 3835

wb = workbook()
ws = wb.active
ws.title = "Sheet1"
ws.append(["LEDGER_NAME", "TELEPHONES", "CONTACT_PHONE"])
EMPTY = "@@empty@@"
for row in rows:
    ws.append([EMPTY if v == "" else v for v in row])


def rewrite(member, text):
    # POI writes an empty text as a shared string and leaves the dimension at A1.
    text = re.sub(r'<dimension ref="[^"]*"/>', '<dimension ref="A1"/>', text)
    text = text.replace("<t>" + EMPTY + "</t>", "<t></t>")
    return text


_save_rewritten(wb, "stockists-en-ke-feedledger.xlsx", rewrite)
