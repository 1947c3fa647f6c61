"""
Shape of PraveenMegh/Order-Management "buyers.xlsx" (commit 97008ce355892b3afd1247712eab6dbc0ffafffb):
the buyer (party) list of a north-Indian spice and food-products maker, exported from its
accounting package's tax-invoice party master and loaded by its order-and-dispatch app.

- One sheet "Tax Invoice", header on row 1 in bold: Buyer Name / Address / State / GSTIN/UIN;
  every cell in text format ('@'); columns A and B widened (57, 74); no freeze, no filter.
- 892 buyers in name order (case-insensitive): 803 names in capitals, 89 in mixed case (persons,
  wellness and export firms); 506 with the town in parentheses ("KRISHNA TRADERS (KAITHAL)"),
  some with a double space before it; "M/S " prefixes; one "<name> S/O <father>"; three
  marketplace ledgers (AMAZON CONSUMER, FLIPKART SALES, MEESHO SALE) with no address.
- Address: street addresses with PIN codes, 199 with the town alone, 42 on several lines, six
  holding the escaped carriage return "_x000D_" before the line feed (the package's export), one
  with "Contact: <mobile>" at the end, foreign ones with "VAT NO." and the country; 25 empty.
- State: the Indian state, "Kathmandu" and "Lumbini" for two Nepali buyers, and eight
  "\\x04 Not Applicable" written as the escaped text "_x0004_ Not Applicable" (Nepal, Japan,
  Switzerland, one Indian town filed wrongly).
- GSTIN/UIN: 15-character GSTINs on 522 rows (one with a trailing line feed, one a character
  short), "Unregistered/Consumer" on 352, empty on 16.
Values invented (GSTINs with an invented ZX… PAN part, Indian mobile in the 90000… block).
"""
import random

from openpyxl.styles import Font

from fake import save, workbook

r = random.Random("buyers-en-in-spicetrade")

STATES = [  # state, GST code, share of rows, towns
    ("Uttar Pradesh", "09", 331, ["MEERUT", "MUZAFFAR NAGAR", "SAHARANPUR", "BAREILLY", "MORADABAD", "ALIGARH",
                                  "GHAZIABAD", "SHAMLI", "BIJNOR", "HAPUR", "RAMPUR", "AGRA", "MATHURA", "KHATAULI",
                                  "BARAUT", "MODINAGAR", "KAIRANA", "DEOBAND", "CHANDAUSI", "SAMBHAL", "NOIDA"]),
    ("Haryana", "06", 134, ["AMBALA", "KARNAL", "PANIPAT", "SONIPAT", "YAMUNA NAGAR", "KAITHAL", "JIND", "HISAR",
                            "FARIDABAD", "GURUGRAM", "REWARI"]),
    ("Uttarakhand", "05", 69, ["HALDWANI", "ROORKEE", "DEHRADUN", "HARIDWAR", "RUDRAPUR", "KASHIPUR"]),
    ("Delhi", "07", 66, ["DELHI", "NAJAFGARH", "NARELA", "SHAHDARA", "KHARI BAOLI"]),
    ("Maharashtra", "27", 48, ["PUNE", "NASHIK", "NAGPUR", "MUMBAI", "SATARA", "KOLHAPUR"]),
    ("Rajasthan", "08", 46, ["JAIPUR", "ALWAR", "JODHPUR", "KOTA", "BIKANER"]),
    ("Punjab", "03", 34, ["LUDHIANA", "JALANDHAR", "PHAGWARA", "PATIALA", "AMRITSAR"]),
    ("Karnataka", "29", 30, ["BENGALURU", "MYSURU", "MANDYA", "HUBBALLI"]),
    ("Gujarat", "24", 19, ["RAJKOT", "AHMEDABAD", "SURAT", "UNJHA"]),
    ("West Bengal", "19", 18, ["KOLKATA", "SILIGURI", "HOWRAH"]),
    ("Telangana", "36", 17, ["HYDERABAD", "WARANGAL"]),
    ("Tamil Nadu", "33", 16, ["COIMBATORE", "CHENNAI", "MADURAI", "ERODE"]),
    ("Madhya Pradesh", "23", 12, ["INDORE", "BHOPAL", "GWALIOR"]),
    ("Bihar", "10", 7, ["PATNA", "MUZAFFARPUR"]),
    ("Kerala", "32", 6, ["KOCHI", "ALAPPUZHA"]),
    ("Himachal Pradesh", "02", 6, ["SOLAN", "UNA"]),
    ("Jammu & Kashmir", "01", 6, ["JAMMU", "KATHUA"]),
    ("Andhra Pradesh", "37", 5, ["VIJAYAWADA", "GUNTUR"]),
    ("Odisha", "21", 3, ["CUTTACK"]),
    ("Chandigarh", "04", 2, ["CHANDIGARH"]),
    ("Jharkhand", "20", 2, ["RANCHI"]),
    ("Assam", "18", 2, ["GUWAHATI"]),
    ("Mizoram", "15", 1, ["AIZAWL"]),
    ("Chhattisgarh", "22", 1, ["RAIPUR"]),
]

