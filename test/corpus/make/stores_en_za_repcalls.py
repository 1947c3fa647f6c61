"""
Shape of CliveJW/reStoreOrder "client_list.csv": a South African grocery distributor's rep keeps
the stores he calls on in the Eastern Cape and on the KwaZulu-Natal south coast; his order app
reads them from a sheet saved as CSV without its header row (LF, no newline after the last row).

- 32 columns on every row, no header: account number, store name, delivery address, postal address,
  telephone, fax, e-mail, an unused column, outlet type (S/Market, General, "Kisok"), size
  (Large / Shop / Spaza), an unused column, terms (Cash / 30 days), an unused column, then up to
  three contacts as name / position / cell / e-mail (only names, "Owner" / "mgr" and cells are
  filled) and the rep's initials in column Z; the rest empty.
- 54 stores sorted by name; account numbers 77xxx (two typed with a sixth digit), names in
  capitals with the town after a dash, in brackets or run on ("… -LUSIKI", "(MTHATHA)", "T/A …"),
  double spaces. Only nine stores have more than a name: a landmark as address ("Flagstaff, Next
  to Engen"), a postal box town, phones with and without the leading 0 or a digit short, the same
  cell under telephone and contact, two stores of one owner with the same address.
Values invented.
"""
import os

from fake import FILES, Fake

f = Fake("stores-en-za-repcalls")

TOWNS = ["UMTHATA", "MTHATHA", "LIBODE", "LUSIKI", "LUSIKISIKI", "FLAGSTAFF", "BIZANA", "TSOLO", "QUMBU",
         "MOUNT FRERE", "PORT ST JOHNS", "NGQELENI", "THABANKULU", "NQALENI", "NKANDULI", "TOMBO", "MANABA"]
STEMS = ["SIZANANI", "ZANOKHANYO", "MASAKHANE", "SIYAKHULA", "UBUNTU", "LINDOKUHLE", "NOMZAMO", "THEMBALETHU",
         "KHANYISA", "SIYAPHAMBILI", "ZIMELE", "MZANSI", "IKHWEZI", "ILANGA", "MANDLA", "NKOSI", "SIBANYE",
         "VUKANI", "BAMBANANI", "ENKULULEKWENI", "SAKHISIZWE", "MBONENI", "EZIBELENI", "SINETHEMBA", "LUTHANDO"]
KINDS = ["SUPERMARKET", "SUPERMARKET", "SUPERMARKET", "CASH & CARRY", "CASH + CARRY", "WHOLESALERS", "STORE",
         "SUPER STORE", "TUCK SHOP", "MINI MARKET", "SUPERETTE", "FRUIT & VEG", "FRUIT + VEG", "SUP"]


def store():
    base = f"{f.pick(STEMS)} {f.pick(KINDS)}"
    form = f.r.random()
    town = f.pick(TOWNS)
    if form < 0.3:
        return base
    if form < 0.5:
        return f"{base} {town}"
    if form < 0.65:
        return f"{base}{f.pick([' - ', '  - ', ' -- ', '-'])}{town}"
    if form < 0.8:
        return f"{base}  ({town})"
    if form < 0.85:
        return f"{base} - {town}  T/A {f.pick(STEMS)[:4]}"
    return f"{f.pick(['M.A.', 'G.S.A.', 'S.', 'T.O.', 'Q.T.'])} {base.split()[0]} {town}"


def cell():
    return f.pick(["072", "082", "083", "073", "076"]) + "555" + f"{f.r.randrange(1000, 9999)}"


names = set()
while len(names) < 45:
    names.add(store())
codes = f.r.sample(range(10, 500), 54)
stores = [[f"77{c:03d}", n] + [""] * 30 for c, n in zip(codes, sorted(names) + [""] * 9)]

# Stores the rep knows well enough to have typed more than the name.
details = [
    ("SIZWE SUPERMARKET", dict(C="Flagstaff, Next to Engen", E="SAME", I="S/Market", N="Themba/Sipho", P="SAME")),
    ("C NAIDOO", dict(C="St Mikes Beach", D="1261 Margate", E="39" + "5550" + "148", F="39" + "5550" + "172",
                      I="Kisok", J="Spaza", L="Cash", N="Muzi", P="82" + "5550" + "133")),
    ("PETES HARDWARE MANABA", dict(C="Manaba Margate", D="1258 Margate", E="39" + "5550" + "19", F="39" + "5550" + "164",
                                  I="General", J="Shop", L="Cash", N="Pete", R="Lindiwe", V="Sandile")),
    ("VEG & FRUIT CORNER", dict(C="Shelly Beach", I="S/Market", N="Jacky", P="0825550187")),
    ("NOMZAMO SUPERMARKET + H/WARE-LUSIKI", dict(C="Main rd, Lusikiiki ", I="S/Market", J="Large", L="30 days",
                                                N="Yusuf", O="Owner", R="Yusuf ", S="mgr", Z="AW")),
    ("KHANYA STORE - BIZANA", dict(C="R61 Main Rd, Bizana", E="0395550121", I="S/Market", N="Imran Patel", O="Owner",
                                  P="82" + "5550" + "166")),
    ("ZWELITSHA SUPERMARKET", dict(C="Main rd, Lusikiiki ", I="S/Market", J="Large", L="30 days", N="Yusuf", O="Owner",
                                   R="Faizal", S="mgr", Z="AW")),
    ("VALUE SUPERMARKET", dict(C="Margate, Uplands rd", I="S/Market", N="Reg", O="Owner", P="0835550159")),
    ("SUPER BUY CASH & CARRY", dict(C="R61 Main rd Bizana", E="SAME9", I="S/Market", L="Cash", N="Mr Chen", P="SAME9")),
]
COL = {ch: i for i, ch in enumerate("ABCDEFGHIJKLMNOPQRSTUVWXYZ")}
for k, (name, fields) in enumerate(details):
    row = stores[45 + k]
    row[1] = name
    same = cell()
    for ch, v in fields.items():
        if v == "SAME":
            v = same
        elif v == "SAME9":
            v = same[:9]                      # a digit short, typed the same twice
        row[COL[ch]] = v
stores.sort(key=lambda r: r[1])
# Two account numbers typed with a sixth digit.
stores[16][0] = stores[16][0][:2] + "0" + stores[16][0][2:]
stores[49][0] = stores[49][0][:2] + "0" + stores[49][0][2:]

os.makedirs(FILES, exist_ok=True)
with open(os.path.join(FILES, "stores-en-za-repcalls.csv"), "w", encoding="ascii", newline="") as out:
    out.write("\n".join(",".join(f'"{v}"' if "," in v else v for v in r) for r in stores))
