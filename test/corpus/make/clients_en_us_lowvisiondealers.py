"""
Shape of wajahat16079/shinyl "Dealer Contacts.xlsx" (at commit 1ecba77): a US assistive-technology
distributor's workbook of the dealers that resell its low-vision and braille products, saved by
Excel. Two sheets.

"Dealer Contact Information": a colour legend in row 1 (A1 "Priority", then "Every 2 weeks",
"once a month", "once a quarter" on three fill colours: how often each dealer is to be called),
row 2 empty, the header in row 3 (Priority / Dealer / Name / Address / City / State / Zip / Phone /
Email / Website), then 46 dealers alphabetically, B:J filled light on the first 42 rows. The
Priority column holds the legend colour as a fill and, on some rows, "x" or "eval" as text; a few
rows have neither. Name is the dealer's contact person. Cities with a trailing comma on some rows,
one dealer in Mexico ("Mexico" as the state), one serving "IL, WI"; zips are numbers, so New
England zips lost their leading zero; phones written every way ("(804) 555-0112", "716.555.0123",
"1(800)555-0142", "866-555-0151 x 2158", "508.555.0120, Ext. 202" with a trailing no-break space,
a Mexican number); e-mails at the dealer's domain or a free mailbox, one belonging to another
person than the contact; websites with or without scheme, one with trailing no-break spaces. The
last rows are half filled: two dealers with a name only on a filled row, then four unfilled rows
(a contact, a state and an e-mail; a contact only; a name only; a name and a state).

"Dealer Territories": from column B, one row per state alphabetically by state name (misspelt
"Louisianna", "Massachuetts", "Tennesee"), with the state code, the dealer covering it under a
short name ("Emerald Coast", "Nano Pac" / "NanoPac", "Eye ASSIST LLC"), its zip, store or
satellite, empty LAT/LON (text coordinates on the Mexico row), a note on the dealer, and
Protected / Unprotected / N/A / Undecided per product line; states without a dealer keep only
their name and code; one dealer appears in up to seven states. Autofilter over B1:M71, frozen at
A38. Values invented.
"""
from openpyxl.styles import PatternFill
from openpyxl.styles.colors import Color

from fake import Fake, save, workbook

f = Fake("clients-en-us-lowvisiondealers")
r = f.r

BLUE = PatternFill("solid", fgColor="FF00B0F0")
GOLD = PatternFill("solid", fgColor=Color(theme=9, tint=0.0))
ORANGE = PatternFill("solid", fgColor=Color(theme=5, tint=0.0))
ROWFILL = PatternFill("solid", fgColor=Color(theme=6, tint=0.7999816888943144))

