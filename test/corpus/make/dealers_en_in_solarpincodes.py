"""
Shape of BhoopathyBG/dealers_map "dealers.xlsx": a solar-equipment seller's dealer network in
Uttar Pradesh kept in Excel for a map app, one sheet, one row per pin code a dealer serves.

- "Sheet1": header on row 1: Distrcit (sic) / Pin code / Dealer Name / Number tag for dealer; 657
  rows for 36 dealers, each dealer's rows together and numbered 1…36 in the last column (the same
  tag on every row of a dealer). Pin codes as numbers, on all but 19 rows; the district filled on
  every row for some dealers, only on the first row (or a few) for others, never for six of them,
  sometimes in lower case or misspelt ("pilibhit", "badau", "shahajapur"), an abbreviation (SRN).
- Dealer names are firms ("... Solar Power Pvt Ltd", "... Enterprises", a sister firm with the
  group in brackets, a nickname in brackets, a town after a comma, misspellings kept) and a few
  people; one dealer serves 150 pin codes, one a single district without a pin.
- Below the data 240 empty rows carry a bordered style out to column Z (the used range is A1:Z898).
Values invented (dealers, the order of districts and pin codes); district names are places.
"""
from openpyxl.styles import Border, Side

from fake import Fake, save, workbook

f = Fake("dealers-en-in-solarpincodes")
r = f.r

DISTRICTS = {  # district -> first three digits of its pin codes (places, not people)
    "Lucknow": "226", "Varanasi": "221", "Prayagraj": "211", "Sitapur": "261", "Bareilly": "243",
    "Pilibhit": "262", "Shahjahanpur": "242", "Budaun": "243", "Kasganj": "207", "Basti": "272",
    "Bahraich": "271", "Ayodhya": "224", "Unnao": "209", "Kanpur Nagar": "208", "Etah": "207",
    "Moradabad": "244", "Rampur": "244", "Meerut": "250", "Jaunpur": "222", "Azamgarh": "276",
    "Hardoi": "241", "Lakhimpur Kheri": "262", "Gorakhpur": "273", "Ghazipur": "233", "Mirzapur": "231",
    "Aligarh": "202", "Jhansi": "284", "Gonda": "271", "Barabanki": "225", "Raebareli": "229",
    "Sultanpur": "228", "Mau": "275", "Ballia": "277", "Deoria": "274", "Saharanpur": "247", "Bilsi": "243",
}
SPELLINGS = {"Pilibhit": "pilibhit", "Budaun": "badau", "Shahjahanpur": "shahajapur", "Saharanpur": "SRN"}

