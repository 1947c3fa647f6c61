"""
Shape of Covertpentester/clients "clients.xls" (commit 355605d82d86e8a9a58b299f38743f0ccb9273af):
the classic 30-person "Sample Data" sheet of US customer records (with social security and card
numbers) that security teams use to test data-loss prevention, an Excel 97-2003 file last saved by
Excel for Mac; here written by openpyxl and saved as .xls by LibreOffice.

- One sheet "Sample Data": SSN / gender / birthdate / maiden name / last name / first name /
  address / city / state / zip / phone / email / cc_type / CCN / cc_cvc / cc_expiredate, text
  format on nearly every column.
- 30 people: SSN "nnn-nn-nnnn"; gender m / f (one "M"); birth date a real date on the first four
  rows, then text "yyyy/mm/dd"; the mother's maiden name; street address, city, two-letter state;
  the ZIP as a number (leading zeros lost); phone "408 555-0123" or "785-555-0146"; e-mail
  first initial + surname on one domain; card type m / v / a / d, the card number with dashes,
  spaces or none, the CVC as a number, the expiry as text "yyyy/mm/dd".
Values invented: SSNs in the never-issued 9xx range, card numbers that fail the Luhn check, US
phones in 555-01xx, e-mail on example.com.
"""
import datetime

from fake import Fake, save, workbook

f = Fake("clients-en-us-dlpsample")
r = f.r

FIRST_M = ["Walter", "Dennis", "Gordon", "Howard", "Leonard", "Russell", "Curtis", "Warren", "Glenn", "Vernon", "Clifford",
           "Dwight", "Marvin", "Roland", "Floyd", "Lester"]
FIRST_F = ["Doris", "Loretta", "Bernice", "Darlene", "Colleen", "Rosalie", "Myrna", "Yvonne", "Gwendolyn", "Lorraine",
           "Phyllis", "Maxine", "Irene", "Noreen"]
LAST = ["Abernathy", "Bramwell", "Castellano", "Delacroix", "Eastwick", "Fennimore", "Galloway", "Hargrove", "Ingersoll",
        "Jaramillo", "Kessler", "Lockhart", "Mahoney", "Northrup", "Ostrander", "Pettigrew", "Quimby", "Rutledge",
        "Stanhope", "Thibodeaux", "Underhill", "Vandermeer", "Whitcomb", "Yarbrough", "Zellweger", "Ashworth",
        "Blevins", "Cardenas", "Dunaway", "Escobedo", "Fairweather", "Gorski", "Hollister", "Ivey", "Jankowski"]
PLACES = [("Menlo Park", "CA", 94025, "408"), ("Goff", "KS", 66428, "785"), ("Oakland", "CA", 94618, "415"),
          ("Centennial", "CO", 80112, "303"), ("Kansas City", "MO", 66215, "816"), ("Wood River", "NE", 68883, "308"),
          ("Morrisville", "NC", 27560, "919"), ("New York", "NY", 10011, "212"), ("Jasper", "AL", 35501, "205"),
          ("Houston", "TX", 77002, "713"), ("Lake Charles", "LA", 70629, "337"), ("Kaunakakai", "HI", 96748, "808"),
          ("San Jose", "CA", 95129, "408"), ("Minneapolis", "MN", 55401, "952"), ("East Hartford", "CT", 6108, "860"),
          ("Toledo", "OH", 43602, "419"), ("Springfield", "IL", 62701, "217"), ("Piscataway", "NJ", 8854, "908")]
STREETS = ["Bigge Rd", "Sherman Street", "63rd St. #411", "Roy Alley", "White Oak Drive", "Better Street", "Kyle Street",
           "Nancy Street", "Small Street", "Bedford Street", "Gore Street", "Hillside Drive", "Driftwood Road",
           "Chapel Street", "Oral Lake Road", "Maxwell Street", "Olive Street", "Glen Street", "Beechwood Avenue"]


def card(kind):
    prefix = {"v": "4916", "m": "5370", "a": "3453", "d": "3020"}[kind]
    while True:
        digits = prefix + "".join(str(r.randrange(10)) for _ in range(12 if kind in "vm" else 11 if kind == "a" else 10))
        total = 0
        for i, d in enumerate(reversed(digits)):
            n = int(d) * (2 if i % 2 else 1)
            total += n - 9 if n > 9 else n
        if total % 10:  # not a valid card number
            break
    if kind in "ad":
        return digits
    return (r.choice(["-", " ", " "])).join(digits[i:i + 4] for i in range(0, 16, 4))


wb = workbook()
ws = wb.active
ws.title = "Sample Data"
ws.append(["SSN", "gender", "birthdate", "maiden name", "last name", "first name", "address", "city", "state", "zip",
           "phone", "email", "cc_type", "CCN", "cc_cvc", "cc_expiredate"])
lasts = r.sample(LAST, 30)
for i in range(30):
    male = r.random() < 0.5
    first = r.choice(FIRST_M if male else FIRST_F)
    last = lasts[i]
    city, state, zip_, area = r.choice(PLACES)
    born = f.date(datetime.date(1944, 1, 1), datetime.date(1986, 12, 31))
    kind = r.choice("mmmvvvvvad") if i > 4 else r.choice("mv")
    ssn = f"9{r.randrange(10, 99)}-{r.randrange(10, 99)}-{r.randrange(1000, 9999)}"
    phone = f"{area}{r.choice([' ', '-'])}555-01{r.randrange(100):02d}" if i < 4 else f"{area}-555-01{r.randrange(100):02d}"
    row = [ssn, "M" if i == 10 else ("m" if male else "f"), datetime.datetime.combine(born, datetime.time()) if i < 4 else born.strftime("%Y/%m/%d"),
           r.choice(LAST + ["Smith", "Hall", "Porter", "Simpson"]), last, first,
           f"{r.randrange(100, 5000)} {r.choice(STREETS)}", city, state, zip_, phone,
           f"{first[0].lower()}{last.lower()}@example.com", kind, card(kind), r.randrange(30, 999),
           f"20{r.randrange(9, 12):02d}/{r.randrange(1, 13):02d}/01"]
    ws.append(row)
    for j, c in enumerate(ws[ws.max_row], 1):
        if j not in (10, 15):
            c.number_format = "@"
        if j == 3:
            c.number_format = "m/d/yyyy;@"
for col, w in zip("ABCDEFGHIJKLMNOP", [11.42, 9.41, 11.42, 16.13, 10.71, 11.42, 23.14, 14.85, 7.7, 5.99, 12.42, 25.85,
                                       9.99, 18.41, 8.7, 15.85]):
    ws.column_dimensions[col].width = w

save(wb, "clients-en-us-dlpsample.xls", libreoffice="xls")
