"""
Shape of KarinaDeVargas/2023-FSD10-Database_Assignment_MovingOn "movingon_data_csv/Customers.csv"
(commit 25500bd1c071be820968822d0d2956696795b1a7): the customer table of a moving-and-storage firm
in the US Northwest (Spokane, Seattle, Portland, Jackson Hole), exported from Excel as CSV (UTF-8
with BOM, CRLF) to load a database. Header CustID / CompanyName / CustFN / CustLN / Address / City /
State / Zip / Phone / Balance; 38 customers: a company with its contact person on a third of the
rows, a private person (CompanyName empty) on the rest; phones '(509) 324-8213'; Balance 0 on every
row; one state typed 'DD'; two customers at the same street address; a few unrelated customers share a phone.
Rows 9-12 are broken: a surname in CustFN, CustLN empty and a first name in Address (no street) -
garbled copies of customers 13-16 with the phones of customers 19-22. Values invented.
"""
import os

from fake import FILES

ROWS = [
    ("Pinecrest Real Estate", "Terry", "Ashdown", "1897 Gary Ave", "Spokane", "DD", "99204", "(509) 555-0113"),
    ("McAllister Construction", "Terese", "Brightwell", "5976 14th Ave NW", "Portland", "OR", "97233", "(503) 555-0148"),
    ("Dunmore Law Firm", "Susan", "Carrow", "375 56th St", "Spokane", "WA", "99245", "(509) 555-0165"),
    ("", "Felicia", "Ellery", "61 Virginian Ln", "Jackson Hole", "WY", "83001", "(307) 555-0133"),
    ("", "Rebecca", "Fairbank", "1803 Nora Ave W", "Spokane", "WA", "99202", "(509) 555-0133"),
    ("Woodhaven Furniture", "Jeff", "Greyson", "156 Fourth St SW", "Seattle", "WA", "98145", "(206) 555-0185"),
    ("", "Zara", "Holloway", "9390 Marilu Rd", "Jackson Hole", "WY", "83001", "(307) 555-0147"),
    ("", "Deidre", "Ivers", "201 North River Dr W", "Spokane", "WA", "99201", "(509) 555-0132"),
    ("", "Jessop", "", "Rosalind", "Spokane", "WA", "99205", "(509) 555-0182"),
    ("", "Kettering", "", "Mara", "Seattle", "WA", "98102", "(206) 555-0164"),
    ("", "Lindqvist", "", "Tessa", "Spokane", "WA", "99203", "(509) 555-0146"),
    ("", "Marlow", "", "Walter", "Jackson Hole", "WY", "83001", "(307) 555-0131"),
    ("County Booksellers", "Rosalind", "Jessop", "655 Ponderosa Dr", "Jackson Hole", "WY", "83005", "(307) 555-0111"),
    ("", "Mara", "Kettering", "8534 Klondike Lane NW", "Seattle", "WA", "98152", "(206) 555-0122"),
    ("Jenkins Publishing Company", "Tessa", "Lindqvist", "604 Sound Ave W", "Spokane", "WA", "99209", "(509) 555-0154"),
    ("", "Walter", "Marlow", "78 Beloit Ave", "Spokane", "WA", "99210", "(509) 555-0113"),
    ("Physical Therapy Group", "Martha", "Northcott", "11040 Dayton Pike", "Jackson Hole", "WY", "83002", "(307) 555-0141"),
    ("County Hospital", "Angela", "Oakes", "6308 24th Ave NW", "Seattle", "WA", "98001", "(206) 555-0111"),
    ("", "Melissa", "Pembury", "15607 Timberwood Ct N", "Spokane", "WA", "99205", "(509) 555-0182"),
    ("Ruby Booksellers", "Nora", "Ashdown", "3122 Mountain View Rd", "Seattle", "WA", "98102", "(206) 555-0164"),
    ("", "Paul", "Brightwell", "10024 Colfax Rd N", "Spokane", "WA", "99203", "(509) 555-0146"),
    ("Hannah's Antiques", "Marcia", "Carrow", "14228 S US Highway 191", "Jackson Hole", "WY", "83001", "(307) 555-0131"),
    ("Buck's Bikes", "Melinda", "Dunmore", "5259 Mithun Pl NE", "Seattle", "WA", "98012", "(206) 555-0185"),
    ("", "Robert", "Ellery", "2467 Fifth St", "Spokane", "WA", "99204", "(509) 555-0135"),
    ("", "Andrea", "Fairbank", "8978 Fullerton Rd", "Jackson Hole", "WY", "83001", "(307) 555-0100"),
    ("", "Judy", "Greyson", "5690 Riceville Rd", "Portland", "OR", "97201", "(503) 555-0155"),
    ("Houseman Realtors", "Angela", "Holloway", "638 25th Ave E", "Spokane", "WA", "99216", "(509) 555-0115"),
    ("", "Scott", "Ivers", "523 Mansfield Ave W", "Spokane", "WA", "99262", "(509) 555-0183"),
    ("", "Laura", "Jessop", "2925 N Aspen Wood Ln", "Jackson Hole", "WY", "83004", "(307) 555-0146"),
    ("", "Dora", "Kettering", "6308 24th Ave NW", "Seattle", "WA", "98016", "(206) 555-0145"),
    ("Johnson Fleet Service", "Sherry", "Lindqvist", "806 Powderhorn Ln", "Jackson Hole", "WY", "83005", "(307) 555-0121"),
    ("Boat Storage Systems", "Oswald", "Marlow", "620 Olympic Pl W", "Seattle", "WA", "98048", "(206) 555-0152"),
    ("", "Jerry", "Northcott", "4789 E. G Street", "Jackson Hole", "WY", "83002", "(307) 555-0155"),
    ("", "Garth", "Oakes", "5314 Sunset Hwy W", "Spokane", "WA", "99201", "(509) 555-0147"),
    ("Vanway Accounting", "Charlene", "Pembury", "2172 Corner Creek Ln", "Jackson Hole", "WY", "83001", "(307) 555-0133"),
    ("", "Rinn", "Ashdown", "7420 Rambling Rd", "Portland", "OR", "97212", "(503) 555-0138"),
    ("", "Irene", "Carrow", "7200 Riverbrook Lane", "Spokane", "WA", "99215", "(509) 555-0146"),
    ("Squeaky Clean Carwash", "Rosa", "Fairbank", "923 Mountain Pass", "Jackson Hole", "WY", "83001", "(307) 555-0124"),
]

lines = ["CustID,CompanyName,CustFN,CustLN,Address,City,State,Zip,Phone,Balance"]
for i, row in enumerate(ROWS):
    lines.append(",".join([str(i + 1), *row, "0"]))
os.makedirs(FILES, exist_ok=True)
with open(os.path.join(FILES, "customers-en-us-movingstorage.csv"), "w", encoding="utf-8-sig", newline="") as out:
    out.write("\r\n".join(lines) + "\r\n")
