"""
Shape of FinAccTech/AussieMint "client list.xlsx": a Melbourne bullion dealer's client table
copied out of its accounting app's database into Excel (Microsoft Excel 16), one sheet "Sheet1",
no header row: the first row is already a client.

Columns as the database holds them: A the table's serial (starting at 4), B the client code
PR15…PR78, C the client name (companies PTY LTD, shops, persons as "FIRST M LAST" in capitals or
mixed case, trailing and double spaces, one quick entry "PAUL 802" with nothing else), D street
(units as "U1  7 …", "Shop 20RA   1 …", one with the company name typed again, one cut short),
E suburb (misspelt, trailing spaces), F postcode as a number (one missing), G state in any
spelling (VICTORIA, Vic, VIC, 'VICTORIA ', NSW, SA, QLD), H phone as a number without its leading
0 (mobiles, a landline, a 1300 number, one a digit short), I 1 for a business, J 0, K a client
type 1/2/3, L date of birth as a yyyymmdd number for a person (for a business the day it was
entered, 20000101 or 0), M the day the client was entered (once as yymmdd), N a further date
(mostly 20000101, once 0, once mistyped with a leading 8), O the licence's expiry (or the entry
day, 0, 'NULL'), P e-mail (some in capitals), Q driver's licence as 'DLV 0…' / 'DRLV 0…' /
'DL …' / 'DLNSW …' / a bare number that lost its zero ('ABN: …' typed here once), R ABN as an
11-digit number or spaced text ('ABN … ACN …' once, an ACN once), S the director or contact,
T a contact on one row only, U 0, V a second serial, W 0, X 1, Y 1.

The mess kept: a shop entered twice on consecutive rows (the ABN in Q the first time, in R the
second), a person entered twice months apart under two codes (mixed case then capitals with a
nickname, the licence without its prefix), a shop and its trust at the same address, the quick
"PAUL 802" entry. Values invented (phones in Australia's 0491 570 fiction block, 03 5550 and
1300 555 landlines; licence, ABN and ACN numbers made up; e-mails on example/.test domains).
"""
from fake import Fake, save, workbook

f = Fake("clients-en-au-bullion")

FIRST = ["Hakan", "Edwin", "Nadia", "Colin", "Rajesh", "Bernard", "Yusuf", "Gregory", "Mehmet", "Carlo", "Dimitri",
         "Farid", "Helen", "Ivan", "Joanne", "Kieran", "Leila", "Marcus", "Nikolai", "Oliver", "Priya", "Quentin",
         "Rania", "Simon", "Tarek", "Usha", "Vikram", "Warren", "Xavier", "Yasmin", "Zoran", "Brendan", "Darren"]
LAST = ["Aksoy", "Zelenko", "Pruitt", "Farrugia", "Dimitriou", "Haddad", "Kowalczyk", "Lombardi", "Nguyen", "Okafor",
        "Papadakis", "Quinlan", "Rasheed", "Sandhu", "Tran", "Underwood", "Vella", "Whitfield", "Yilmaz", "Brennan",
        "Costa", "Delaney", "Esposito", "Gallagher", "Hosseini", "Iqbal", "Jovanovic", "Kaur", "Marchetti", "Petrov"]
SHOPS = ["Golden Wattle Jewellers", "Southern Cross Bullion", "Yarra Gold Exchange", "Bayside Pawn & Gold",
         "Collins Coin Traders", "Eureka Fine Jewellery", "Gippsland Gold Buyers", "Northcote Diamond House",
         "Silver Gum Jewellery", "Murray River Pawnbrokers", "Princes Hwy Cash Traders", "Lygon Gold Studio",
         "Ballarat Bullion Co", "Dandenong Jewel Centre", "Kingsway Gold & Diamond", "Harbour Bullion Traders",
         "Sapphire Coast Jewellers", "Ruby Lane Jewellery", "Goldfields Assay & Trade", "Opal Ridge Gems",
         "Westgate Pawn", "Emerald Hill Jewellers", "Bourke St Bullion", "Pearl Harbour Jewellers",
         "Gold Line Refiners", "Chapel St Gold Buyers", "Geelong Coin & Bullion",
         "Hunter Valley Jewellers", "Port Phillip Pawn", "Maroondah Gold Exchange", "Wimmera Jewellery",
         "Otway Gold & Silver", "Kew Junction Jewellers", "Box Hill Bullion", "Brunswick Gem Traders", "Footscray Gold Centre"]
