"""
Shape of Christian1315/TELECOMS "contacts.xlsx" (commit 3fc4091b95f47b4321d7be25e0d5f27c56845d1b):
the sample contact file for the import screen of a Beninese bulk-SMS campaign platform (Laravel),
saved by a French-language Excel.

- One sheet "Feuil1": ID / LASTNAME / FIRSTNAME / PHONE / DETAIL (English headers in capitals), a
  wide column E.
- Four contacts: running number 1-4, surname in capitals, given name capitalised, the eight-digit
  local mobile stored as a number, and the same French placeholder text ("lorem ipsum …") as
  DETAIL on every row.
Values invented.
"""
from fake import Fake, save, workbook

f = Fake("contacts-en-bj-smscampaign")
r = f.r

PEOPLE = [("HOUNKPATIN", "Gildas"), ("AGOSSOU", "Rodrigue"), ("DOSSOU", "Mireille"), ("KPADONOU", "Elie")]
FILLER = ("Le faux texte est, en typographie, une suite de mots sans signification employée à titre provisoire "
          "pour caler une mise en page avant que le contenu définitif ne soit disponible.")

wb = workbook()
ws = wb.active
ws.title = "Feuil1"
ws.append(["ID", "LASTNAME", "FIRSTNAME", "PHONE", "DETAIL"])
for i, (last, first) in enumerate(PEOPLE, 1):
    phone = int(f._unique(lambda: r.choice(["61", "97", "56", "62", "66", "90"]) + f"{r.randrange(1000000):06d}"))
    ws.append([i, last, first, phone, FILLER])
ws.column_dimensions["A"].width = 11.55
ws.column_dimensions["D"].width = 11.55
ws.column_dimensions["E"].width = 86.22

save(wb, "contacts-en-bj-smscampaign.xlsx")
