"""
Shape of BrycePremierBW/PremierBWJobhub "Contacts.csv" (commit a1cd02deac0f575d95293b755bd7202005beb043):
a Sunshine Coast (Queensland) building-trade business's client contacts exported from Xero (the
accounting package's contact export, 73 columns): UTF-8, LF.

Header *ContactName / AccountNumber / EmailAddress / FirstName / LastName / POAttentionTo /
POAddressLine1-4 / POCity / PORegion / POPostalCode / POCountry / SA… (the same for the street
address) / PhoneNumber / FaxNumber / MobileNumber / DDINumber / SkypeName / bank fields / TaxNumber
/ tax code names / Website / LegalName / Discount / CompanyNumber / due-date terms / accounts /
tracking / BrandingTheme / default taxes / Person1…5 First/Last/Email/IncludeInEmail.
Then four junk rows (two empty, two holding only a LegalName "7 Eleven" / "7-ELEVEN"), then 41
contacts sorted by name: builders, property managers and restaurants (…Pty Ltd, "Kitchens R Us")
and private people (a first name only, "Len & Karen …", a curly apostrophe), the contact person's
first and last name (often blank for companies), PO and street address (often the same, suburbs in
capitals or not, QLD, four-digit postcodes, Australia), the phone as typed — mobiles without their
leading 0 (407488725), "0401 905 421", "07 54 937608", "61 434 047 151", a 1300 / 1800 / 13 number,
or blank —, an ABN in TaxNumber on two rows, a web site on three, LegalName on two; the same
company twice (trading name and "Pty Ltd" for accounts). All names, addresses, numbers invented.
A person imports the 41 contacts as clients: name, e-mail, contact person, address, phone.
"""
import csv
import io
import os

from fake import FILES, Fake

f = Fake("clients-en-au-xerocontacts")
HEADER = ("*ContactName,AccountNumber,EmailAddress,FirstName,LastName,POAttentionTo,POAddressLine1,POAddressLine2,"
          "POAddressLine3,POAddressLine4,POCity,PORegion,POPostalCode,POCountry,SAAttentionTo,SAAddressLine1,"
          "SAAddressLine2,SAAddressLine3,SAAddressLine4,SACity,SARegion,SAPostalCode,SACountry,PhoneNumber,FaxNumber,"
          "MobileNumber,DDINumber,SkypeName,BankAccountName,BankAccountNumber,BankAccountParticulars,TaxNumber,"
          "AccountsReceivableTaxCodeName,AccountsPayableTaxCodeName,Website,LegalName,Discount,CompanyNumber,"
          "DueDateBillDay,DueDateBillTerm,DueDateSalesDay,DueDateSalesTerm,SalesAccount,PurchasesAccount,TrackingName1,"
          "SalesTrackingOption1,PurchasesTrackingOption1,TrackingName2,SalesTrackingOption2,PurchasesTrackingOption2,"
          "BrandingTheme,DefaultTaxBills,DefaultTaxSales").split(",")
for p in range(1, 6):
    HEADER += [f"Person{p}FirstName", f"Person{p}LastName", f"Person{p}Email", f"Person{p}IncludeInEmail"]
COL = {h: i for i, h in enumerate(HEADER)}
assert len(HEADER) == 73