# (dealer name, row pattern, home districts): d = district and pin, p = pin only, n = district only
DEALERS = [
    ("Rathore Group", "p" * 25, []),
    ("Harjeet Bains", "d" * 50, ["Lucknow", "Barabanki", "Raebareli", "Unnao", "Sitapur", "Hardoi", "Sultanpur",
                                  "Ayodhya", "Gonda", "Bahraich", "Lakhimpur Kheri", "Kanpur Nagar", "Basti", "Mau"]),
    ("Wheel House", "ddddd", ["Sitapur", "Hardoi", "Lakhimpur Kheri", "Barabanki", "Lucknow"]),
    ("suraj solar solutions", "dppppppppddpd", ["Bareilly", "Pilibhit", "Budaun", "Shahjahanpur"]),
    ("Mohan lal verma", "nnnnnnn", ["Bareilly", "Pilibhit", "Budaun", "Shahjahanpur", "Rampur", "Moradabad", "Etah"]),
    ("Rakesh Yadav", "nnnnnnnn", ["Bareilly", "Pilibhit", "Budaun", "Shahjahanpur", "Rampur", "Moradabad", "Etah", "Kasganj"]),
    ("Ankit gupta Shiv pump", "ddddddd", ["Varanasi", "Jaunpur"]),
    ("Seema enterprise", "dddddd", ["Sitapur", "Hardoi", "Lakhimpur Kheri", "Barabanki", "Lucknow", "Unnao"]),
    ("Voltex India", "d" * 51, ["Sitapur", "Lakhimpur Kheri"]),
    ("Shree Solar solution", "d" * 10, ["Prayagraj", "Mirzapur", "Jaunpur", "Varanasi", "Ghazipur", "Azamgarh",
                                         "Ballia", "Mau", "Deoria", "Gorakhpur"]),
    ("Ganesh Lights", "p" * 22, []),
    ("Anupam Traders", "d" * 11, ["Kasganj", "Etah", "Aligarh", "Budaun"]),
    ("Surya Urja Shop", "dddddddnn", ["Budaun", "Bareilly", "Shahjahanpur", "Kasganj", "Etah"]),
    ("Sanket Solar Power Pvt Ltd", "d" * 27, ["Lucknow", "Barabanki", "Raebareli", "Unnao", "Sitapur", "Hardoi",
                                               "Sultanpur", "Ayodhya", "Gonda", "Bahraich", "Lakhimpur Kheri", "Kanpur Nagar"]),
    ("Mishra Enterprises (Rathore Group)", "dddddddpdppddddd", ["Basti", "Gonda", "Bahraich", "Ayodhya", "Sultanpur",
                                                                "Gorakhpur", "Deoria", "Barabanki"]),
    ("New India Electricals (Salim Bhai)", "d" * 17, ["Budaun", "Bareilly", "Rampur", "Moradabad", "Shahjahanpur",
                                                       "Pilibhit", "Etah"]),
    ("Maa Durga Solar Power Systems", "d" * 9, ["Prayagraj", "Mirzapur"]),
    ("Prerna Solar Energy", "ppp", []),
    ("Sunteck Enterpris", "pppppp", []),
    ("Bhanu Solar System, Hathras", "pppp", []),
    ("Mahesh Enterprises", "p" * 10, []),
    ("Rahul Battery Sevices", "pppppp", []),
    ("Green Volt Power Solutions", "ddpppp", ["Unnao", "Kanpur Nagar"]),
    ("Vivek Agarwal", "d" * 38, ["Shahjahanpur", "Hardoi", "Lakhimpur Kheri", "Pilibhit", "Budaun", "Bareilly"]),
    ("S K Solar Solutions", "pppppp", []),
    ("Shashank Tiwari", "ddddd", ["Kanpur Nagar", "Unnao", "Lucknow", "Raebareli"]),
    ("Aarambh Electronics", "d" * 150, ["Varanasi", "Jaunpur", "Ghazipur", "Mirzapur", "Azamgarh"]),
    ("M K Batteries", "d" * 9, ["Etah", "Kasganj", "Aligarh", "Budaun", "Bareilly"]),
    ("RK Sunergy Solutions", "ddpddd", ["Moradabad", "Rampur", "Bareilly", "Saharanpur", "Meerut"]),
    ("Pratap Airconidtioners", "d" * 20, ["Lucknow", "Barabanki"]),
    ("The Cool Makers", "n", ["Lucknow"]),
    ("Sunshine Solar", "d" * 19, ["Meerut", "Saharanpur", "Moradabad", "Rampur", "Aligarh", "Bareilly", "Budaun",
                                  "Etah", "Kasganj", "Shahjahanpur", "Pilibhit", "Lakhimpur Kheri", "Sitapur",
                                  "Hardoi", "Lucknow", "Unnao", "Kanpur Nagar", "Jhansi", "Bilsi"]),
    ("Anupam Solar and Securities", "dddddd", ["Bilsi", "Budaun", "Bareilly", "Etah", "Kasganj", "Aligarh"]),
    ("Gopal Singh", "p" * 11, []),
    ("Shiv Contractor", "d" * 24, ["Sitapur", "Hardoi", "Lakhimpur Kheri", "Barabanki"]),
    ("Photon Solar", "ddddddddddddddddddnddddddddddddddd", ["Lucknow", "Barabanki", "Raebareli", "Unnao", "Sitapur",
                                                            "Hardoi", "Sultanpur", "Ayodhya", "Gonda", "Bahraich",
                                                            "Kanpur Nagar", "Varanasi", "Jaunpur", "Prayagraj", "Basti"]),
]
assert sum(len(p) for _, p, _ in DEALERS) == 657, sum(len(p) for _, p, _ in DEALERS)

wb = workbook()
ws = wb.active
ws.title = "Sheet1"
ws.append(["Distrcit", "Pin code", "Dealer Name", "Number tag for dealer"])
used_pins = set()


def pin(district):
    base = DISTRICTS[district]
    for _ in range(200):
        p = int(base + f"{r.randrange(0, 1000):03d}")
        if p not in used_pins or r.random() < 0.02:
            used_pins.add(p)
            return p
    return int(base + "001")


for tag, (name, pattern, homes) in enumerate(DEALERS, start=1):
    areas = homes or [r.choice(list(DISTRICTS))]
    for i, kind in enumerate(pattern):
        district = areas[min(i * len(areas) // len(pattern), len(areas) - 1)] if homes else areas[0]
        shown = SPELLINGS.get(district, district) if r.random() < 0.5 else district
        if district == "Saharanpur":
            shown = "SRN"
        ws.append([shown if kind in "dn" else None, pin(district) if kind in "dp" else None, name, tag])

thin = Side(style="thin")
box = Border(left=thin, right=thin, top=thin, bottom=thin)
for row in range(ws.max_row + 1, 899):
    for col in range(1, 27):
        ws.cell(row, col).border = box
ws.column_dimensions["A"].width = 14
ws.column_dimensions["C"].width = 34
ws.column_dimensions["D"].width = 22

save(wb, "dealers-en-in-solarpincodes.xlsx")
