"""
Shape of soumyaQuocent/test "Contact (res.partner).xlsx": an Odoo implementer's export of the
contacts set up for a client project (Mumbai), used to link each person to an employee code,
one sheet, as Odoo's "Export" writes it.

- "Sheet1": header on row 1 in bold: External ID / Display Name / Projects/Employee Code
  (the last a related field, project line → employee code); column A widened, nothing else.
- 94 people sorted by name, one row each: External ID "__export__.res_partner_0NN" for the
  first batch (three digits, in no order) and "__export__.res_partner_4NN_<8 hex>" for people
  added later; Display Name a person's given and family name (one typed in lower case);
  employee codes DRP/2024/0001 … DRP/2024/0094 in the sorted order.
Values invented.
"""
from openpyxl.styles import Font

from fake import Fake, save, workbook

f = Fake("staff-en-in-odooemployees")
GIVEN = ["Aarti", "Abhijeet", "Aditi", "Ajit", "Akash", "Amey", "Amruta", "Aniket", "Anjali", "Ashwini", "Bhushan",
         "Chaitali", "Chetan", "Darshana", "Deepali", "Dinesh", "Ganesh", "Gauri", "Hemant", "Jayesh", "Jyoti",
         "Kajal", "Ketan", "Komal", "Mahesh", "Mangesh", "Manasi", "Milind", "Mrunal", "Nandini", "Nilesh",
         "Pallavi", "Pankaj", "Poonam", "Prachi", "Pradeep", "Pratik", "Priyanka", "Rahul", "Rashmi", "Rohit",
         "Rupali", "Sachin", "Sagar", "Sameer", "Sandesh", "Seema", "Shraddha", "Siddhesh", "Snehal", "Sonali",
         "Swapnil", "Tejal", "Tushar", "Uday", "Vaibhav", "Vikas", "Vrushali", "Yogita", "Zubin"]
FAMILY = ["Bhosale", "Chavan", "Deshpande", "Gaikwad", "Ghadge", "Jadhav", "Kadam", "Kamble", "Kulkarni", "Mane",
          "More", "Naik", "Pawar", "Patil", "Salunkhe", "Sawant", "Shinde", "Shirke", "Surve", "Thakur",
          "Wagh", "Kore", "Parab", "Rane", "Sathe", "Mhatre", "Dalvi", "Gawde", "Kene", "Lokhande"]

names = set()
while len(names) < 94:
    names.add(f"{f.pick(GIVEN)} {f.pick(FAMILY)}")
names = sorted(names)
lower = f.r.randrange(50, 60)
names[lower] = names[lower].lower()

old_ids = f.r.sample(range(1, 75), 74)
wb = workbook()
ws = wb.active
ws.title = "Sheet1"
ws.append(["External ID", "Display Name", "Projects/Employee Code"])
for c in ws[1]:
    c.font = Font(bold=True)
later = 464
old = iter(old_ids)
new_rows = set(f.r.sample(range(94), 20))
for i, name in enumerate(names):
    if i in new_rows:
        later += f.r.randrange(1, 3)
        ext = f"__export__.res_partner_{later}_{''.join(f.pick('0123456789abcdef') for _ in range(8))}"
    else:
        ext = f"__export__.res_partner_{next(old):03d}"
    ws.append([ext, name, f"DRP/2024/{i + 1:04d}"])
ws.column_dimensions["A"].width = 30.71

save(wb, "staff-en-in-odooemployees.xlsx")