# name, email, first, last, attention, street, city, postcode, phone, street-same, extra
PEOPLE = [
    ("Ace Pickleball", "cath@acepickle.test", "Cathy", "Pashford", "Ace Pickleball", "Unit 2 5 Cedarvale Dr", "FOREST GLEN", "4556", "491570110", True, {}),
    ("Adler Homes", "info@adlerhomes.test", "Lara", "McDougall", "", "PO Box 5077", "Sunshine Coast", "4560", "0491 570 156", False, {}),
    ("Adrian Stelling", "adrian.stelling@example.com", "Adrian", "Stelling", "", "64 Allamanda St", "MAROOCHYDORE", "4558", "491570120", True, {}),
    ("AJ Building", "accounts@ajbuilding.test", "Dane", "Mensforth", "", "", "Buderim", "4556", "491570121", "citypost", {}),
    ("ASHCraft SC", "ashcraftsc@example.net", "Corrie", "Gilmour", "", "", "", "", "", False, {"LegalName": "ASH Craft"}),
    ("Ausmere Homes Pty Ltd", "filebound@ausmere.test", "", "", "", "8 Flinders Lane", "MAROOCHYDORE", "4558", "1800 AUSMER", True, {"LegalName": "Ausmere Homes"}),
    ("BMK Property Management", "info@bmkproperty.test", "Kerri", "Jaxon", "", "Shop 9 3-5 Ballinger Rd", "BUDERIM", "4556", "491570122", True,
     {"TaxNumber": "46 958 000 968", "Website": "www.bmkproperty.test"}),
    ("Cortez Homes", "dean@corteshomes.test", "Dean", "Cortez", "", "PO BOX 1188", "BUDDINA", "4575", "491570123", True, {}),
    ("Daniel Shuttlecock", "dan@rejuvenate.test", "", "", "", "", "", "", "", False, {}),
    ("Dog Boys Noosa", "darius@dogboys.test", "Darius", "", "Dog Boys", "29 Sunshine Beach Rd", "Noosa Heads", "4567", "0491 570 157", False, {}),
    ("Fargate", "darrenc@fargate.test", "Darren", "Cherrington", "", "Factory 1 52 Ron Parkes Cres", "CORBOULD PARK", "4551", "07 55 500112", True,
     {"TaxNumber": "42129000559", "Website": "www.fargate.test"}),
    ("Glenn", "glennc335@example.com", "Glenn", "", "", "3 Dunnart Ct", "Burnside", "4560", "", False, {}),
    ("Greystone Building", "admin@greystonebuilding.test", "", "", "", "Unit 1 46 Enterprise St", "KUNDA PARK", "4556", "07 55 500135", True, {}),
    ("ICN Construction", "nick.b@icnco.test", "Nick", "Blackwood", "", "96 Petrie Tce", "PETRIE TERRACE", "4000", "491570124", True, {}),
    ("Joel Bevington", "joel@bayvistamachinery.test", "Joel", "Bevington", "", "51 Seagull Ave", "AROONA", "4551", "491570125", True, {}),
    ("Judy Farnsworth", "judyjo@example.net", "Judy", "Farnsworth", "", "246 Ilkley Rd", "ILKLEY", "4554", "0491 570 158", True, {}),
    ("Ken Kirkwood", "admin@davestrucking.test", "Ken", "Kirkwood", "", "32 Cunning Rd", "TANAWHA", "4556", "491570126", True, {}),
    ("Kensey Constructions", "admin@kensey.test", "Lyndon", "Hogarth", "", "", "", "", "491570127", False, {}),
    ("Kevin Rayner", "kevinsrayner@example.com", "Kevin", "Rayner", "", "6 Parkhaven Cl", "COES CREEK", "4560", "491570128", True, {}),
    ("Kitchens R Ours", "info@kitchensrours.test", "Adam", "Powers", "", "14 Technology Dr", "Warana", "4575", "0491 570 159", False, {}),
    ("Lauren O’Mara", "laurenomara@example.org", "Lauren", "O’Mara", "", "16 Campbell Cl", "Nambour", "4560", "61 491 570 006", False, {}),
    ("Len & Karen Kingsley", "len.karen@example.net", "Len & Karen", "", "", "Newport At Seaforth Unit 220 102 Alexandra Pde", "ALEXANDRA HEADLAND", "4572", "491570129", True, {}),
    ("One Life Property Co", "bec@olpc.test", "Bec", "Tolman", "", "Shed 6 81 Wises Rd", "BUDERIM", "4556", "0491 570 007", True, {}),
    ("Palm Cove Works Aaron", "AaronB@palmcove.test", "Aaron", "Buckland", "", "Unit 30401 9 Lawson St", "SOUTHPORT", "4215", "137256", True,
     {"Website": "https://palmcoveresort.test/"}),
    ("Palm Cove Works Accounts Payable", "PCWAccountsPayable@palmcove.test", "", "", "", "PO BOX 10499", "SOUTHPORT BC", "4215", "61 7 55500303", True, {}),
    ("Peter Kesselring", "peter.k@pkconsulting.test", "Peter", "Kesselring", "", "19 Brolga Lane", "DULONG", "4560", "491570130", True, {}),
    ("qldCRAFT", "roger@qldcraft.test", "Roger", "Reade", "", "Unit 2 20 Technology Dr", "WARANA", "4575", "491570131", True,
     {"TaxNumber": "39 606 000 175", "Website": "www.qldcraft.test"}),
    ("River Bend Dining Pty Ltd", "Hello@riverbenddining.test", "Fran", "", "", "Marina, 16 Orana St", "Buddina", "4575", "61 491 570 008", False, {}),
    ("Rohan Loxley", "rohan.loxley@example.com", "Rohan", "Loxley", "", "21 Smoke Bush Dr", "NOOSA HEADS", "4567", "491570132", True, {}),
    ("Ron", "ronmac28@example.com", "Ron", "", "", "29 Meridien Dr", "MAROOCHYDORE", "4558", "491570133", True, {}),
    ("Serena", "nick@premierbw.test", "", "", "", "", "", "", "", False, {}),
    ("Sharon Weisman", "Sharon.Weisman@bcsm.test", "Sharon", "Weisman", "", "29 Duke St", "SUNSHINE BEACH", "4567", "491570134", True, {}),
    ("Sunbuild", "david@sunbuild.test", "David", "Mansell", "", "4/42 Lysaght St", "Coolum Beach", "4573", "0491 570 009", False, {}),
    ("Sunbuild Pty Ltd", "accounts@sunbuild.test", "", "", "", "Unit 4 42 Lysaght St", "COOLUM BEACH", "4573", "07 55 50 0707", True, {}),
    ("Tarrant Builders", "robbie@tarrantbuilders.test", "", "", "", "", "", "", "", False, {}),
    ("Thomson Sustainable Homes", "accounts@thomsonbuilding.test", "", "", "", "167-171 Brisbane Rd", "MOOLOOLABA", "4557", "1300904550", True, {}),
    ("YAKITORI HIBIKI", "hibiki.sunny@example.com", "Rachael", "", "", "Shop GD 181-182/154-164 Horton Parade", "Maroochydore", "4558", "", True, {}),
    ("Bayside Decks", "info@baysidedecks.test", "Mitch", "Carrow", "", "7 Industrial Ave", "MOLENDINAR", "4214", "491570135", True, {}),
    ("Coolum Cabinetry", "orders@coolumcab.test", "Tess", "Ivers", "", "2/11 Project Ave", "Noosaville", "4566", "0491 570 010", False, {}),
    ("Pelican Waters Bowls Club", "manager@pwbc.test", "Grant", "Oakes", "", "PO Box 220", "PELICAN WATERS", "4551", "07 55 500981", True, {}),
    ("Sienna Marlow", "sienna.marlow@example.org", "Sienna", "Marlow", "", "5 Jacaranda Ct", "BLI BLI", "4560", "491570136", True, {}),
]
PEOPLE.sort(key=lambda p: p[0].lower())

