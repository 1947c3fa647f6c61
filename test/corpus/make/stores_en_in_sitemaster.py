"""
Shape of carebymanu/IITR_Project "Sites.xlsx": an Indian rural retail chain's store master used by
its IT help desk, made in Excel, one sheet. Not client data: the chain's own branches.

- "Sites": header on row 1, not bold, no title: Site / Manager / STORESTATE / STORECITY /
  STORENAME. About 1,400 stores, site codes S0002 … S4099 in order with gaps; the manager a
  single short given name (one per store); state in capitals, "ROM" (the regional office
  cluster) on about a tenth of the rows; town in capitals, some with a "(TMC)"-style suffix;
  store name "General Stores" + three spaces + the town, typed in capitals or title case,
  with the town's brackets dropped and a trailing space left where they were.
Values invented.
"""
from fake import Fake, save, workbook

f = Fake("stores-en-in-sitemaster")
STATES = [("UTTAR PRADESH", 232), ("BIHAR", 203), ("ROM", 121), ("WEST BENGAL", 113), ("MADHYA PRADESH", 106),
          ("RAJASTHAN", 103), ("JHARKHAND", 70), ("ANDHRA PRADESH", 67), ("ODISHA", 61), ("PUNJAB", 55),
          ("TAMIL NADU", 43), ("KARNATAKA", 39), ("GUJARAT", 36), ("ASSAM", 28), ("HARYANA", 24), ("TELANGANA", 23),
          ("CHHATTISGARH", 21), ("KERALA", 14), ("JAMMU & KASHMIR", 10), ("UTTARAKHAND", 9),
          ("HIMACHAL PRADESH", 9), ("TRIPURA", 2), ("MEGHALAYA", 1), ("GOA", 1), ("MAHARASHTRA", 1)]
SYL = ["ja", "fi", "be", "ze", "po", "ni", "pe", "jy", "bo", "nu", "co", "hu", "de", "ke", "wu", "qa", "we", "s",
       "zu", "te", "ky", "ro", "si", "go", "ma", "ri", "la", "vo", "xi", "da"]
TOWN_A = ["RAM", "SHIV", "KRISH", "CHAND", "BHAG", "HAR", "SUL", "DHAN", "MAN", "RAJ", "KAL", "GOP", "NAND", "BAL",
          "SAT", "VIJAY", "AMR", "SUR", "MAH", "DEV", "KOT", "NAR", "PAL", "SAM", "BAS"]
TOWN_B = ["PUR", "GANJ", "NAGAR", "GARH", "ABAD", "PALLI", "PATTI", "WADI", "GAON", "KOT", "PETA", "DURG", "BARI",
          "HAT", "MAU", "SAR", "ULI", "RUWA", "PALAYAM", "MADURAI"]


def weighted(pairs):
    total = sum(w for _, w in pairs)
    x = f.r.randrange(total)
    for v, w in pairs:
        if x < w:
            return v
        x -= w
    return pairs[-1][0]


wb = workbook()
ws = wb.active
ws.title = "Sites"
ws.append(["Site", "Manager", "STORESTATE", "STORECITY", "STORENAME"])
codes = sorted(f.r.sample(range(2, 4100), 1392))
managers = set()
for code in codes:
    while True:
        m = "".join(f.pick(SYL) for _ in range(f.r.choice([2, 3, 3]))).capitalize()
        if m not in managers and len(m) > 2:
            managers.add(m)
            break
    state = weighted(STATES)
    town = f.pick(TOWN_A) + f.pick(TOWN_B)
    suffix = f.pick(["", "", "", "", "", "", " (TMC)", " (NP)", " (CT)"])
    city = town + suffix
    shown = town.title() if f.chance(0.12) else town
    gap = "   " if f.chance(0.62) else " "
    name = "General Stores" + gap + shown + (f"  {suffix.strip(' ()')} " if suffix else "")
    ws.append([f"S{code:04d}", m, state, city, name])
for col, w in zip("ABCDE", [6.0, 9.0, 18.7, 30.1, 44.0]):
    ws.column_dimensions[col].width = w

save(wb, "stores-en-in-sitemaster.xlsx")
