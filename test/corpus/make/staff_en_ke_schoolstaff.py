"""
Shape of MakoriNyachaki/School-Manager "Staff List.xlsx" (commit
46aba0f412a237f843cc339721d5029a3f68c549): a Kenyan secondary school's staff list exported by its
Java school-management app (Apache POI), one sheet "Sheet0", every cell text, no formats.

- Header on row 1: staffNo / Name / Gender / DOB / Category / jGroup / Department / Major / Role /
  Phone / Email / Address / pCode / Town / DOR (camel-case database names; DOB and DOR, the
  registration date, as "1994-05-12 13:17:12.0" text from a JDBC timestamp).
- One staff member per row: eight-digit national-id staff numbers, Teaching / Non-Teaching,
  job group letter, department and major, role ("Class Teacher", "Bursar", a typo "MAnagement"),
  phone without its leading 0 ("7xxxxxxxx"), free-mail addresses, P.O. box number as Address,
  postal code and town (Kisii, Nyamira, Keroka …).
The original holds one row; 24 invented here. Staff, not clients: a person imports nothing.
"""
import datetime
from fake import Fake, save, workbook

f = Fake("staff-en-ke-schoolstaff")

FIRST = ["Nyaboke", "Kerubo", "Moraa", "Ondieki", "Nyamweya", "Bosire", "Kwamboka", "Onchiri", "Mogaka",
         "Nyangau", "Momanyi", "Achieng", "Wanjiru", "Kiprono", "Chebet", "Otieno", "Mutua"]
LAST = ["Ombati", "Onsongo", "Nyakundi", "Omwenga", "Mokaya", "Obwocha", "Okemwa", "Ogeto", "Matara",
        "Nyang'au", "Orina"]
DEPTS = [("Teaching", "Sciences", ["Chemistry", "Biology", "Physics"]), ("Teaching", "Mathematics", ["Mathematics"]),
         ("Teaching", "Languages", ["English", "Kiswahili", "Literature"]), ("Teaching", "Humanities", ["History", "CRE", "Geography"]),
         ("Teaching", "Technical", ["Computer Science", "Agriculture", "Business Studies"]),
         ("Non-Teaching", "Resource and Electricity", ["Electrical Engineering", "Computer Science"]),
         ("Non-Teaching", "Accounts", ["Accounting", "Commerce"]), ("Non-Teaching", "Kitchen", ["Catering"]),
         ("Non-Teaching", "Security", ["None"])]
ROLES = {"Teaching": ["Class Teacher", "Subject Teacher", "HOD", "Deputy Principal", "Games Teacher", "Teacher on Duty"],
         "Non-Teaching": ["Bursar", "Secretary", "Cook", "Watchman", "Lab Technician", "Electrical and Resources MAnagement",
                          "Driver", "Librarian"]}
TOWNS = [("Kisii", "40200"), ("Kisii", "40200"), ("Nyamira", "40500"), ("Keroka", "40202"), ("Ogembo", "40204"),
         ("Kisumu", "40100"), ("Nairobi", "00100")]


def ts(d):
    return f"{d.isoformat()} {f.r.randrange(7, 18):02d}:{f.r.randrange(60):02d}:{f.r.randrange(60):02d}.0"


wb = workbook()
ws = wb.active
ws.title = "Sheet0"
ws.append(["staffNo", "Name", "Gender", "DOB", "Category", "jGroup", "Department", "Major", "Role", "Phone", "Email",
           "Address", "pCode", "Town", "DOR"])
for i in range(24):
    first, last = f.pick(FIRST), f.pick(LAST)
    cat, dept, majors = f.pick(DEPTS)
    town, code = f.pick(TOWNS)
    local = f"{first[0]}{last}".lower().replace("'", "") + (str(f.r.randrange(10, 99)) if f.chance(0.4) else "")
    ws.append([str(f.r.randrange(20000000, 39999999)), f"{first} {last}", f.pick(["Male", "Female"]),
               ts(f.date(datetime.date(1965, 1, 1), datetime.date(1998, 12, 31))), cat,
               f.pick("HJKLMN") if cat == "Teaching" else f.pick("BCDEFGK"), dept, f.pick(majors),
               f.pick(ROLES[cat]), "700" + f"{f.r.randrange(1000000):06d}", f.email(local),
               str(f.r.randrange(10, 3000)), code, town, ts(f.date(datetime.date(2015, 1, 1), datetime.date(2020, 12, 31)))])
save(wb, "staff-en-ke-schoolstaff.xlsx")