STEMS = ["SHREE", "SHRI", "NEW", "JAI", "MAA", "BALAJI", "GANESH", "KRISHNA", "RAM", "SHYAM", "GUPTA", "AGGARWAL",
         "BANSAL", "GOYAL", "MITTAL", "JAIN", "SINGHAL", "GARG", "VISHAL", "RAJ", "OM", "SAI", "DURGA", "LAXMI",
         "MAHAVIR", "HANUMAN", "VINOD", "SANJAY", "ANAND", "KAMAL", "SURYA", "GOPAL", "MOHAN", "RADHEY", "TIRUPATI",
         "BHAGWATI", "ARORA", "SETHI", "KAPOOR", "VARUN", "NAVEEN", "PAWAN", "ASHOK", "DEEPAK", "R.K.", "S.K.",
         "A.K.", "V.S.M", "M.G.", "J.P.", "ROYAL", "GOLDEN", "STAR", "NATIONAL", "PUNJAB", "DOABA", "GANGA"]
SECOND = ["", "", "", "", "BALA JI", "GANPATI", "KRIPA", "BHANDAR", "SHANKAR", "NATH", "DEV", "PRASAD", "KUMAR",
          "LAL", "CHAND", "KISHAN"]
SUFFIX = ["TRADERS", "TRADING COMPANY", "KIRANA STORE", "GENERAL STORE", "ENTERPRISES", "FOOD PRODUCTS",
          "MASALA UDYOG", "SPICES", "DISTRIBUTORS", "AGENCIES", "PROVISION STORE", "& SONS", "BROTHERS", "STORES",
          "PVT. LTD.", "FOODS PRIVATE LIMITED", "MASALA MILLS", "DRY FRUITS", "SUPER BAZAR", "WHOLESALE TRADERS"]
MIXED = ["Kirana Store", "Wellness Pvt. Ltd.", "Foods LLP", "Herbals", "Organics", "Essentials Pvt Ltd",
         "Tea Distributors Pvt Ltd", "Naturals", "Trading Company", "Food and Beverages"]
FIRST = ["Aarav", "Vivaan", "Aditya", "Kabir", "Ananya", "Diya", "Meera", "Riya", "Arjun", "Rohan", "Kavya",
         "Neha", "Pooja", "Harleen", "Simar", "Nikhil", "Tarun", "Vikas", "Suman", "Rekha"]
LAST = ["Sharma", "Verma", "Gupta", "Malhotra", "Kapoor", "Mehra", "Bedi", "Sethi", "Arora", "Khanna", "Rao",
        "Reddy", "Nair", "Patil", "Kulkarni", "Saha", "Das"]
