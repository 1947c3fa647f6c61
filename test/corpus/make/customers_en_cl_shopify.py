"""
Shape of juliettegramatges/Las-Lira "customers_export.csv": a Chilean flower shop's Shopify
customer export (UTF-8 without BOM, LF, minimal quoting). Twenty columns in Shopify's order:
Customer ID (13 digits behind an apostrophe) / First Name / Last Name (split, in any case, with
stray spaces; a company sometimes typed as the last name alone) / Email / Accepts Email Marketing
/ Default Address Company (mostly empty; a RUT, a company or a stray word) / Default Address
Address1 (street and number, sometimes ", Comuna") / Address2 (flat, "Casa" or the comuna) / City
/ Province Code (RM) / Country Code (CL) / Zip (a postcode, or a comuna typed into it) / Default
Address Phone and Phone (two phone columns, each with Shopify's apostrophe, written
"'9 5550 1234", "'+56955501234" or "'56955501234") / Accepts SMS Marketing / Total Spent (pesos
with .00) / Total Orders / Note (empty) / Tax Exempt / Tags ("newsletter" on sign-ups). Sign-ups
from the newsletter form have an e-mail and no name; a few rows have only an id and a phone.
Some customers were created twice (once with their e-mail, once at checkout with a phone only)
with the same name and street. Values invented.
"""
import csv
import io
import os

from fake import FILES, Fake

f = Fake("customers-en-cl-shopify")

FIRST = ["Carolina", "Francisca", "Alejandra", "Maria Jose", "Josefina", "Catalina", "Pilar", "Magdalena",
         "Tomas", "Felipe", "Gonzalo", "Rodrigo", "Ignacio", "Cristobal", "Antonia", "Isidora", "Trinidad",
         "Beatriz", "Soledad", "Vicente", "Matias", "Sebastian", "Paula", "Macarena", "Consuelo", "Andres"]
LAST = ["Ortuzar", "Valdes", "Errazuriz", "Larrain", "Montt", "Eyzaguirre", "Undurraga", "Irarrazaval",
        "Vergara", "Bulnes", "Cousino", "Echenique", "Amunategui", "Letelier", "Huidobro", "Subercaseaux",
        "Goycoolea", "Lyon", "Prieto Vial", "Correa Montt"]
STREETS = ["Los Tilos", "Camino El Alba", "Avenida Las Flores", "Pasaje Los Aromos", "Calle Nueva Aurora",
           "Avenida del Parque", "Los Castanos", "Camino Real Alto", "Las Hortensias", "Paseo Los Boldos"]
COMUNAS = ["Vitacura", "Las Condes", "Lo Barnechea", "Providencia", "La Reina", "Nunoa"]
ZIPS = {"Vitacura": "7630000", "Las Condes": "7550000", "Lo Barnechea": "7690000", "Providencia": "7500000",
        "La Reina": "7850000", "Nunoa": "7750000"}

next_id = [5897398640000]


def customer_id():
    next_id[0] += f.r.randrange(3000000, 90000000)
    return "'" + str(next_id[0])


def phone_digits():
    return f._unique(lambda: "95550" + f"{f.r.randrange(10000):04d}")


def phone_written(d):
    style = f.r.choice(["spaced", "plus", "bare", "country", "plus_spaced"])
    if style == "spaced":
        return f"'{d[0]} {d[1:5]} {d[5:]}"
    if style == "plus":
        return f"'+56{d}"
    if style == "country":
        return f"'56{d}"
    if style == "plus_spaced":
        return f"'+56 {d[0]} {d[1:5]} {d[5:]}"
    return f"'{d}"


def messy_case(s):
    roll = f.r.random()
    if roll < 0.12:
        return s.upper()
    if roll < 0.2:
        return s.lower()
    if roll < 0.3:
        return s + " "
    return s


def person():
    first = f.pick(FIRST)
    last = f.pick(LAST)
    return first, last


def email_of(first, last):
    local = (first.split()[0][0] + last.split()[0]).lower()
    return f._unique(lambda: f"{local}{f.r.randrange(1, 99)}@{f.pick(['example.com', 'example.org', 'example.net'])}")


rows = []
named = []          # (first, last) of every distinct client
used_names = set()


def address():
    comuna = f.pick(COMUNAS)
    street = f"{f.pick(STREETS)} {f.r.randrange(100, 13000)}"
    a1 = street + (f", {comuna}" if f.chance(0.25) else "")
    a2 = f.r.choice(["", "", "Casa", "casa", f"Depto {f.r.randrange(11, 1204)}", comuna, f"{f.r.randrange(1, 90)}"])
    city = f.r.choice(["Santiago", "Santiago", "santiago", comuna, "SANTIAGO"])
    zip_ = f.r.choice(["", "", ZIPS[comuna], comuna.upper().replace(" ", "")])
    return a1, a2, city, zip_


