"""
Shape of Jaydeepsaha2003/oms-online "customers.xlsx": the party (customer) master of an Indian
stainless-steel utensil maker, kept in Excel and read by its order system; one sheet.

- Sheet "Customers", header on row 1 (plain, not bold): ID / CODE / PARTY SOURCE / AGENT NAME /
  CATEGORY / PARTY NAME / BILLING RATE / TID / TRANSPORT NAME / BAG NAME / PACKING / FREIGHT /
  BOXRATE / CREDIT PERIOD / CITY / STATE / REGION / MOBILE / EMAIL / BRAND / BILL RATE PC / PAY BY.
  ID, CODE and TID are empty on every row (the system fills them).
- 147 parties, all firms in capitals ("… METAL", "… STEEL HOUSE", "SHREE … ENTERPRISE", a
  proprietor's name, "(B KUMAR)" after the parties an agent brings, a branch in brackets).
  PARTY SOURCE SELF or AGENT, AGENT NAME SELF or the commission agent (ASHWIN, JOHN, B KUMAR,
  ABHISHEK; once AGENT with SELF); CATEGORY SALES, or SCRAP for scrap buyers near the works.
  Rates, packing, freight and box rates as numbers or empty or 0; CREDIT PERIOD in days.
  CITY in any case ("Chennai", "BHAYANDER", "DHARAVI (MUMBAI)"), STATE proper or misspelt
  (MAHARASTRA, GUJRAT, HARIYANA) or a city (HYDERABAD, VARANASI), REGION " South"/" West" with
  a leading space on the older rows, WEST/NORTH in capitals on the newer.
  MOBILE mostly empty or "NA": on agents' parties the AGENT's mobile (the same number on all
  of his parties), a party's own number on a few; EMAIL "N/A" or "NA" everywhere (" NA" once,
  "-" on the last row, empty on some). BRAND the brand printed for the party. PAY BY PARTY, or
  AGENT on the agent's parties; empty twice.
- Three stretches typed at different times: a tidy first block, a messy middle block ("NA"
  placeholders, bag names, capitals), a block with billing rates and BILL RATE PC 45, and a
  messy tail. One party entered twice (same name, neighbouring town, second row with NA).
Values invented.
"""
from openpyxl.styles import Font

from fake import Fake, save, workbook

f = Fake("parties-en-in-steelutensils")

HEAD = ["ID", "CODE", "PARTY SOURCE", "AGENT NAME", "CATEGORY", "PARTY NAME", "BILLING RATE", "TID",
        "TRANSPORT NAME", "BAG NAME", "PACKING", "FREIGHT", "BOXRATE", "CREDIT PERIOD", "CITY", "STATE",
        "REGION", "MOBILE", "EMAIL", "BRAND", "BILL RATE PC", "PAY BY"]

FIRST = ["ARJUN", "BHAVANI", "DEEPAK", "GOMTI", "HARSH", "INDRA", "JYOTI", "KAMAL", "LAXMI", "MADHAV",
         "NEELAM", "OMKAR", "PRAKASH", "RAJLAXMI", "SAGAR", "TULSI", "USHA", "VARUN", "YOGESH", "ZENITH",
         "AMBER", "CHETAN", "DHRUV", "GAURI", "HEMANT", "KESHAV", "MOHIT", "NANDINI", "PARIN", "RUPAL",
         "SHUBH", "TRIVENI", "UTKARSH", "VIMAL", "ANMOL", "BALAJI", "GIRIRAJ", "KUBER", "MANGALAM", "SIDDHI"]
KIND = ["METAL", "METALS", "STEEL", "STEEL HOUSE", "STAINLESS", "STEEL CENTER", "TRADERS", "ENTERPRISE",
        "METAL MART", "HOME APPLIANCES", "KITCHENWARE PVT LTD", "METAL CORPORATION", "SALES", "STORES",
        "VESSELS", "MARKETING", "IMPEX", "INDUSTRIES", "HOME PRODUCTS", "STEEL CORPORATION"]
PREFIX = ["", "", "", "", "SHREE ", "SRI ", "NEW ", "JAI "]


def party(extra=""):
    return f._unique(lambda: f"{f.pick(PREFIX)}{f.pick(FIRST)} {f.pick(KIND)}{extra}")


# (city, proper state, region, messy state)
SOUTH = [("Chennai", "Tamil Nadu"), ("Erode", "Tamil Nadu"), ("Coimbatore", "Tamil Nadu"), ("TRICHY", "Tamil Nadu"),
         ("TIRUNELVELI", "Tamil Nadu"), ("Madurai", "Tamil Nadu"), ("Kollam", "Kerala"), ("COCHIN", "Kerala"),
         ("Thrissur", "Kerala"), ("Bangalore", "Karnataka"), ("Mysuru", "Karnataka")]