ROADS = ["MAIN BAZAR", "ANAJ MANDI", "GRAIN MARKET", "RAILWAY ROAD", "STATION ROAD", "G.T. ROAD", "SADAR BAZAR",
         "MANDI SAMITI", "OLD SABZI MANDI", "CIVIL LINES", "INDUSTRIAL AREA", "NEAR BUS STAND", "CHOWK BAZAR",
         "KHARI BAOLI", "SUBHASH ROAD", "NEHRU MARKET"]

used = set()


def uniq(make):
    for _ in range(500):
        v = make()
        if v not in used:
            used.add(v)
            return v
    raise RuntimeError("names ran out")


def firm(town, paren):
    def make():
        words = [r.choice(STEMS)]
        s = r.choice(SECOND)
        if s:
            words.append(s)
        words.append(r.choice(SUFFIX))
        base = " ".join(words)
        if r.random() < 0.03:
            base = "M/S " + base
        if paren:
            return base + ("  (" if r.random() < 0.04 else " (") + town + ")"
        return base
    return uniq(make)


def person_or_brand():
    if r.random() < 0.5:
        return uniq(lambda: f"{r.choice(FIRST)} {r.choice(LAST)}")
    return uniq(lambda: f"{r.choice(['Apna', 'Aura', 'Avisa', 'Green', 'Pure', 'Desi', 'Himalayan', 'Vedic', 'Nature'])}"
                        f" {r.choice(MIXED)}")


def pin():
    return r.randrange(110001, 845999)


def address(town, state, kind):
    if kind == "town":
        return town
    no = r.choice([f"{r.randrange(1, 400)}", f"H.NO. {r.randrange(1, 900)}", f"SHOP NO. {r.randrange(1, 60)}",
                   f"{r.choice('ABCDK')}-{r.randrange(1, 300)}", f"PLOT NO. {r.randrange(1, 200)}"])
    road = r.choice(ROADS)
    if kind == "pin":
        return f"{no}, {road}, {town} - {pin()}"
    if kind == "full":
        return f"{no}, {road}, {town.title()}, {state}, {pin()}"
    if kind == "multi":
        return f"{no}, {road.title()}\n{town.title()}\n{state} - {pin()}"
    return f"{no}, {road}, {town}"


rows = []
for state, code, n, towns in STATES:
    for _ in range(n):
        town = r.choice(towns)
        mixed = r.random() < 0.09
        name = person_or_brand() if mixed else firm(town, r.random() < 0.6)
        kind = r.choices(["town", "pin", "full", "multi", "plain"], [22, 30, 20, 5, 23])[0]
        addr = address(town, state, kind)
        g = r.random()
        if g < 0.585:
            pan = "ZX" + "".join(r.choice("ABCDEFGHJKLMNPQRSTUVWXY") for _ in range(1)) + r.choice("PFC") \
                + r.choice("ABGKMRSV")
            gst = f"{code}{pan}{r.randrange(1000, 9999)}{r.choice('ABCDEFGHJK')}1Z{r.choice('0123456789ABCDEFGH')}"
        elif g < 0.98:
            gst = "Unregistered/Consumer"
        else:
            gst = None
        rows.append([name, addr, state, gst])