STREETS = ["Collins St", "Swanston St", "Sydney Rd", "Bay Rd", "Hargreaves St", "Lydiard St N", "Station Street",
           "Burke Rd", "Church St", "Wellington Rd", "Watton Street", "Elizabeth St", "Murphy St", "Hume Hwy",
           "Macquarie Street", "George Street", "Doncaster Road", "North East Rd", "Walkerville Tce", "Eighth St",
           "Esplanade Rd", "Boyanna Rd", "Peace St", "Edina Gr", "Flynn Tce", "Wattle Gr", "Bursaria St",
           "Third Avenue", "West St", "Artesian Ave", "Geoffrey Dr", "Rebecca Prom", "Larissa Ave", "Bowood Ct"]
VIC = [("MELBOURNE", 3000), ("WENDOUREE", 3355), ("Ballarat North", 3350), ("Dockland", 3008), ("Reedy Flat", 3895),
       ("Werribee", 3030), ("Coburg", 3058), ("BENDIGON ", 3550), ("SANDRINGHAM", 3191), ("EMERALD", 3782),
       ("Southbank", 3006), ("TARNIET ", 3029), ("CROYDON HILLS", 3136), ("BRIGHTON", 3186), ("ROWVILLE ", 3178),
       ("Meadow Hights", 3048), ("CRAGINURN", 3064), ("MILDURA", 3500), ("SANDHURST", 3977), ("RINGWOOD ", 3134),
       ("HIGHETT ", 3190), ("GLEN WAVERLEY", 3150), ("WANGARATTA", 3677), ("ALTONA MEADOWS", 3028),
       ("CARRUM DOWONS", 3201), ("Frankston", 3199), ("CAMBERWELL", 3124), ("SEABROOK ", 3028), ("Doncaster", 3108),
       ("KILSYTH ", 3137), ("Hadfield", 3046), ("Buninyong", 3357), ("EPPING", 3076), ("JACKASS FLAT", 3556)]
OTHER = [("BANKSTOWN ", 2200, "NSW"), ("Sydney", 2000, "NSW"), ("LIVERPOOL", 2170, "NSW"), ("BOURKE", 2840, "NSW"),
         ("Holden Hill", 5088, "SA"), ("WALKERVILLE", 5081, "SA"), ("PEREGIAN BEACH", 4573, "QLD")]
VIC_SPELLINGS = ["VICTORIA", "VICTORIA", "Vic", "Vic", "VIC", "VIC", "Victoria", "VICTORIA "]


def mobile():
    return f._unique(lambda: 491570000 + f.r.randrange(1000))     # 0491 570 xxx, the leading 0 lost


def licence_no():
    return f._unique(lambda: f"0{f.r.randrange(10000000, 99999999)}")


def abn():
    return f._unique(lambda: f.r.randrange(20, 99) * 10 ** 9 + f.r.randrange(10 ** 9))   # never 13…/19…


def spaced(n):
    s = str(n)
    return f"{s[:2]} {s[2:5]} {s[5:8]} {s[8:]}"


def dob(start=1940, end=2003):
    return int(f.date(__import__("datetime").date(start, 1, 1), __import__("datetime").date(end, 12, 28)).strftime("%Y%m%d"))


def person(caps=None):
    first, last = f.pick(FIRST), f.pick(LAST)
    mid = f.pick("ABCDEGJLMRS")
    caps = f.chance(0.7) if caps is None else caps
    name = f"{first} {mid} {last}" if f.chance(0.7) else f"{first} {last}"
    return name.upper() if caps else name


def street(caps):
    no = f.r.randrange(1, 900)
    s = f.pick(STREETS)
    kind = f.r.random()
    if kind < 0.15:
        text = f"U{f.r.randrange(1, 12)}  {no} {s}"
    elif kind < 0.25:
        text = f"{f.r.randrange(1, 9)} / {no} {s}"
    elif kind < 0.3:
        text = f"Suite {f.r.randrange(100, 900)}, {no} {s},"
    else:
        text = f"{no} {s}"
    text = text.upper() if caps else text
    return text + (" " if f.chance(0.1) else "")


def place():
    if f.chance(0.82):
        suburb, pc = f.pick(VIC)
        return suburb, pc, f.pick(VIC_SPELLINGS)
    return f.pick(OTHER)


def email_for(name, business):
    local = "".join(ch for ch in name.lower() if ch.isalpha())[:14]
    if business:
        return f.pick(["sales", "info", "admin", "contact"]) + f"@{local}.test"
    return f.email(local + str(f.r.randrange(1, 99)))