rows = [HEADER, [""] * 73, [""] * 73, [""] * 73, [""] * 73]
rows[2][COL["LegalName"]] = "7 Eleven"
rows[3][COL["LegalName"]] = "7-ELEVEN"
for name, email, first, last, attention, street, city, postcode, phone, same, extra in PEOPLE:
    r = [""] * 73
    r[COL["*ContactName"]], r[COL["EmailAddress"]], r[COL["FirstName"]], r[COL["LastName"]] = name, email, first, last
    r[COL["POAttentionTo"]] = attention
    if street or city:
        r[COL["POAddressLine1"]], r[COL["POCity"]], r[COL["PORegion"]], r[COL["POPostalCode"]] = street, city, "QLD", postcode
        r[COL["POCountry"]] = "Australia" if street else ""
        if same is True:
            r[COL["SAAttentionTo"]] = attention
            for k in ("AddressLine1", "City", "Region", "PostalCode", "Country"):
                r[COL["SA" + k]] = r[COL["PO" + k]]
        elif same == "citypost":
            r[COL["SACity"]], r[COL["SARegion"]], r[COL["SAPostalCode"]] = city, "QLD", postcode
    r[COL["PhoneNumber"]] = phone
    for k, v in extra.items():
        r[COL[k]] = v
    rows.append(r)

buf = io.StringIO()
csv.writer(buf, lineterminator="\n").writerows(rows)
with open(os.path.join(FILES, "clients-en-au-xerocontacts.csv"), "w", encoding="utf-8", newline="") as fh:
    fh.write(buf.getvalue())
print(len(rows) - 5)
