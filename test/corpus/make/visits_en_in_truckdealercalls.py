"""
Shape of GeorgeBirla/Product-Report "DCR.XLSX" (at commit 8770db9163c5564991819aafc27f71cbbe30c1d0): the
daily call report (DCR) of a truck dealership's sales executive around Pondicherry and Villupuram, one
of many sales workbooks in that repository. Saved by Excel: one sheet "Sheet2", row 1 empty, the header
in row 2 in bold on yellow (DATE, CUSTOMER NAME, CONTACT NO, LOCATION, CURRENT FLEET, 'MODEL.<nbsp> REQD',
QTY, FINANCE, 'Concluded / Under Negotiation', CUSTOMER PREFERENCE, Current Offer, 'Customer expection'),
then 31 rows over three weeks:
- DATE as text, day first without leading zeros ('21.8.2023', '1.9.2023'); one visit row without a
  date under the day above it; three days with a date and nothing else (no calls that day);
- the same customer on several days under spellings that drift ('SPR Dhausu', 'SPR Dhanusu', 'SPR
  Thanusu'), with the financier or the dealer's office glued on ('SPR Thanusu,Hinduja Leyland finance'),
  with ' Site visit' typed after the name; trailing spaces; the dealer's own office ('TVS Pondicherry')
  and a customer meet on their own rows; names alone on the last days;
- CONTACT NO as a number (one with a digit missing) or '-'; fleet size and quantity as numbers; the
  deal status Concluded / Under Negotiation / Lost / LOST / LLOS; the brand the customer prefers as
  TML / AL / BB; the offer in lakh (49, 39.75) or '-'; 'Customer expection' only '-'.
A person imports each call on a customer as a visit (date, customer, place; the preferred brand as the
customer's view), merges the drifting spellings into one client, and skips the empty days, the office
rows and the customer meet. Values invented.
"""
from fake import save, workbook
from openpyxl.styles import Font, PatternFill

A = ("Velmurugan Constructions", "9000041732", "Vazhudavur", 15, "CTU3525", 3, "ICICI", "Lost", "TML", 49, "-")
B = ("Om Murugan Constructions", "9000087120", "White Town", 50, "RMC", 3, "Axis", "Concluded", "AL", 39.75, "-")
S = ("SPR Dhanasekar", "9000061405", "Gorimedu", 200, "CTN4825", 3, "ICICI", "Concluded", "TML", "-", "-")
Y = ("9000023917", "Chidambaram")
R = ("Sri Ranganayaki Blue Metals ", "9000058340", "Villianur")

ROWS = [
    ("21.8.2023",) + A,
    ("21.8.2023",) + B,
    ("21.8.2023", "Kaveri Dairy ", "9000077310", "Villianur", 30),
    ("22.8.2023", "Devanathan Foundations", "9000019264", "Lawspet", 20),
    ("22.8.2023", "NRK Agencies", "9000034870", "Anna Salai", 10, "CHC4825", 1, "Yes Bank", "Under Negotiation"),
    ("22.8.2023",) + A,
    ("23.8.2023", "SPR Dhanasekr") + S[1:],
    ("23.8.2023",) + A,
    ("23.8.2023", "K Pandiyan", "900005192", "Thavalakuppam", 4, "CDB1920", 1, None, "Under Negotiation"),
    ("24.8.2023", "M Ismail Chidambaram Site visit", Y[0], Y[1], 12, "CTU3525", 1, "HDFC", "LLOS", "TML", 49, "-"),
    ("25.8.2023",) + S,
    ("25.8.2023", "Pondy Customer Meet Long Haul", "-"),
    ("26.8.2023", "TVS Pondicherry", "-"),
    ("26.8.2023", "Saravanapriyan Concrete", "9000072288", "Cuddalore", 20, "CHU2820", 2, "Chola", "LLOS", "TML"),
    ("28.8.2023", "SPR Thanasekar") + S[1:],
    ("29.8.2023", "Palaniswamy Concrete", "9000010646", "Thirukoilure", 60, "CTU3525/RMC", 5, "Yes Bank", "LOST", "BB"),
    ("29.8.2023", "Yamuna Ceramics Kadanur Group", "9000046051", "Thirukoilure", 10, "CHU4825", 2, "SFL",
     "Under Negotiation"),
    ("30.8.2023",) + R + (4, "CTU2825", 2, "HDFC", "Under Negotiation", "TML"),
    ("30.8.2023", "M Ismail", Y[0], Y[1], 10, "CTU3525"),
    ("30.8.2023", "TVS Pondicherry"),
    ("31.8.2023", "SPR Thanasekar,Hinduja Leyland finance") + S[1:],
    ("1.9.2023", "SPR Thanasekar,Hinduja Leyland finance,TVS Pondicherry") + S[1:],
    ("4.9.2023",),
    ("5.9.2023",),
    ("6.9.2023", "Chandrasekaran"),
    (None,) + R + (4, "CTU2825", 2, "Canara Bank", "Concluded", "AL"),
    ("7.9.2023",),
    ("8.9.2023", "Sakthivelan"),
    ("8.9.2023", "Om Murugan Constructions"),
    ("8.9.2023", "SPR Thanasekar"),
    ("8.9.2023", "KKR Transports"),
]

wb = workbook()
ws = wb.active
ws.title = "Sheet2"
ws.append([])
ws.append(["DATE", "CUSTOMER NAME", "CONTACT NO", "LOCATION", "CURRENT FLEET", "MODEL.\xa0 REQD", "QTY", "FINANCE",
           "Concluded / Under Negotiation", "CUSTOMER PREFERENCE", "Current Offer", "Customer expection"])
yellow = PatternFill("solid", fgColor="FFFFFF00")
for c in ws[2]:
    c.font = Font(bold=True)
    c.fill = yellow
for i, row in enumerate(ROWS, start=3):
    for j, v in enumerate(row, start=1):
        if v is None:
            continue
        if j == 3 and v != "-":
            v = int(v)
        ws.cell(i, j, v)
for col, w in zip("ABCDEFGHIJKL", [10, 55.8, 10.8, 13, 8, 13, 3.9, 9, 18, 12, 11, 13]):
    ws.column_dimensions[col].width = w
save(wb, "visits-en-in-truckdealercalls.xlsx")