WEST = [("Mumbai", "Maharashtra"), ("Thane", "Maharashtra"), ("Vasai", "Maharashtra"), ("Bhayander East", "Maharashtra"),
        ("Pune", "Maharashtra"), ("Ahmedabad", "Gujarat"), ("Surat", "Gujarat"), ("Rajkot", "Gujarat")]
NORTH = [("DELHI", "DELHI"), ("SONIPAT", "Haryana"), ("JAGADHRI", "Haryana"), ("Moradabad", "Uttar Pradesh"),
         ("Amritsar", "Punjab"), ("Ludhiana", "Punjab")]
TRANSPORTS = ["MAHAVEER TRANSPORT", "SAURASHTRA ROADWAYS", "SK TRANSPORT", "MAHIPAL TRANSPORT", "HANDKART",
              "AKBAR TRANSPORT", "VNMS TRANSPORT", "SACHDEVA ROADLINES", "CHAWALA TRANSPORT", "OM RAVI TRANSPORT",
              "H.H ROADWAYS", "NEW DIAMOND TRANSPORT", "SURAJ TRANSPORT", "BEST ROADWAYS", "MUMBAI CAIRRES"]
MESSY_STATE = {"Maharashtra": "MAHARASTRA", "Gujarat": "GUJRAT", "Haryana": "HARIYANA"}

AGENTS = {"ASHWIN": f.mobile_in(), "JOHN": f.mobile_in(), "B KUMAR": f.mobile_in(), "ABHISHEK": None}
rows = []


def place(region):
    city, state = f.pick({"S": SOUTH, "W": WEST, "N": NORTH}[region])
    return city, state


def add(**kw):
    row = {h: None for h in HEAD}
    row.update(kw)
    rows.append(row)


def tidy(billing):
    """Rows of the first and third blocks."""
    r = f.r.random()
    if r < 0.12 and not billing:
        city = f.pick(["Thane", "Bhayander East"])
        add(**{"PARTY SOURCE": "SELF", "AGENT NAME": "SELF", "CATEGORY": "SCRAP", "PARTY NAME": party(),
               "TRANSPORT NAME": "SELF", "BOXRATE": f.pick([12, 12, None]), "CREDIT PERIOD": 15, "CITY": city,
               "STATE": "Maharashtra", "REGION": " West", "EMAIL": "N/A", "BRAND": "N/A", "PAY BY": "PARTY"})
        return
    agent = f.pick(["SELF"] * 6 + ["ASHWIN", "ASHWIN", "JOHN", "ABHISHEK"])
    region = "S" if agent in ("ASHWIN", "JOHN") else f.pick(["S", "W", "W", "N"])
    city, state = place(region)
    phone = AGENTS.get(agent) if agent != "SELF" and f.chance(0.7) else None
    add(**{"PARTY SOURCE": "SELF" if agent == "SELF" else "AGENT", "AGENT NAME": agent, "CATEGORY": "SALES",
           "PARTY NAME": party(f" ({city.upper()})" if f.chance(0.05) else ""),
           "BILLING RATE": f.pick([180, 200, 200, 210, 215, 240, 240, 240, 260, 280]) if billing else None,
           "TRANSPORT NAME": f.pick(TRANSPORTS), "PACKING": f.pick([150, 150, 150, None, 200, 0]),
           "FREIGHT": f.pick([100, None, 180, 0]), "BOXRATE": f.pick([12] * 8 + [10, 0]),
           "CREDIT PERIOD": f.pick([60, 60, 60, 45, 30, 15, 7]), "CITY": city, "STATE": state,
           "REGION": {"S": " South", "W": " West", "N": " North"}[region], "MOBILE": phone, "EMAIL": "N/A",
           "BRAND": "KAVISH" if agent == "ASHWIN" or f.chance(0.15) else "SELF",
           "BILL RATE PC": (45 if f.chance(0.7) else None) if billing else None, "PAY BY": "PARTY"})


