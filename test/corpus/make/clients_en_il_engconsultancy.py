"""
Shape of dannybechar/allocation-tracker "data/clients.xlsx": the client list of an Israeli
electronics and embedded-engineering services firm, exported from its old staffing database to
Excel (written by openpyxl) so that its engineers' allocations to clients can be tracked.

- One sheet "Clients", header on row 1, plain (no bold, no fill, no filter, no freeze):
  ID / Name. Column widths A 10.8, B 40.8.
- 248 clients, ID 1 … 269 in database order with gaps (127-129, 162, 167-172, 174, 180,
  182-184, 191, 210-213, 219 missing: deleted clients). The ID is a number.
- Names as typed over the years: the older rows (IDs below ~130) are short brand names
  (chip makers, med-tech start-ups, defence firms, a person's name for a one-man client),
  odd casing ("techMer", "elop"), the later rows mostly legal names with "Ltd." / "Ltd" /
  "LTD." / "Inc" / "Co., Ltd."; parent companies in brackets ("… (Medvanta)"); the same
  client twice under an old and a new name (a brand and later its legal name, a name with
  and without the parent), a typo twin; one name in Hebrew with בע"מ; two spaces inside one
  name. Junk rows left in the database: ID 1 "Testing", ID 141 ".", ID 262 "xyz".
Values invented (company names made up; the ID sequence and its gaps kept).
"""
from openpyxl import Workbook

from fake import Fake, save, workbook

f = Fake("clients-en-il-engconsultancy")

MISSING = {127, 128, 129, 162, 167, 168, 169, 170, 171, 172, 174, 180, 182, 183, 184, 191, 210, 211, 212, 213, 219}
IDS = [i for i in range(1, 270) if i not in MISSING]
assert len(IDS) == 248

HEAD = ["Lum", "Vex", "Ort", "Nav", "Sil", "Tev", "Kor", "Zen", "Ari", "Bel", "Cyr", "Dag", "Eli", "Gal", "Hal", "Ido",
        "Kin", "Lev", "Mag", "Nes", "Opt", "Pel", "Qor", "Rim", "Sar", "Tal", "Uri", "Val", "Yam", "Zor", "Med", "Aqu",
        "Bio", "Cel", "Dyn", "Ecl", "Flo", "Geo", "Hex", "Ion", "Jet", "Kel", "Lux", "Mic", "Neo", "Orb", "Pix", "Rad"]
TAIL = ["ix", "ora", "tec", "com", "ware", "sense", "vision", "labs", "wave", "link", "tronix", "gen", "flow", "ics",
        "yx", "on", "ara", "ent", "ium", "etics", "optic", "sys", "net", "mind", "volt", "path", "scan", "cell"]
WORDS = ["Systems", "Technologies", "Medical", "Robotics", "Photonics", "Diagnostics", "Semiconductors", "Networks",
         "Engineering", "Innovation", "Water", "Energy", "Agro", "Security", "Imaging", "Motion", "Solar", "Bio"]


def brand():
    head, tail = f.pick(HEAD), f.pick(TAIL)
    return head + (tail.capitalize() if f.chance(0.15) else tail)   # some CamelCase brands


seen = set()


def unique(make):
    for _ in range(500):
        n = make()
        if n.lower() not in seen:
            seen.add(n.lower())
            return n
    raise RuntimeError("no name")


def old_name():
    r = f.r.random()
    if r < 0.70:
        return unique(brand)
    if r < 0.82:
        return unique(lambda: f"{brand()} {f.pick(WORDS)}")
    if r < 0.88:
        return unique(lambda: brand().lower())
    if r < 0.94:
        return unique(lambda: f"{brand()} {f.pick(['2000', '1987', '2014', 'A.Y', 'Labs'])}")
    return unique(lambda: f"{brand()} Ltd.")


def new_name():
    r = f.r.random()
    if r < 0.55:
        return unique(lambda: f"{brand()} Ltd.")
    if r < 0.70:
        return unique(lambda: f"{brand()} {f.pick(WORDS)} Ltd.")
    if r < 0.78:
        return unique(lambda: f"{brand()} {f.pick(['Ltd', 'LTD.', 'Inc', 'Inc.', 'Co., Ltd.'])}")
    return unique(brand)


names = {}
for i in IDS:
    names[i] = old_name() if i < 130 else new_name()

# fixed rows: junk, people, parents in brackets, old/new twins, typo twin, Hebrew, double space
FIXED = {
    1: "Testing", 2: "KTR", 141: ".", 262: "xyz",
    17: "Vireo Imaging Ltd. (Medvanta)", 115: "Medvanta (Carmelon Medical 1990)",
    214: "Optisense Ltd. (Medvanta)",
    35: "Korvex", 221: "Korvex Technologies Ltd.",
    104: "Solara Grid LTD (Vantor)", 206: "Solara Grid LTD.",
    66: "Tzafon", 110: "Tsafon",
    23: "Orvit", 263: "Kentaro Semiconductor Israel (Orvit)",
    90: "Yoram Shalev", 201: "Eldad Mizrahi", 245: "Gil Ben-Ami Ltd.",
    264: 'אורן  מזון בע"מ',
    181: "NAVITEC VISION  (Eyesafe)",
    126: "ZOHAR SPICE & FINE CHEMICALS LTD.", 132: "BRIGHTLINE TECHNOLOGIES",
    76: "Meltrax", 138: "Blue Reef", 149: "GE Healthcare Systems Israel Ltd.", 152: "BioZenith Ltd.",
    207: "Sightara (Israel) Ltd.",
    256: "roamly - Telwave Advanced Communications Solutions Ltd.",
}
names.update(FIXED)

wb = workbook()
ws = wb.active
ws.title = "Clients"
ws.append(["ID", "Name"])
for i in IDS:
    ws.append([i, names[i]])
ws.column_dimensions["A"].width = 10.83203125
ws.column_dimensions["B"].width = 40.83203125

save(wb, "clients-en-il-engconsultancy.xlsx")
