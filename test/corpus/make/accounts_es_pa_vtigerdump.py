"""
Shape of rodrigocuadra/vtiger_ebd_panama "companies.xlsx" (commit
36bbc55b016bb40562d3ec617ce13d8ac448655c): a Panamanian events company's vtiger CRM accounts,
dumped with MySQL's SELECT … INTO OUTFILE for a move to Odoo and opened and saved as a workbook
(openpyxl, then Excel) — no header row at all.

- One sheet "companies", 12 columns in the query's order: accountid (a number, ascending with gaps)
  / accountname / website / phone / email1 / email2 / otherphone / fax / bill_city / bill_state /
  bill_code / bill_country. Row 1 is the first account.
- Older accounts leave missing values empty; newer ones (the last two thirds) carry MySQL's NULL
  as the text "\\N" in website, email2, otherphone, fax, bill_city and bill_code.
- Phones as local text "225-4620" / "6437-8610", with the country code "50766163733", just
  "507", or stored as a number; one phone turned into a date (3380-03-01) by the re-save.
- Names: companies, government offices, hotels, restaurants, households ("Residencia …"), a
  person ("Señor …"); some companies entered two to four times under other ids; country Panama /
  Panamá / PANAMA / República de Panamá / Venezuela, mostly empty.
Scaled down from 2,199 rows to 290. Values invented (e-mail addresses on example domains).
"""
import datetime
import re

from fake import Fake, save, workbook

f = Fake("accounts-es-pa-vtigerdump")
r = f.r
N = "\\N"

KINDS = ["Constructora", "Inversiones", "Grupo", "Distribuidora", "Hotel", "Restaurante", "Clínica", "Colegio",
         "Laboratorios", "Transportes", "Ferretería", "Importadora", "Agencia", "Consultores", "Farmacia", "Seguros"]
WORDS = ["Atlántico", "Istmo", "Balboa", "Chiriquí", "Coclé", "Veraguas", "Azuero", "Pacífico", "Cerro Azul",
         "Las Perlas", "Boquete", "Colón Libre", "Santa Fe", "El Dorado", "Marbella", "Costa del Este", "Punta Paitilla",
         "Albrook", "Canal", "Bahía", "Caribe", "Los Pueblos", "San Miguelito", "Arraiján", "Portobelo", "Taboga"]
SUFFIX = ["", "", "", " S.A.", " SA", " Inc.", " Panamá", " & Asociados", " Corp"]
SPECIAL = ["Residencia {} {}", "Señor {}", "Ministerio de {} - {}", "P.H. {}"]
SURN = ["Arosemena", "Quintero", "Batista", "Moscote", "Sanjur", "Delgado", "Herrera", "Vásquez", "Cedeño", "Pinzón"]
GIVEN = ["Rogelio", "Itzel", "Anayansi", "Eduardo", "Yariela", "Marcos", "Lourdes", "Abdiel"]


def company():
    k = r.random()
    if k < 0.05:
        return f"Residencia {r.choice(GIVEN)} {r.choice(SURN)}"
    if k < 0.07:
        return f"Señor {r.choice(GIVEN)}"
    if k < 0.1:
        return f"Ministerio de {r.choice(['Obras', 'Salud', 'Comercio', 'Ambiente'])} - M{r.choice('OSCA')}{r.choice('PIEC')}"
    if k < 0.14:
        return f"P.H. {r.choice(WORDS)}"
    return f"{r.choice(KINDS)} {r.choice(WORDS)}{r.choice(SUFFIX)}"


def slug(name):
    return re.sub(r"[^a-z]", "", name.lower().translate(str.maketrans("áéíóúñ", "aeioun")))[:18]


def phone():
    k = r.random()
    if k < 0.08:
        return r.randrange(2000000, 3999999)  # stored as a number
    if k < 0.12:
        return "507"
    if k < 0.18:
        return f"507{r.choice(['6', '2', '3'])}{r.randrange(1000000, 9999999)}"
    if k < 0.35:
        return f"6{r.randrange(100, 999)}-{r.randrange(10000):04d}"
    return f"{r.randrange(200, 399)}-{r.randrange(10000):04d}"


def email(name):
    local = r.choice(["info", "ventas", "admin", "contacto", slug(name)[:8] or "correo"])
    if r.random() < 0.6:
        return f"{local}.{slug(name) or 'empresa'}@{r.choice(['example.com', 'example.org'])}"
    return f"{local}{r.randrange(10, 99)}@example.net"


COUNTRY = ["Panama"] * 4 + ["Panamá"] * 14 + ["PANAMA", "República de Panamá", "Venezuela"]
rows = []
acc = 5
names = []
for i in range(290):
    acc += r.randrange(2, 12) if i < 100 else r.randrange(40, 1800)
    if names and r.random() < 0.05:
        name = r.choice(names[-30:])  # the same company again under another id
    else:
        name = company()
    names.append(name)
    old = i < 100
    web = f"www.{slug(name)}.com.pa" if r.random() < (0.6 if old else 0.15) else (None if old else N)
    if not old and web is None:
        web = N
    ph = phone() if r.random() < (0.8 if old else 0.45) else None
    em = email(name) if r.random() < (0.45 if old else 0.3) else None
    if old:
        em2 = email(name) if r.random() < 0.02 else None
        other = phone() if r.random() < 0.06 else None
        fax = f"{r.randrange(200, 399)}-{r.randrange(10000):04d}" if r.random() < 0.2 else None
        city = "Panama" if r.random() < 0.03 else None
        state = r.choice(["Panama", "Panamá", "Not Applicable"]) if r.random() < 0.12 else None
        code = r.choice(["0816-0" + str(r.randrange(1000, 9999)), 0]) if r.random() < 0.03 else None
        country = r.choice(COUNTRY) if r.random() < 0.15 else None
    else:
        em2, other, fax, city, code = N, N, N, N, N
        state = "Panamá" if r.random() < 0.04 else None
        country = r.choice(["República de Panamá", "Panamá"]) if state else None
    rows.append([acc, name, web, ph, em, em2, other, fax, city, state, code, country])

rows[0][1:] = ["Palmar Eventos", None, "50766163733", "eventos.palmar@example.com", None, None, None, "Panama", None, None,
               "Panama"]
rows[3][1:] = ["Señor Ignacio", None, 507, "nachoq77@example.net", None, None, None, None, "Panama", None, "Panama"]
rows[250][3] = datetime.datetime(3380, 3, 1)  # a phone Excel took for a date

wb = workbook()
ws = wb.active
ws.title = "companies"
for row in rows:
    ws.append(row)
ws.column_dimensions["B"].width = 13

save(wb, "accounts-es-pa-vtigerdump.xlsx")
