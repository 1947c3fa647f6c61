"""
Shape of bobcook/corpservice "Clients.csv" (at commit 8970a72e33d0d4047f4a0776f96ef339cfc34eeb): the national accounts
of a US repair / facility-service franchise (the corporate customers whose stores and offices its franchisees
serve), saved from a Mac spreadsheet as CSV with CR-only line ends and no line end after the last row. Header
account,contact,phone,email. 74 rows, one per account: retail chains, restaurant groups, property managers, senior
living groups, a government site; names with commas quoted ("…, Inc."), '&' and apostrophes, some in capitals. The
contact is the account's facilities person — full name, a first name only, 'Flo/ Warranty', or empty on a few
house accounts. Phones as (AAA) NNN-NNNN; two brands of one group share a number, as do a house account and a
customer-care line, and a mistyped account name ('CaravanKnight …') sits beside the correct one with the same
number and no contact. E-mail is empty on most rows; otherwise the contact's address, a generic accounts-payable
or invoices mailbox, another person's address, or — twice — the contact's name typed into the e-mail column. One
account is listed twice with the same contact and phone, the second time with a third party's e-mail. Two
divisions of one chain and two agencies of one carrier appear as separate accounts. Values invented (company
names, people, phones in 555-01xx, e-mail addresses).
"""
import os

from fake import FILES