# (dealer, short name on the territory sheet, contact, street, city, state, zip, phone, e-mail, website, priority)
DEALERS = [
    ("3rd Eye Visual Aids", "3rd Eye Visual Aids", "Rowan Ashdown", "412 University Dr.", "Costa Mesa", "CA", 92627,
     "949-555-0107", "3rdeyevisualaids@example.com", None, BLUE, None),
    ("Able2See", "Able2See", "Julia Brightwell", "118 England Street, 2nd Floor", "Ashland", "VA", 23005,
     "(804) 555-0112", "julia@able2see.test", "https://able2see.test/", ORANGE, None),
    ("Beta Sensory", "Beta Sensory", "Pete Carrow", "5107 Crittenden Rd", "Akron", "NY", 14001,
     "716-555-0123", "Pete@beta-sensory.test", "Beta-Sensory.test", GOLD, None),
    ("Adaptive Tech HI", "Adaptive Tech HI", "Noelani Dunmore", "210 North Vineyard Blvd. Suite 420", "Honolulu,",
     "HI", 96817, "808-555-0131", "noelani@atrc-hi.test", "http://www.atrc-hi.test", None, "x"),
    ("ATS (Access Tech Solutions, Inc.)", "Access Tech Solutions Inc. (ATS)", "Laurel Ellery", "2231 Lancaster Dr NE",
     "Salem", "OR", 97305, "503-555-0118", "laurel@accesstechsolutions.test", "accesstechsolutions.test", BLUE, None),
    ("Adaptive Technology of Alaska", "Adaptive Technology of Alaska (ATAK)", "Misty Fairbank",
     "3310 Arctic Blvd., Suite 104", "Anchorage", "AK", 99503, "907-555-0146", "misty@atak.test", "atak.test",
     ORANGE, None),
    ("Borderless Assistive Technology", "Borderless", "Cristian Greyson", "7480 SW Bridgeport Rd", "Portland",
     "OR", 97224, "866-555-0151 x 2158", "cristian@borderlessat.test", "borderlessat.test", None, "x"),
    ("Lakeshore Lighthouse", "Lakeshore Lighthouse", "Bridget Holloway", "1830 W Roosevelt Rd.", "Chicago", "IL",
     60608, "312.555.0163", "Bridget.Holloway@lakeshorelighthouse.test", "http://lakeshorelighthouse.test",
     ORANGE, None),
    ("Lakeshore Lighthouse North", None, "Melissa Ivers", "230 N. Waukegan Road", "Glenview,", "IL", 60025,
     "847-555-0170", "matt.jessop@lakeshorelighthouse.test", "http://lakeshorelighthouse.test", ORANGE, None),
    ("Crystal Vision", "Crystal Vision", "Ed Kettering", "112 Evans Oak Ln.", "San Antonio", "TX", 78260,
     "800-555-0177", "ed@satx-mail.test", "www.crystalvision.test", ORANGE, None),
    ("D TECH ", "D Tech", "Chuck Lindqvist", "4 N William Street", "Pearl River", "NY", 10965, "(845) 555-0183",
     "chuck@magnifyme.test", "https://dtechlowvision.test/", ORANGE, None),
    ("Digital Summit LLC", "Digital Summit", "Mark Marlow", "851 E Spanish Moss Lane", "Phoenix", "AZ", 85022,
     "480-555-0188", "mark@mydigitalsummit.test", "http://mydigitalsummit.test", BLUE, None),
    ("Dream Sight Group", "Dream Sight", "Jenn Northcott", "2060 Santa Clara Ave #J", "Alameda", "CA", 94501,
     "512-555-0191", "jenn@dreamsightgroup.test", "https://www.dsg-llc.test/", None, None),
    ("Gulf Coast Vision Aids, Inc.", "Gulf Coast", "Mike Oakes", "171 East Burgess Road", "Pensacola", "FL", 32503,
     "850-555-0104", "mike@gulfcoastvisionaids.test", "http://gulfcoastvisionaids.test", None, "x"),
    ("Eye Aid, LLC", "EYE AID LLC", "Paul Pembury", "41 Pine Lake Terrace", "River Vale", "NJ", 7675,
     "201-555-0109", "eyeaid3@example.com", "https://www.eyeaidllc.test/", ORANGE, None),
    ("EYE will see, Inc.", "EyeWillSee", "Greg Ashdown", "6319 Westfield Blvd., Suite 103-A", "Indianapolis", "IN",
     46220, "317-555-0114", "greglowvision@example.net", "www.eyewillseeinc.test", BLUE, None),
    ("Florida Reading & Sight Technology", "Florida Sight Technology", "Lesa Brightwell", "660 North Andrews Avenue #15",
     "Ft. Lauderdale", "FL", 33311, "(954) 555-0119", "lesa@floridareading.test", "http://www.floridareading.test",
     None, "x"),
    ("Hearing & Sight Center", "Hearing & Sight Center", "Romy Carrow", "3327 Candelaria Suite 100", "Albuquerque",
     "NM", 87107, "505-555-0125", "rcarrow@hearing-sightcenter.test", "hearing-sightcenter.test", BLUE, None),
    ("i-Tecnologias Accesibles", "i-Tecnologias Accesibles", "Lucía Montalvo",
     "Hacienda de Texcoco No. 11 Fracc. Las Brisas", "San Miguel de Allende", "Mexico", 37755, "+52 (415) 555 0128",
     "i.tecnologiasaccesibles@example.com", "http://i-tecnologiasaccesibles.test/", None, None),
    ("Innovative Sight Products", None, "Sloan Dunmore", "1430 Saranell Ave", "Naperville", "IL", 60540,
     "630-555-0132", "Sloan@InnovativeSightPro.test", "https://illinoissight.test/", GOLD, None),
    ("Lab Devices", "Lab Devices", "Brian Ellery", "3517 Utica Pike", "Jeffersonville,", "IN", 47130,
     "(502) 555-0137", "brian@labdevices.test", "https://www.labdevices.test/", ORANGE, None),
    ("Leading Light Vision", "Leading Light Vision", "Aileen Fairbank", "14811 N. Forestdale Drive", "Rathdrum,",
     "ID", 83858, "208-555-0141", "acfairbank@example.net", "http://leadinglightvision.lowvision.test", GOLD, None),
    ("Sight Aids, Inc / Magnifying Nation", None, "John Greyson", "2133 SW Highway 484", "Ocala", "FL", 34473,
     "1-800-555-0147", "jgreyson@thesai.test", "http://shop.magnifyingnation.test", None, "x"),
    ("LT&S", None, "Ryan Holloway", "151 River Rock Drive", "Buffalo", "NY", 14207, "1(800)555-0142",
     "Rhollowayat@ltsproducts.test", "http://www.ltsproducts.test", None, "x"),
    ("Magnifying Helpers", "Magnifying Helpers", "Chris Ivers", "4770 East Bay Drive Ste. E", "Clearwater", "FL",
     33764, "(727) 555-0153", "Chris@MagnifyingHelpers.test", "http://www.magnifyinghelpers.test/", None, "x"),
    ("Magnifying Choices, Inc.", "Magnifying Choices", "Brad Jessop", "11131 Kelly Road (Brad Jessop/HQ)",
     "Fort Myers", "FL", 33908, "239-555-0158", "magnifybrad@example.com", "http://www.matthewslowvision.test",
     None, "x"),
    ("Matthews Low Vision, Inc.", None, "Sean Kettering", "141 Rio West Drive, Building B", "El Paso", "TX", 79932,
     "1(888)555-0162", "sean@matthewslowvision.test", "www.matthewslowvision.test", None, "x"),
    ("Maxi Helps", "Maxihelps", "Larry L", "44 Executive Blvd", "Farmingdale", "NY", 11735, "1(631)555-0166",
     "larryl@maxihelps.test", "www.maxihelps.test", GOLD, None),
    ("MicroPac Inc.", "Micro Pac", "Vince Lindqvist", "4829 S Sheridan Rd, Ste 302", "Tulsa", "OK", 74145,
     "(918) 555-0171", "Vince@micropac.test", "http://www.micropac.test", ORANGE, None),
    ("New England Sight Aids", "New England Sight Aids", "David Marlow", "811 W Boylston St, Suite 140", "Worcester",
     "MA", 1616, "508.555.0120, Ext. 202 \xa0", "david@nesightaids.test", "nesightaids.test", GOLD, None),
    ("M-Focus Inc.", "M-Focus", "Jerry Northcott", "10544 Hwy 131", "Odessa", "MO", 64076, "1(866)555-0175",
     "mfocus@example.org", "www.mfocuslowvision.test", GOLD, None),
    ("North Valley", "North Valley", "Cory Oakes", "PO Box 2118", "Paradise", "CA", 95967, "877-555-0179",
     "cory@northvalleyat.test", "northvalleyat.test", GOLD, None),
    ("Palmetto Vision", "Palmetto Vision", "Adam Pembury", "1890 Lawrenceville-Suwanee Rd, Suite 1", "Lawrenceville",
     "GA", 30043, "888-555-0184", "adampembury@palmettovision.test", "https://www.palmettovision.test/", GOLD, None),
    ("SHX Systems Corp.", None, "Jody Ashdown", "296 Davidson Ave", "Somerset", "NJ", 8873, "888-555-0186",
     "Jodi_Ashdown@SHX.test", "shx.test", None, "x"),
    ("Southern Adaptive Technology, LLC", "Southern Adaptive", "Rick Brightwell", "3111 Palm Vista", "Metairie", "LA",
     70003, "(504)555-0190", "southern.adaptive@example.net", "southernadaptive.test", None, "x"),
    ("Sterling Assistives, llc", "Sterling Assistives", "Mark Carrow", "547 Farmers Lane", "Santa Rosa", "CA",
     95405, "1(415)555-0193", "mark@sterlingassistives.test", "www.sterlingassistives.test", ORANGE, "eval"),
    ("Telesight Services", None, "Julio Dunmore", "423 Cypress St", "Bakersfield", "CA", 93304, "1(650)555-0195",
     "telesightservices@example.com", "http://www.telesight.test", ORANGE, None),
    ("The Low Vision Shop (MN)", "The LV Shop MN", "Erick Ellery", "2210 University Ave W, Suite 200", "St. Paul",
     "MN", 55114, "651-555-0197", "lowvisionshop@example.org", "http://www.lowvisionshop.test", ORANGE, None),
    ("The Magnifier Company, LLC", "The Magnifier Company", "Bob Fairbank", "6713 1st Avenue S., Unit - D",
     "St. Petersburg", "FL", 33707, "866-555-0199", "magnify@example.net", "www.TheMagnifierCompany.test \xa0\xa0",
     None, "x"),
    ("Willowlake Technologies Inc", "Willowlake Technology", "Ralph Greyson", "672 W Hubbard St", "Chicago",
     "IL, WI", 60654, "(312) 555-0102", "ralph@willowlaketechnologies.test", "http://www.willowlaketechnologies.test",
     None, "x"),
    ("Bolton Vision Center", None, None, None, None, None, None, None, None, None, ORANGE, None),
    ("Sweeney Systems", None, None, None, None, None, None, None, None, None, GOLD, None),
]
TAIL = [  # unfilled, half-typed rows at the end
    ("x", "Magnified Sight", "Andy Holloway", None, "IL", "info@magnisight-usa.test"),
    (None, "CVIB", "Andrea Ivers", None, None, None),
    (None, "IDBVI", None, None, None, None),
    (None, "Sight Forward", None, None, "WI", None),
]

