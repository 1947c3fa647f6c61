"""
Shape of LeoTSH/acrm "tsa_information.xlsx" (at commit c56107f): a Singapore general insurer's
agency-channel list built from the industry association's public register of corporate insurance
agents (the trade-specific agents: maid agencies, travel agents, motor dealers, foreign-worker
agencies, freight forwarders), written by pandas/openpyxl (bold bordered header, inline strings).
One sheet "Sheet1", nine columns that are two tables joined side by side: Business Reg. No. /
Company Name / GIA No. / Trade Type from the register's list, then Agent No / Agent's principal /
Company / Nominee(s) Information / Type Of Trade from each agent's detail page, so three columns
repeat three others word for word. "Agent's principal" is one text naming the primary and any
secondary insurers with their payment type ("Primary Principal:  X, Payment Type:  Cash.
Secondary Principal:  Y, Payment Type:  Credit", double spaces after the colons); "Nominee(s)
Information" is a Python list written as text ("['Tan Wei Ling, Non-Life (General Insurance
Agents)', …]"), one name on most rows, dozens on a few large motor dealers; some names carry a
comma themselves ("Lim Kai Wen, Marcus") or a space before the comma. Company names in any
case, "(S) Pte Ltd" / "Pte. Ltd." spellings; registration numbers in the old (8 digits +
letter), company (9 + letter) and new (T08LL1234A) formats. A block of freight forwarders
first, then every agent alphabetically. Values invented.
"""
from openpyxl.styles import Alignment, Border, Font, Side

from fake import Fake, save, workbook

f = Fake("agents-en-sg-insuranceagencies")
r = f.r

INSURERS = ["Meridian General Insurance (Singapore) Pte Ltd", "Harbourfront Assurance Pte Ltd",
            "Lionsgate Insurance Singapore Limited", "Straits Mutual General Insurance Ltd",
            "Orchid Insurance Pte. Ltd", "Pacific Crest Insurance Singapore Pte. Ltd",
            "ISLAND SHIELD ASSURANCE PTE. LTD", "Kestrel General Insurance Berhad (Singapore Branch)",
            "Temasek Road Insurance Co-operative Ltd", "UNITED HARBOUR INSURANCE LTD"]
INSURER_W = [26, 15, 15, 12, 10, 8, 6, 4, 3, 1]

SURNAMES = ["Tan", "Lim", "Lee", "Ng", "Ong", "Wong", "Goh", "Chua", "Koh", "Teo", "Ang", "Yeo", "Chan", "Low",
            "Sim", "Toh", "Chong", "Ho", "Loh", "Phang", "TAN", "LIM", "NG", "GOH"]
GIVEN = ["Wei Ming", "Xiu Ying", "Jun Jie", "Shu Fen", "Zhi Hao", "Yi Ting", "Kai Wen", "Pei Shan", "Wen Jie",
         "Hui Ling", "Jia Ying", "Zhen Yu", "Li Na", "Kok Wah", "Siew Mei", "Yong Han"]
WESTERN = ["Daniel", "Rachel", "Marcus", "Jasmine", "Vincent", "Eunice", "Gabriel", "Felicia", "Ivan", "Cheryl"]
INDIAN = ["Suresh Annamalai", "Vikram Pillai", "Kavitha d/o Ramasamy", "Arjun Nair", "Priya Menon",
          "Deepa Krishnan", "Harpreet Singh s/o Gurdial Singh"]
MALAY = ["Nur Aisyah Binte Rahman", "Muhammad Hafiz Bin Ismail", "Siti Aminah Binte Osman", "Ahmad Faizal Bin Salleh"]


def person():
    pick = r.random()
    if pick < 0.08:
        return f.pick(INDIAN)
    if pick < 0.13:
        return f.pick(MALAY)
    name = f"{f.pick(SURNAMES)} {f.pick(GIVEN)}"
    if pick < 0.25:
        name += f", {f.pick(WESTERN)}"
    elif pick < 0.35:
        name = f"{f.pick(WESTERN)} {name}"
    if r.random() < 0.25:
        name = name.upper()
    return name


def nominees(n):
    parts = []
    for _ in range(n):
        sep = " ," if r.random() < 0.1 else ","
        parts.append(f"'{person()}{sep} Non-Life (General Insurance Agents)'")
    return "[" + ", ".join(parts) + "]"


