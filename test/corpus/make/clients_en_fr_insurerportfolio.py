"""
Shape of DJIROUE/SQL-Power-BI-Customer-Portfolio-Analysis "Clients.csv" (commit
1e2595d7ef8424bf56450751fabe495e1e99d181): the client table of an insurer's portfolio analysis
(French headers and values), CSV in Windows-1252 with CRLF line ends, no quoting, no BOM.

- Header ClientID,Nom,Prénom,DateNaissance,Sexe,Adresse,AgenceID,Profession; 199 clients
  C001…C200 with C101 missing.
- Family name and given name apart; the same name pair recurs on up to five clients with other
  ids, birth dates, branches and jobs (57 pairs on 153 rows): a recycled list of names, each row a
  different client. Birth dates ISO 1965-1999; Sexe M/F; a street address without town ("12 Rue
  Victor Hugo", "11 Rue Jeanne d’Arc" with a curly apostrophe); AgenceID A001…A010 in turn;
  Profession in French, feminine forms ("Avocate", "Chargée de clientèle").
Values invented (names, dates, streets, jobs).
"""
import io
import os
from fake import Fake, FILES

f = Fake("clients-en-fr-insurerportfolio")
NOMS = ["Dubreuil", "Lacombe", "Marchal", "Besnard", "Carpentier", "Vasseur", "Tessier", "Pichon", "Lebrun",
        "Gauthier", "Barbier", "Hamon", "Rolland", "Prevost", "Charpentier", "Jacquet", "Benard", "Royer",
        "Mallet", "Poulain", "Cordier", "Gilbert", "Hubert", "Langlois", "Aubert", "Delorme", "Rey", "Lucas"]
PRENOMS_M = ["Julien", "Hugo", "Lucas", "Antoine", "Quentin", "Théo", "Maël", "Léo", "Noah", "Éric", "Nicolas",
             "Mathis", "Bastien", "Gaël", "Jérôme"]
PRENOMS_F = ["Camille", "Élodie", "Manon", "Chloé", "Inès", "Amélie", "Léa", "Lina", "Margaux", "Océane",
             "Pauline", "Anaïs", "Hélène", "Maëlle", "Sophie"]
RUES = ["Rue Victor Hugo", "Avenue de la République", "Rue des Lilas", "Boulevard Gambetta", "Rue du Général Leclerc",
        "Rue de la Liberté", "Rue de Bretagne", "Rue de Bourgogne", "Rue Jeanne d’Arc", "Rue Royale",
        "Rue des Écoles", "Rue Anatole France", "Rue de Provence", "Rue Saint-Ferréol", "Rue Sainte-Catherine",
        "Rue Nationale", "Rue des Carmes", "Rue des Halles", "Rue des Fleurs", "Rue du Moulin", "Place du Marché"]
METIERS_M = ["Ingénieur", "Comptable", "Commercial", "Artisan", "Architecte", "Étudiant", "Technicien", "Retraité",
             "Développeur", "Entrepreneur", "Avocat", "Pharmacien", "Ingénieur mécanique", "Consultant IT",
             "Directeur commercial", "Technicien réseau", "Cadre supérieur", "Juriste", "Consultant financier",
             "Journaliste", "Notaire", "Designer", "Designer graphique"]
METIERS_F = ["Infirmière", "Professeure", "Avocate", "Pharmacienne", "Consultante", "Cadre RH", "Secrétaire",
             "Journaliste", "Notaire", "Designer", "Étudiante", "Chargée de clientèle", "Chargée de communication",
             "Assistante RH", "Assistante sociale", "Enseignante", "Secrétaire médicale", "Chargée de mission",
             "Styliste", "Retraitée", "Professeure des écoles", "Architecte", "Designer graphique"]

pairs = []
while len(pairs) < 103:
    sexe = "M" if len(pairs) % 2 == 0 else "F"
    p = (f.pick(NOMS), f.pick(PRENOMS_M if sexe == "M" else PRENOMS_F), sexe)
    if p not in pairs:
        pairs.append(p)
# 57 pairs recur (153 rows), the rest appear once: 153 + 46 = 199.
counts = [5] * 5 + [4] * 4 + [3] * 16 + [2] * 32
seq = []
for i, c in enumerate(counts):
    seq += [pairs[i]] * c
seq += pairs[57:57 + 46]
f.r.shuffle(seq)
assert len(seq) == 199

out = io.StringIO(newline="")
out.write("ClientID,Nom,Prénom,DateNaissance,Sexe,Adresse,AgenceID,Profession\r\n")
for i, (nom, prenom, sexe) in enumerate(seq):
    if i == 0:
        nom, prenom, sexe = "Marchal", "Amélie", "F"
    d = f.date(__import__("datetime").date(1965, 1, 1), __import__("datetime").date(1999, 6, 30))
    rue = f"{f.r.randrange(1, 30)} {f.pick(RUES)}"
    metier = f.pick(METIERS_M if sexe == "M" else METIERS_F)
    row = [f"C{i + 1 if i < 100 else i + 2:03d}", nom, prenom, d.isoformat(), sexe, rue, f"A{i % 10 + 1:03d}", metier]
    if i == 0:
        row[3], row[5], row[7] = "1984-03-17", "12 Rue Victor Hugo", "Infirmière"
    if i == 8:
        row[1], row[2], row[3], row[4], row[5], row[7] = "Tessier", "Océane", "1991-10-02", "F", "11 Rue Jeanne d’Arc", "Consultante"
    if i == 198:
        row[1], row[2], row[3], row[4], row[5], row[7] = "Gauthier", "Hélène", "1995-08-21", "F", "17 Rue des Halles", "Designer graphique"
    out.write(",".join(row) + "\r\n")
with open(os.path.join(FILES, "clients-en-fr-insurerportfolio.csv"), "wb") as fh:
    fh.write(out.getvalue().encode("cp1252"))
