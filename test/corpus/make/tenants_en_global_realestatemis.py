"""
Shape of Sakth1/Basic-MIS-for-real-estate-using-python "clients.xlsx" (commit
be4ffa3bbc80e496f75cc7a4c04835954eb7ee9d): the tenant list of a small real-estate MIS written as
a Python exercise (openpyxl, no styles).

- One sheet "Sheet1": Client ID / Name / Rent; 52 clients numbered 1001 … 1052 as numbers, a
  first name only (two first names used twice, on other ids), the monthly rent as a whole number
  repeating a ten-value cycle, the last two added later with a higher rent.
Values invented.
"""
from fake import save, workbook

NAMES = ["Adela", "Bruno", "Cosima", "Dorian", "Elodie", "Fabian", "Greta", "Hugo", "Ingrid", "Jonah",
         "Kiara", "Leopold", "Marisol", "Nico", "Ottilie", "Percy", "Quinn", "Rosalind", "Stellan", "Thea",
         "Ulric", "Vera", "Kiara", "Wendel", "Ximena", "Yusuf", "Zelda", "Alaric", "Brigid", "Cyrus",
         "Delphine", "Emrys", "Flora", "Gideon", "Hedda", "Ivo", "Juno", "Kasimir", "Lorna", "Magnus",
         "Nerys", "Orrin", "Petra", "Rafferty", "Sabine", "Tobias", "Una", "Leopold", "Wilhelmina", "Anselm",
         "Corin", "Edda"]
CYCLE = [1200, 800, 1000, 1500, 900, 1100, 1400, 700, 1300, 850, 1600, 950, 1250, 1050, 1700, 800, 1150, 1450, 750,
         1350, 900]

wb = workbook()
ws = wb.active
ws.title = "Sheet1"
ws.append(["Client ID", "Name", "Rent"])
for i, name in enumerate(NAMES):
    rent = CYCLE[i % len(CYCLE)] if i < 50 else [2600, 2700][i - 50]
    ws.append([1001 + i, name, rent])

save(wb, "tenants-en-global-realestatemis.xlsx")