wb = workbook()
ws = wb.active
ws.title = "Dealer Contact Information"
ws["A1"] = "Priority"
for ref, text, fill in (("B1", "Every 2 weeks", GOLD), ("C1", "once a month", ORANGE), ("D1", "once a quarter", BLUE)):
    ws[ref] = text
    ws[ref].fill = fill
for i, h in enumerate(["Priority", "Dealer", "Name", "Address", "City", "State", "Zip", "Phone", "Email", "Website"], 1):
    ws.cell(3, i, h)
row = 4
for d in DEALERS:
    name, _, contact, street, city, state, zipc, phone, email, site, fill, mark = d
    if mark:
        ws.cell(row, 1, mark)
    if fill is not None:
        ws.cell(row, 1).fill = fill
    for col, v in enumerate([name, contact, street, city, state, zipc, phone, email, site], 2):
        c = ws.cell(row, col, v)
        if not (name == "Dream Sight Group" and col == 9):
            c.fill = ROWFILL
    row += 1
for mark, name, contact, street, state, email in TAIL:
    if mark:
        ws.cell(row, 1, mark)
    ws.cell(row, 2, name)
    ws.cell(row, 3, contact)
    ws.cell(row, 6, state)
    ws.cell(row, 9, email)
    row += 1
for col, w in zip("BCDEFGHIJ", [39.73, 22.54, 44.73, 23.45, 16.45, 10.45, 19.82, 40.45, 47.54]):
    ws.column_dimensions[col].width = w
