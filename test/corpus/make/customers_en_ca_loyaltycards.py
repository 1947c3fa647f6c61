"""
Shape of TommyQNguyen/SuperCheapAuto "Clients.xlsx" (commit
8a54795e53d14dee925937415a42e16e33d9622d): the customer file of a Quebec college exercise, a
car-parts store's point-of-sale app (Java) that keeps its loyalty-card customers in Excel (French
Excel: sheets Feuil1-Feuil3, widths on A, C and D).

- Feuil1 A1:D22, header Numéro de carte, Nom Client, Nombre de points bonis, solde carte crédit;
  21 customers: six-digit card numbers typed as text (patterned: 111888, 222222, 123123 …), full
  French names with hyphenated compound surnames and given names, bonus points and store
  credit-card balance as numbers (whole or with cents, 0 on many), the last row a junk entry
  added through the app ("trash boi", 0, 0). Feuil2 and Feuil3 empty.
Values invented.
"""
from fake import Fake, workbook, save

f = Fake("customers-en-ca-loyaltycards")
NAMES = ["Étienne Gagnon", "Olivier Tremblay", "Mathieu Côté-Lapointe", "Rafael Ortiz-Bernal", "Jean-Philippe Lavoie",
         "Maxime Fortin-Leblanc", "Karim Haddad", "Alejandro Reyes Molina", "Simon Pelletier", "Ioana Vasilescu",
         "Pierre-Luc Bérubé", "Antoine Gélinas", "Loïc Beaulieu", "Zoé Desrosiers-Caron", "Hugo Ouellet",
         "Samuel Nadeau-Girard", "Émile Cloutier", "Noémie Lachance", "Thomas-Alexis Poirier", "Benoît Morin Diallo"]
CARDS = ["114477", "886655", "555888", "440987", "113355", "224466", "333111", "666666", "777333", "333000",
         "448899", "446688", "556677", "333222", "669900", "888222", "363636", "401122", "999111", "456456"]
wb = workbook()
wb.properties.creator = "Enseignant"
wb.properties.lastModifiedBy = "cvm"
ws = wb.active
ws.title = "Feuil1"
ws.append(["Numéro de carte", "Nom Client", "Nombre de points bonis", "solde carte crédit"])
for i, (card, name) in enumerate(zip(CARDS, NAMES)):
    pts = f.pick([0.0, 0.0, 15.0, 29.0, 40.0, 100.0, 120.0, 130.0, 200.0, 250.0, 500.0, 710.0, 975.0])
    bal = f.pick([0.0, 0.0, 0.0, 12.65, 34.37, 45.9, 120.0, 250.0, 400.09, 458.99, 1234.9, 1890.34])
    if i == 19:
        pts, bal = 450, 350
    if i == 2:
        pts, bal = 500.0, 1234.9
    ws.append([card, name, pts, bal])
ws.append(["915273", "trash boi", 0.0, 0.0])
for col, w in (("A", 27.1), ("C", 45.7), ("D", 17.6)):
    ws.column_dimensions[col].width = w
wb.create_sheet("Feuil2")
wb.create_sheet("Feuil3")
save(wb, "customers-en-ca-loyaltycards.xlsx")
