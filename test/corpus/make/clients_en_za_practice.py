"""
Shape of anthonyrtom/afs-management "clients_export.csv" (at commit b8a31c0): a South African
accounting practice's client list exported by its web app as CSV (UTF-8 without BOM, LF line ends,
no quoting). Two columns, name / internal_id_number. One row per client entity, names in capitals:
close corporations "… CC", companies "… (PTY) LTD" (some "(RF) (PTY) LTD", "t/a" trading names,
one typed "(PTY LTD"), non-profits "… NPC" / "NPO", "INC.", family and business trusts "… TRUST";
about one in twenty-five carries a status typed into the name (" - RESIGNED", " RESIGNED",
" - DE-REGISTERED", " DE REGISTERED", " LIQU"), a few double spaces, one name that is only a
registration number. The id's letters give the entity type (C, CY, N, NPC, NPCJ, O, P, PLC, SH,
SHD, T) and its number the order of intake, with gaps; rows sorted by id, two trust ids out of
order. Values invented.
"""
import os

from fake import FILES, Fake

f = Fake("clients-en-za-practice")

STEMS = ["ASHDOWN", "BRIGHTWELL", "CARROW", "DUNMORE", "ELLERY", "FAIRBANK", "GREYSON", "HOLLOWAY", "IVERS",
         "JESSOP", "KETTERING", "LINDQVIST", "MARLOW", "NORTHCOTT", "OAKES", "PEMBURY", "KHANYISA", "THEMBALI",
         "MOLEFE", "VAN DER BERG", "DU PLESSIS", "NKOSANA", "BOTHALE", "KAMENOS", "PAPADAKIS", "ROSSOUW",
         "MAVUSO", "SEKGOTA", "LEBOHANG", "ZWANE"]
WORDS = ["PROPERTY INVESTMENTS", "TRADING", "HOLDINGS", "CONSTRUCTION AND GENERAL TRADING", "PLANT HIRE",
         "LOGISTICS", "FOOD ENTERPRISES", "GAMING", "CONSULTING", "PROPERTIES", "ENGINEERING", "TELECOMS",
         "CAPITAL", "WASTE MANAGEMENT", "FUNERAL SERVICES", "FARMING", "MEDIA", "SECURITY SOLUTIONS",
         "LIQUOR TRADERS", "AUTO PARTS", "RESTAURANTS", "TECHNOLOGIES", "INVESTMENT GROUP", "WEALTH MANAGEMENT"]
STATUS = [" - RESIGNED", " RESIGNED", " - DE-REGISTERED", " DE REGISTERED", " LIQU"]


def stem():
    return f.pick(STEMS) if f.chance(0.7) else "".join(f.pick("ABCDEGHJKLMNPRSTVZ") for _ in range(f.r.choice([2, 3, 4])))


def name(kind):
    def make():
        if kind == "T":
            return f"{f.pick(['', 'THE '])}{f.pick(STEMS)} {f.pick(['FAMILY TRUST', 'FAMILY TRUST', 'TRUST', 'BUSINESS TRUST', 'PROPERTY TRUST'])}".strip()
        if kind in ("NPC", "NPCJ", "N"):
            return f"{stem()} {f.pick(['FOUNDATION NPC NPO', 'MINISTRIES NPC', 'NPC', 'ASSOCIATION NPO'])}"
        if kind == "PLC":
            return f"{stem()} INC."
        if kind == "CY":
            return f"{stem()} {f.pick(WORDS)} LIMITED"
        if kind == "C":
            return f"{stem()} {f.pick(WORDS)} CC"
        if kind in ("SH", "SHD") and f.chance(0.5):
            return f"{f.pick(STEMS)} TRUST"
        n = f"{stem()} {f.pick(WORDS)}"
        if f.chance(0.04):
            return f"{n} (RF) (PTY) LTD"
        if f.chance(0.02):
            return f"{n} (PTY) LTD t/a {f.pick(STEMS).title()} {f.pick(['Properties', 'Foods', 'Motors'])}"
        return f"{n} (PTY) LTD"
    out = f._unique(make)
    if f.chance(0.04):
        out += f.pick(STATUS)
    if f.chance(0.04):
        out = out.replace(" ", "  ", 1)
    return out


PREFIXES = [("C", 13, 4), ("CY", 2, 4), ("N", 1, 4), ("NPC", 4, 4), ("NPCJ", 1, 3), ("O", 16, 4), ("P", 200, 4),
            ("PLC", 2, 4), ("SH", 6, 4), ("SHD", 1, 4), ("T", 55, 4)]
rows = []
for prefix, count, width in PREFIXES:
    number = f.r.randrange(1, 8)
    for _ in range(count):
        rows.append([name(prefix), f"{prefix}{number:0{width}d}"])
        number += f.r.choice([1, 1, 1, 1, 2, 3])
# A company whose name is only its registration number, a "(PTY LTD" typo, two trust ids out of order.
rows[40][0] = f"K20{f.r.randrange(10, 23)}{f.r.randrange(100000, 999999)}"
rows[60][0] = rows[60][0].replace("(PTY) LTD", "(PTY LTD") if "(PTY) LTD" in rows[60][0] else rows[60][0] + " (PTY LTD"
t = [i for i, r in enumerate(rows) if r[1].startswith("T")]
rows[t[10]][1] = "T0" + rows[t[10]][1][1:]
rows[t[30]][1] = f"T{int(rows[t[-1]][1][1:]) + 7:04d}"

os.makedirs(FILES, exist_ok=True)
with open(os.path.join(FILES, "clients-en-za-practice.csv"), "wb") as out:
    out.write(("name,internal_id_number\n" + "".join(f"{n},{i}\n" for n, i in rows)).encode("utf-8"))

if __name__ == "__main__":
    if os.environ.get("SHOW"):
        for r in rows:
            print(r)