ws.sheet_view.selection[0].activeCell = "A32"
ws.sheet_view.selection[0].sqref = "A32"

# territories ------------------------------------------------------------------------------------
STATES = [("Alaska", "AK"), ("Alabama", "AL"), ("Arkansas", "AR"), ("Arizona", "AZ"), ("California", "CA"),
          ("Connecticut", "CT"), ("Florida", "FL"), ("Georgia", "GA"), ("Hawaii", "HI"), ("Iowa", "IA"),
          ("Idaho", "ID"), ("Illinois", "IL"), ("Indiana", "IN"), ("Kansas", "KS"), ("Kentucky", "KY"),
          ("Louisianna", "LA"), ("Massachuetts", "MA"), ("Maryland", "MD"), ("Maine", "ME"), ("Mexico", "Mex"),
          ("Michigan", "MI"), ("Minnesota", "MN"), ("Missouri", "MO"), ("Montana", "MT"), ("North Carolina", "NC"),
          ("North Dakota", "ND"), ("Nebraska", "NE"), ("New Hampshire", "NH"), ("New Jersey", "NJ"),
          ("New Mexico", "NM"), ("Nevada", "NV"), ("New York", "NY"), ("Ohio", "OH"), ("Oklahoma", "OK"),
          ("Oregon", "OR"), ("Pennsylvania", "PA"), ("Rhode Island", "RI"), ("South Carolina", "SC"),
          ("South Dakota", "SD"), ("Tennesee", "TN"), ("Texas", "TX"), ("Utah", "UT"), ("Virginia", "VA"),
          ("Vermont", "VT"), ("Washington", "WA"), ("Washington DC", "WDC"), ("Wisconsin", "WI"),
          ("West Virginia", "WV"), ("Wyoming", "WY")]
