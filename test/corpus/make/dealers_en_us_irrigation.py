"""
Shape of variantstudios/tilekyle.com "dealers.csv": a farm-drainage and irrigation product
maker's dealer list behind its website's dealer locator, UTF-8 CSV, LF, no BOM, no newline after
the last line.

- Header: title,address,city,zip,state,latitude,longitude,phone (city before zip, state after).
- 81 dealers across the US Midwest and West: irrigation firms, pump and well drillers, electricians,
  an excavator, a dairy-equipment shop; chains listed once per branch (one six times, three three
  or two times, each branch with its own address and phone); street addresses with "Hwy", "CO RD",
  "RR 1 Box A", "P O Box", "4th & Main", "#6 Nye"; city names misspelt ("Bismark", "Bakerfield",
  "Manhatten", "Hughoton"); ZIPs as text (one with a leading 0, one with the letter O for a zero,
  the last row without); coordinates with six decimals (two of them far from the town); phones
  "308-555-0123", toll-free 800 numbers on a few branches, one with a leading space.
Values invented (dealers, streets, phones, coordinates jittered); towns, states and ZIP areas are places.
"""
import os

from fake import Fake, FILES

f = Fake("dealers-en-us-irrigation")
r = f.r

# (dealer, street, city, zip, state, lat, lon, area, note)
ROWS = [
    ("Precision Water Technologies", "120 Cypress Oaks Dr.", "Seguin", "78155", "TX", 29.48, -97.87, "830", "space"),
    ("Dietz Irrigation", "2510 North 10th St", "Gering", "69341", "NE", 41.83, -103.66, "308", ""),
    ("Carrick Excavating Repair", "38754 WCR 65", "Galeton", "80622", "CO", 40.55, -104.49, "970", ""),
    ("Oasis Water Systems LLC", "W 9856 Alp Ave", "Almond", "54909", "WI", 44.23, -89.37, "715", ""),
    ("Harwood Irrigation System", "940 S. 2000 W", "Springville", "84663", "UT", 40.14, -111.61, "801", ""),
    ("TLC Enterprises", "806 Brook Hollow Drive", "Whiteoak", "75693", "TX", 32.54, -94.85, "903", ""),
    ("Premier Pump", "524 32nd St", "Lubbock", "79404", "TX", 33.57, -101.84, "800", ""),
    ("Farm Right", "122 Old Cohansey Road", "Shiloh", "08353", "NJ", 39.48, -75.30, "856", ""),
    ("Bender Irrigation", "RR 1 Box A", "Table Rock", "68447", "NE", 40.18, -96.09, "402", ""),
    ("Heartland Farm Services", "1107 Flack Ave", "Alliance", "69301", "NE", 42.11, -102.86, "308", ""),
    ("Scott-Harrigan Co", "164 West Nobles Road", "York", "68467", "NE", 43.51, -70.39, "402", ""),
    ("Platte Irrigation", "3868 S. 60th Rd", "Alda", "68810", "NE", 40.88, -98.46, "308", ""),
    ("Beckman Well & Irrigation", "322 N. Cedar", "Ainsworth", "69210", "NE", 42.55, -99.85, "402", ""),
    ("Big Prairie Irrigation", "2927 CO RD 253", "Columbia", "65202", "MO", 38.95, -92.08, "573", ""),
    ("Landing Irrigation", "Old Hwy 61 North", "Taylor", "63471", "MO", 39.96, -91.52, "573", ""),
    ("Mayfield Inc", "50571 S.R. 13", "Middlebury", "46540", "IN", 41.76, -85.68, "574", ""),
    ("Irrigation Answers", "500 Commerce Drive", "Lakeville", "46536", "IN", 41.53, -86.28, "574", ""),
    ("Gold Country Irrigation", "291 Stanley Drive", "Idaho Fall", "83405", "ID", 43.52, -112.03, "208", ""),
    ("ABC Irrigation", "70 Grady Knight Industrial Ct", "Villa Rica", "30180", "GA", 33.73, -84.91, "770", ""),
    ("D.R. Eaton Construction", "1481 Kinetic Road", "Lake Park", "33403", "FL", 26.80, -80.08, "561", ""),
    ("O.B. Norton & Son Co", "16356 Sussex Hwy", "Bridgerville", "19933", "DE", 38.76, -75.59, "800", ""),
    ("Quantra", "14452 West 44th Ave", "Golden", "80403", "CO", 39.78, -105.16, "303", ""),
    ("Front Range Industrial Pump", "15165 W. 44th Ave", "Golden", "80403", "CO", 39.78, -105.17, "303", ""),
    ("Frei Pivot Service Inc", "77 CO RD 40", "Stapleton", "69163", "NE", 30.75, -87.81, "308", ""),
    ("Schuster Irrigation", "205 4th Street", "Platte Center", "68653", "NE", 41.54, -97.49, "402", ""),
    ("Holtz Equipment", "701 Hwy 61 South", "Ogallala", "69153", "NE", 41.09, -101.72, "308", ""),
    ("Central Plains Diesel", "43248 Rd 5", "Merna", "68856", "NE", 41.40, -99.64, "308", ""),
    ("Southwest Pivot & Irrigation", "1110 West B", "McCook", "69001", "NE", 40.20, -100.64, "308", ""),
    ("Downing Drilling Inc", "402 N Grant", "Lexington", "68850", "NE", 40.78, -99.74, "308", ""),
    ("Pivot Power Electric", "North Hwy 61", "Imperial", "69033", "NE", 40.61, -101.63, "308", ""),
    ("R.D.L. Irrigation", "960 Industrial Drive", "Bismark", "58502", "ND", 46.82, -100.73, "701", ""),
    ("Raincloud Irrigation", "816 S.W. 16th Place", "Elreno", "73036", "OK", 35.45, -97.74, "405", ""),
    ("AIM LLC", "3919 Allendale Fairfax Hwy", "Allendale", "29810", "SC", 33.00, -81.30, "803", ""),
    ("Automated Irrigation", "850 Coleman", "Centerville", "57014", "SD", 43.11, -96.95, "605", ""),
    ("DMS Company", "4901 Enka Hwy", "Lowland", "37778", "TN", 36.17, -83.22, "423", ""),
    ("Premier Pump", "3710 Sanborn", "Amarillo", "79120", "TX", 35.22, -101.79, "800", ""),
    ("Diversified D", "1301 E. Tate Street", "Brownville", "79316", "TX", 33.14, -102.30, "806", ""),
    ("Brennan Water Well", "521 Hwy 6", "Hearne", "77859", "TX", 30.88, -96.59, "979", ""),
    ("Wingate Pump", "211 Ave J", "Hereford", "79045", "TX", 34.83, -102.39, "806", ""),
    ("Platte Irrigation", "2011 E. 4th Ave", "Holdrege", "68949", "NE", 40.44, -99.35, "308", ""),
    ("Sorenson Irrigation", "950 CR 70", "Hemingford", "69348", "NE", 42.31, -103.07, "308", ""),
    ("Valley Plus Irrigation", "East Hwy 61 & 23", "Grant", "69140", "NE", 40.84, -101.72, "308", ""),
    ("Platte Irrigation", "818 Avenue I", "Gothenburg", "69138", "NE", 40.93, -100.16, "308", ""),
    ("Heartland Farm Services", "2520 North 10th St", "Gering", "69341", "NE", 41.84, -103.66, "308", ""),
    ("Knudsen Irrigation Design", "15250 W. Sunshine Road", "Yukon", "73099", "OK", 35.53, -97.80, "405", ""),
    ("Monroe Supply", "735 South 9th St", "Grand Junction", "81502", "CO", 39.06, -108.56, "970", ""),
    ("Western Fluid", "3188 Mesa Ave", "Grand Junction", "81504", "CO", 39.08, -108.46, "970", ""),
    ("Valley View Irrigation", "651 O St", "Greeley", "80631", "CO", 40.45, -104.69, "970", ""),
    ("Absolute Aeration Systems", "P O Box 337266", "Greeley", "80633", "CO", 40.42, -104.70, "970", "round"),
    ("H Manley", "7265 Hwy 50 West", "Lamar", "81052", "CO", 38.12, -102.62, "800", ""),
    ("Western Fluid", "11072 West 44th Ave", "Wheatridge", "80033", "CO", 39.78, -105.12, "800", ""),
    ("Summit Irrigation", "216 S Main", "Wiggins", "80654", "CO", 40.23, -104.07, "970", ""),
    ("Dairy Systems Specialists", "3309 Empire", "Evans", "80620", "CO", 40.38, -104.69, "970", ""),
    ("Premier Pump", "500 E. 64th Ave", "Denver", "80229", "CO", 39.81, -104.98, "303", ""),
    ("Western Fluid", "5610 Parachute Circle", "Colorado Springs", "80915", "CO", 38.79, -104.72, "719", ""),
    ("Broyles Well Service", "31121 CR KK", "Cheraw", "81030", "CO", 38.11, -103.51, "719", ""),
    ("American Steel Equipment", "4321 Anthony Court Ste 4", "Rocklin", "95677", "CA", 38.80, -121.21, "916", ""),
    ("McLeod Williams", "878 El Centro", "Napa", "94558", "CA", 38.34, -122.30, "707", ""),
    ("B & D Well Drilling", "428 Avalon Drive", "Lemoore", "93242", "CA", 36.31, -119.79, "559", ""),
    ("Western Fluid", "3449 Enterprise Ave", "Hayward", "94545", "CA", 37.63, -122.13, "510", ""),
    ("Surface Pump Works", "3301 Unicorn Road", "Bakerfield", "93388", "CA", 35.44, -119.07, "661", ""),
    ("Wholesale Well & Supply Inc", "685 Mid America Blvd", "Hot Springs", "71913", "AR", 34.52, -93.12, "501", ""),
    ("Wiggins Electric Service", "105 Karen Street", "Wiggins", "80654", "CO", 40.23, -104.07, "970", ""),
    ("Interstate Pivot", "5643 Hwy 34", "Yuma", "80759", "CO", 40.12, -102.71, "970", ""),
    ("Moorhead Irrigation", "37433 US Hwy 34", "Culbertson", "69024", "NE", 40.23, -100.86, "308", ""),
    ("Nebraska Pivot Irrigation", "911 23rd Street East", "Columbus", "68601", "NE", 41.44, -97.32, "402", ""),
    ("Vavra Inc", "1093 Rd W", "Clarkson", "68629", "NE", 36.50, -120.32, "402", ""),
    ("Pauls Sprinkler & Pivot", "4th & Main", "Bridgeport", "69336", "NE", 41.67, -103.10, "308", ""),
    ("Stan Ortman & Co", "300 3rd Street", "Beemer", "68716", "NE", 41.93, -96.81, "402", ""),
    ("Wholesale Well & Supply Inc", "P O Box 1079", "Shreveport", "71162", "LA", 32.53, -93.75, "318", "round"),
    ("Tedder Irrigation", "107 S. Main", "Ulysses", "67880", "KS", 37.58, -101.36, "620", ""),
    ("Western Kansas Valley Supply", "West Hwy 40", "Sharon Springs", "67758", "KS", 38.89, -101.78, "785", ""),
    ("Tedder Irrigation", "125 N. Frontage Road", "Johnson", "67855", "KS", 37.57, -101.76, "800", ""),
    ("L & M Pump Inc", "725 E. Road L", "Johnson", "67855", "KS", 37.50, -101.74, "620", ""),
    ("Bauer Construction", "120 Deep Creek Road", "Manhatten", "66505", "KS", 39.16, -96.54, "785", ""),
    ("Cimarron Plains Irrigation", "715 E. 11th", "Hughoton", "67951", "KS", 37.17, -101.34, "620", ""),
    ("Midwest Pivot Irrigation", "2595 Goldfinch Road", "Hiwatha", "66434", "KS", 39.88, -95.64, "785", ""),
    ("Western Fluid", "3420 Buffalo Jones Ave", "Garden City", "67846", "KS", 37.99, -100.92, "800", ""),
    ("Republican River Irrigation", "1202 18th Road", "Clay Center", "67432", "KS", 39.38, -97.16, "785", ""),
    ("O'Connell Pumps", "#6 Nye", "Rockville", "O6066", "CT", 41.86, -72.46, "860", ""),
    ("Mid-Continent Pivot", "2930 W. 23rd Road", "Fremont", "", "NE", 41.45, -96.53, "402", ""),
]
assert len(ROWS) == 81, len(ROWS)

lines = ["title,address,city,zip,state,latitude,longitude,phone"]
for name, street, city, zip_code, state, lat, lon, area, note in ROWS:
    if note == "round":
        la, lo = f"{lat:.2f}0000", f"{lon:.2f}0000"
    else:
        la, lo = f"{lat + r.uniform(-0.009, 0.009):.6f}", f"{lon + r.uniform(-0.009, 0.009):.6f}"
    phone = f._unique(lambda: f"{area}-555-01{r.randrange(100):02d}")
    if note == "space":
        phone = " " + phone
    lines.append(",".join([name, street, city, zip_code, state, la, lo, phone]))

os.makedirs(FILES, exist_ok=True)
with open(os.path.join(FILES, "dealers-en-us-irrigation.csv"), "wb") as out:
    out.write("\n".join(lines).encode("utf-8"))
