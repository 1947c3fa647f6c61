"""
Shape of Brandon-Moreno/comercializadoraeltrebol textos/clientes.ods (commit b75b44b8f31fc43cdec894ba43d5de13ba659a5e): a
Mexican corner shop's customer list kept in LibreOffice (sheet "Feuille1"): no header, one column
of fifty names as the customers appear on Facebook and WhatsApp — first and last name, a first
name alone, a name with initials ("Axel BL", "Fernando DG"), a nickname ("Yorchin", "Gatito
Martinez"), a shop page ("Curiosidades Kareim’s Roma", "Okis Trend"), a doubled blank, a typo.
Names invented. Saved by LibreOffice as .ods.
"""
from fake import Fake, save, workbook

f = Fake("customers-es-mx-facebooknamesods")
FIRST = ["Lupita", "Alejandra", "Brenda", "Rocío", "Jorge", "Arturo", "Paty", "Norma", "Iván", "Marisol", "Citlali", "Ximena",
         "Rodrigo", "Fabiola", "Héctor", "Yesenia", "Memo", "Adriana", "Erick", "Graciela", "Nayeli", "Toño", "Karen", "Ulises"]
LAST = ["Cervantes", "Ordaz", "Zamudio", "Bautista", "Cisneros", "Olvera", "Peralta", "Trejo", "Arriaga", "Escamilla",
        "Galindo", "Monroy", "Quintero", "Salgado", "Villalobos", "Zúñiga"]
PAGES = ["Novedades Lupita’s Centro", "Regalos Mich Store", "Dulcería La Güera", "Bisutería Cielo", "Tienda Nayeli Trend",
         "Promociones Olvera"]
NICK = ["Chuyito", "Güerita", "Pollito", "Beto Bebé", "Tito", "Chayo"]

names = []
for i in range(50):
    k = f.r.randrange(10)
    a, b = f.pick(FIRST), f.pick(LAST)
    if k < 4:
        n = f"{a} {b}"
    elif k == 4:
        n = f"{a} {b} {f.pick(LAST)}"
    elif k == 5:
        n = a
    elif k == 6:
        n = f"{a} {b[0]}{f.pick(LAST)[0]}"
    elif k == 7:
        n = f"{f.pick(NICK)} {b}" if f.chance(0.5) else f.pick(NICK)
    elif k == 8:
        n = f.pick(PAGES)
    else:
        n = f"{a}  {b[:4]}"
    while n in names:
        n = f"{f.pick(FIRST)} {f.pick(LAST)}"
    names.append(n)
names[47] = names[47].replace("r", "rr", 1) if "r" in names[47] else names[47]

wb = workbook()
ws = wb.active
ws.title = "Feuille1"
for r, n in enumerate(names, 1):
    ws.cell(r, 1, n)
save(wb, "customers-es-mx-facebooknamesods.ods", libreoffice="ods")
print(names)
