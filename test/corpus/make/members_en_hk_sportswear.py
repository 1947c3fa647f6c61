"""
Shape of AlbertLeung054/Adibas-s-management-system "Customer Information.xlsx": a Hong Kong
sportswear shop's member list, written by Excel 365.

- Sheet1, no title, plain header row: Member ID (six-digit numbers, unsorted), Member Name (English
  names and romanised Chinese ones), Age (15-80), Gender (M / F), Member Type (Silver / Gold /
  Platinum), Phone Number (eight digits stored as numbers), Living Area (HK / KLN / NT), Email,
  Communication (the member's contact preference: Phone Call Only, Email Only, Email and Phone
  Call, Never); 200 members, no blanks; column widths set on A, B and E-I.
- "Member Type's proportion": an empty sheet left where a pivot was, only column widths.
Values invented.
"""
from fake import Fake, save, workbook

f = Fake("members-en-hk-sportswear")

SURNAMES_HK = ["Chan", "Wong", "Leung", "Lau", "Cheung", "Lee", "Ng", "Ho", "Tsang", "Yip", "Lam", "Chow", "Fung",
               "Kwok", "Tang", "Mak", "Siu", "Yeung", "Lo", "Choi"]
GIVEN_HK = ["Ka Yan", "Wing Sze", "Chi Ming", "Tsz Kit", "Hoi Lam", "Ka Ho", "Man Kit", "Wai Lun", "Pui Yee",
            "Sze Wing", "Chun Hei", "Yan Ting", "Kin Wai", "Hiu Tung", "Lok Yi"]
FIRST = ["Jodie", "Mikey", "Alannah", "Amina", "Kelvin", "Ernest", "Haveny", "Tiffany", "Bosco", "Cheryl",
         "Karson", "Gigi", "Marco", "Yoyo", "Ivan", "Queenie", "Sammi", "Dickson", "Winnie", "Terence"]


def member_name():
    style = f.r.random()
    if style < 0.55:
        return f._unique(lambda: f.name_en(unique=False))
    if style < 0.8:
        return f._unique(lambda: f"{f.pick(FIRST)} {f.pick(SURNAMES_HK)}")
    return f._unique(lambda: f"{f.pick(SURNAMES_HK)} {f.pick(GIVEN_HK)}")


def email(name):
    first, last = name.lower().split()[0], name.lower().split()[-1]
    local = f.pick([f"{first}.{last}", f"{last}{f.r.randrange(10, 99)}", f"{first}{last[0]}", f"{first}_{last}"])
    return f._unique(lambda: f"{local}{f.pick(['', str(f.r.randrange(1, 9))])}@{f.pick(['example.com', 'example.org', 'example.net'])}")


wb = workbook()
ws = wb.active
ws.title = "Sheet1"
ws.append(["Member ID", "Member Name", "Age", "Gender", "Member Type", "Phone Number", "Living Area", "Email",
           "Communication"])
for col, width in zip("ABEFGHI", [13.22, 23.0, 14.66, 16.55, 16.66, 32.0, 25.89]):
    ws.column_dimensions[col].width = width
ids = f.r.sample(range(100000, 999999), 200)
for mid in ids:
    name = member_name()
    phone = int(f._unique(lambda: f"{f.r.randrange(1, 10)}555{f.r.randrange(10000):04d}"))
    ws.append([mid, name, f.r.randrange(15, 81), f.pick(["M", "F"]), f.pick(["Silver", "Gold", "Platinum"]), phone,
               f.pick(["HK", "KLN", "NT"]), email(name),
               f.pick(["Phone Call Only", "Never", "Email and Phone Call", "Email Only"])])

side = wb.create_sheet("Member Type's proportion")
for col, width in zip("FGHIJ", [19.66, 16.33, 9.0, 6.0, 11.33]):
    side.column_dimensions[col].width = width

save(wb, "members-en-hk-sportswear.xlsx")