def entered(k):
    base = __import__("datetime").date(2024, 6, 28) + __import__("datetime").timedelta(days=int(k * 2.6))
    return int(base.strftime("%Y%m%d"))


rows = []


def add(**kw):
    rows.append(kw)


shops = list(SHOPS)
f.r.shuffle(shops)


def shop_name():
    base = shops.pop()
    return f.pick([base.upper() + " PTY LTD", base + " Pty Ltd", base.upper(), base, base + " "])


for k in range(64):
    day = entered(k)
    if k == 0:
        add(name="BULLION COINS", business=True, director=True, phone=True)
    elif k == 2:
        add(name="SOVEREIGN COIN HOUSE", business=True, l=0, m=20240227, n=0, o=0, abn_text=True, t=True)
    elif k in (5, 6):
        pass    # the shop entered twice, written below
    elif k == 3:
        add(name="Edwin Pruitt", dup_person=1)
    elif k == 44:
        add(name='EDWIN "Eddie" PRUITT', dup_person=2)
    elif k == 21:
        add(name="PAUL 802", quick=True)
    elif k in (41, 43):
        pass    # the shop and its trust, written below
    elif k == 55:
        add(name="AURIC VAULT PTY LTD", business=True, name_as_street=True)
    elif k == 45:
        add(name=shop_name(), business=True, cut_street=True, director=True, licence_in_director=True, phone=True)
    elif k % 2 == 0 or k in (9, 15, 27, 37, 47, 51, 57):
        add(name=shop_name(), business=True, director=f.chance(0.5), phone=f.chance(0.75))
    else:
        add(name=person(), business=False, phone=f.chance(0.35))
    if k == 5:
        add(name="RIDGE JEWELLERS PTY LTD", twin=1)
        add(name="RIDGE JEWELLERS PTY LTD", twin=2)
    if k == 41:
        add(name="JEWEL OF KASHMIR", trust=1)
    if k == 43:
        add(name="Jewels of Kashmir Pty Ltd ATF Raina Family Trust", trust=2)

rows = rows[:64]

