"""
Shape of rahul4777/custdata "customer.xls": a Maharashtra business's customer list as a PHP
spreadsheet library wrote it (Excel 97-2003 BIFF8, author set, the template's sheet name
"{worksheet}" never replaced), used to mark which customers got a message.

- One sheet "{worksheet}", header on row 1 in lower case: no / custname / mobile / yes/no.
- 406 customers: "no" a serial that runs 1 … 355 and then jumps to 430 …; custname in Marathi
  order, surname first ("Shinde Ganesh", "Nikam Atul Suresh": surname, own name, father's name),
  two-part names on some rows; four rows "XXX" (masked); one name three times and a few twice.
- mobile: the number 91 on every row — only the country code survived the export.
- yes/no: "no" on every row.
- 12 empty rows at the end in the source (cells present, no values); LibreOffice drops them here.
- Column widths 2851 / 7349 / 2048 / 2048 (1/256 char).
Saved through LibreOffice as .xls. Values invented.
"""
from fake import Fake, save, workbook

f = Fake("customers-en-in-smslist")
SURNAMES = ["Shinde", "Nikam", "Bhapkar", "Nandgude", "Supekar", "Jadhav", "Pawar", "Kale", "Gaikwad", "More",
            "Salunkhe", "Deshmukh", "Kadam", "Bhosale", "Chavan", "Magar", "Jagtap", "Shelke", "Wagh", "Dhumal",
            "Kamble", "Lonkar", "Zende", "Thorat", "Mane", "Ghadge", "Sonawane", "Khedkar", "Bhujbal", "Gunjal"]
GIVEN = ["Ganesh", "Atul", "Kantilal", "Dnyandev", "Ekanath", "Jivan", "Sachin", "Santosh", "Vitthal", "Balasaheb",
         "Rajendra", "Sunil", "Dattatray", "Shivaji", "Nitin", "Mahadev", "Sandip", "Anil", "Vijay", "Bhausaheb",
         "Sanjay", "Ramesh", "Tukaram", "Harishchandra", "Pandurang", "Dilip", "Ashok", "Maruti", "Vilas", "Popat"]

names = []
seen = set()
while len(names) < 396:
    if f.chance(0.09):
        n = f"{f.pick(SURNAMES)} {f.pick(GIVEN)}"
    else:
        n = f"{f.pick(SURNAMES)} {f.pick(GIVEN)} {f.pick(GIVEN)}"
    if n in seen:
        continue
    seen.add(n)
    names.append(n)
# repeats and masked rows at fixed places
names.insert(120, names[60])
names.insert(200, names[60])
names.insert(250, names[30])
names.insert(310, names[90])
names.insert(340, names[150])
names.insert(380, names[10])
for at in (44, 163, 277, 371):
    names.insert(at, "XXX")
assert len(names) == 406

wb = workbook()
ws = wb.active
ws.title = "{worksheet}"
ws.append(["no", "custname", "mobile", "yes/no"])
for i, n in enumerate(names):
    no = i + 1 if i < 355 else 430 + (i - 355)
    ws.append([no, n, 91, "no"])
for r in range(408, 420):
    for c in range(1, 5):
        ws.cell(r, c).number_format = "General"
        ws.cell(r, c).value = ""
for col, w in zip("ABCD", (2851, 7349, 2048, 2048)):
    ws.column_dimensions[col].width = round(w / 256, 2)

save(wb, "customers-en-in-smslist.xls", libreoffice="xls")
import collections
c = collections.Counter(n for n in names if n != "XXX")
print(len(c), names[60], names[30], names[10], names[5], names[300])