def messy():
    """Rows typed later: NA placeholders, capitals, bag names, the agent B KUMAR's parties."""
    r = f.r.random()
    na = "NA"
    if r < 0.25:
        name = party(" (B KUMAR)")
        state = f.pick(["HYDERABAD", "MAHARASTRA", "Maharashtra"])
        add(**{"PARTY SOURCE": "AGENT", "AGENT NAME": "B KUMAR", "CATEGORY": "SALES", "PARTY NAME": name,
               "BILLING RATE": f.pick([None, 225, 240]), "TRANSPORT NAME": f.pick(["AKBAR TRANSPORT", "SHARMA TRANSPORT"]),
               "BAG NAME": name.split(" (")[0].split()[-1] + " HYD", "PACKING": f.pick([150, 0]), "FREIGHT": f.pick([None, 0]),
               "BOXRATE": 12, "CREDIT PERIOD": 45, "CITY": f.pick(["BHAYANDER", "Hyderabad"]), "STATE": state,
               "REGION": f.pick(["WEST", " West", " North"]), "MOBILE": f.pick([AGENTS["B KUMAR"], na]),
               "EMAIL": f.pick([None, na]), "BRAND": f.pick(["SELF", "N/A", "AARTI STICKER"]), "PAY BY": "AGENT"})
    elif r < 0.4:
        add(**{"PARTY SOURCE": "SELF", "AGENT NAME": "SELF", "CATEGORY": "SCRAP", "PARTY NAME": party(),
               "TRANSPORT NAME": f.pick(["SELF", "HANDKART"]), "BAG NAME": na, "PACKING": 0, "FREIGHT": 0,
               "BOXRATE": 0, "CREDIT PERIOD": f.pick([7, 10]), "CITY": "BHAYANDER",
               "STATE": f.pick(["Maharashtra", "MAHARASTRA"]), "REGION": "WEST", "MOBILE": na, "EMAIL": na,
               "BRAND": f.pick(["N/A", "NA"]), "PAY BY": "PARTY"})
    else:
        agent = f.pick(["SELF", "SELF", "ASHWIN"])
        region = f.pick(["S", "W", "W", "N"])
        city, state = place(region)
        if state in MESSY_STATE and f.chance(0.7):
            state = MESSY_STATE[state]
        name = party()
        add(**{"PARTY SOURCE": "SELF" if agent == "SELF" else "AGENT", "AGENT NAME": agent, "CATEGORY": "SALES",
               "PARTY NAME": name, "TRANSPORT NAME": f.pick(TRANSPORTS),
               "BAG NAME": f.pick([na, na, None, name, "NONE"]), "PACKING": f.pick([150, 0, None, 100]),
               "FREIGHT": f.pick([100, 0, None]), "BOXRATE": f.pick([12, 12, 0, None]),
               "CREDIT PERIOD": f.pick([60, 45, 7, 15, 30]), "CITY": city.upper() if f.chance(0.5) else city,
               "STATE": state, "REGION": f.pick(["WEST", "NORTH", "SOUTH", " West", " South"]),
               "MOBILE": f.pick([na, na, None, f.mobile_in(), AGENTS["ASHWIN"] if agent == "ASHWIN" else na]),
               "EMAIL": f.pick([na, na, "N/A", None]), "BRAND": f.pick(["KAVISH", "SELF", "N/A", "NA", "LION"]),
               "PAY BY": "PARTY"})


for _ in range(61):
    tidy(False)
for i in range(32):
    messy()
    if i == 20:
        # the same party typed a second time, in the neighbouring town, with NA placeholders
        first = next(r for r in rows if r["CITY"] == "Vasai" and r["CATEGORY"] == "SALES")
        add(**{**first, "CITY": "PALGHAR", "BAG NAME": "NA", "PACKING": 0, "FREIGHT": 0, "MOBILE": "NA", "EMAIL": "NA"})
for _ in range(42):
    tidy(True)
for _ in range(11):
    messy()
rows[-1]["BILLING RATE"] = 200
rows[-1]["MOBILE"] = "-"
rows[-1]["EMAIL"] = "-"
rows[-1]["PAY BY"] = None
rows[len(rows) - 4]["EMAIL"] = " NA"
rows[92]["PAY BY"] = None
rows[120]["PARTY SOURCE"] = "AGENT"  # AGENT with SELF as the agent's name
rows[120]["AGENT NAME"] = "SELF"
assert len(rows) == 147, len(rows)

wb = workbook()
ws = wb.active
ws.title = "Customers"
for j, h in enumerate(HEAD, 1):
    ws.cell(1, j, h).font = Font(b=False)
for i, row in enumerate(rows, 2):
    for j, h in enumerate(HEAD, 1):
        if row[h] is not None:
            ws.cell(i, j, row[h])

save(wb, "parties-en-in-steelutensils.xlsx")

if __name__ == "__main__":
    import collections
    print(collections.Counter(r["PARTY NAME"] for r in rows).most_common(2))
    for i in (0, 5, 70, 100, 146):
        print(i + 2, {k: v for k, v in rows[i].items() if v is not None})
    print(AGENTS)
