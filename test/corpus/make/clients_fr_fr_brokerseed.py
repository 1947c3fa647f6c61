"""
Shape of Akichi93/fl4ircourtage clients.csv (commit d330a32c716963b478927387b48d4021eed7b748): the
client seed file of an insurance broker's web application (Laravel, French), written by a script:
UTF-8 without BOM, LF, comma-separated, no quoting, nine snake_case French headers civilite /
nom_client / postal_client / adresse_client / tel_client / profession_client / fax_client /
email_client / numero_client. Civilité M. or Mme; placeholder surnames "Nom<n>" drawn from a pool
of a thousand, so the same name comes back on several rows with another postcode, phone, fax and
client number (only the street address and the e-mail follow the name); five-digit postcodes;
"<n> Rue Principale"; ten-digit phone and fax numbers starting 0 (unique on every row);
ten professions; client numbers CL<n> drawn at random from CL1…CL1000, so one number may sit on
two different names. The source has 20,000 rows; this copy 300. Values invented (0900 numbers
where the source's random digits began 09).
"""
import os

from fake import FILES, Fake

f = Fake("clients-fr-fr-brokerseed")
PROFESSIONS = ["Architecte", "Artiste", "Avocat", "Enseignante", "Informaticien", "Ingénieur", "Journaliste",
               "Médecin", "Pompier", "Scientifique"]


def phone():
    def make():
        first = f.r.randrange(1, 10)
        if first == 9:
            return "0900" + f"{f.r.randrange(1000000):06d}"
        return f"0{first}" + f"{f.r.randrange(100000000):08d}"
    return f._unique(make)


# The name pool: each placeholder name keeps one street number and one e-mail address.
street = {n: f.r.randrange(1, 1000) for n in range(1, 1001)}
lines = ["civilite,nom_client,postal_client,adresse_client,tel_client,profession_client,fax_client,email_client,numero_client"]
picked = [f.r.randrange(1, 1001) for _ in range(300)]
# a few names the sample must hold twice or three times, as the 20,000-row source holds every name ~20 times
for i, n in ((40, picked[3]), (77, picked[3]), (151, picked[12]), (222, picked[60]), (260, picked[100])):
    picked[i] = n
for i, n in enumerate(picked):
    number = f.r.randrange(1, 1001)
    lines.append(",".join([
        f.pick(["M.", "Mme"]), f"Nom{n}", str(f.r.randrange(10000, 100000)), f"{street[n]} Rue Principale", phone(),
        f.pick(PROFESSIONS), phone(), f"nom{n}@example.com", f"CL{number}"]))
os.makedirs(FILES, exist_ok=True)
with open(os.path.join(FILES, "clients-fr-fr-brokerseed.csv"), "wb") as out:
    out.write(("\n".join(lines) + "\n").encode("utf-8"))
