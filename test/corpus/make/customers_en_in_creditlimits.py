"""
Shape of LAKSHYA1509/Alemeno_Task "data/customer_data.xlsx" (commit
e0ca70f39ac3409beaf9898ecfd58215dee4b61b): the customer sheet of an Indian lender's credit-approval
data (its loans are a second workbook keyed by customer_id). One sheet "Sheet1", header on row 1
(plain, not bold): customer_id / first_name / last_name / age / phone_number / monthly_salary /
approved_limit; 300 customers numbered 1-300 and sorted by first name (every first name used once),
ten-digit mobiles stored as numbers, and customer_id, age, phone, salary and limit all formatted
#,##0 (so the phone shows as 9,000,012,345); every cell right-aligned. Three formatted but empty rows
under the list. Widened columns.
Values invented.
"""
from fake import Fake, save, workbook
from openpyxl.styles import Alignment

f = Fake("customers-en-in-creditlimits")
HEADS = ["Al", "Bre", "Ca", "Da", "El", "Fa", "Ga", "Ha", "Is", "Ja", "Ka", "La", "Ma", "Na", "Ol", "Pa", "Qui", "Ra",
         "Sa", "Ta", "Ul", "Va", "Wi", "Xa", "Ya", "Za"]
TAILS = ["den", "lia", "ron", "na", "vin", "ra", "leigh", "son", "bel", "mond", "ny", "rie", "lyn", "ton"]
LAST = ["Garcia", "Gonzalez", "Rodrigues", "Fernandez", "Lopez", "Martinez", "Sanchez", "Perez", "Rivera", "Torres",
        "Ramirez", "Flores", "Diaz", "Cruz", "Morales", "Ortiz", "Gutierrez", "Chavez", "Ramos", "Ruiz", "Alvarez",
        "Mendoza", "Castillo", "Jimenez", "Moreno", "Romero", "Herrera", "Medina", "Aguilar", "Vargas"]

firsts = sorted(f.r.sample([h + t for h in HEADS for t in TAILS], 300))
wb = workbook()
ws = wb.active
ws.title = "Sheet1"
ws.append(["customer_id", "first_name", "last_name", "age", "phone_number", "monthly_salary", "approved_limit"])
for i, first in enumerate(firsts):
    salary = f.r.randrange(25, 250) * 1000
    limit = round(36 * salary / 100000) * 100000
    ws.append([i + 1, first, f.pick(LAST), f.r.randrange(20, 70), int(f.mobile_in()), salary, limit])
fmt = ["#,##0", "General", "General", "#,##0", "#,##0", "#,##0", "#,##0"]
for row in ws.iter_rows(min_row=1, max_row=304, max_col=7):
    for c, cell in enumerate(row):
        if cell.row > 1:
            cell.number_format = fmt[c]
        cell.alignment = Alignment(horizontal="right")
for col, w in zip("ABCDEFG", (11.15, 15, 13.58, 11.58, 17, 15.29, 21.43)):
    ws.column_dimensions[col].width = w
save(wb, "customers-en-in-creditlimits.xlsx")
