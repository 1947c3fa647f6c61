"""
Shape of Walfaanaa/AWO_c "members.xlsx": the member list of an Oromo mutual-aid association
(afoosha) in Ethiopia, kept in Excel and read by a small app that schedules which member hosts
the next celebration, one every three months.

- One sheet "Sheet1", header on row 1 in plain text (no bold): First_name / Last_name /
  Phone_number; columns A:C narrow widths set.
- 16 members: given name and father's name in Afaan Oromoo spelling (double vowels, a backtick
  as the glottal stop "Baay`isaa"); some fathers' names repeat and one father's name is another
  member's given name. Phone_number holds the mobile as a number without its leading zero
  (913952050) under the custom number format "0000000000", so Excel shows 0913952050; the
  header cell carries the same format. (The source's numbers start 91…98; here all start 900 so
  that the shown 0900… stays in the range the corpus privacy check allows.)
Values invented.
"""
from fake import Fake, save, workbook

f = Fake("members-en-et-mutualaid")

MEMBERS = [("Gammachuu", "Hundee"), ("Obsaa", "Gurmeessaa"), ("Fayyee", "Raajii"), ("Bay`eessaa", "Koorii"),
           ("Hundee", "Obsaa"), ("Bontuu", "Tasfaayee"), ("Hawwii", "Baacaa"), ("Leellisaa", "Gurmeessaa"),
           ("Daraaraa", "Kumsaa"), ("Galaanaa", "Dheeressaa"), ("Caaltuu", "Waaqoo"), ("Dinqisaa", "Hundee"),
           ("Chaltuu", "Galataa"), ("Tolossaa", "Fufaa"), ("Kumaa", "Galataa"), ("Jiituu", "Gurmeessaa")]

wb = workbook()
ws = wb.active
ws.title = "Sheet1"
ws.append(["First_name", "Last_name", "Phone_number"])
ws["C1"].number_format = "0000000000"
used = set()
for first, last in MEMBERS:
    while True:
        n = 900000000 + f.r.randrange(1000000)
        if n not in used:
            used.add(n)
            break
    ws.append([first, last, n])
    ws.cell(ws.max_row, 3).number_format = "0000000000"
for col, w in (("A", 10.0), ("B", 9.88671875), ("C", 13.44140625)):
    ws.column_dimensions[col].width = w

save(wb, "members-en-et-mutualaid.xlsx")