# the rows a reader checks, and the odd ones, written as they appear in the real list
SPECIAL = [
    ["AGGARWAL MASALA BHANDAR (HAPUR)", "GARH ROAD, NEAR OLD BUS STAND, HAPUR - 245101", "Uttar Pradesh",
     "09ZXAPA4821K1Z3"],
    ["Ravindra Kulkarni", "Flat #12, B wing, Shanti Complex, Near Ram Mandir,, Baner Pin code- 411045, "
     "Contact: 9000012345", "Maharashtra", "Unregistered/Consumer"],
    ["KRISHNA TRADERS (KAITHAL)", "KAITHAL", "Haryana", "Unregistered/Consumer"],
    ["NAVRANG SPICE HOUSE", "No.12-B, Station Road,_x000D_\nSidhpur Bazar,, Unjha-384170", "Gujarat",
     "24ZXNFN5512B1ZQ"],
    ["SETHI PROVISION STORE (JAGADHRI)", "H.NO. 7, SABZI MANDI , OPP. OLD DHARAMSHALA, JAGADHRI - 135003",
     "Haryana", "06ZXBPG7310C1ZD\n"],
    ["S P TRADERS (BILASPUR)", "BILASPUR", "Uttar Pradesh", "09ZXQPK5818D1Z"],
    ["Alpine Spice Trading SA", "Rue du Marche 14, 1204 Geneve,, Suisse\nID.FISCAL : IDE CHE-000.111.222 TVA",
     "_x0004_ Not Applicable", "Unregistered/Consumer"],
    ["Lakeside Herbal Exports SA", "Rue du Marche 14,, 1204 Geneve, Suisse(France)", "_x0004_ Not Applicable",
     "Unregistered/Consumer"],
    ["SAKURA TRADING CO. LTD", "12, Midori-cho, Sakura City, Chiba", "_x0004_ Not Applicable",
     "Unregistered/Consumer"],
    ["BIRGUNJ MASALA UDHYOG", "BIRGUNJ- 4 PARSA NEPAL, VAT NO. 600000111", "_x0004_ Not Applicable",
     "Unregistered/Consumer"],
    ["Pokhara Wellness Centre Pvt Ltd.", "Kaski, Pokhara Metropolitan -8, Lakeside, Pokhara 8/221",
     "_x0004_ Not Applicable", "Unregistered/Consumer"],
    ["SHREE GANESH TRADERS (CHANDAUSI)", "CHANDAUSI", "_x0004_ Not Applicable", "Unregistered/Consumer"],
    ["SHRI RAM AGENCIES", None, "_x0004_ Not Applicable", None],
    ["Himalaya Botanicals Private Limited", "Deskit Villa\nShanti Stupa Road\nChangspa\nLeh Ladakh\n194101",
     "Ladakh", "38ZXACM5765M1ZG"],
    ["HIMALAYAN FOODS NEPAL PRIVATE LIMITED", "MADAN BHANDARI PATH., KATHMANDU,NEPAL", "Kathmandu",
     "Unregistered/Consumer"],
    ["BUTWAL UDYOG PVT LTD.", "RUPANDEHI, BUTWAL NEPAL, VAT NO. 300000222, EXIM CODE. 3000002220100NP", "Lumbini",
     "Unregistered/Consumer"],
    ["AMAZON CONSUMER", None, "Delhi", "Unregistered/Consumer"],
    ["FLIPKART SALES", None, "Uttar Pradesh", "Unregistered/Consumer"],
    ["MEESHO SALE", None, "Uttar Pradesh", "Unregistered/Consumer"],
    ["MANOJ KUMAR S/O HARI CHAND (SHAMLI)", "SHAMLI", "Uttar Pradesh", "Unregistered/Consumer"],
]
for s in SPECIAL:
    used.add(s[0])

# drop generated rows so the total stays 892, then blank some addresses and add escaped line ends
r.shuffle(rows)
rows = rows[: 892 - len(SPECIAL)]
for row in rows[:14]:
    row[1] = None
for row in rows[14:19]:
    if row[1] and "\n" not in row[1]:
        parts = row[1].split(", ")
        if len(parts) > 2:
            row[1] = ", ".join(parts[:2]) + ",_x000D_\n" + ", ".join(parts[2:])
rows += [list(s) for s in SPECIAL]
rows.sort(key=lambda x: x[0].lower())

wb = workbook()
ws = wb.active
ws.title = "Tax Invoice"
ws.append(["Buyer Name", "Address", "State", "GSTIN/UIN"])
for c in ws[1]:
    c.font = Font(bold=True)
    c.number_format = "@"
for row in rows:
    ws.append(row)
for line in ws.iter_rows(min_row=2):
    for c in line:
        c.number_format = "@"
ws.column_dimensions["A"].width = 57.5
ws.column_dimensions["B"].width = 74.33
ws.column_dimensions["C"].width = 17.5
ws.column_dimensions["D"].width = 19.5
save(wb, "buyers-en-in-spicetrade.xlsx")
