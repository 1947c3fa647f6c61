"""
Shape of Tmullins003/DonorHub-Python-Project "Donors.xlsx" (commit
5547fe1d6ce69d64319a85d02f4f9d47be7c669e): a student's personal fundraising workbook, one sheet per
campaign (sheet names are campaign initials), read by a small Python script (Excel; author left
empty, last saved by the student).

Both sheets: header in row 1 "Donor ID / Donor Name / Gift Amount", no styles, column B widened.
- "RCG": 38 supporters numbered 0–37; names as typed on a phone: family members by kinship only
  ("Grandma", "Mom", "Dad", "Aunt …", "Uncle …"), first and last names, some in lower case ("will
  Blackley", "chris mancini"), a nickname ("Vagabond"); gift amounts in dollars, 0 for those asked
  who gave nothing, card-fee amounts with cents repeating (102.9, 25.73, 51.45).
- "OTG": 7 supporters numbered 0–6 again: couples on one row ("Rob and Maria …", "Mike and Pam"),
  a pair of initials ("EJ"), a first name only, one large gift.
No one appears on both sheets.

A person imports the 45 supporters as clients (persons; a couple stays one record): the name;
the Donor ID restarts on each sheet, so it is no stable id; the gift amount is a note at most.
Values invented.
"""
from fake import Fake, save, workbook

f = Fake("donors-en-us-familyfundraiser")

RCG = ["Grandma", "Mom", "Kurt Spangler", "Colleen Boyd", "Andrew Tulloch", "Aunt Sharon", "Marisol Vega",
       "Patrick McCann", "Hope Mercer", "Marco Laurent", "Cara McCann", "Teddy Hughes", "Erika Valdez",
       "Brittany Vandermeer", "Jesse Bonner", "Maris Beyer", "Uncle Clem", "Sarah Tolliver", "Alicia Libby",
       "Andrew Kurtz", "Eliza Owens", "Dad", "Sophia Libby", "Brian Alberts", "Jarek Sulkowski", "Peter Ngo",
       "will Blakely", "Jaymee Laurent", "John Varga", "Caleb Hipsher", "Zach Mercer", "chris mancuso", "Josh Jandt",
       "Xander Hoffer", "luke Fahrenholz", "Vagabond", "Ray Rodrigo", "Jill Witte"]
OTG = ["Rob and Maria Malone", "EJ", "Jim", "Josh Nolan", "Mike and Pam", "Ben Hooker", "John and Carol Spader"]
AMOUNTS = [0, 0, 0, 10, 15, 20, 25.73, 30, 35, 50, 50, 51.45, 60, 72.03, 100, 102.9, 105, 120, 128.63, 150, 200]

wb = workbook()
wb.properties.creator = ""
wb.properties.lastModifiedBy = "Tim M"
ws = wb.active
ws.title = "RCG"
ws.append(["Donor ID", "Donor Name", "Gift Amount"])
for i, name in enumerate(RCG):
    ws.append([i, name, f.pick(AMOUNTS)])
ws.column_dimensions["B"].width = 22.4
ws2 = wb.create_sheet("OTG")
ws2.append(["Donor ID", "Donor Name", "Gift Amount"])
for i, (name, amount) in enumerate(zip(OTG, [0, 0, 300, 51.45, 0, 0, 2000])):
    ws2.append([i, name, amount])
ws2.column_dimensions["B"].width = 22.3
ws2.column_dimensions["C"].width = 13.4
save(wb, "donors-en-us-familyfundraiser.xlsx")
