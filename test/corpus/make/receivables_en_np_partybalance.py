"""
Shape of esparta07/SOS "customer_details.xlsx" (at commit 56b6653): a Kathmandu IT and software
firm's "Party Balance - Receivable" report exported from its accounting software for a
collections tool: the firm's customers with what each owes, dated in the Nepali calendar (Bikram
Sambat). One sheet "Sheet1":

- Title block: row 1 the firm's name merged over A:C and "Financial Year" merged over D:F; row 2
  the year "2080/081" merged over D:F; row 3 "Party Balance - Receivable Only In Local Currency"
  and row 4 "(As on 2080/08/20)", each merged over A:F; bold header on row 5: Short Name / Account
  Name / Phone (O) & Contact / Address / PAN No. / Balance (column G empty but formatted).
- About 295 customers (the source runs A–C alphabetically): schools, colleges, consultancies,
  co-operatives, shops, a few persons; Short Name a ledger number (stored
  as a number) or "L-0000nn" for a later batch; "Phone (O) & Contact" joins an office phone and
  the contact person as "01-5913001 - Name", "- Name" when there is no phone, "-" when neither,
  a mobile instead of a name, the account's own name as contact; Address on an eighth of the
  rows only; PAN No. a 9-digit number on three quarters (two with a digit missing); Balance with
  paise (0.13, 14999.17, a few big ones). Two institutes share a contact and phone.
- Row after the data: "Grand Total =>" in C and the total in F; last row the print time
  "2080/08/20, 11:48 AM" merged over A:F.

Values invented: firm, customers, contacts, phones (landlines 0x-555 xxxx, mobiles 98000…), PAN
numbers, balances.
"""
from openpyxl.styles import Font

from fake import Fake, save, workbook

f = Fake("receivables-en-np-partybalance")

FIRST = ["Govinda", "Bhojraj", "Kapil Dev", "Karma", "Narayan", "Kishor", "Anu", "Parikshit", "Nar Bahadur", "Sandesh",
         "Akash", "Manoj", "Rajeev", "Avash", "Aayush", "Suraj", "Samjhana", "Yubraj", "Ritesh", "Mohit", "Suresh",
         "Subash", "Bal Krishna", "Pujan", "Pawan", "Monalisha", "Bishal", "Kamala", "Pranay", "Keshav", "Rashmi",
         "Dipesh", "Sanjay", "Sabina", "Rojina", "Bikash", "Prakash", "Sunita", "Binod", "Ramesh", "Anjali", "Niraj"]
LAST = ["Shrestha", "Maharjan", "Bhattarai", "Adhikari", "Chhetri", "Thapa", "Tamang", "Karki", "Sapkota", "Pokhrel",
        "Subedi", "Gurung", "Rai", "Magar", "Khadka", "Poudel", "KC", "Bista", "Joshi", "Dahal", "Timilsina", "Basnet"]
STEMS = ["Aadarsha", "Aakar", "Aama", "Aarambha", "Aarohan", "Aashirbad", "Abhiyan", "Abroad", "Access", "Ace", "Achham",
         "Acme", "Active", "Adarsh", "Adhikari", "Admire", "Advance", "Advent", "AEC", "Agni", "Agro", "Aide", "Air",
         "Akash", "Alka", "Alpine", "Amar", "Amrit", "Ananda", "Angel", "Annapurna", "Antarctic", "Apex", "Apollo",
         "Arati", "Archana", "Arun", "Arya", "Asha", "Asian", "Aspire", "Astha", "Atlas", "Avenue", "Axis", "Bagmati",
         "Bajra", "Balaju", "Banepa", "Basundhara", "Bhairab", "Bhaktapur", "Bhanu", "Bhrikuti", "Bhumi", "Bijaya",
         "Birat", "Bishwa", "Blue Sky", "Bodhi", "Bright", "Buddha", "Butwal", "Capital", "Career", "Central", "Chandra",
         "Chandragiri", "Chitwan", "Citizen", "City", "Civil", "Classic", "Cloud", "Coral", "Cosmic", "Cosmos", "Crystal"]
SUFFIX = ["Pvt. Ltd.", "Pvt. Ltd.", "Pvt Ltd", "Pvt.Ltd.", "Technology Pvt. Ltd.", "Multipurpose Co-operative Ltd",
          "Saving And Credit Cooperative Society Ltd.", "Secondary School", "Secondary School Pvt. Ltd.",
          "Educational Consultancy Pvt. Ltd", "Institute of Management", "Technical Institute Pvt Ltd", "Trade Link",
          "Jewellery", "Kirana tatha Khadya Udhyog", "Foods Pvt. Ltd.", "Engineering College", "Hospital Pvt. Ltd.",
          "Traders", "Construction Pvt. Ltd.", "Education Foundation", "Overseas", "Consulting Nepal Pvt. Ltd.",
          "Automobiles Pvt.Ltd.", "Computer Trade Link", "Academy", "Medicare", "Nepal Pvt. Ltd."]
