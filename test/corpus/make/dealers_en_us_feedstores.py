"""
Shape of anchorglobaltech956/three-roots-animal-nutrition "dealers.csv": an animal-nutrition
brand's list of the Texas feed stores, supermarkets and ranch-supply shops that sell its feed,
typed from the brand's dealer PDF for its website's dealer locator; UTF-8 CSV, LF, no BOM.

- Header: dealer_name,street_address,city,state,zip,telephone,phone_status,active,full_address,
  map_url,source_page,notes.
- 99 rows in name order: single stores and chains listed once per branch (a supermarket chain
  five times with the branch after the name, a convenience-store chain 22 times with store numbers
  written "#101", "Zapata #101", "Store #101 Zapata", three stores listed twice under two spellings
  at the same address); a name in capitals, names with "LLC", a person; two names with the branch
  in doubled quotes ("Alton").
- telephone "(956) 294-1151" or empty with phone_status "Needs phone verification"; other statuses
  "Verified current listing", "Verified on current <chain> listing", "Matched by source address to
  …", "Verified current listing at <other address>"; active always True; full_address repeats the
  address quoted ("street, city, TX zip", no zip on three rows); map_url a Google Maps search URL
  with the address percent-encoded; source_page 1-4 (the PDF page); notes on seven rows
  ("ZIP not shown in source PDF.", "Verify street spelling from source scan." …).
Values invented (stores, streets, numbers, notes' details); Texas city names and ZIP areas are places.
"""
import os
import urllib.parse

from fake import Fake, FILES

f = Fake("dealers-en-us-feedstores")
r = f.r

CITIES = {"Weslaco": "78599", "Olmito": "78575", "Brownsville": "78521", "San Benito": "78586", "Natalia": "78059",
          "Alton": "78573", "Pharr": "78577", "Donna": "78537", "Rio Grande City": "78582", "Harlingen": "78552",
          "Bulverde": "78163", "Austin": "78741", "Canutillo": "79835", "McAllen": "78504", "Odessa": "79764",
          "Hebbronville": "78361", "Raymondville": "78580", "Mission": "78572", "Zapata": "78076", "Edinburg": "78542",
          "Escobares": "78584", "Roma": "78584", "Alice": "78332", "San Manuel": "78542", "La Blanca": "78558",
          "George West": "78022", "San Antonio": "78221", "Houston": "77093", "San Isidro": "78588",
          "Falfurrias": "78355", "Von Ormy": "78073", "Hidalgo": "78557", "Penitas": "78576", "San Juan": "78589",
          "Alamo": "78516", "Cleburne": "76033", "Devine": "78016", "Laredo": "78043", "San Diego": "78384",
          "Eagle Pass": "78852", "Pearsall": "78061", "Midland": "79701", "Seguin": "78155", "Dallas": "75217",
          "Forest Hill": "76119", "Royse City": "75189", "Fort Stockton": "79735", "Pleasanton": "78064",
          "Cleveland": "77327", "Pecos": "79772", "Mercedes": "78570", "Kingsville": "78363", "Robstown": "78380"}
