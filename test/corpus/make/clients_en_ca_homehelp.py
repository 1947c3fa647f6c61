"""
Shape of anakrause-zz/Fix-n-Clean-Matching "Members.xlsx" (at commit e2b878db): the sign-up sheet
of a university students' volunteer programme in Kingston, Ontario that sends groups of students
to older residents' homes for a weekend of chores; a script matches these "members" (the people
helped) with volunteer groups and e-mails them. One sheet "Sheet1", Calibri, the header row
filled yellow, no title, no freeze.

- Header on row 1: Name / Phone Number / Email / Preferred Method of Contact / Contacted to
  Confirm? / Has Confirmed / Preferred Date and Time / Saturday Morning / Saturday Afternoon /
  Sunday Morning / Sunday Afternoon / Task to Complete / Address / Other Concerns/Information.
- 20 residents on rows 2–21, named only "Person 1" … "Person 20" (the owner's anonymised copy);
  phones 613-xxx-xxxx as text, missing on two rows; e-mails on half the rows, most with a
  trailing space; Preferred Method of Contact "email" or "phone"; the confirm columns and the
  four slot columns empty; Preferred Date and Time one of the four slots written out; Task to
  Complete a free-text wish list (blank on five rows); Address a street address without the
  city, one address shared by two residents; one remark in the last column.
- Column widths as in the source (Task to Complete about 100 wide).
A person imports every resident as a client. Values invented.
"""
from openpyxl.styles import PatternFill

from fake import Fake, save, workbook

f = Fake("clients-en-ca-homehelp")
SLOTS = ["Saturday Morning", "Saturday Afternoon", "Sunday Morning", "Sunday Afternoon"]
STREETS = ["Bagot St", "Avenue Road", "Waterbury Cres.", "University Avenue", "Waverley Cres", "Laidlaw Cres.",
           "Barrett Court", "Emerald Street", "Spindlewood Street", "Portsmouth Avenue", "park street", "Bader Lane",
           "Markland Street", "Hawthorne Ave", "Emerald Street", "Unity Road", "Bader Lane", "Herchmer Cres",
           "Greensboro Ave", "Woodmount Grove"]
TASKS = ["snow removal, changing light bulbs in the ceiling, dusting air vents, and a strip of carpet that needs to be nailed down (only 4 screws worth) and maybe moving a bed.",
         "Garage Organization",
         "inside windows,change batteries in smoke alarm & Carbon monoxide detectors,shower walls",
         None,
         "Curtain Rods, handles on drawers, shoveling",
         "Clean Laundry Room, Hang blinds/curtains, a towel holder, minor touch up painting, yard tasks (maybe)",
         "cleaning my patio windows would be good. Vacuuming the woodwork and furniture also wonderful. Putting the contents of my storage room back in place.",
         "Snow on Deck, Windows Done, Vaccuming",
         None,
         "Cleaning, computer help , online Ad, store card registered",
         "Vacumming and cleaning picture frames. Cleaning floors and tiles",
         "Clean garage, paper shredding, sort books",
         "Cupboards need cleaning out",
         "Cleaning basement, dusting, COMPUTER HELP (printer setup I think), Shovelling based on weather",
         None,
         "furniture moved and floors vacuumed/cleaned. Probably a few other things",
         None,
         "Sectional couch removed from basement",
         "Snow removal and indoor cleaning",
         "Cleaning tops of cupboards and stuff like that. Dusting, washing old vases and such"]
# Which rows have an e-mail (method "email"); the others are reached by phone.
BY_EMAIL = {1, 2, 3, 4, 5, 6, 7, 9, 12, 15}
NO_PHONE = {2, 4}

wb = workbook()
ws = wb.active
ws.title = "Sheet1"
ws.append(["Name", "Phone Number", "Email", "Preferred Method of Contact", "Contacted to Confirm?", "Has Confirmed",
           "Preferred Date and Time", "Saturday Morning", "Saturday Afternoon", "Sunday Morning", "Sunday Afternoon",
           "Task to Complete", "Address", "Other Concerns/Information"])
for c in ws[1]:
    c.fill = PatternFill("solid", fgColor="FFFFFF00")
numbers = {}
mail_n = 0
phone_n = 0
for i in range(1, 21):
    phone = None
    if i not in NO_PHONE:
        phone_n += 1
        phone = f"613-555-01{phone_n:02d}"
    email = None
    if i in BY_EMAIL:
        mail_n += 1
        email = f.email(f"resident{mail_n}") + ("" if i == 1 or i == 2 else " ")
    street = STREETS[i - 1]
    if street not in numbers:
        numbers[street] = f.r.randrange(2, 2000)
    elif street != "Bader Lane":
        numbers[street] += f.r.randrange(2, 40)
    ws.append([f"Person {i}", phone, email, "email" if i in BY_EMAIL else "phone", None, None, f.pick(SLOTS), None, None,
               None, None, TASKS[i - 1], f"{numbers[street]} {street}", "Realistically only needs 2 people" if i == 20 else None])
for col, w in zip("ABCDEFGHIJKLMN", [17.8, 15.8, 23.5, 16.6, 14.8, 11.6, 21.0, 13.0, 12.5, 11.5, 12.1, 101.5, 20.8, 21.8]):
    ws.column_dimensions[col].width = w
save(wb, "clients-en-ca-homehelp.xlsx")
