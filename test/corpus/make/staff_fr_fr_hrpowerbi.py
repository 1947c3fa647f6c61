"""
Shape of Massamba07/projet-rh-powerbi employes.csv (commit f839d654d91e34e84778e008619e71880cbc98ab): the
employee table of an HR Power BI exercise, written by a Faker script: UTF-8 without BOM, LF,
comma-separated, French headers EmployeID / Nom / Sexe / Âge / Poste / BU / DateEmbauche /
DateDépart / Salaire / Statut. Fifty employees numbered 1-50 known by surname only (two share
one), M/F, ages 26-60, four jobs (Comptable, Data Analyst, Développeur, RH), three sites (Paris,
Lyon, Bordeaux), ISO hiring dates, a leaving date on the "Sorti" rows and none on the "Actif"
ones, yearly salary in whole euros. Surnames invented.
"""
import datetime
import os

from fake import FILES, Fake

f = Fake("staff-fr-fr-hrpowerbi")
SURNAMES = ["Marchand", "Leroux", "Caron", "Perrin", "Gauthier", "Barbier", "Renaud", "Fabre", "Mallet", "Colin",
            "Vasseur", "Lemaire", "Aubert", "Royer", "Hubert", "Jacquet", "Brunet", "Poulain", "Charrier", "Lebrun",
            "Picard", "Tessier", "Guillot", "Maillard", "Dumont", "Langlois", "Besson", "Carpentier", "Hamon", "Joly",
            "Rolland", "Giraud", "Leclerc", "Vidal", "Meunier", "Rey", "Collet", "Huet", "Benard", "Prevost",
            "Riviere", "Masson", "Boyer", "Chevalier", "Lacroix", "Noel", "Deschamps", "Roussel", "Marty"]
lines = ["EmployeID,Nom,Sexe,Âge,Poste,BU,DateEmbauche,DateDépart,Salaire,Statut"]
names = f.r.sample(SURNAMES, 49)
names.insert(37, names[35])  # two employees of the same surname
for i in range(1, 51):
    hired = f.date(datetime.date(2020, 8, 1), datetime.date(2024, 8, 31))
    left = ""
    status = "Actif"
    if f.chance(0.32):
        left = f.date(hired + datetime.timedelta(days=90), min(datetime.date(2025, 7, 16), hired + datetime.timedelta(days=1500))).isoformat()
        status = "Sorti"
    lines.append(f"{i},{names[i - 1]},{f.pick('MF')},{f.r.randrange(26, 61)},"
                 f"{f.pick(['Comptable', 'Data Analyst', 'Développeur', 'RH', 'Data Analyst', 'Comptable'])},"
                 f"{f.pick(['Paris', 'Lyon', 'Bordeaux'])},{hired.isoformat()},{left},{f.r.randrange(30000, 55001)},{status}")
os.makedirs(FILES, exist_ok=True)
with open(os.path.join(FILES, "staff-fr-fr-hrpowerbi.csv"), "wb") as out:
    out.write(("\n".join(lines) + "\n").encode("utf-8"))
