"""
Shape of aya-zid/Car_Rental_Agency_Management "clients.xlsx" (commit
53f732d50560ae660649c8e0ac29ac789f36bde4): the customer file of a Tunisian car-rental agency's
student desktop app (Python, openpyxl), French snake-case headers, no styles.

- One sheet "Sheet", header CIN / nom / prenom / age / adresse / mail / num_tel, 20 customers.
- Every cell is text, numbers included: the national identity card number (CIN, eight digits, a
  leading 0 on a third of them), the age, the eight-digit phone (one typed a digit short).
- adresse is only the customer's town in the Sahel, spelt as typed (Ksarhlel / Ksarhelal,
  Monasitr once); mail in any case; surnames repeat within families; two different customers
  share a surname and a given name (other CIN, town, phone).
Values invented (e-mail addresses on example domains).
"""
from fake import Fake, save, workbook

f = Fake("customers-fr-tn-carrental")
r = f.r

ROWS = [
    # CIN, nom, prenom, age, adresse
    ("11482260", "Trabelsi", "Hichem", "35", "Mahdia"),
    ("11305517", "Gharbi", "Nizar", "50", "Ksarhlel"),
    ("02719043", "Jaziri", "Wael", "26", "Msaken"),
    ("02658821", "Kefi", "Rania", "22", "Enfidha"),
    ("11870392", "Sassi", "Ines", "25", "Kairouan"),
    ("11870417", "Ferchichi", "Skander", "35", "Sousse"),
    ("14260938", "Baccouche", "Lotfi", "64", "Mahdia"),
    ("04571186", "Dridi", "Cyrine", "20", "Ksarhelal"),
    ("12604471", "Mabrouk", "Emna", "21", "Jemmal"),
    ("11739025", "Trabelsi", "Mehdi", "31", "Msaken"),
    ("11254860", "Gharbi", "Salma", "19", "Ksarhlel"),
    ("02983154", "Chaabane", "Wael", "24", "Msaken"),
    ("02196637", "Jlassi", "Youssef", "22", "Enfidha"),
    ("11609328", "Khelifi", "Nour", "25", "Siliana"),
    ("01874519", "Ferchichi", "Aziz", "35", "Sousse"),
    ("14352097", "Baccouche", "Hamza", "24", "Mahdia"),
    ("04918462", "Hammami", "Olfa", "20", "Jemmal"),
    ("01467305", "Khelifi", "Nour", "19", "Monasitr"),
    ("11086294", "Zouari", "Firas", "19", "Siliana"),
    ("05213870", "Mejri", "Tarek", "36", "Monastir"),
]
MAILS = ["Trabelsi.Hichem", "nizar.g7781", "jaziri.wael", "Kefi_rania12", "sassi_ines", "skander.f4471",
         "lotfi.baccouche1", "cyrine_dridi", "Emna.mab410", "mehdi.trabelsi11", "SalmaGharbi",
         "chaabane.wael", "youssef.j2203", "nour_khelifi", "aziz_ferchichi", "hamza.baccouche",
         "olfa_hammami", "Khelifinour", "zouari.firas11", "tarek_mejri"]
DOMAINS = ["example.com", "example.net", "example.org"]

wb = workbook()
ws = wb.active
ws.title = "Sheet"
ws.append(["CIN", "nom", "prenom", "age", "adresse", "mail", "num_tel"])
for i, (cin, nom, prenom, age, town) in enumerate(ROWS):
    phone = f._unique(lambda: r.choice(["2", "5", "9"]) + f"{r.randrange(10000000):07d}")
    if i == 15:
        phone = phone[:7]  # a digit short, as typed
    ws.append([cin, nom, prenom, age, town, f"{MAILS[i]}@{DOMAINS[i % 3]}", phone])

save(wb, "customers-fr-tn-carrental.xlsx")
