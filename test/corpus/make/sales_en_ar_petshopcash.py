"""
Shape of FrancoXBL/Gestion-PetShop "cajas-diarias/caja-2023-09-06.xlsx" (commit
33d5a15f27ee7669b8c1639b140d2265e6669fac): an Argentine pet-food shop's daily cash sheet ("caja
diaria") written by the shop's small web app, one file per day.

- One sheet "Hoja1", header on row 1 in the app's field names, half English half Spanish:
  name / price / tipos / peso / option; 29 sales below, every cell text (numbers too).
- name: the food brand in capitals (NUTRIBON, DOGUI, ESTAMPA …), on a run of rows only "2" (the
  owner's test entries); price in pesos as text; tipos the animal (PERRO, GATO, FORRAJE); peso the
  bag's kilos; option the means of payment (EFECTIVO, DEBITO). No customer anywhere.
Values invented.
"""
from fake import Fake, save, workbook

f = Fake("sales-en-ar-petshopcash")
BRANDS = [("NUTRIBON", "PERRO", ["15", "20", "3"]), ("DOGUI", "PERRO", ["21", "8", "3"]),
          ("ESTAMPA", "GATO", ["15", "1"]), ("CAT CHOW", "GATO", ["8", "1"]), ("VORAZ", "PERRO", ["22"]),
          ("SIEGER", "PERRO", ["15", "3"]), ("ALFALFA", "FORRAJE", ["25"])]
wb = workbook()
ws = wb.active
ws.title = "Hoja1"
for j, h in enumerate(["name", "price", "tipos", "peso", "option"], 1):
    ws.cell(1, j, h)
rows = []
for i in range(4):
    b, t, kg = f.pick(BRANDS[:5])
    rows.append((b, str(f.r.randrange(8, 60) * 250), t, f.pick(kg), "EFECTIVO"))
for i in range(19):
    rows.append(("2", "2", "PERRO", "2", "EFECTIVO" if i < 3 or i > 14 else "DEBITO"))
for i in range(5):
    b, t, kg = f.pick(BRANDS)
    rows.append((b, str(f.r.choice([f.r.randrange(8, 60) * 250, f.r.randrange(10, 999)])), t, f.pick(kg),
                 f.pick(["EFECTIVO", "EFECTIVO", "DEBITO"])))
rows.append(("123", "23", "FORRAJE", "23", "EFECTIVO"))
for i, r in enumerate(rows, 2):
    for j, v in enumerate(r, 1):
        ws.cell(i, j, v)
save(wb, "sales-en-ar-petshopcash.xlsx")