def principal():
    n = r.choices([1, 2, 3], weights=[70, 25, 5])[0]
    names = []
    while len(names) < n:
        x = r.choices(INSURERS, weights=INSURER_W)[0]
        if x not in names:
            names.append(x)
    parts = [f"Primary Principal:  {names[0]}, Payment Type:  {r.choice(['Cash', 'Cash', 'Credit'])}"]
    for x in names[1:]:
        parts.append(f"Secondary Principal:  {x}, Payment Type:  {r.choice(['Cash', 'Cash', 'Credit'])}")
    return ". ".join(parts)


def uen():
    kind = r.choices([0, 1, 2], weights=[20, 75, 5])[0]
    letter = f.pick("ABCDEGHKMNRWXZ")
    if kind == 0:
        return f"{r.randrange(10000000, 99999999)}{letter}"
    if kind == 1:
        return f"{r.randrange(1970, 2019)}{r.randrange(0, 99999):05d}{letter}"
    return f"T{r.randrange(8, 19):02d}LL{r.randrange(1000, 9999)}{letter}"


WORDS = ["Sunrise", "Golden", "Harmony", "Orchid", "Lucky", "Bright", "Evergreen", "Pearl", "Lotus", "Unity",
         "Summit", "Jade", "Crystal", "Silverline", "Starlight", "Happy", "Trust", "Eastern", "Joyful", "Prime",
         "Kampong", "Marina", "Bukit", "Tampines", "Jurong", "Serangoon", "Bedok", "Novena", "Paya", "Katong"]
TRADES = {
    "Maid Agencies": (["Employment Agency", "Maid Agency", "Employment Services", "Manpower Agency", "Helpers Agency"], 600),
    "Travel Agents": (["Travel & Tours", "Holidays", "Travel Service", "Tours & Travel", "Travel"], 230),
    "Motor Dealers": (["Motor", "Auto", "Motors Trading", "Car Trading", "Automobile"], 125),
    "Foreign Worker Agencies": (["Manpower Services", "Workforce Resources", "HR Consultancy"], 42),
    "Maid Agencies + Foreign Worker Agencies": (["Employment & Manpower", "Manpower Agency"], 12),
    "Freight Forwarders": (["Logistics", "Freight", "Shipping & Forwarding", "Transport"], 14),
}
SUFFIX = [" Pte Ltd", " Pte. Ltd.", " PTE LTD", " (S) Pte Ltd", " Pte Ltd", " LLP", ""]

used = set()
agents = []
gia = r.sample(range(1000, 5600), 1200)
for trade, (kinds, count) in TRADES.items():
    for _ in range(count):
        while True:
            base = f"{f.pick(WORDS)} {f.pick(kinds)}"
            if r.random() < 0.05:
                base = f"{r.randrange(1, 9)} {base}"
            name = base + f.pick(SUFFIX)
            if r.random() < 0.3:
                name = name.upper()
            if name.lower() not in used:
                used.add(name.lower())
                break
        if trade == "Motor Dealers":
            n = r.choices([1, 2, 3, 5, 24, 44, 82], weights=[60, 10, 5, 3, 1, 1, 1])[0]
        else:
            n = r.choices([1, 2, 3, 4, 6], weights=[92, 6, 2, 1, 1])[0]
        agents.append({"uen": uen(), "name": name, "gia": f"{r.choice('CCCA')}{gia.pop():06d}", "trade": trade,
                       "principal": principal(), "nominees": nominees(n)})

forwarders = [a for a in agents if a["trade"] == "Freight Forwarders"]
rest = sorted([a for a in agents if a["trade"] != "Freight Forwarders"], key=lambda a: a["name"].lower())
ordered = forwarders[:9] + sorted(forwarders[9:] + rest, key=lambda a: a["name"].lower())

wb = workbook()
ws = wb.active
ws.title = "Sheet1"
HEAD = ["Business Reg. No.", "Company Name", "GIA No.", "Trade Type", "Agent No", "Agent's principal", "Company",
        "Nominee(s) Information", "Type Of Trade"]
thin = Side(style="thin")
for i, h in enumerate(HEAD, 1):
    c = ws.cell(1, i, h)
    c.font = Font(bold=True)
    c.border = Border(left=thin, right=thin, top=thin, bottom=thin)
    c.alignment = Alignment(horizontal="center", vertical="top")
for a in ordered:
    ws.append([a["uen"], a["name"], a["gia"], a["trade"], a["gia"], a["principal"], a["name"], a["nominees"],
               a["trade"]])

save(wb, "agents-en-sg-insuranceagencies.xlsx")

if __name__ == "__main__":
    print("agents", len(ordered))