wb = workbook()
ws = wb.active
ws.title = "Sheet1"
twin_place = None
trust_place = None
pruitt = None
for i, r in enumerate(rows):
    serial, code, seq = i + 4, f"PR{i + 15}", i + 17
    day = entered(i)
    name = r["name"]
    business = r.get("business", False)
    caps = name.isupper()
    suburb, pc, state = place()
    st = street(caps)
    phone = mobile() if r.get("phone") else None
    email = lic = abn_v = director = t = None
    typ = 1
    l, m, n, o = day, day, 20000101, day
    if business:
        if f.chance(0.5):
            l = dob(1955, 1998)                   # the director's birth date
            lic = f.pick(["DLV ", "DRLV ", "DLV "]) + licence_no()
            o = int(f"20{f.r.randrange(25, 34)}{f.r.randrange(1, 13):02d}{f.r.randrange(1, 28):02d}")
        elif f.chance(0.4):
            l = 20000101
            o = 0
        abn_v = abn() if f.chance(0.85) else None
        if abn_v and f.chance(0.2):
            abn_v = spaced(abn_v)
        typ = 3 if i > 22 else 1
        if phone and f.chance(0.6) or f.chance(0.2):
            email = email_for(name, True)
            if f.chance(0.2):
                email = email.upper()
        if r.get("director"):
            director = person(caps=True)
    else:
        l = dob()
        lic = f.pick(["DLV ", "DRLV ", "DRLV ", "DLV "]) + licence_no()
        o = int(f"20{f.r.randrange(24, 34)}{f.r.randrange(1, 13):02d}{f.r.randrange(1, 28):02d}")
        n = day if f.chance(0.25) else 20000101
        typ = 2 if f.chance(0.1) else 1
        if f.chance(0.2):
            email = email_for(name, False)
    if state not in VIC_SPELLINGS:       # NSW licences are written so
        if lic:
            lic = f.pick(["DLNSW ", "DL "]) + str(f.r.randrange(10000000, 99999999))
    if r.get("twin"):
        if twin_place is None:
            twin_place = (f"{f.r.randrange(100, 800)} North East rd", "Holden Hill", 5088, "SA", abn())
        s_, sub_, pc_, state_, abn_ = twin_place
        suburb, pc, state, lic, director, email, phone = sub_, pc_, state_, None, None, None, None
        l = m = n = o = day
        if r["twin"] == 1:
            st, business, lic, abn_v = s_, True, f"ABN: {abn_}", None
        else:
            st, business, abn_v = s_.replace("rd", "Rd"), False, abn_
    if r.get("trust"):
        if trust_place is None:
            trust_place = (f"{f.r.randrange(300, 500)} SYDNEY ROAD", "COUBURG", "Coburg", 3058)
        st = trust_place[0] if r["trust"] == 1 else trust_place[0].title().replace("Road", "Rd")
        suburb = trust_place[1] if r["trust"] == 1 else trust_place[2]
        l = m = o = day
        n = day if r["trust"] == 1 else 20000101
        if r["trust"] == 1:
            pc, state, business, phone, abn_v, email, lic, director = None, "VICTORIA", False, None, None, None, None, None
        else:
            pc, state, business, phone, abn_v, lic = 3058, "Vic", True, mobile(), abn(), None
            email, director = "sales@jewelsofkashmir.test", None
    if r.get("dup_person"):
        if pruitt is None:
            pruitt = (f"{f.r.randrange(100, 1200)} Lydiard St N", "Ballarat North", 3350, "1941", licence_no())
        s_, sub_, pc_, yob, lic_no = pruitt
        business, abn_v, director = False, None, None
        if r["dup_person"] == 1:
            st, suburb, pc, state = s_, sub_, pc_, "VICTORIA"
            l, m, n, o = 19410221, 240227, 240227, "NULL"
            lic, phone, email = f"DLV {lic_no}", None, None
        else:
            st, suburb, pc, state = s_.upper().replace("ST N", "STREET N"), sub_.upper(), pc_, "VICTORIA"
            l, m, n, o = day, day, day, 20250703
            lic, phone, email = int(lic_no), mobile(), "epruitt@example.net"
    if r.get("quick"):
        st = suburb = pc = state = phone = email = lic = abn_v = director = None
        l = m = n = o = day
        business = False
    if r.get("name_as_street"):
        st, suburb, pc, state = name, "MELBOURNE", 3000, "VIC"
        phone = email = abn_v = None
        l = m = n = o = day
    if r.get("cut_street"):
        st, suburb, pc, state = "SHOP N.7/33-39 ", "CRANBOURNE", 3977, "VICTORIA"
    if r.get("licence_in_director"):
        lic = "DRLV" + licence_no()
        director = f"{person(caps=True)} DRLV {lic[4:]}"
    if r.get("abn_text"):
        abn_v, director, t = spaced(abn()), None, None
    if r.get("t"):
        t = person(caps=True) + " "
    if i == 0:
        phone = 491570775
    if i == 10:
        suburb, pc, state = "BANKSTOWN ", 2200, "NSW"
    if i == 24:
        phone = 355500159                        # a Melbourne landline, 03 lost its 0
    if i == 27:
        phone, email, l, n, o = 1300555011, email_for(name, True), 20000101, 0, 0
    if i == 22:
        st, suburb, pc, state = "Room 802 /125 Swanston St", "Melbourne", 3000, "Vic"   # where PAUL 802 is
    if i == 54:
        suburb, pc, state = "PEREGIAN BEACH", 4573, "QLD"
    if i == 14:
        n = 820240000 + int(str(day)[4:])       # typed with a stray 8 in front
    if i == 40:
        pc = None
    if i == 37:
        abn_v = f"ABN {abn()}  ACN {f.r.randrange(600000000, 699999999)}"
        director = "The Trustee for " + name.split()[0].title() + " " + name.split()[1].title() + " "
        lic = lic + "  " if lic else "DLV " + licence_no() + "  "
    if i == 51:
        abn_v = f"{f.r.randrange(100, 999)} {f.r.randrange(100, 999)} {f.r.randrange(100, 999)}"   # an ACN
    if i == 63:
        phone = 49157012                         # a digit short
    if i == 16 and lic:
        lic = lic.replace(" ", "  ")
    if i == 12 and lic:
        lic = "DLV 2956fs"
    if isinstance(r.get("name"), str) and i in (30,):
        name = name.replace(" ", "  ", 1)
    row = [serial, code, name, st, suburb, pc, state, phone, 1 if business else 0, 0, typ, l, m, n, o, email, lic,
           abn_v, director, t, 0, seq, 0, 1, 1]
    for j, v in enumerate(row):
        if v is not None:
            ws.cell(i + 1, j + 1, v)

save(wb, "clients-en-au-bullion.xlsx")
for i, r in enumerate(ws.iter_rows(values_only=True)):
    print(i + 1, r[:9], r[11:19])
