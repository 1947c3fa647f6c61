"""
Shape of Skull-ice/supermarch-_temp clients.xls (commit cef95e6d0d7bc6752aa248cfa030f1a9ba704229): the
anonymous customer table of a West African supermarket-chain analysis, written by a script as
CSV (UTF-8, CRLF, comma, no quoting) but saved under the name clients.xls. French snake_case
headers id_client / age / sexe / ville / frequence_achat / segment / depense_moyenne /
derniere_visite: 120 customers numbered 1-120, age, F/M, city (Abidjan, Dakar, Accra, Lomé,
Bamako — read as "LomÃ©" by anything that takes the bytes for Latin-1), quotidien / hebdo /
mensuel, Senior / Famille / Jeune Actif, average spend in CFA francs, and a last visit that
runs one day per row from 2023-01-01. No customer is named. Values invented.
"""
import datetime
import os

from fake import FILES, Fake

f = Fake("customers-fr-global-supermarketcsvxls")
lines = ["id_client,age,sexe,ville,frequence_achat,segment,depense_moyenne,derniere_visite"]
for i in range(1, 121):
    day = datetime.date(2023, 1, 1) + datetime.timedelta(days=i - 1)
    lines.append(f"{i},{f.r.randrange(18, 71)},{f.pick('FM')},{f.pick(['Abidjan', 'Abidjan', 'Accra', 'Lomé', 'Lomé', 'Dakar', 'Bamako'])},"
                 f"{f.pick(['quotidien', 'hebdo', 'mensuel'])},{f.pick(['Senior', 'Famille', 'Jeune Actif', 'Jeune Actif'])},"
                 f"{f.r.randrange(5000, 80001)},{day.isoformat()}")
os.makedirs(FILES, exist_ok=True)
with open(os.path.join(FILES, "customers-fr-global-supermarketcsvxls.xls"), "wb") as out:
    out.write(("\r\n".join(lines) + "\r\n").encode("utf-8"))
