"""
Shape of CarlosEsquivel17/AdminLineaBlanca "Clientes.xls" (commit
c6d686c942cc3eb14244c99cbdf08f2ead1fac41): the client file of a university C programming project
for a Mexican travel desk (hotels, tours, bookings), written by the program with fprintf: plain
tab-separated text named .xls so that it opens in Excel, no header row, LF line ends.

- Ten clients, seven fields: a three-digit client number (not in order), given name (one with a
  trailing space), surname, the street or neighbourhood, the state or city, a ten-digit phone, an
  e-mail (short local parts, free-mail domains).
Values invented (phones in 555, e-mails at example.com/.net/.org).
"""
import os

from fake import FILES, Fake

f = Fake("clients-es-mx-tourdesktsv")
ROWS = [
    (156, "Josue", "Rendon", "Milpas", "Coahulia", "josuer"),
    (859, "Ana", "Barajas", "Julias", "Zacatecas", "anaG"),
    (917, "Mateo ", "Zamudio", "Palmito", "Queretaro", "miguez"),
    (739, "Rodolfo", "Medrano", "Lonja", "Aguascalientes", "rodo"),
    (127, "Dario", "Cervera", "Libertad", "Morelia", "mac"),
    (547, "Rosaura", "Peralta", "Soledad", "Puebla", "RP"),
    (126, "Elvira", "Montiel", "Beltran", "Guerrero", "eriM"),
    (482, "Marisol", "Pantoja", "Piedras", "Sinaloa", "MnP"),
    (172, "Anselmo", "Loera", "Cuentas", "Tamaulipas", "AnL"),
    (181, "Estela", "Dorantes", "Pintores", "Tabasco", "estD"),
]
lines = []
for num, given, sur, street, state, local in ROWS:
    phone = f"{f.pick(['444', '444', '449', '440'])}555{f.r.randrange(1000, 9999)}"
    lines.append("\t".join([str(num), given, sur, street, state, phone, f.email(local)]))
os.makedirs(FILES, exist_ok=True)
with open(os.path.join(FILES, "clients-es-mx-tourdesktsv.xls"), "w", encoding="ascii", newline="\n") as out:
    out.write("\n".join(lines) + "\n")