# (account, contact, phone key, email); phone keys repeated where the original repeats a number
ROWS = [
    ("Oakridge Property Management", "Steven Dalby", "p01", "steven.d@oakridgepm.test"),
    ("Spotless Cleaning Services, Inc.", "Tamara Hinds", "p02", ""),
    ("Parchment, Inc.", "Linda McAllister", "p03", ""),
    ("Interstate Recovery Group", "Charles Whitman", "p04", "cwhitman@example.com"),
    ("Hillcrest Restaurant Group", "David Wardell", "p05", ""),
    ("Dalton's and Dewey's", "Bob Lanier", "p06", ""),
    ("CaravanKestrel Facilities Management", "Joshua Pruett", "p07", ""),
    ("Kestrel Facilities Management Inc.", "", "p07", ""),
    ("Arcadia Gameworks U.S.A, Inc.", "Greg Zeller", "p08", ""),
    ("American Keepsakes", "Jon Magnus", "p03", ""),
    ("Meridian Wireless", "Brian Wakefield", "p09", "brian.wakefield@example.com"),
    ("Goldcrest Real Estate", "Cyndi Trask", "p10", ""),
    ("GBT Enterprises, Inc.", "Jennifer Mundy", "p11", ""),
    ("RCW Western Stores, Inc.", "Craig Weidler", "p12", ""),
    ("Southern Linens", "Jodi Clarkson", "p13", "jodi.clarkson@example.org"),
    ("Freemont", "Ree Marritt", "p14", ""),
    ("All Hours Fitness USA, INC", "James Tolliver", "p15", "invoices@allhoursfit.test"),
    ("Atlantic Moving Systems", "Dawn Pooley", "p16", ""),
    ("Raynor and Flint", "Kim Parrish", "p17", ""),
    ("Ellsworth AFB", "Natalia Hendry", "p18", ""),
    ("Yorkton Risk Services Group Inc.", "Alric Harlow", "p19", ""),
    ("Terra Vista Communities", "Tara Gowan", "p20", ""),
    ("Bramble's Ice Cream & Dairy", "Summer Perrin", "p21", ""),
    ("LAURENT & CO.", "Barbara Winslow", "p22", "barbara.winslow@example.net"),
    ("A.P. Flooring and Tile Inc.", "Cesar Regal", "p23", ""),
    ("Pope & Lane Enterprises, Inc.", "Lisa Hargrove", "p24", ""),
    ("University of Midland Kansas City", "Mike Hammett", "p25", ""),
    ("Twin Pines", "Martin Walsh", "p26", ""),
    ("LA Residences", "Daniel Magana", "p27", ""),
    ("4Guard Warranty Corporation", "Heather", "p28", ""),
    ("Vireo Services, Inc.", "Dorinda Kerr", "p29", ""),
    ("Metro Building Cleaning LLC", "Julianne Vollmer", "p30", "julianne.vollmer@example.com"),
    ("Cotton Growers USA", "Russell Whitby", "p31", "coreyc@example.org"),
    ("Little Learners Group, INC.", "Shannon Tenney", "p32", "stenney@example.com"),
    ("Deseret Pages", "Shane Hyland", "p33", "Shane Hyland"),
    ("Evergreen Senior Living", "Carl Colvin", "p34", "Carl Colvin"),
    ("QuickCash Loan Services", "John Gable", "p35", ""),
    ("Holiday Haven Retirement", "Dave Purvis", "p36", "paul.glenn@example.net"),
    ("Micro Depot", "Greg Millard", "p37", "jthompson@example.com"),
    ("Dorado Restaurant Group", "Mike Remington", "p38", "mremington@example.com"),
    ("DHR UK MOD - British Embassy-BDS", "Susan Woodley", "p39", ""),
    ("Phoenix AMS International", "Louise", "p40", ""),
    ("Radio Hut Corporation", "Dan Carlisle", "p41", "Dan.Carlisle@example.com"),
    ("Nordic Designs-Petaluma", "Doreen Hurley", "p42", "doreenh@example.org"),
    ("Siskin/PermaGuard", "Rori Chandra", "p43", ""),
    ("Aurora Senior Living Group, INC.", "Brian Weiss", "p44", ""),
    ("Federal Department Stores/Mason's Inc.", "Flo/ Warranty", "p45", "rperrin@example.com"),
    ("CDCS Miscellaneous Accounts", "", "p46", ""),
    ("Right Aid Corporation", "Craig Dolan", "p47", ""),
    ("Hallbrook Corporation", "Darryn Odell", "p48", "dodell2@example.com"),
    ("American Threads, Inc.", "Matt Burrell", "p49", ""),
    ("Treatment Professional Coatings, Inc.", "Chris Kizer", "p50", "TPC@example.net"),
    ("Rack Row Shoes", "Mike Harrell", "p51", "mharrell@example.com"),
    ("Assurity Solutions", "Kevin Ledger", "p52", ""),
    ("Assurity Solutions", "Kevin Ledger", "p52", "choy.tham@example.org"),
    ("Foot Court Inc. Facility Services", "Amanda Crouch", "p53", ""),
    ("FOOT COURT INC. SUPPLIES/FIX", "Barbara Kaine", "p54", "supplyinvoice@example.com"),
    ("THD Jobs LH", "", "p55", ""),
    ("THD Customer Care AO", "", "p46", ""),
    ("Hallbrook Franchise Store", "Kevin Norwood", "p56", ""),
    ("RC Wiley Home Furnishings", "Christie Jensen", "p57", "christie.jensen@example.com"),
    ("L.D. Management, Inc.", "Patricia Dixon", "p58", ""),
    ("Assurity Solutions Facilities / Duluth", "Danny Warde", "p59", "danny.warde@example.com"),
    ("TCB Bank", "Scott Geiger", "p60", ""),
    ("Beaumont Of America", "Melissa Barber", "p61", ""),
    ("Hawthorne Retirement Group", "Jim Montrose", "p62", ""),
    ("Liberty Income Properties, Inc.", "Jennifer Foyle", "p63", ""),
    ("Alfred Angelo Bridal", "Jessica Cantu", "p64", "accountspayable@example.com"),
    ("Gentlemen's Wearhouse", "Sarah Rodrigo", "p65", ""),
    ("KBM Telco", "Cody Van Dorn", "p66", "cvandorn@example.net"),
    ("Super Supplements Plus", "Cindy Pfeiffer", "p67", ""),
    ("A Wireless Plus", "Joshua Simmonds", "p68", "ap@example.org"),
    ("RSW Telco", "Jason Hyde", "p69", ""),
    ("H&R Tax Block", "Reggie Blackmore", "p70", ""),
]
AREA = ["712", "770", "707", "678", "602", "949", "989", "415", "585", "941", "402", "605", "478", "214", "214", "800",
        "315", "661", "973", "310", "405", "646", "219", "770", "816", "530", "310", "800", "513", "646", "281", "757",
        "801", "206", "512", "503", "614", "972", "202", "506", "817", "707", "801", "502", "206", "435", "718", "816",
        "213", "773", "704", "888", "941", "212", "770", "757", "801", "614", "770", "720", "706", "360", "863", "561",
        "800", "281", "206", "252", "314", "615"]
PHONES = {f"p{i + 1:02d}": f"({AREA[i]}) 555-{100 + (i * 7) % 100:04d}" for i in range(70)}


def cell(v):
    return f'"{v}"' if "," in v else v


lines = ["account,contact,phone,email"]
for account, contact, key, email in ROWS:
    lines.append(",".join([cell(account), cell(contact), PHONES[key], email]))
os.makedirs(FILES, exist_ok=True)
with open(os.path.join(FILES, "accounts-en-us-facilityservice.csv"), "w", encoding="ascii", newline="") as fh:
    fh.write("\r".join(lines))

if __name__ == "__main__" and os.environ.get("SHOW"):
    print(len(ROWS), "rows")
    for k in ("p01", "p03", "p07", "p33", "p36", "p46", "p52"):
        print(k, PHONES[k])
