"""
Shape of Gareth04/SegurosApp "clientes.xlsx" (commit b10054d164eb99c5f5de5dcc115b2f6cc4c71a30):
the bulk-upload sheet of an Ecuadorian insurance agency's small policy app (SecureCore: clients,
insurance products, client-insurance links), Spanish headers, one sheet "Asegurados".

- Header on row 1: id_asegurados / cedula / nombre / telefono / edad.
- id_asegurados a running number from 1008 (numbers), cedula the ten-digit national id as text
  (leading zeros kept; two consecutive numbers for siblings), nombre a first name only, telefono a
  ten-digit mobile as text starting 09, edad the age as a number; column A 13 wide.
The original holds three insured; 40 invented here (phones 0900…).
"""
from fake import Fake, save, workbook

f = Fake("insured-en-ec-bulkupload")

NAMES = ["Andrea", "Jorge", "Luis", "Gabriela", "Daniela", "Carlos", "Jose", "Maria",
         "Fernanda", "Washington", "Byron", "Jessica", "Karina", "Paul", "Mishell", "Bryan", "Evelyn", "Stalin",
         "Jhonny", "Tatiana", "Veronica", "Diego", "Alexandra", "Cristhian", "Nathaly", "Kevin", "Doménica"]

wb = workbook()
ws = wb.active
ws.title = "Asegurados"
ws.append(["id_asegurados", "cedula", "nombre", "telefono", "edad"])
i = 1008
while i < 1048:
    ced = f"{f.pick(['17', '17', '01', '06', '13', '18', '07'])}{f.r.randrange(10000000, 99999999)}"
    phone = int(f"{f.r.randrange(100000):06d}")
    age = f.r.randrange(18, 70)
    rows = [(ced, f.pick(NAMES), f"0900{phone:06d}", age)]
    if f.chance(0.12):
        rows.append((ced[:-1] + str((int(ced[-1]) + 1) % 10), f.pick(NAMES), f"0900{(phone + 999) % 1000000:06d}", age))
    for ced_, name, tel, age_ in rows:
        if i >= 1048:
            break
        ws.append([i, ced_, name, tel, age_])
        i += 1
ws.column_dimensions["A"].width = 13.0
ws.column_dimensions["C"].width = 12.25
ws.column_dimensions["E"].width = 12.375
save(wb, "insured-en-ec-bulkupload.xlsx")

if __name__ == "__main__":
    for r in list(ws.iter_rows(values_only=True))[:10]:
        print(r)