COVER = {  # state code: [(short dealer name, zip, store type, note)]
    "AK": [("Adaptive Technology of Alaska (ATAK)", 99503, "store", "Confirmed - only game in town")],
    "AL": [("Gulf Coast", 32503, "satellite", "Confirmed - can sell embossers but goes through Palmetto Vision for everything else")],
    "AR": [("Micro Pac", 74145, "satellite", None), ("M-Focus", 64076, "satellite", "He can sell everything except embossers")],
    "AZ": [("Digital Summit", 85022, "store", None)],
    "CA": [("North Valley", 95967, "store", None), ("Sterling Assistives", 95405, "store", None),
           ("3rd Eye Visual Aids", 92627, "store", None)],
    "CT": [("New England Sight Aids", 1616, "satellite", None)],
    "FL": [("Palmetto Vision", 30043, "satellite", "Preferred"), ("Gulf Coast", 32503, "store", "work under Palmetto Vision"),
           ("Low Vision Tampa", 33130, "store", "work under Palmetto Vision"),
           ("Magnifying Helpers", 33764, "store", "work under Palmetto Vision"),
           ("The Magnifier Company", 33707, "store", "work under Palmetto Vision"),
           ("Florida Sight Technology", 33311, "store", "work under Palmetto Vision"),
           ("Magnifying Choices", 33908, "store", "work under Palmetto Vision")],
    "GA": [("Palmetto Vision", 30043, "store", "Preferred")],
    "HI": [("Adaptive Tech HI", 96817, "store", "Only game in town")],
    "IA": [("Micro Pac", 74145, "satellite", "Great with Braille but sell other brands too")],
    "ID": [("Leading Light Vision", 83858, "store", "Preferred")],
    "IL": [("Lakeshore Lighthouse", 60608, "store", "Retail store type operation"),
           ("Willowlake Technology", 60654, "store", "Weak - just take orders")],
    "IN": [("Lab Devices", 47130, "store", "Great with braille, moving into LV and could be good for us"),
           ("EyeWillSee", 46220, "store", "Weak - just take orders")],
    "KS": [("Micro Pac", 74145, "satellite", "Great with Braille but sell other brands too")],
    "KY": [("Lab Devices", 47130, "satellite", "Great with braille, moving into LV and could be good for us")],
    "LA": [("Southern Adaptive", 70003, "store", "Weak - just take orders")],
    "MA": [("New England Sight Aids", 1616, "store", "Starting to actually perform for us. Worth spending some time with")],
    "ME": [("New England Sight Aids", 1616, "satellite", "Starting to actually perform for us. Worth spending some time with")],
    "Mex": [("i-Tecnologias Accesibles", None, "store", "Sells our braille lines in Mexico")],
    "MN": [("The LV Shop MN", 55114, "store", "Doing well with Clovers")],
    "MO": [("M-Focus", 64076, "store", "Preferred - great in LV but needs help moving into braille"),
           ("Micro Pac", 74145, "satellite", "Great with Braille but sell other brands too")],
    "MT": [("Leading Light Vision", 83858, "satellite", "Preferred")],
    "NE": [("MicroPac", 74145, "satellite", None)],
    "NH": [("New England Sight Aids", 1616, "satellite", "Starting to actually perform for us. Worth spending some time with")],
    "NJ": [("EYE AID LLC", 7675, "store", None)],
    "NM": [("Hearing & Sight Center", 87107, "store", "Starting to move Clovers")],
    "NY": [("Beta Sensory", 14001, "store", "Preferred"),
           ("Eye AID LLC", 7675, "satellite", "South NY - sells clovers and works well with Pete"),
           ("D Tech", 10965, "store", "Unprotected but allowed to sell LV for now"),
           ("Maxihelps", 11735, "store", "Headquartered Only - sell everywhere")],
    "OK": [("Micro Pac", 74145, "store", "Great with Braille but sell other brands too")],
    "OR": [("Access Tech Solutions Inc. (ATS)", 97305, "store", "Mostly sell through a state program and have an LV store in Salem"),
           ("Borderless", 97224, "store", "our competitor but we play nice. They sell other lines too"),
           ("Irie-Access", 97330, "store", None)],
    "PA": [("Beta Sensory", 17177, "satellite", "Preferred")],
    "RI": [("New England Sight Aids", 2860, "satellite", "Starting to actually perform for us. Worth spending some time with")],
    "SD": [("DakotaAccess", 57702, None, None)],
    "TX": [("Crystal Vision", 78260, None, "we don't send leads but they can sell everything"),
           ("Dream Sight", 73301, None, "New dealer/not very active but do braille")],
    "VA": [("Able2See", 23005, "store", "Protected but we sell direct")],
    "VT": [("New England Sight Aids", 23192, "satellite", "Starting to actually perform for us. Worth spending some time with")],
    "WA": [("Irie-Access", 98501, "satellite", None),
           ("Leading Light Vision", 98506, "satellite", "We give her most LV sales but handle braille direct.")],
    "WDC": [("Able2See", 20001, "satellite", "Protected but we sell direct")],
    "WI": [("Sight Forward", 53213, "store", None)],
    "WV": [("Beta Sensory", 25301, "satellite", None), ("Able2See", 25305, "satellite", "Protected but we sell direct")],
    "WY": [("Leading Light Vision", 82001, "satellite", None)],
}
ws2 = wb.create_sheet("Dealer Territories")
for i, h in enumerate(["State", "State", "Dealer", "ZIP codes", "Store type", "LAT", "LON", "Notes", "Rehan",
                       "Eurobraille", "Embossers", "Clover"], 2):
    ws2.cell(1, i, h)
