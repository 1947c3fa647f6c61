"""
Shape of rodopieroni1/SociosBack "socios.xlsx" (commit 5aaa59de395f00bab101ad93e89cb15ce7c5aee1): a
randomly generated data set of Argentine football supporters ("socios") for a back-end exercise,
saved from Excel: one sheet "socios", header idSocios / Nombre / Edad / Equipo / EstadoCivil /
Estudios.
- 50000 rows in the source (here 300): id 1…n; a first name only, drawn from twenty male names
  (accents on Nicolás, Agustín, Matías …); age 18–70; one of eleven clubs (Boca, River, Newells,
  Huracán …); Casado / Soltero; Secundario / Terciario / Universitario.
Values drawn at random. Nothing to import: synthetic records with a first name only, no person.
"""
from fake import Fake, save, workbook

f = Fake("members-es-ar-footballsurvey")
NAMES = ["Daniel", "Santiago", "Nicolás", "Agustín", "Alejandro", "Matías", "Luis", "Juan", "Anibal", "Javier", "Mariano",
         "Enrique", "Mauro", "Marcelo", "Pablo", "Hernán", "Sebastián", "Diego", "Martín", "Gustavo"]
CLUBS = ["Newells", "San Lorenzo", "Rosario Central", "Boca", "Huracán", "River", "Gimnasia LP", "Velez", "Independiente",
         "Racing", "Estudiantes"]
wb = workbook()
ws = wb.active
ws.title = "socios"
ws.append(["idSocios", "Nombre", "Edad", "Equipo", "EstadoCivil", "Estudios"])
for i in range(1, 301):
    ws.append([i, f.pick(NAMES), f.r.randrange(18, 71), f.pick(CLUBS), f.pick(["Casado", "Soltero"]),
               f.pick(["Universitario", "Terciario", "Secundario"])])
save(wb, "members-es-ar-footballsurvey.xlsx")