def row(cid, first, last, email, marketing, company, addr, addr_phone, own_phone, spent, orders, tags):
    a1, a2, city, zip_ = addr if addr else ("", "", "", "")
    country = "CL" if (addr or email) else ""
    return [cid, first, last, email, marketing, company, a1, a2, city, "RM" if addr else "", country, zip_,
            addr_phone, own_phone, "no", spent, str(orders), "", "no", tags]


def spent_orders():
    orders = f.r.choice([0, 1, 1, 1, 1, 2, 2, 3, 4, 6])
    spent = sum(f.r.choice([42000, 56000, 66000, 74000, 92000, 106000]) for _ in range(orders))
    return f"{spent}.00", orders


values = {}
for i in range(96):
    while True:
        first, last = person()
        if (first, last) not in used_names:
            break
    used_names.add((first, last))
    cid = customer_id()
    addr = address() if f.chance(0.92) else None
    email = email_of(first, last) if f.chance(0.8) else ""
    d = phone_digits()
    # Shopify keeps the checkout phone on the address; the customer's own Phone is set by a few.
    if f.chance(0.2):
        addr_phone, own_phone = "", phone_written(d)
    elif f.chance(0.75):
        addr_phone, own_phone = phone_written(d), ""
    else:
        addr_phone, own_phone = "", ""
        d = None
    company = ""
    roll = f.r.random()
    if roll < 0.04:
        company = f"{f.r.randrange(5, 25)}.{f.r.randrange(100, 999)}.{f.r.randrange(100, 999)}-{f.r.randrange(10)}"
    elif roll < 0.06:
        company = f.pick(["Estudio Juridico Alba", "Constructora Piedra Roja", "paciente"])
    spent, orders = spent_orders()
    rows.append(row(cid, messy_case(first), messy_case(last), email, "yes" if f.chance(0.12) else "no", company,
                    addr, addr_phone, own_phone, spent, orders, ""))
    named.append((first, last))
    values[(first, last)] = dict(email=email, addr=addr, phone=(addr_phone or own_phone).lstrip("'"), d=d)

# The same customer created again at checkout: same name and street, phone only, no e-mail.
twice = [n for n in named if values[n]["addr"] and values[n]["email"]][:5]
for first, last in twice:
    v = values[(first, last)]
    d = phone_digits()
    spent, orders = spent_orders()
    rows.append(row(customer_id(), first, last, "", "no", "", v["addr"], "", phone_written(d), spent, max(orders, 1), ""))
    v["second_phone"] = d

# A company typed as the last name alone, and first names alone.
company_rows = [("", "VIVERO LAS ACACIAS LTDA"), ("Maximiliano", ""), ("Ana Maria", "")]
for first, last in company_rows:
    d = phone_digits()
    spent, orders = spent_orders()
    rows.append(row(customer_id(), first, last, email_of(first or "x", last or first) if first else "",
                    "no", "", address(), phone_written(d), "", spent, orders, ""))
    values[(first, last)] = dict(phone=d)

# Newsletter sign-ups: an e-mail and nothing else.
for _ in range(14):
    local = f.pick(["flores", "contacto", "hola", "ventas", "mpaz", "cata", "jose", "sofi", "info", "pili"])
    email = f._unique(lambda: f"{local}{f.r.randrange(1, 999)}@{f.pick(['example.com', 'example.org', 'example.net'])}")
    rows.append(row(customer_id(), "", "", email, "yes", "", None, "", "", "0.00", 0,
                    "newsletter" if f.chance(0.6) else ""))
# An id and a phone, no name.
for _ in range(2):
    rows.append(row(customer_id(), "", "", "", "no", "", None, "", phone_written(phone_digits()), "0.00", 0, ""))

# Shopify sorts the export by id, which is creation order.
rows.sort(key=lambda r: int(r[0][1:]))

HEADER = ["Customer ID", "First Name", "Last Name", "Email", "Accepts Email Marketing", "Default Address Company",
          "Default Address Address1", "Default Address Address2", "Default Address City",
          "Default Address Province Code", "Default Address Country Code", "Default Address Zip",
          "Default Address Phone", "Phone", "Accepts SMS Marketing", "Total Spent", "Total Orders", "Note",
          "Tax Exempt", "Tags"]
out = io.StringIO()
w = csv.writer(out, lineterminator="\n")
w.writerow(HEADER)
w.writerows(rows)
with open(os.path.join(FILES, "customers-en-cl-shopify.csv"), "w", encoding="utf-8", newline="") as fh:
    fh.write(out.getvalue())

if __name__ == "__main__" and os.environ.get("SHOW"):
    print("rows", len(rows), "named distinct", len(named) + 3, "twice", twice)
    for n in twice:
        print(n, values[n])
    for n in named[:6]:
        print(n, values[n])
    for n in company_rows:
        print(n, values[n])