AREAS = [("01", 7), ("056", 6), ("061", 6), ("021", 6), ("081", 6), ("078", 6), ("053", 6), ("027", 6)]
PLACES = ["Kalaiya, Bara", "Biratchowk", "Kamalpokhari,Kathmandu", "Putalisadak", "New Baneshwor", "Lalitpur",
          "Itahari-6, Sunsari", "Butwal", "Dhangadhi"]


def landline():
    def make():
        code, digits = f.pick(AREAS)
        n = f"{f.r.randrange(1000):03d}"
        return code, ("5550" + n if digits == 7 else "555" + n)
    code, tail = f._unique(make)
    return f.pick([f"{code}-{tail}", f"{code}{tail}"])


def mobile():
    return f._unique(lambda: "98000" + f"{f.r.randrange(100000):05d}")


def contact():
    return f"{f.pick(FIRST)} {f.pick(LAST)}"


def pan():
    return f._unique(lambda: f.r.choice([3, 5, 6, 6, 6]) * 100000000 + f.r.randrange(1000000, 99999999))


names = set()
while len(names) < 280:
    names.add(f"{f.pick(STEMS)} {f.pick(SUFFIX)}")
PERSONS = [contact() for _ in range(9)]
names = sorted(names | set(PERSONS) | {"Jana Ekta Party", "Aama Education Foundation", "Ace Overseas"} | {"Arniko Institute of Management", "Arniko International Business School"},
               key=lambda s: s.lower())
names = sorted([n for n in names if n.lower() < "cs"] + ["Crave Kathmandu Pvt. Ltd.", "Creative Sathi Pvt. Ltd."], key=lambda s: s.lower())
seen, unique = set(), []
for n in names:   # one account per firm: no "X Pvt Ltd" beside "X Pvt. Ltd."
    key = "".join(ch for ch in n.lower() if ch.isalnum()).replace("pvt", "").replace("ltd", "")
    if key not in seen:
        seen.add(key)
        unique.append(n)
names = unique

wb = workbook()
ws = wb.active
ws.title = "Sheet1"
ws.append(["Sagarmatha Softech Pvt. Ltd.", None, None, "Financial Year"])
ws.append([None, None, None, "2080/081"])
ws.append(["Party Balance - Receivable Only In Local Currency"])
ws.append(["(As on 2080/08/20)"])
for rng in ("A1:C1", "D1:F1", "A2:C2", "D2:F2", "A3:F3", "A4:F4"):
    ws.merge_cells(rng)
ws.append(["Short Name", "Account Name", "Phone (O) & Contact", "Address", "PAN No.", "Balance"])
for c in ws[5][:6]:
    c.font = Font(bold=True)
for c in ("A1", "D1", "A3"):
    ws[c].font = Font(bold=True)

FIXED = {
    "Aama Education Foundation": (2627, "091555011 - KAPIL DEV BHATTA", None, 620438636, 3390),
    "Ace Overseas": (2542, "061555012 - Sandesh Chhetri", None, 302487703, 3390),
}
ids = set()
total = 0
shared = None
late = 0
for name in names:
    if name in FIXED:
        sid, pc, addr, p, bal = FIXED[name]
    else:
        late_batch = f.chance(0.07)
        if late_batch:
            late += 1
            sid = f"L-0000{late + 8:02d}"
        else:
            sid = f._unique(lambda: f.r.randrange(40, 2700))
        who = name if name in PERSONS else contact()
        x = f.r.random()
        if x < 0.38:
            pc = f"- {who}"
        elif x < 0.52:
            pc = "-"
        elif x < 0.58:
            pc = f"{landline()} - {mobile()}"
        elif x < 0.63:
            pc = f"{mobile()} - {who}"
        else:
            pc = f"{landline()} - {who if f.chance(0.85) else who.upper()}"
        addr = f.pick(PLACES) if (isinstance(sid, str) or f.chance(0.06)) else None
        p = pan() if f.chance(0.75) and name not in PERSONS else None
        if p and f.chance(0.01):
            p = p // 10
        bal = f.pick([3390, 1469, 300, 6, 0.13, 0.25, 97, 165]) if f.chance(0.2) else round(f.r.uniform(100, 90000), f.pick([0, 2, 2]))
        if f.chance(0.03):
            bal = round(f.r.uniform(100000, 260000), 2)
    if name.startswith("Arniko"):
        shared = shared or f"01-55501{f.r.randrange(20, 99)} - Nar Bahadur Chhetri"
        pc = shared
        addr = None
    total += bal
    ws.append([sid, name, pc, addr, p, bal])
last = ws.max_row
ws.append([None, None, "Grand Total =>", None, None, round(total, 2)])
ws.append(["2080/08/20, 11:48 AM"])
ws.merge_cells(f"A{last + 2}:F{last + 2}")
for col, w in (("A", 12.2), ("B", 76.7), ("C", 44.1), ("D", 65.7), ("E", 11.0), ("F", 13.3), ("G", 13.0)):
    ws.column_dimensions[col].width = w

save(wb, "receivables-en-np-partybalance.xlsx")
if __name__ == "__main__":
    print("customers", last - 5)