STREETS = ["E Interstate Hwy 2", "FM 511 Rd S", "Boca Chica Blvd", "Military Hwy", "Paredes Line Rd", "Sam Houston Blvd",
           "Southmost Blvd", "CR 770", "N Alton Blvd", "W State Ave", "N Salinas Blvd", "Bomber Lane", "W Expressway 83",
           "US Hwy 281 N", "S Hwy 183", "Doniphan Dr.", "Auburn Ave", "N Golder Ave.", "S. 7th St.", "W 7 Mile Line",
           "N. FM 492", "N US Highway 83", "W Monte Cristo Rd", "E Hwy 83", "East Grant St", "W University Dr",
           "Shary Rd", "E State Hwy 107", "U.S. 281", "N. Expressway 281", "N Nueces St", "Farm to Market 2537",
           "N Bentsen Palm", "Hartwick Rd", "FM 1017", "W Rice St", "El Manantial Dr Ste B", "Mesa Dr", "Old Mill Ln",
           "State Highway 16 S", "N. Shary", "N. Expressway 77 Ste A", "W Main Ave", "N Closner Blvd", "Ramon Ayala Dr",
           "FM 221", "S Cage", "TX FM 495", "N Alamo Rd", "F.M. Montecristo", "N Main St", "County Road 5710",
           "Laredo St", "TX-44", "Miller Ave", "FM1021", "E Frontage Rd", "S I-35 Frontage Rd", "S Fairgrounds Rd.",
           "N Conway", "S Flores St", "W Loop 1604 S", "Old School Rd", "S St. Augustine Dr.", "Mansfield Hwy",
           "W State Highway 66", "W Hornbeck Blvd", "W Oaklawn Rd", "Nogalitos St", "County Rd 329", "S Bickley Ave",
           "N FM 1015", "Wagner St", "N Flores St", "TX-107", "Magnolia Circle", "S U.S. Hwy 281", "W Mile 7 Rd",
           "Martindale Rd", "N FM 88", "US-281", "NW Blvd", "E Hondo Ave", "Jackson St"]