LEVELS = ["Unprotected"] * 6 + ["Protected"] * 2 + ["N/A", "Undecided"]
row = 2
for state, code in STATES:
    covers = COVER.get(code)
    if not covers:
        ws2.cell(row, 2, state)
        ws2.cell(row, 3, code)
        row += 1
        continue
    for dealer, zipc, kind, note in covers:
        ws2.cell(row, 2, state)
        ws2.cell(row, 3, code)
        ws2.cell(row, 4, dealer)
        ws2.cell(row, 5, zipc)
        ws2.cell(row, 6, kind)
        ws2.cell(row, 9, note)
        if code == "Mex":
            ws2.cell(row, 7, "20.9144° N")
            ws2.cell(row, 8, "100.7452° W")
            ws2.cell(row, 10, "Protected")
            ws2.cell(row, 12, "Buys from VP")
        elif not (code == "WV" and dealer == "Beta Sensory") and code != "WY":
            protected = note and note.startswith(("Preferred", "Protected"))
            for col in (10, 12, 13):
                ws2.cell(row, col, "Protected" if protected and r.random() < 0.8 else f.pick(LEVELS))
            if code in ("AK", "AL"):
                ws2.cell(row, 11, "Unprotected")
        row += 1
ws2.auto_filter.ref = "B1:M71"
ws2.freeze_panes = "A38"
for col, w in zip("BCDEFGHIJLMNOP", [15.73, 8.82, 31.91, 8.73, 11.63, 16.27, 16.82, 74.27, 12.27, 12.45, 12.18,
                                     12.18, 11.82, 14.18]):
    ws2.column_dimensions[col].width = w

save(wb, "clients-en-us-lowvisiondealers.xlsx")