# (name, city, kind) kind: "" plain, "nophone", "nozip", "chain:<Chain>", "match", "at"
ROWS = [
    ("Siete Potros Feed & Seeds LLC Weslaco", "Weslaco", ""), ("Siete Potros Feed & Seed Olmito", "Olmito", ""),
    ("R & M Garza Supermarket Bocachica", "Brownsville", ""), ("R & M Garza Supermarket Military", "Brownsville", ""),
    ("R & M Garza Supermarket Paredes", "Brownsville", ""), ("R & M Garza Supermarket San Benito", "San Benito", ""),
    ("R & M Garza Supermarket Southmost", "Brownsville", ""), ("Natalia Feed Store", "Natalia", ""),
    ("Alimentos Balanceados La Loma", "Alton", ""), ("Benny's Feed & Pet Store PHARR", "Pharr", ""),
    ("Benny's Feed & Pet Supplies DONNA", "Donna", ""), ("Arriaga Feeders & Blinds", "Rio Grande City", "nophone"),
    ("Cousins Farm & Ranch", "Harlingen", ""), ("Hill Country Feed & Seed", "Bulverde", ""),
    ("Cantrell's General Store", "Austin", ""), ("Canutillo Feed", "Canutillo", ""), ("Circle B Feed", "McAllen", ""),
    ("Circle R Ranch Supply", "Odessa", ""), ("Duval Hardware", "Hebbronville", "spell"),
    ("Willacy Agri-Business Co", "Raymondville", ""), ("El Vaquero", "Mission", "nozipphone"),
    ("El R.A.N.C.H.O. Feed Store", "Mission", ""),
    ("La Palma Zapata #101", "Zapata", "chain"), ("La Palma #534", "Brownsville", "chainbest"),
    ("La Palma Food Store #101 Zapata", "Zapata", "chainzip"), ("La Palma Food Store #102", "Rio Grande City", "chain"),
    ("La Palma Food Store #108", "Edinburg", "chain"), ("La Palma Food Store #109", "Rio Grande City", "chain"),
    ("La Palma Food Store #117", "Escobares", "match"), ("La Palma Food Store #118 University", "Edinburg", "chainzip2"),
    ("La Palma Food Store #122", "Mission", "nophone"), ("La Palma Food Store #123 Roma", "Roma", "chain"),
    ("La Palma Food Store #127", "Mission", "matchrd"), ("La Palma Food Store #22 P-122", "McAllen", "matchhwy"),
    ("La Palma Food Store #519", "Alice", ""), ("La Palma Food Store #524", "Alice", ""),
    ("La Palma Food Store #532 San Manuel", "San Manuel", "at"), ("La Palma Food Store #533 La Blanca", "La Blanca", "bestzip"),
    ("La Palma Food Store Auburn #115", "McAllen", "chain"), ("La Palma Food Store Escobares #117", "Escobares", "atw"),
    ("La Palma Food Store Moorefield #114", "Alton", "atw"), ("La Palma Food Store Roma #123", "Roma", ""),
    ("La Palma San Manuel #532", "San Manuel", "at"), ("La Palma Store George West #526", "George West", ""),
    ("El Potro's Feed", "San Antonio", ""), ("EUSEBIO'S FEED", "Mission", "nozipphone"), ("Nelly's Birds & Feed", "Houston", ""),
    ("Farm & Ranch Supply San Isidro", "San Isidro", ""), ("Farm and Ranch Center", "Falfurrias", ""),
    ("Feed Store & More Los Ebanos", "Mission", "nophone"), ("JR Feed Store", "Houston", ""),
    ("Villarreal Feed Store And More", "San Benito", ""), ("HWY 16 Feed & Supply", "Von Ormy", ""),
    ('Frontier Farm & Ranch "Alton"', "Alton", "dealer"), ('Frontier Farm & Ranch Supplies "Harlingen"', "Harlingen", ""),
    ("Chavo's Fresh Supermarket University", "Edinburg", ""), ("Chavo's SuperMarket Alton", "Alton", ""),
    ("Chavo's Supermarket Edinburg", "Edinburg", ""), ("Chavo's SuperMarket Hidalgo", "Hidalgo", ""),
    ("Chavo's Supermarket Penitas", "Penitas", ""), ("Chavo's SuperMarket Pharr CAGE", "Pharr", ""),
    ("Chavo's SuperMarket San Juan", "San Juan", ""), ("Kurt's Korner Farm Store", "Alamo", ""),
    ("La Abeja #2", "La Blanca", "nophone"), ("La Abeja Meat Market And Feed Store LLC", "Edinburg", "atnum"),
    ("La Espuela Feed Store", "Cleburne", ""), ("Brush Country Fencing & Supplies", "Devine", ""),
    ("Laredo Ranch Heights", "Laredo", ""), ("Lupita's General Store & Restaurant", "San Diego", ""),
    ("Montalvo Feed", "Donna", ""), ("Maverick Feed Supply", "Eagle Pass", ""), ("Maxwell Steel LLC", "Alamo", ""),
    ("Cedar Creek Taxidermy", "Pearsall", ""), ("Permian Farmers Coop", "Midland", ""),
    ("Mission Feed & Hardware LLC", "Mission", ""), ("Morrow's Feed & Seed Store", "San Antonio", ""),
    ("My Farm El Guero", "San Antonio", ""), ("Guadalupe Valley Feed", "Seguin", ""),
    ("Pasturas Los Potrillos Dallas", "Dallas", ""), ("Pasturas Los Potrillos Forest Hill", "Forest Hill", ""),
    ("Pasturas Los Potrillos Royse City", "Royse City", ""), ("Comanche Springs Feed & Supply", "Fort Stockton", ""),
    ("Primos Feed & Supply", "Pleasanton", ""), ("Rangel Feed Store", "San Antonio", "repeat"),
    ("Rancho Bonito Feed Store", "Cleveland", "nophone"), ("Trans-Pecos Feed & Supply", "Pecos", ""),
    ("RGV 1015 Feed & Seed LLC", "Mercedes", "nophone"), ("Rogelio's Ranch & Feed", "Kingsville", ""),
    ("Starr County Farm & Ranch Supply", "Rio Grande City", ""), ("Rocking Mule", "McAllen", ""),
    ("Rodrigo Salinas", "Edinburg", "nophone"), ("Salt Flat Feed Store", "Alice", ""), ("Sparkles LLC", "Mission", ""),
    ("Gulf Coast Feed Express", "Houston", ""), ("Three Crowns Poultry Grain", "Weslaco", "threecrowns"),
    ("Trevino Feed", "San Antonio", "nophone"), ("Holy Cow Farm & Ranch", "Robstown", ""), ("WTG Supply", "Devine", ""),
    ("Zapata Feed Ranch Supplies", "Zapata", ""),
]
assert len(ROWS) == 99, len(ROWS)
SAME = {"La Palma Food Store #101 Zapata": "La Palma Zapata #101", "La Palma Food Store Roma #123": "La Palma Food Store #123 Roma",
        "La Palma San Manuel #532": "La Palma Food Store #532 San Manuel", "La Palma Food Store #117": "La Palma Food Store #123 Roma"}
NOTES = {"bestzip": "ZIP not shown in source PDF.", "nozipphone": "ZIP not shown in source PDF.",
         "spell": "Verify street spelling from source scan.", "chainzip": "Source shows ZIP 78576; differs from other Zapata listing.",
         "chainzip2": "Source scan shows ZIP 78842; verify before publishing.", "repeat": "Source line repeats 'San Antonio' before city."}

addresses = {}
lines = ["dealer_name,street_address,city,state,zip,telephone,phone_status,active,full_address,map_url,source_page,notes"]


def q(text):
    return '"' + text.replace('"', '""') + '"' if ("," in text or '"' in text) else text


AREAS = ["956", "956", "956", "830", "361", "210", "432", "713", "281", "915", "512", "817", "972"]


def phone_tx():
    return f._unique(lambda: f"({r.choice(AREAS)}) 555-01{r.randrange(100):02d}")


for name, city, kind in ROWS:
    if name not in SAME:
        addresses[name] = (f"{r.randrange(11, 39999)} {r.choice(STREETS)}", phone_tx())
for name, (street, phone) in [(n, addresses[t]) for n, t in SAME.items()]:
    addresses[name] = (street.replace(" St", " St.") if name.endswith("Roma #123") and not street.endswith(".") else street, phone)

for i, (name, city, kind) in enumerate(ROWS):
    street, phone = addresses[name]
    zip_code = CITIES[city]
    if kind == "chainzip":
        zip_code = "78576"
    if kind == "chainzip2":
        zip_code = "78842"
    if kind in ("nozipphone", "bestzip"):
        zip_code = ""
    tel = "" if kind in ("nophone", "nozipphone") else phone
    status = {"nophone": "Needs phone verification", "nozipphone": "Needs phone verification",
              "chain": "Verified on current La Palma listing", "chainzip": "Verified on current La Palma listing",
              "chainzip2": "Verified on current La Palma listing", "chainbest": "Verified on current Valle-Best listing",
              "match": "Matched by source address to current La Palma listing",
              "matchrd": "Matched to current N Shary Rd La Palma listing",
              "matchhwy": "Matched to current State Hwy 107 La Palma listing",
              "at": f"Verified current listing at {street.replace('N. ', 'N ')}",
              "atw": f"Verified current listing for {street} location",
              "atnum": f"Verified current listing at {int(street.split()[0]) + 100} {' '.join(street.split()[1:])}",
              "bestzip": f"Verified current Valle-Best listing at {street.split()[0]} E State Hwy 107",
              "dealer": "Verified dealer listing",
              "threecrowns": "Verified current Three Crowns Poultry listing"}.get(kind, "Verified current listing")
    full = f"{street}, {city}, TX {zip_code}" if zip_code else f"{street}, {city}, TX"
    url = "https://www.google.com/maps/search/?api=1&query=" + urllib.parse.quote(full, safe="")
    page = 1 + i * 4 // 99 if i < 97 else 4
    lines.append(",".join([q(name), q(street), city, "TX", zip_code, tel, q(status), "True", q(full), url, str(page),
                           q(NOTES.get(kind, ""))]))

os.makedirs(FILES, exist_ok=True)
with open(os.path.join(FILES, "dealers-en-us-feedstores.csv"), "wb") as out:
    out.write(("\n".join(lines) + "\n").encode("utf-8"))
